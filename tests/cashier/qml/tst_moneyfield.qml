// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// MoneyField (cashier_app/MoneyField.qml): money typed in major units, `parsed` in minor units,
// -1 and red while the text is not an amount; what the keyboard may type; setValue().
TestCase {
    id: testCase
    name: "MoneyField"
    when: windowShown
    visible: true
    width: 400
    height: 200

    Component {
        id: fieldComponent
        MoneyField { width: 200 }
    }

    SignalSpy { id: edited; signalName: "textEdited" }

    function make() {
        const f = createTemporaryObject(fieldComponent, testCase)
        verify(f)
        return f
    }
    function isRed(f) { return Qt.colorEqual(f.color, Theme.danger) }

    function test_parsed_data() {
        return [
            { tag: "whole", text: "450", parsed: 45000 },
            { tag: "one decimal", text: "450.5", parsed: 45050 },
            { tag: "two decimals", text: "450.50", parsed: 45050 },
            { tag: "decimal comma", text: "450,50", parsed: 45050 },
            { tag: "cents", text: "0.05", parsed: 5 },
            { tag: "empty", text: "", parsed: 0 },
            { tag: "blank", text: "   ", parsed: 0 },
            { tag: "trailing point", text: "12.", parsed: -1 },
            { tag: "letters", text: "abc", parsed: -1 },
            { tag: "three decimals", text: "1.234", parsed: -1 },
            { tag: "thousands separator", text: "1,234.50", parsed: -1 },
            { tag: "negative", text: "-5", parsed: -1 },
        ]
    }

    function test_parsed(data) {
        const f = make()
        f.text = data.text
        compare(f.parsed, data.parsed)
        compare(isRed(f), data.parsed < 0, "red while invalid")
        compare(Qt.colorEqual(f.color, Theme.text), data.parsed >= 0)
    }

    function test_typing() {
        const f = make()
        edited.clear()
        edited.target = f
        f.forceActiveFocus()
        verify(f.activeFocus)
        for (const c of "450.5")
            keyClick(c)
        compare(f.text, "450.5")
        compare(f.parsed, 45050)
        compare(edited.count, 5)
        verify(!isRed(f))
        keyClick("0")
        keyClick("1") // a third decimal is not typed
        compare(f.text, "450.50")
        compare(f.parsed, 45050)
        keyClick("a")
        keyClick("-")
        keyClick(" ")
        compare(f.text, "450.50")
        // Half-typed: the field says so.
        f.selectAll()
        keyClick("7")
        keyClick(",")
        compare(f.text, "7,")
        compare(f.parsed, -1)
        verify(isRed(f))
        keyClick("2")
        compare(f.parsed, 720)
        verify(!isRed(f))
        // Emptied: zero, not red.
        f.selectAll()
        keyClick(Qt.Key_Backspace)
        compare(f.text, "")
        compare(f.parsed, 0)
        verify(!isRed(f))
    }

    function test_setValue_data() {
        return [
            { tag: "whole", minor: 45000, text: "450" },
            { tag: "fifty", minor: 45050, text: "450.50" },
            { tag: "five", minor: 45005, text: "450.05" },
            { tag: "cents only", minor: 5, text: "0.05" },
            { tag: "zero", minor: 0, text: "0" },
            { tag: "cleared", minor: -1, text: "" },
        ]
    }

    function test_setValue(data) {
        const f = make()
        f.text = "999"
        edited.clear()
        edited.target = f
        f.setValue(data.minor)
        compare(f.text, data.text)
        compare(f.parsed, Math.max(0, data.minor)) // it reads back what it was given
        compare(edited.count, 0) // not an edit: a line's amount is not re-sent
    }
}
