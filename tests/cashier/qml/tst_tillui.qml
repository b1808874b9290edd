// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// The till's desk dialogs driven as a cashier or owner drives them, against a real signed-in desk,
// checking what the server stored: RefundDialog (the amount typed, the method drop-down changed,
// the reason, a wrong PIN then the right one, Enter refunds, Esc leaves nothing), ShiftDialog's
// pay-out (the kind changed, amount and reason, Enter; Esc stores nothing), TaxInvoiceDialog
// (buyer typed, Enter records) and CommissionDialog (the rate's kind changed, a percent typed,
// Enter saves).
TestCase {
    id: testCase
    name: "TillUi"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: refundFixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            width: 1366
            height: 768
            CashierState { id: desk }
            RefundDialog { id: dialog; session: desk.session; venue: ({ name: "Lotus Day Spa" }) }
        }
    }
    Component {
        id: shiftFixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            property alias shift: shift
            width: 1366
            height: 768
            CashierState { id: desk }
            CashShift { id: shift; session: desk.session }
            ShiftDialog { id: dialog; shift: shift; currency: "THB" }
        }
    }
    Component {
        id: invoiceFixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            width: 1366
            height: 768
            CashierState { id: desk }
            TaxInvoiceDialog { id: dialog; session: desk.session }
        }
    }
    Component {
        id: commissionFixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            width: 1366
            height: 768
            CashierState { id: desk }
            CommissionDialog { id: dialog; session: desk.session; currency: "THB" }
        }
    }

    function signedIn(f, who) {
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        f.desk.signIn(who || "cashier", who || "cashier")
        tryCompare(f.desk, "signedIn", true, 5000)
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
    function named(d, name) {
        const all = walk(d.contentItem, o => o.objectName === name, [])
        verify(all.length === 1, "one " + name)
        return all[0]
    }
    function typeInto(field, text) {
        field.forceActiveFocus()
        verify(field.activeFocus)
        field.selectAll()
        keyClick(Qt.Key_Backspace)
        for (const c of text)
            keyClick(c)
        compare(field.text, text)
    }
    function visit(id) { return testSupport.adminGet("/api/visits/" + id).visit }

    function test_refundByKeyboardWithTheAdminsPin() {
        const f = createTemporaryObject(refundFixture, testCase)
        signedIn(f)
        const id = testSupport.paidVisit("Somsri Dee", "card")
        verify(id > 0)
        const paid = visit(id).paid
        f.dialog.openFor(id)
        tryCompare(f.dialog, "opened", true)
        tryCompare(f.dialog.form, "refundable", paid, 5000)
        tryVerify(() => f.dialog.form.approvers.length === 1, 5000)
        const amount = named(f.dialog, "refundAmount")
        tryCompare(amount, "parsed", paid) // all that is left, to start with
        typeInto(amount, "100")
        compare(f.dialog.form.amount, 10000)

        // The method drop-down: card (how it was paid) → e-wallet with the keyboard.
        const method = named(f.dialog, "refundMethod")
        compare(method.currentText, "Card")
        method.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(method.currentText, "E-wallet")
        compare(f.dialog.form.method, "ewallet")

        typeInto(named(f.dialog, "refundReason"), "oil allergy")
        // No PIN yet: Enter refunds nothing and the dialog says what is missing.
        compare(f.dialog.problem, "The admin types their PIN")
        verify(!f.dialog.primaryEnabled)
        keyClick(Qt.Key_Return)
        wait(200)
        compare(visit(id).refunded, 0)

        const pin = named(f.dialog, "refundPin")
        typeInto(pin, "1111")
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog, "problem", "Wrong PIN: Owner types it again", 5000)
        compare(pin.text, "", "the refused PIN is cleared")
        compare(visit(id).refunded, 0)

        typeInto(pin, "9999")
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog.form, "done", true, 5000)
        compare(visit(id).refunded, 10000)
        compare(f.dialog.primaryText, "Done")
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog, "opened", false)
    }

    function test_refundEscLeavesNothing() {
        const f = createTemporaryObject(refundFixture, testCase)
        signedIn(f)
        const id = testSupport.paidVisit("Niran Chai", "card")
        f.dialog.openFor(id)
        tryCompare(f.dialog, "opened", true)
        tryVerify(() => f.dialog.form.refundable > 0, 5000)
        typeInto(named(f.dialog, "refundReason"), "changed mind")
        typeInto(named(f.dialog, "refundPin"), "9999")
        keyClick(Qt.Key_Escape)
        tryCompare(f.dialog, "opened", false)
        wait(200)
        compare(visit(id).refunded, 0)
    }

    function test_payOutFromTheShiftDialog() {
        const f = createTemporaryObject(shiftFixture, testCase)
        signedIn(f)
        compare(testSupport.startShift(100000), 201)
        f.shift.refresh()
        tryCompare(f.shift, "isOpen", true, 5000)

        // Esc: nothing stored.
        f.dialog.openFor("cash")
        tryCompare(f.dialog, "opened", true)
        typeInto(named(f.dialog, "shiftAmount"), "150")
        keyClick(Qt.Key_Escape)
        tryCompare(f.dialog, "opened", false)
        compare(testSupport.adminGet("/api/shifts").open.pay_outs, 0)

        f.dialog.openFor("cash")
        tryCompare(f.dialog, "opened", true)
        const kind = named(f.dialog, "cashKind")
        compare(kind.currentValue, "pay_out")
        kind.forceActiveFocus()
        keyClick(Qt.Key_Down)
        compare(f.dialog.cashKind, "pay_in")
        keyClick(Qt.Key_Up)
        compare(f.dialog.cashKind, "pay_out")
        compare(f.dialog.primaryText, "Pay out")
        typeInto(named(f.dialog, "shiftAmount"), "150")
        verify(!f.dialog.primaryEnabled, "a pay-out needs its reason")
        typeInto(named(f.dialog, "cashReason"), "tips paid out to Budi")
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog, "opened", false, 5000)
        const open = testSupport.adminGet("/api/shifts").open
        compare(open.pay_outs, 15000)
        compare(open.expected, 85000)
        compare(open.cash_moves[0].reason, "tips paid out to Budi")
        tryCompare(f.shift, "expected", 85000)

        // The running figures show it next time.
        f.dialog.openFor("cash")
        tryCompare(f.dialog, "opened", true)
        compare(named(f.dialog, "payOutsFigure").text, "-฿150.00")
        compare(named(f.dialog, "expectedFigure").text, "฿850.00")
        keyClick(Qt.Key_Escape)
    }

    function test_taxInvoiceTypedAndRecorded() {
        const f = createTemporaryObject(invoiceFixture, testCase)
        signedIn(f)
        const id = testSupport.paidVisit("Siam Wellness", "card")
        f.dialog.openFor(id)
        tryCompare(f.dialog, "opened", true)
        tryVerify(() => f.dialog.form.visit.id === id, 5000)
        verify(!f.dialog.primaryEnabled)
        typeInto(named(f.dialog, "buyerName"), "Siam Wellness Co., Ltd.")
        const address = named(f.dialog, "buyerAddress")
        address.forceActiveFocus()
        for (const c of "99 Sukhumvit Rd")
            keyClick(c)
        keyClick(Qt.Key_Return) // a new line in the address, not "record"
        for (const c of "Bangkok 10110")
            keyClick(c)
        compare(address.text, "99 Sukhumvit Rd\nBangkok 10110")
        compare(visit(id).tax_invoice, null)
        typeInto(named(f.dialog, "buyerTaxId"), "0105561234567")
        verify(f.dialog.primaryEnabled)
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog.form, "done", true, 5000)
        const inv = visit(id).tax_invoice
        compare(inv.buyer_name, "Siam Wellness Co., Ltd.")
        compare(inv.buyer_address, "99 Sukhumvit Rd\nBangkok 10110")
        compare(inv.buyer_tax_id, "0105561234567")
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog, "opened", false)

        // Again for the same bill: shown, read-only, a copy to print.
        f.dialog.openFor(id)
        tryCompare(f.dialog.form, "exists", true, 5000)
        tryCompare(named(f.dialog, "buyerTaxId"), "text", "0105561234567")
        compare(f.dialog.primaryText, "Print a copy")
        keyClick(Qt.Key_Escape)
        tryCompare(f.dialog, "opened", false)
    }

    function test_commissionRateTypedAndSaved() {
        const f = createTemporaryObject(commissionFixture, testCase)
        signedIn(f, "admin")
        const services = testSupport.adminGet("/api/services").services
        const foot = services.find(s => s.name === "Foot Reflexology")
        verify(foot)
        f.dialog.openFor(foot)
        tryCompare(f.dialog, "opened", true)
        const type = named(f.dialog, "rateType")
        type.forceActiveFocus()
        compare(type.currentValue, "none")
        keyClick(Qt.Key_Down)
        compare(type.currentValue, "percent")
        typeInto(named(f.dialog, "ratePercent"), "12.5")
        verify(f.dialog.primaryEnabled)
        keyClick(Qt.Key_Return)
        tryVerify(() => testSupport.adminGet("/api/services").services.find(s => s.name === "Foot Reflexology").commission.type === "percent", 5000)
        compare(String(testSupport.adminGet("/api/services").services.find(s => s.name === "Foot Reflexology").commission.percent), "12.5")
        keyClick(Qt.Key_Escape)
        tryCompare(f.dialog, "opened", false)
    }
}
