// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// Issue 12 #3: every visible control of the front desk has an accessible name. The whole app
// (Main.qml) runs against the real test server; on each screen (sign-in, the queue board, every
// dialog of the desk, the day page) every visible control a user can reach (it takes focus, or
// it is a button or a text field) must have Accessible.name set. A control without one is named
// in the failure by its type, object name and text.
TestCase {
    id: testCase
    name: "Accessibility"
    when: windowShown
    visible: true
    width: 200
    height: 100

    Component {
        id: appComponent
        Main {
            state: CashierState {}
            serverUrl: testServerUrl
            gate: ScreenshotGate {}
        }
    }

    // Every visible item under `item`; a control's own parts (a text field inside a spin box) are
    // the control's business, so the walk stops at a control.
    function isControl(o) {
        if (o.cursorPosition !== undefined && o.readOnly !== undefined) // TextInput, TextEdit
            return !o.readOnly
        if (o.focusPolicy !== undefined && o.focusPolicy !== Qt.NoFocus && o.enabled !== undefined)
            return o.background !== undefined // a Qt Quick control (not the popup's own item)
        return o.pressed !== undefined && o.checkable !== undefined // any button
    }
    function controls(item, out) {
        if (!item || !item.visible)
            return out
        if (isControl(item)) {
            out.push(item)
            return out
        }
        const kids = item.children
        if (kids)
            for (let i = 0; i < kids.length; ++i)
                controls(kids[i], out)
        return out
    }
    function describe(o) {
        return String(o).split("(")[0] + (o.objectName ? " '" + o.objectName + "'" : "")
            + (typeof o.text === "string" && o.text !== "" ? " text '" + o.text + "'" : "")
            + (o.placeholderText ? " placeholder '" + o.placeholderText + "'" : "")
    }
    // The controls of the window's visible parts without an accessible name.
    function unnamed(window) {
        const found = controls(window.contentItem.parent, [])
        verify(found.length > 0, "no controls found at all")
        return found.filter(o => !o.Accessible.name || String(o.Accessible.name).trim() === "").map(describe)
    }
    function expectAllNamed(window, screen) {
        waitForRendering(window.contentItem)
        const missing = unnamed(window)
        compare(missing.length, 0, screen + ": no accessible name on " + missing.join("; "))
    }
    function walk(item, pred, out) {
        if (!item)
            return out
        if (pred(item))
            out.push(item)
        const kids = item.children
        if (kids)
            for (let i = 0; i < kids.length; ++i)
                walk(kids[i], pred, out)
        return out
    }

    function test_everyVisibleControlHasAName() {
        const app = createTemporaryObject(appComponent, testCase)
        verify(app)
        app.state.setServerUrl(testServerUrl)
        tryVerify(() => app.state.session.serverUrl.toString() !== "")
        expectAllNamed(app, "sign-in")

        app.state.signIn("admin", "admin")
        tryCompare(app.state, "hasState", true, 5000)
        const v = testSupport.waitingVisit("Accessible Anna")
        tryVerify(() => app.state.waiting.indexOfId(v.id) >= 0, 5000)
        const served = testSupport.awaitingVisit("Accessible Budi", [1])
        tryVerify(() => app.state.awaitingPayment.indexOfId(served.id) >= 0, 5000)
        expectAllNamed(app, "queue board")

        const board = walk(app.contentItem, o => o.checkInDialog !== undefined, [])[0]
        verify(board, "the queue board")
        const checkIn = board.checkInDialog
        verify(checkIn, "the check-in dialog")
        checkIn.openForm()
        tryCompare(checkIn, "opened", true)
        expectAllNamed(app, "check-in")
        checkIn.close()
        tryCompare(checkIn, "visible", false)

        const assign = board.assignDialog
        assign.openFor(v)
        tryCompare(assign, "opened", true)
        expectAllNamed(app, "assign")
        assign.close()
        tryCompare(assign, "visible", false)

        const reason = board.reasonDialog
        reason.openFor(v, "cancel")
        tryCompare(reason, "opened", true)
        expectAllNamed(app, "cancel")
        reason.close()
        tryCompare(reason, "visible", false)

        const ticket = board.ticketDialog
        ticket.openFor(v)
        tryCompare(ticket, "opened", true)
        expectAllNamed(app, "ticket")
        ticket.close()
        tryCompare(ticket, "visible", false)

        const checkout = board.checkoutDialog
        checkout.openFor(served)
        tryCompare(checkout, "opened", true)
        checkout.openDemo(served) // a split with a tip: every kind of payment line is shown
        expectAllNamed(app, "checkout")
        checkout.close()
        tryCompare(checkout, "visible", false)

        app.page = 1
        expectAllNamed(app, "day")

        // The back office's three sections, the audit trail, and the user menu's password dialog.
        app.page = 2
        const admin = walk(app.contentItem, o => o.section !== undefined && o.gate !== undefined, [])[0]
        verify(admin, "the admin page")
        for (let s = 0; s < 3; ++s) {
            admin.section = s
            wait(300) // each section loads its lists
            expectAllNamed(app, "admin section " + s)
        }
        app.page = 3
        wait(300)
        expectAllNamed(app, "audit")
        app.page = 0
        const password = app.passwordDialog
        verify(password, "the password dialog")
        password.openForm()
        tryCompare(password, "opened", true)
        expectAllNamed(app, "change password")
        password.close()
        tryCompare(password, "visible", false)
    }

    // The check above can fail: a button without words and without a name is found.
    Component {
        id: unnamedButton
        Button { objectName: "iconOnly" }
    }
    function test_anUnnamedControlIsFound() {
        const app = createTemporaryObject(appComponent, testCase)
        verify(app)
        waitForRendering(app.contentItem)
        compare(unnamed(app).length, 0)
        const b = createTemporaryObject(unnamedButton, app.contentItem)
        verify(b)
        const missing = unnamed(app)
        compare(missing.length, 1)
        verify(missing[0].indexOf("iconOnly") >= 0, missing[0])
    }
}
