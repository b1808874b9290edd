// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// Covers the queue (customers' names and notes) after the idle time; the signed-in therapist's
// PIN opens it again, anyone else signs them out. The queue stays live behind it.
Rectangle {
    id: lock
    required property TherapistState appState
    property real s: 1
    property bool portrait: false

    color: Theme.background
    visible: appState.signedIn && appState.locked

    onVisibleChanged: {
        pad.clear()
        if (visible)
            pad.forceActiveFocus()
    }

    // Nothing under the lock takes a tap.
    MouseArea {
        anchors.fill: parent
        acceptedButtons: Qt.AllButtons
    }

    // Landscape: the two halves side by side; portrait: one block in the middle.
    GridLayout {
        anchors.fill: lock.portrait ? undefined : parent
        anchors.centerIn: lock.portrait ? parent : undefined
        anchors.margins: 32 * lock.s
        columns: lock.portrait ? 1 : 2
        rowSpacing: 56 * lock.s
        columnSpacing: 48 * lock.s

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: lock.portrait ? false : true
            Layout.alignment: Qt.AlignCenter
            spacing: 12 * lock.s

            Item { Layout.fillHeight: true; visible: !lock.portrait }
            Text {
                Layout.alignment: Qt.AlignHCenter
                text: Qt.formatTime(WallClock.now, "HH:mm")
                color: Theme.text
                font.pixelSize: 96 * lock.s
                font.bold: true
                font.family: "DejaVu Sans Mono"
            }
            Text {
                objectName: "lockTitle"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Locked")
                color: Theme.textMuted
                font.pixelSize: 28 * lock.s
                font.bold: true
                font.capitalization: Font.AllUppercase
                font.letterSpacing: 2 * lock.s
            }
            Text {
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: 520 * lock.s
                text: lock.appState.staffName
                color: Theme.text
                font.pixelSize: 44 * lock.s
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                objectName: "lockQueueCount"
                Layout.alignment: Qt.AlignHCenter
                text: lock.appState.queue.count === 0 ? qsTr("No customers in your queue")
                                                   : qsTr("Customers in your queue: %1").arg(lock.appState.queue.count)
                color: lock.appState.queue.count === 0 ? Theme.textMuted : Theme.accent
                font.pixelSize: 24 * lock.s
                font.bold: lock.appState.queue.count > 0
            }
            TouchButton {
                objectName: "lockSignOut"
                Layout.alignment: Qt.AlignHCenter
                Layout.topMargin: 16 * lock.s
                s: lock.s
                text: qsTr("Not %1? Sign out").arg(lock.appState.staffName)
                fontSize: 20 * lock.s
                onClicked: lock.appState.signOut()
            }
            Item { Layout.fillHeight: true; visible: !lock.portrait }
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: !lock.portrait
            Layout.alignment: Qt.AlignCenter
            spacing: 14 * lock.s

            Item { Layout.fillHeight: true; visible: !lock.portrait }
            Text {
                objectName: "lockError"
                Layout.alignment: Qt.AlignHCenter
                Layout.maximumWidth: pad.implicitWidth + 40 * lock.s
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: lock.appState.error !== "" ? lock.appState.error : qsTr("Enter your PIN to unlock")
                color: lock.appState.error !== "" ? Theme.danger : Theme.textMuted
                font.pixelSize: 20 * lock.s
                font.bold: lock.appState.error !== ""
            }
            PinPad {
                id: pad
                objectName: "unlockPad"
                s: lock.s
                Layout.alignment: Qt.AlignHCenter
                busy: lock.appState.busyAction === "unlock"
                submitText: qsTr("Unlock")
                onEntered: (pin) => lock.appState.unlock(pin)
            }
            Item { Layout.fillHeight: true; visible: !lock.portrait }
        }
    }
}
