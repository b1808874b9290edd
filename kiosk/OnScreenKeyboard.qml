// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import Spa

// A touch keyboard for the name or the phone (digits and +). Names in Latin letters, or in Thai
// on the Kedmanee layout every Thai keyboard has (with its shift); it starts in Thai when the
// kiosk speaks Thai and in Latin otherwise (Indonesian is written in Latin letters), and the
// customer switches with the keyboard's own key. Every key is at least 48 px; keys only report
// what was pressed.
Column {
    id: keyboard
    required property real s
    property bool digits: false
    // The keyboard's height may not pass this (a landscape screen is short): the keys shrink,
    // never under 48 px.
    property real maximumHeight: 100000
    property bool thai: false
    property bool shifted: false
    signal typed(string text)
    signal erased()

    // Back to the layout of the kiosk's language (a new customer, another language chosen).
    function followLanguage() {
        thai = Language.current === "th"
        shifted = false
    }
    Component.onCompleted: followLanguage()
    Connections {
        target: Language
        function onCurrentChanged() { keyboard.followLanguage() }
    }

    readonly property var latinRows: ["QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM"]
    // Kedmanee, row by row as on the keys (the number row's Thai letters included); shifted below.
    readonly property var thaiRows: ["ๅ/-ภถุึคตจขช", "ๆไำพะัีรนยบลฃ", "ฟหกดเ้่าสวง", "ผปแอิืทมใฝ"]
    readonly property var thaiShiftedRows: ["+๑๒๓๔ู฿๕๖๗๘๙", "๐\"ฎฑธํ๊ณฯญฐ,ฅ", "ฤฆฏโฌ็๋ษศซ.", "()ฉฮฺ์?ฒฬฦ"]
    readonly property var digitRows: ["123", "456", "789", "+0"]
    readonly property var rows: digits ? digitRows : !thai ? latinRows : shifted ? thaiShiftedRows : thaiRows
    // The widest row in key widths (a digit key is 1.8 wide) and the number of rows (the letters
    // have a row of their own for space, erase and the layout keys).
    readonly property real widestRow: digits ? 3 * 1.8 : Math.max(...rows.map(r => r.length))
    readonly property int rowCount: rows.length + (digits ? 0 : 1)
    readonly property real keySize: Math.max(Theme.touchTarget,
        Math.min(width / (widestRow * 1.1), 104 * s, maximumHeight / (rowCount * 1.12)))
    // The gap narrows before a key would pass the edge (Thai's thirteen keys on a 720 px screen).
    readonly property real gap: Math.max(2, Math.min(keySize * 0.1, (width - widestRow * keySize) / Math.max(1, widestRow - 1)))

    spacing: gap * 1.2

    // Thai's vowels and tone marks sit on a letter: shown on a dotted circle, as printed on keys.
    function face(c) { return /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(c) ? "\u25CC" + c : c }

    component Key: TouchButton {
        s: keyboard.s
        width: keyboard.keySize
        height: keyboard.keySize
        fontSize: keyboard.keySize * 0.45
    }

    Repeater {
        model: keyboard.rows
        Row {
            id: keyRow
            required property string modelData
            required property int index
            readonly property bool last: keyboard.digits && index === 3
            anchors.horizontalCenter: parent.horizontalCenter
            spacing: keyboard.gap
            Repeater {
                model: keyRow.modelData.split("")
                Key {
                    id: key
                    required property string modelData
                    objectName: "key_" + modelData
                    width: keyboard.digits ? keyboard.keySize * 1.8 : keyboard.keySize
                    text: keyboard.face(modelData)
                    Accessible.name: modelData
                    onClicked: {
                        keyboard.typed(keyboard.thai || keyboard.digits ? key.modelData : key.modelData.toLowerCase())
                        keyboard.shifted = false // one shifted character, as on a phone
                    }
                }
            }
            Key {
                visible: keyRow.last
                objectName: visible ? "key_erase" : ""
                width: keyboard.keySize * 1.8
                text: "⌫"
                Accessible.name: qsTr("Erase")
                onClicked: keyboard.erased()
            }
        }
    }
    // Under the letters: shift (Thai), the other alphabet, space and erase.
    Row {
        visible: !keyboard.digits
        anchors.horizontalCenter: parent.horizontalCenter
        spacing: keyboard.gap
        Key {
            visible: keyboard.thai
            objectName: visible ? "key_shift" : ""
            width: keyboard.keySize * 1.8
            text: "⇧"
            selected: keyboard.shifted
            Accessible.name: qsTr("Shift")
            onClicked: keyboard.shifted = !keyboard.shifted
        }
        Key {
            objectName: "key_layout"
            width: keyboard.keySize * 1.8
            // Names the alphabet it switches to, in that alphabet.
            text: keyboard.thai ? "ABC" : "กขค"
            fontSize: keyboard.keySize * 0.34
            Accessible.name: keyboard.thai ? qsTr("Latin letters") : qsTr("Thai letters")
            onClicked: { keyboard.thai = !keyboard.thai; keyboard.shifted = false }
        }
        Key {
            objectName: "key_space"
            width: keyboard.keySize * 4
            text: qsTr("Space")
            fontSize: keyboard.keySize * 0.32
            onClicked: keyboard.typed(" ")
        }
        Key {
            objectName: "key_erase"
            width: keyboard.keySize * 1.8
            text: "⌫"
            Accessible.name: qsTr("Erase")
            onClicked: keyboard.erased()
        }
    }
}
