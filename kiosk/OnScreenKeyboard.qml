// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import Spa

// A touch keyboard for the name (Latin letters, as names are written on a receipt) or the phone
// (digits and +). Every key is at least 48 px; keys only report what was pressed.
Column {
    id: keyboard
    required property real s
    property bool digits: false
    signal typed(string text)
    signal erased()

    readonly property var letterRows: ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
    readonly property var digitRows: ["123", "456", "789", "+0"]
    // The widest rows (ten letters; seven, space and erase) fit in 11.2 keys' width.
    readonly property real keySize: Math.max(48, Math.min(width / 11.2, 104 * s))

    spacing: keySize * 0.12

    Repeater {
        model: keyboard.digits ? keyboard.digitRows : keyboard.letterRows
        Row {
            id: keyRow
            required property string modelData
            required property int index
            readonly property bool last: index === (keyboard.digits ? 3 : 2)
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: keyboard.keySize * 0.1
            Repeater {
                model: keyRow.modelData.split("")
                Rectangle {
                    id: key
                    required property string modelData
                    width: keyboard.digits ? keyboard.keySize * 1.8 : keyboard.keySize
                    height: keyboard.keySize
                    radius: 10 * keyboard.s
                    color: press.pressed ? Theme.surfaceAlt : Theme.surface
                    border.color: Theme.borderStrong
                    border.width: Math.max(1, 2 * keyboard.s)
                    objectName: "key_" + modelData
                    Accessible.role: Accessible.Button
                    Accessible.name: modelData
                    Text {
                        anchors.centerIn: parent
                        text: key.modelData
                        color: Theme.text
                        font.pixelSize: keyboard.keySize * 0.45
                        font.bold: true
                    }
                    MouseArea {
                        id: press
                        anchors.fill: parent
                        onClicked: keyboard.typed(keyboard.digits ? key.modelData : key.modelData.toLowerCase())
                    }
                }
            }
            // The row's end: a space under the letters, and the erase key on the last row.
            Rectangle {
                visible: keyRow.last && !keyboard.digits
                width: keyboard.keySize * 1.6
                height: keyboard.keySize
                radius: 10 * keyboard.s
                color: spacePress.pressed ? Theme.surfaceAlt : Theme.surface
                border.color: Theme.borderStrong
                border.width: Math.max(1, 2 * keyboard.s)
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Space")
                Text {
                    anchors.centerIn: parent
                    text: qsTr("Space")
                    color: Theme.text
                    font.pixelSize: keyboard.keySize * 0.32
                }
                MouseArea {
                    id: spacePress
                    anchors.fill: parent
                    onClicked: keyboard.typed(" ")
                }
            }
            Rectangle {
                visible: keyRow.last
                objectName: "key_erase"
                width: keyboard.keySize * 1.4
                height: keyboard.keySize
                radius: 10 * keyboard.s
                color: erasePress.pressed ? Theme.surfaceAlt : Theme.surface
                border.color: Theme.borderStrong
                border.width: Math.max(1, 2 * keyboard.s)
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Erase")
                Text {
                    anchors.centerIn: parent
                    text: "⌫"
                    color: Theme.text
                    font.pixelSize: keyboard.keySize * 0.45
                }
                MouseArea {
                    id: erasePress
                    anchors.fill: parent
                    onClicked: keyboard.erased()
                }
            }
        }
    }
}
