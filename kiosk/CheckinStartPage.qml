// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// The first screen: a welcome, the current wait, one big button, and the languages.
Item {
    id: page
    required property CheckinState state
    required property real s

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 60 * page.s
        spacing: 40 * page.s

        Item { Layout.fillHeight: true }
        Text {
            Layout.fillWidth: true
            text: qsTr("Welcome! Check in here")
            color: Theme.text
            font.pixelSize: 80 * page.s
            font.bold: true
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        Text {
            objectName: "waitNow"
            Layout.fillWidth: true
            text: page.state.waitMinutes < 0 ? qsTr("Pick your treatments and get your queue ticket.")
                : page.state.waitMinutes === 0 ? qsTr("No wait right now.")
                : qsTr("Current wait: about %1.").arg(Format.minutes(page.state.waitMinutes))
            color: Theme.textMuted
            font.pixelSize: 44 * page.s
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
        TouchButton {
            objectName: "startButton"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(parent.width, 760 * page.s)
            s: page.s
            implicitHeight: Math.max(Theme.touchTarget, 110 * page.s)
            cornerRadius: height / 2
            primary: true
            enabled: page.state.ready
            fontSize: 52 * page.s
            text: qsTr("Start check-in")
            onClicked: page.state.begin()
        }
        Item { Layout.fillHeight: true }
        Text {
            Layout.fillWidth: true
            text: qsTr("Language")
            color: Theme.textMuted
            font.pixelSize: 34 * page.s
            horizontalAlignment: Text.AlignHCenter
        }
        // A row across a landscape screen; one above the other in portrait, where a row of three
        // would not fit at the type size a customer reads from a step away.
        Grid {
            Layout.alignment: Qt.AlignHCenter
            columns: page.width > page.height ? 3 : 1
            spacing: 24 * page.s
            Repeater {
                model: ["en", "th", "id"]
                FlagButton {
                    required property string modelData
                    objectName: "flag_" + modelData
                    width: page.width > page.height ? implicitWidth : 560 * page.s
                    s: page.s
                    code: modelData
                    chosen: Language.current === modelData
                    onPicked: Language.setCurrent(modelData)
                }
            }
        }
    }
}
