// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa

// A large PIN pad: digits, clear, backspace and a submit key that opens at `minLength` digits.
// The digits show as dots only; `entered(pin)` hands the PIN over and empties the pad. Also takes
// a hardware keyboard (digits, Backspace, Escape, Enter).
FocusScope {
    id: pad
    property real s: 1
    property int minLength: 4
    property int maxLength: 8
    property bool busy: false
    property string submitText: qsTr("Sign in")
    readonly property int length: digits.length
    readonly property bool canSubmit: digits.length >= minLength && !busy && enabled
    // Keys are never under 64 px, whatever the scale.
    readonly property real keySize: Math.max(64, 88 * s)
    readonly property real gap: 14 * s

    // What was typed; QML outside only reads `length`.
    property string digits: ""

    signal entered(string pin)

    function press(digit) {
        if (!enabled || busy || digits.length >= maxLength)
            return
        digits += digit
    }
    function backspace() {
        if (enabled && !busy)
            digits = digits.slice(0, -1)
    }
    function clear() {
        digits = ""
    }
    function submit() {
        if (!canSubmit)
            return
        const pin = digits
        digits = ""
        entered(pin)
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight
    focus: true

    Keys.onPressed: (event) => {
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9) {
            pad.press(String(event.key - Qt.Key_0))
        } else if (event.key === Qt.Key_Backspace || event.key === Qt.Key_Delete) {
            pad.backspace()
        } else if (event.key === Qt.Key_Escape) {
            pad.clear()
        } else if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            pad.submit()
        } else {
            return
        }
        event.accepted = true
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: pad.gap

        // One dot per digit typed, hollow ones up to the shortest PIN.
        Row {
            id: dots
            objectName: "dots"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: 28 * pad.s
            spacing: 16 * pad.s
            Accessible.name: qsTr("Digits entered: %1").arg(pad.digits.length)
            Repeater {
                model: Math.max(pad.minLength, pad.digits.length)
                Rectangle {
                    required property int index
                    width: 24 * pad.s
                    height: width
                    radius: width / 2
                    y: (dots.height - height) / 2
                    color: index < pad.digits.length ? Theme.text : "transparent"
                    border.color: index < pad.digits.length ? Theme.text : Theme.textMuted
                    border.width: Math.max(1, 2 * pad.s)
                }
            }
        }

        GridLayout {
            id: keys
            Layout.alignment: Qt.AlignHCenter
            columns: 3
            rowSpacing: pad.gap
            columnSpacing: pad.gap

            Repeater {
                model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]
                TouchButton {
                    required property string modelData
                    objectName: "key" + modelData
                    s: pad.s
                    text: modelData
                    fontSize: 36 * pad.s
                    enabled: pad.enabled && !pad.busy
                    Layout.preferredWidth: pad.keySize * 1.25
                    Layout.preferredHeight: pad.keySize
                    onClicked: pad.press(modelData)
                }
            }
            TouchButton {
                objectName: "keyClear"
                s: pad.s
                text: qsTr("Clear")
                fontSize: 20 * pad.s
                enabled: pad.enabled && !pad.busy && pad.digits.length > 0
                Layout.preferredWidth: pad.keySize * 1.25
                Layout.preferredHeight: pad.keySize
                onClicked: pad.clear()
            }
            TouchButton {
                objectName: "key0"
                s: pad.s
                text: "0"
                fontSize: 36 * pad.s
                enabled: pad.enabled && !pad.busy
                Layout.preferredWidth: pad.keySize * 1.25
                Layout.preferredHeight: pad.keySize
                onClicked: pad.press("0")
            }
            TouchButton {
                objectName: "keyBackspace"
                s: pad.s
                text: "⌫"
                font.family: "DejaVu Sans"
                fontSize: 32 * pad.s
                Accessible.name: qsTr("Delete the last digit")
                enabled: pad.enabled && !pad.busy && pad.digits.length > 0
                Layout.preferredWidth: pad.keySize * 1.25
                Layout.preferredHeight: pad.keySize
                onClicked: pad.backspace()
            }
        }

        TouchButton {
            objectName: "keySubmit"
            s: pad.s
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: 3 * pad.keySize * 1.25 + 2 * pad.gap
            Layout.preferredHeight: pad.keySize
            primary: true
            fontSize: 26 * pad.s
            text: pad.busy ? qsTr("Checking…") : pad.submitText
            enabled: pad.canSubmit
            onClicked: pad.submit()
        }
    }
}
