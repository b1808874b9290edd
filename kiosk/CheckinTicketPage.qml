// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// The ticket: the number, large; the estimated wait; the QR code of the customer's page; what
// the printer did; Done (or the idle time) goes back to the start.
Item {
    id: page
    required property CheckinState state
    required property real s

    GridLayout {
        anchors.fill: parent
        anchors.margins: 40 * page.s
        columns: page.width > page.height ? 2 : 1
        rowSpacing: 28 * page.s
        columnSpacing: 40 * page.s

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 20 * page.s
            Text {
                Layout.fillWidth: true
                text: qsTr("Thank you, %1! Your number is").arg(page.state.firstName)
                color: Theme.text
                font.pixelSize: 50 * page.s
                font.bold: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "ticketNumber"
                Layout.fillWidth: true
                text: page.state.ticketLabel
                color: Theme.accentStrong
                font.pixelSize: 240 * page.s
                font.bold: true
                font.family: "DejaVu Sans Mono"
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "ticketWait"
                Layout.fillWidth: true
                text: page.state.ticketWaitMinutes < 0 ? qsTr("We will call your number soon.")
                    : page.state.ticketWaitMinutes === 0 ? qsTr("You are next: please take a seat.")
                    : qsTr("Estimated wait: about %1.").arg(Format.minutes(page.state.ticketWaitMinutes))
                color: Theme.text
                font.pixelSize: 46 * page.s
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            Text {
                objectName: "printStatus"
                Layout.fillWidth: true
                text: page.state.printStatus === CheckinState.Printing ? qsTr("Printing your ticket…")
                    : page.state.printStatus === CheckinState.Printed ? qsTr("Take your printed ticket below.")
                    : page.state.printStatus === CheckinState.Failed ? qsTr("The printer is not working. Scan the code or remember your number.")
                    : qsTr("No ticket printer here. Scan the code or remember your number.")
                color: page.state.printStatus === CheckinState.Failed ? Theme.dangerText : Theme.textMuted
                font.pixelSize: 38 * page.s
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 16 * page.s
            Rectangle {
                Layout.alignment: Qt.AlignHCenter
                Layout.fillHeight: true
                Layout.maximumHeight: 520 * page.s
                Layout.minimumHeight: 200 * page.s
                Layout.preferredWidth: height
                color: "white"
                radius: 16 * page.s
                QrCodeItem {
                    objectName: "ticketQr"
                    anchors.fill: parent
                    anchors.margins: 12 * page.s
                    text: page.state.ticketUrl
                }
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Scan to follow your turn on your phone.")
                color: Theme.textMuted
                font.pixelSize: 36 * page.s
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
            TouchButton {
                objectName: "doneButton"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(parent.width, 640 * page.s)
                s: page.s
                implicitHeight: Math.max(Theme.touchTarget, 110 * page.s)
                cornerRadius: height / 2
                fontSize: 40 * page.s
                primary: true
                text: qsTr("Done")
                onClicked: page.state.startOver()
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Back to the start in %n second(s)", "", page.state.idleLeftS)
                color: Theme.textMuted
                font.pixelSize: 30 * page.s
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
            }
        }
    }
}
