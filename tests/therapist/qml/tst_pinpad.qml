// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaTherapist

// PinPad (therapist_app/PinPad.qml): digits up to the maximum length, backspace, clear, submit
// only from the minimum length (and then the pad empties), the hardware keyboard, busy and
// disabled pads taking nothing, the digits never shown, and keys big enough for fingers.
TestCase {
    id: testCase
    name: "PinPad"
    when: windowShown
    visible: true
    width: 600
    height: 800

    Component {
        id: padComponent
        PinPad { }
    }
    Component {
        id: spyComponent
        SignalSpy { signalName: "entered" }
    }

    function make(props) {
        const pad = createTemporaryObject(padComponent, testCase, props || {})
        verify(pad)
        return pad
    }
    function key(pad, name) {
        const k = findChild(pad, name)
        verify(k, name)
        return k
    }
    function tap(pad, names) {
        for (const name of names)
            mouseClick(key(pad, name))
    }
    function spyOn(pad) {
        return createTemporaryObject(spyComponent, testCase, { target: pad })
    }
    // The dots: how many there are and how many are filled.
    function dots(pad) {
        const row = findChild(pad, "dots")
        let all = 0, filled = 0
        for (let i = 0; i < row.children.length; ++i) {
            const c = row.children[i]
            if (c.radius === undefined)
                continue // the Repeater
            ++all
            if (!Qt.colorEqual(c.color, "transparent"))
                ++filled
        }
        return { all: all, filled: filled }
    }

    function test_digits() {
        const pad = make()
        compare(pad.length, 0)
        compare(dots(pad).all, 4)
        compare(dots(pad).filled, 0)
        tap(pad, ["key1", "key2", "key3"])
        compare(pad.length, 3)
        compare(pad.digits, "123")
        compare(dots(pad).filled, 3)
        tap(pad, ["key0", "key9", "key8"])
        compare(pad.digits, "123098")
        compare(dots(pad).all, 6) // one dot per digit past the shortest PIN
        compare(dots(pad).filled, 6)
    }

    function test_maxLength() {
        const pad = make({ maxLength: 6 })
        tap(pad, ["key1", "key2", "key3", "key4", "key5", "key6", "key7", "key8"])
        compare(pad.length, 6)
        compare(pad.digits, "123456")
        compare(dots(pad).all, 6)
    }

    function test_backspaceAndClear() {
        const pad = make()
        verify(!key(pad, "keyBackspace").enabled)
        verify(!key(pad, "keyClear").enabled)
        tap(pad, ["key4", "key5", "key6"])
        verify(key(pad, "keyBackspace").enabled)
        tap(pad, ["keyBackspace"])
        compare(pad.digits, "45")
        tap(pad, ["keyBackspace", "keyBackspace"])
        compare(pad.length, 0)
        verify(!key(pad, "keyBackspace").enabled)
        tap(pad, ["key7", "key7", "key7", "key7", "key7"])
        verify(key(pad, "keyClear").enabled)
        tap(pad, ["keyClear"])
        compare(pad.length, 0)
        compare(dots(pad).filled, 0)
    }

    function test_submitFromFourDigits() {
        const pad = make()
        const spy = spyOn(pad)
        const submit = key(pad, "keySubmit")
        verify(!submit.enabled)
        tap(pad, ["key1", "key2", "key3"])
        verify(!pad.canSubmit)
        verify(!submit.enabled)
        mouseClick(submit)
        pad.submit()
        compare(spy.count, 0)
        compare(pad.length, 3)
        tap(pad, ["key4"])
        verify(pad.canSubmit)
        verify(submit.enabled)
        mouseClick(submit)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "1234")
        compare(pad.length, 0) // handed over, not kept
        verify(!submit.enabled)
    }

    function test_keyboard() {
        const pad = make()
        const spy = spyOn(pad)
        pad.forceActiveFocus()
        verify(pad.activeFocus)
        keyClick(Qt.Key_5)
        keyClick(Qt.Key_5)
        keyClick(Qt.Key_A) // not a digit: ignored
        keyClick(Qt.Key_5)
        keyClick(Qt.Key_5)
        compare(pad.digits, "5555")
        keyClick(Qt.Key_Backspace)
        keyClick(Qt.Key_6)
        keyClick(Qt.Key_Return)
        compare(spy.count, 1)
        compare(spy.signalArguments[0][0], "5556")
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_Escape)
        compare(pad.length, 0)
        // A tap on a key keeps the keyboard with the pad.
        tap(pad, ["key2"])
        verify(pad.activeFocus)
    }

    function test_busyAndDisabled() {
        const pad = make({ busy: true })
        tap(pad, ["key1", "key2"])
        compare(pad.length, 0)
        verify(!key(pad, "key1").enabled)
        compare(key(pad, "keySubmit").text, "Checking…")
        pad.busy = false
        tap(pad, ["key1", "key2", "key3", "key4"])
        compare(pad.length, 4)
        pad.busy = true
        verify(!pad.canSubmit)
        verify(!key(pad, "keySubmit").enabled)
        pad.busy = false
        pad.enabled = false
        verify(!pad.canSubmit)
        pad.press("9")
        compare(pad.length, 4)
    }

    function test_submitText() {
        const pad = make({ submitText: "Unlock" })
        compare(key(pad, "keySubmit").text, "Unlock")
    }

    function test_digitsNeverShown() {
        const pad = make()
        tap(pad, ["key8", "key6", "key4", "key2"])
        // No text anywhere in the pad holds what was typed.
        const stack = [pad]
        while (stack.length > 0) {
            const item = stack.pop()
            if (item.text !== undefined)
                verify(String(item.text).indexOf("8642") < 0, item)
            for (let i = 0; i < item.children.length; ++i)
                stack.push(item.children[i])
        }
    }

    function test_touchTargets_data() {
        return [{ tag: "scale 1", s: 1 }, { tag: "scale 0.5", s: 0.5 }, { tag: "scale 1.5", s: 1.5 }]
    }
    function test_touchTargets(data) {
        const pad = make({ s: data.s })
        for (const name of ["key0", "key1", "key2", "key3", "key4", "key5", "key6", "key7", "key8", "key9",
                            "keyClear", "keyBackspace", "keySubmit"]) {
            const k = key(pad, name)
            verify(k.width >= 64, name + " width " + k.width)
            verify(k.height >= 64, name + " height " + k.height)
            verify(k.width >= Theme.touchTarget && k.height >= Theme.touchTarget, name)
        }
        // Keys do not overlap.
        const a = key(pad, "key1"), b = key(pad, "key2"), c = key(pad, "key4")
        verify(a.mapToItem(pad, a.width, 0).x <= b.mapToItem(pad, 0, 0).x)
        verify(a.mapToItem(pad, 0, a.height).y <= c.mapToItem(pad, 0, 0).y)
    }
}
