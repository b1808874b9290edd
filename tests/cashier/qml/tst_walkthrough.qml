// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// Issue 12: the front desk by keyboard alone, in the whole app (Main.qml) against the real test
// server: sign in, check a customer in (Ctrl+N, type, Tab to a service tile, Space, Enter), close
// the ticket (Esc), Tab to the new card's Assign… and press Enter, Enter on "Next in turn"; once
// the therapist has served the visit, Tab to its Pay and press Enter, pay with Ctrl+Enter, Esc.
// At every step the focused control shows its focus ring (a keyboard user sees where they are).
TestCase {
    id: testCase
    name: "Walkthrough"
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
    function typeText(text) { for (const c of text) keyClick(c) }
    function focused(app) { return app.activeFocusItem }
    // The focus ring of the focused control is on screen.
    function ringShown(item) {
        const rings = walk(item, o => o.shown !== undefined && o.gap !== undefined, [])
        return rings.length > 0 && rings[0].visible
    }
    function expectVisibleFocus(app, what) {
        const item = focused(app)
        verify(item, what + ": nothing has the focus")
        verify(item.keyboardFocus === true || item.activeFocus && item.cursorVisible !== undefined,
               what + ": the focus is not shown on " + item)
        if (item.keyboardFocus === true)
            verify(ringShown(item), what + ": no focus ring on " + item)
    }
    // Presses Tab until `pred` holds for the focused item (at most `limit` times). The board's
    // chain holds every card's actions, and earlier tests in this process leave cards behind.
    function tabTo(app, pred, what, limit) {
        for (let i = 0; i < (limit || 80); ++i) {
            const item = focused(app)
            if (item && pred(item))
                return item
            keyClick(Qt.Key_Tab)
        }
        fail("Tab never reached " + what + " (at " + focused(app) + ")")
    }
    function cardOf(item) {
        for (let p = item; p; p = p.parent)
            if (p.visit !== undefined && p.payRequested !== undefined)
                return p
        return null
    }
    function dialogNamed(app, name) {
        const board = walk(app.contentItem, o => o.checkInDialog !== undefined, [])[0]
        verify(board, "the queue board")
        return { CheckInDialog: board.checkInDialog, TicketDialog: board.ticketDialog, AssignDialog: board.assignDialog,
                 CheckoutDialog: board.checkoutDialog }[name]
    }

    function test_checkInAssignCheckoutByKeyboard() {
        const app = createTemporaryObject(appComponent, testCase)
        verify(app)
        app.state.setServerUrl(testServerUrl)
        app.requestActivate()
        tryVerify(() => app.active, 3000, "the app's window is active")

        // Sign in: the user name has the focus; Enter moves on, Enter signs in.
        tryVerify(() => focused(app) && focused(app).placeholderText === "User name", 3000)
        typeText("cashier")
        keyClick(Qt.Key_Return)
        typeText("cashier")
        keyClick(Qt.Key_Return)
        tryCompare(app.state, "hasState", true, 5000)
        tryVerify(() => app.state.services.count >= 4, 5000)
        tryVerify(() => app.state.suggestedTherapistId > 0, 5000, "someone is next in turn")

        // Check in: Ctrl+N, the name, Tab past the phone to the first service, Space, Enter.
        keyClick(Qt.Key_N, Qt.ControlModifier)
        const checkIn = dialogNamed(app, "CheckInDialog")
        tryCompare(checkIn, "opened", true)
        tryVerify(() => focused(app) && focused(app).placeholderText === "Customer's name")
        typeText("Keyboard Kanya")
        const tile = tabTo(app, o => o.checkable === true && o.title !== undefined, "a service tile", 5)
        expectVisibleFocus(app, "service tile")
        keyClick(Qt.Key_Space)
        tryVerify(() => tile.checked)
        compare(checkIn.chosen.length, 1)
        keyClick(Qt.Key_Return)
        tryCompare(checkIn, "visible", false, 5000)

        // The ticket opens with Save focused; Esc closes it.
        const ticket = dialogNamed(app, "TicketDialog")
        tryCompare(ticket, "opened", true)
        expectVisibleFocus(app, "ticket")
        const visit = ticket.visit
        verify(visit.id > 0)
        keyClick(Qt.Key_Escape)
        tryCompare(ticket, "visible", false)
        tryVerify(() => app.state.waiting.indexOfId(visit.id) >= 0, 5000)

        // Tab to this visit's Assign…, Enter; the dialog opens on "Next in turn"; Enter assigns.
        tabTo(app, o => o.objectName === "assignAction" && cardOf(o) && cardOf(o).visit.id === visit.id,
              "the new card's Assign…", 200)
        expectVisibleFocus(app, "Assign…")
        keyClick(Qt.Key_Return)
        const assign = dialogNamed(app, "AssignDialog")
        tryCompare(assign, "opened", true)
        tryVerify(() => focused(app) && focused(app).objectName === "nextInTurn", 3000)
        expectVisibleFocus(app, "Next in turn")
        keyClick(Qt.Key_Return)
        tryCompare(assign, "visible", false, 5000)
        compare(testSupport.visitStatus(visit.id), "assigned")

        // The therapist serves the visit; then Tab to its Pay, Enter.
        verify(testSupport.serveVisit(visit.id))
        tryVerify(() => app.state.awaitingPayment.indexOfId(visit.id) >= 0, 5000)
        tabTo(app, o => o.objectName === "payAction" && cardOf(o) && cardOf(o).visit.id === visit.id, "the card's Pay", 200)
        expectVisibleFocus(app, "Pay")
        keyClick(Qt.Key_Return)
        const checkout = dialogNamed(app, "CheckoutDialog")
        tryCompare(checkout, "opened", true)
        // The first amount is focused, the whole balance in it: Ctrl+Enter pays.
        tryVerify(() => focused(app) && focused(app).parsed > 0, 3000, "the amount is focused")
        keyClick(Qt.Key_Return, Qt.ControlModifier)
        tryVerify(() => testSupport.paymentCount(visit.id) === 1, 5000, "Ctrl+Enter paid")
        compare(testSupport.visitStatus(visit.id), "paid")
        // The receipt's Done is guarded against a double press for 0.8 s; then Esc closes.
        wait(900)
        keyClick(Qt.Key_Escape)
        tryCompare(checkout, "visible", false)
        tryVerify(() => app.state.awaitingPayment.indexOfId(visit.id) < 0, 5000)
    }
}
