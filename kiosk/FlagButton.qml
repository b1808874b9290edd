// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import Spa

// A language to pick on the first screen: its flag, drawn here (no image files, no emoji font
// needed), and its name in its own language, which is never translated.
Rectangle {
    id: flag
    required property real s
    required property string code
    property bool chosen: false
    signal picked()

    readonly property string nativeName: code === "th" ? "ไทย" : code === "id" ? "Bahasa Indonesia" : "English"

    implicitHeight: Math.max(48, 100 * s)
    implicitWidth: row.implicitWidth + 48 * s
    radius: 16 * s
    color: chosen ? Theme.accentTint : Theme.surface
    border.color: chosen ? Theme.accent : Theme.border
    border.width: Math.max(2, (chosen ? 5 : 2) * s)
    Accessible.role: Accessible.Button
    Accessible.name: nativeName
    Accessible.checked: chosen

    Row {
        id: row
        anchors.centerIn: parent
        spacing: 18 * flag.s

        Item {
            id: picture
            width: 72 * flag.s
            height: 48 * flag.s
            anchors.verticalCenter: parent.verticalCenter
            clip: true
            // Thailand: red, white, a double blue band, white, red.
            Column {
                visible: flag.code === "th"
                Repeater {
                    model: ["#a51931", "#f4f5f8", "#2d2a4a", "#f4f5f8", "#a51931"]
                    Rectangle {
                        required property int index
                        required property string modelData
                        width: picture.width
                        height: picture.height / 6 * (index === 2 ? 2 : 1)
                        color: modelData
                    }
                }
            }
            // Indonesia: red over white.
            Column {
                visible: flag.code === "id"
                Rectangle { width: picture.width; height: picture.height / 2; color: "#ce1126" }
                Rectangle { width: picture.width; height: picture.height / 2; color: "#ffffff" }
            }
            // English: the Union flag, simplified to its crosses.
            Rectangle {
                visible: flag.code === "en"
                anchors.fill: parent
                color: "#012169"
                Rectangle { anchors.centerIn: parent; width: parent.width * 1.2; height: parent.height * 0.12; color: "white"; rotation: 33 }
                Rectangle { anchors.centerIn: parent; width: parent.width * 1.2; height: parent.height * 0.12; color: "white"; rotation: -33 }
                Rectangle { anchors.centerIn: parent; width: parent.width; height: parent.height * 0.33; color: "white" }
                Rectangle { anchors.centerIn: parent; width: parent.height * 0.33; height: parent.height; color: "white" }
                Rectangle { anchors.centerIn: parent; width: parent.width; height: parent.height * 0.2; color: "#c8102e" }
                Rectangle { anchors.centerIn: parent; width: parent.height * 0.2; height: parent.height; color: "#c8102e" }
            }
            Rectangle {
                anchors.fill: parent
                color: "transparent"
                border.color: Theme.border
                border.width: 1
            }
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: flag.nativeName
            color: Theme.text
            font.pixelSize: 34 * flag.s
            font.bold: flag.chosen
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: flag.picked()
    }
}
