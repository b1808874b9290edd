// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// A question over a touch screen's page (the desk's dialogs are FormDialog): a dimmed backdrop that takes every tap, the question, and two big
// buttons. Enter (or Return) accepts, Esc rejects. An Item rather than a Popup so that the lock
// screen, drawn after the page, still covers it.
Item {
    id: dialog
    property real s: 1
    property bool shown: false
    property string title: ""
    property string text: ""
    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")
    property color tone: Theme.accent
    signal accepted()
    signal rejected()

    visible: shown
    focus: shown
    z: 10
    onShownChanged: if (shown) forceActiveFocus()

    Keys.onReturnPressed: dialog.accepted()
    Keys.onEnterPressed: dialog.accepted()
    Keys.onEscapePressed: dialog.rejected()

    Rectangle {
        anchors.fill: parent
        color: Qt.rgba(0, 0, 0, 0.45)
        MouseArea {
            anchors.fill: parent
            acceptedButtons: Qt.AllButtons
            onClicked: dialog.rejected()
        }
    }

    Rectangle {
        objectName: "dialogBox"
        anchors.centerIn: parent
        width: Math.min(parent.width - 48 * dialog.s, 640 * dialog.s)
        implicitHeight: box.implicitHeight + 56 * dialog.s
        height: implicitHeight
        radius: Theme.radius * dialog.s * 1.4
        color: Theme.surface
        border.color: Theme.border
        border.width: Math.max(1, 2 * dialog.s)
        // A tap on the box is not a tap on the backdrop.
        MouseArea { anchors.fill: parent }

        ColumnLayout {
            id: box
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 28 * dialog.s
            spacing: 18 * dialog.s

            Text {
                objectName: "dialogTitle"
                Layout.fillWidth: true
                text: dialog.title
                color: Theme.text
                font.pixelSize: 30 * dialog.s
                font.bold: true
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "dialogText"
                Layout.fillWidth: true
                visible: text !== ""
                text: dialog.text
                color: Theme.textMuted
                font.pixelSize: 22 * dialog.s
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 16 * dialog.s
                TouchButton {
                    objectName: "dialogReject"
                    s: dialog.s
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 72 * dialog.s
                    text: dialog.rejectText
                    onClicked: dialog.rejected()
                }
                TouchButton {
                    objectName: "dialogAccept"
                    s: dialog.s
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: 72 * dialog.s
                    text: dialog.acceptText
                    tone: dialog.tone
                    primary: true
                    onClicked: dialog.accepted()
                }
            }
        }
    }
}
