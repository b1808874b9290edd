// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// Issue 21 #5 and #6: the desk from the keyboard. Signing out empties the sign-in form; every
// dialog opens with the right field or button focused, Enter confirms, Esc closes (check-in,
// assign, cancel reason, void, checkout); Enter presses a focused card button.
TestCase {
    id: testCase
    name: "Keyboard"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias signInPage: signInPage
            property alias checkIn: checkIn
            property alias assign: assign
            property alias reason: reason
            property alias voidDialog: voidDialog
            property alias day: day
            property alias checkout: checkout
            width: 1280
            height: 800
            CashierState { id: desk }
            ScreenshotGate { id: gate }
            DayReport { id: day; session: desk.session }
            SignInPage { id: signInPage; anchors.fill: parent; state: desk; visible: !desk.signedIn }
            CheckInDialog { id: checkIn; state: desk }
            AssignDialog { id: assign; state: desk }
            ReasonDialog { id: reason; state: desk }
            VoidDialog { id: voidDialog; report: day; currency: "THB" }
            CheckoutDialog { id: checkout; state: desk; gate: gate }
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
    function field(root, placeholder) { return walk(root, o => o.placeholderText === placeholder, [])[0] }
    function typeText(text) { for (const c of text) keyClick(c) }
    function signedIn(f) {
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        f.desk.signIn("cashier", "cashier")
        tryCompare(f.desk, "hasState", true, 5000)
    }

    // #5: the next person must not find the last one's name and password.
    function test_defect5_signOutClearsTheForm() {
        const f = createTemporaryObject(fixture, testCase)
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        const user = field(f.signInPage, "User name")
        const password = field(f.signInPage, "Password")
        tryVerify(() => user.activeFocus, 2000)
        typeText("cashier")
        keyClick(Qt.Key_Return)
        verify(password.activeFocus)
        typeText("cashier")
        keyClick(Qt.Key_Return)
        tryCompare(f.desk, "signedIn", true, 5000)
        f.desk.signOut()
        tryCompare(f.desk, "signedIn", false, 3000)
        compare(user.text, "")
        compare(password.text, "")
        tryVerify(() => user.activeFocus, 2000)
        // Enter on the empty form signs no one in.
        keyClick(Qt.Key_Return)
        keyClick(Qt.Key_Return)
        wait(200)
        verify(!f.desk.signedIn)
    }

    function test_defect6_checkInFocusEnterEsc() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        f.checkIn.openForm()
        tryCompare(f.checkIn, "opened", true)
        verify(field(f.checkIn.contentItem, "Customer's name").activeFocus)
        keyClick(Qt.Key_Escape)
        tryCompare(f.checkIn, "visible", false)
    }

    // The assign dialog opens with "Next in turn" focused; Enter assigns.
    function test_defect6_assignFocusAndEnter() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        tryVerify(() => f.desk.suggestedTherapistId > 0, 5000, "someone is next in turn")
        const v = testSupport.waitingVisit("Somchai Jaidee")
        verify(v.id > 0)
        f.assign.openFor(v)
        tryCompare(f.assign, "opened", true)
        const next = walk(f.assign.contentItem, o => typeof o.text === "string" && o.text.startsWith("Next in turn"), [])[0]
        verify(next)
        tryVerify(() => next.activeFocus, 2000, "Next in turn is focused")
        keyClick(Qt.Key_Return)
        tryCompare(f.assign, "visible", false, 5000)
        compare(testSupport.visitStatus(v.id), "assigned")

        // Esc closes it.
        const w = testSupport.waitingVisit("Ploy Srisai")
        f.assign.openFor(w)
        tryCompare(f.assign, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(f.assign, "visible", false)
        compare(testSupport.visitStatus(w.id), "waiting")
    }

    function test_defect6_reasonFocusEnterEsc() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        const v = testSupport.waitingVisit("Nok Wongsa")
        f.reason.openFor(v, "cancel")
        tryCompare(f.reason, "opened", true)
        verify(field(f.reason.contentItem, "Reason (required)").activeFocus)
        keyClick(Qt.Key_Return) // no reason yet: nothing happens
        wait(100)
        verify(f.reason.visible)
        typeText("left early")
        keyClick(Qt.Key_Return)
        tryCompare(f.reason, "visible", false, 5000)
        compare(testSupport.visitStatus(v.id), "cancelled")
        f.reason.openFor(testSupport.waitingVisit("Mali Chanthra"), "no_show")
        tryCompare(f.reason, "opened", true)
        keyClick(Qt.Key_Escape)
        tryCompare(f.reason, "visible", false)
    }

    // The void dialog ignored Enter: now Enter in the reason voids.
    function test_defect6_voidEnterEsc() {
        const f = createTemporaryObject(fixture, testCase)
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        f.desk.signIn("admin", "admin")
        tryCompare(f.desk, "hasState", true, 5000)
        const v = testSupport.awaitingVisit("Ari Putra", [5])
        verify(v.id > 0)
        compare(testSupport.payInFull(v.id), 201)
        const paymentId = testSupport.storedPayments(v.id)[0].id
        f.voidDialog.openFor(paymentId, v.ticket, 25000)
        tryCompare(f.voidDialog, "opened", true)
        verify(field(f.voidDialog.contentItem, "Reason (required)").activeFocus)
        keyClick(Qt.Key_Return) // no reason: nothing happens
        wait(100)
        verify(f.voidDialog.visible)
        typeText("wrong card")
        keyClick(Qt.Key_Return)
        tryCompare(f.voidDialog, "visible", false, 3000)
        tryVerify(() => testSupport.visitStatus(v.id) === "awaiting_payment", 5000, "the payment was voided")
    }

    // The checkout opens with the first amount selected; Enter on the focused Pay pays; Esc closes.
    function test_defect6_checkoutFocusEnterEsc() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        const v = testSupport.awaitingVisit("Dewi Lestari", [5])
        f.checkout.openFor(v)
        tryCompare(f.checkout, "opened", true)
        const amount = walk(f.checkout.contentItem, o => o.parsed !== undefined && o.activeFocus, [])[0]
        verify(amount, "an amount field is focused")
        compare(amount.text, "250")
        compare(amount.selectedText, "250")
        const pay = walk(f.checkout.contentItem, o => typeof o.text === "string" && o.text.startsWith("Pay ") && o.visible, [])[0]
        pay.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        tryVerify(() => testSupport.paymentCount(v.id) === 1, 5000, "Enter on Pay paid")
        wait(900) // Done is guarded against a double click for 0.8 s
        keyClick(Qt.Key_Escape)
        tryCompare(f.checkout, "visible", false)
    }
}
