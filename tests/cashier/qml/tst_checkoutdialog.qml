// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// CheckoutDialog (cashier_app/CheckoutDialog.qml) over the Checkout it opens for a visit map: Pay
// stays disabled (and says why) while the split does not add up to the balance, while the cash
// tendered is less than the amount and tip, while a discount has no reason or is more than the
// bill, and is enabled once they do; what is typed into its money fields reaches the Checkout; a
// half-typed amount cannot be paid. With a real signed-in desk: a payment the server refuses shows
// the server's message in the dialog; one it takes shows the receipt with the change to give, and
// a double click on Pay neither pays twice nor closes the receipt.
TestCase {
    id: testCase
    name: "CheckoutDialog"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            width: 1280
            height: 800
            CashierState { id: desk }
            ScreenshotGate { id: gate }
            CheckoutDialog { id: dialog; state: desk; gate: gate }
        }
    }

    // 450.00 + 250.00, Anna's, nothing paid yet.
    function visitMap(over) {
        const v = { id: 1, ticket: "001", customer_name: "Mali Srisuk", status: "awaiting_payment", currency: "THB",
                    subtotal: 70000, discount: 0, discount_reason: null, total: 70000, paid: 0, tips: 0,
                    balance_due: 70000, therapist: { id: 3, name: "Anna" },
                    services: [{ service_id: 1, name: "Thai Massage", price: 45000, duration_min: 60 },
                               { service_id: 5, name: "Head & Shoulder", price: 25000, duration_min: 30 }] }
        for (const k in over || {})
            v[k] = over[k]
        return v
    }

    // ---- finding the dialog's pieces ----
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
    function isButton(o) { return o.checkable !== undefined && o.pressed !== undefined && typeof o.text === "string" }
    function isMoneyField(o) { return o.parsed !== undefined && typeof o.setValue === "function" }
    function button(root, pred) {
        const all = walk(root, o => isButton(o) && o.visible && pred(o.text), [])
        verify(all.length > 0, "no such button")
        return all[0]
    }
    // A payment line's remove button (an icon, named "Remove payment N" for screen readers).
    function removeButton(line) {
        const all = walk(line, o => o.objectName === "removeLine" && o.visible, [])
        verify(all.length === 1, "the line's remove button")
        return all[0]
    }
    function payButton(d) { return button(d.contentItem, t => t.startsWith("Pay ") || t.startsWith("Taking payment")) }
    function lineList(d) {
        const lists = walk(d.contentItem, o => o.model && o.model.canPay !== undefined && o.delegate !== undefined, [])
        verify(lists.length === 1, "the payment lines")
        return lists[0]
    }
    function checkoutOf(d) { return lineList(d).model }
    // The amount and tendered fields of payment line `row`.
    function lineFields(d, row) {
        const find = () => walk(lineList(d).contentItem, o => o.locked !== undefined && o.paid !== undefined
                                                        && o.index === row && o.visible, [])
        tryVerify(() => find().length === 1, 3000, "line " + row)
        const delegates = find()
        const fields = walk(delegates[0], isMoneyField, [])
        verify(fields.length === 2)
        return { amount: fields[0], tendered: fields[1], line: delegates[0] }
    }
    function visibleLabel(d, text) {
        return walk(d.contentItem, o => o.text === text && o.visible && o.wrapMode !== undefined && !isButton(o)
                                        && !isMoneyField(o) && o.placeholderText === undefined, [])[0]
    }
    // Clicks `item` once it and the layouts around it are in place (a positioner lays out its
    // children only when polished, before the next frame).
    function settled(item) {
        for (let i = item; i; i = i.parent)
            if (isPolishScheduled(i))
                return false
        return true
    }
    function click(item) {
        verify(item, "nothing to click")
        tryVerify(() => settled(item), 3000, "layout")
        mouseClick(item)
    }
    function typeInto(field, text) {
        field.forceActiveFocus()
        verify(field.activeFocus)
        field.selectAll()
        if (text === "")
            keyClick(Qt.Key_Backspace)
        for (const c of text)
            keyClick(c)
        compare(field.text, text)
    }
    function opened(v) {
        const f = createTemporaryObject(fixture, testCase)
        verify(f)
        f.dialog.openFor(v || visitMap())
        tryCompare(f.dialog, "opened", true)
        return f
    }

    // ---- the split ----
    // The amounts are set on the dialog's Checkout, as its fields' handlers do (typing is tested
    // on its own below); the dialog's buttons are clicked.
    function test_payNeedsTheSplitToAddUp() {
        const f = opened()
        const co = checkoutOf(f.dialog)
        const pay = payButton(f.dialog)
        // The first amount is focused when the dialog opens (a focused field keeps what is typed
        // in it); the amounts are set on the Checkout here, so the focus goes to Pay.
        pay.forceActiveFocus()
        // One cash line for the whole bill: payable.
        compare(co.rowCount(), 1)
        compare(lineFields(f.dialog, 0).amount.text, "700")
        verify(pay.enabled)
        verify(pay.text.indexOf("฿700.00") >= 0, pay.text)

        // 300.00 of it in cash: 400.00 is not allocated, so Pay is off and says why.
        co.setLineAmount(0, 30000)
        compare(lineFields(f.dialog, 0).amount.text, "300")
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "Still to allocate: ฿400.00"), "the reason is shown")
        click(pay)
        verify(!co.busy)

        // Card takes the rest.
        click(button(f.dialog.contentItem, t => t === "Card"))
        compare(co.rowCount(), 2)
        compare(lineFields(f.dialog, 1).amount.text, "400")
        verify(pay.enabled)
        verify(!visibleLabel(f.dialog, "Still to allocate: ฿400.00"))

        // Too much on the card.
        co.setLineAmount(1, 50050)
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "The payments are more than the balance by ฿100.50"))
        co.setLineAmount(1, 40000)
        verify(pay.enabled)

        // A third line with nothing left for it.
        click(button(f.dialog.contentItem, t => t === "E-wallet"))
        compare(co.rowCount(), 3)
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "Each payment needs an amount"))
        click(removeButton(lineFields(f.dialog, 2).line))
        compare(co.rowCount(), 2)
        verify(pay.enabled)

        // Removing the card line leaves 400.00 unallocated again.
        click(removeButton(lineFields(f.dialog, 1).line))
        compare(co.rowCount(), 1)
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "Still to allocate: ฿400.00"))
    }

    // ---- cash tendered ----
    function test_payNeedsEnoughCash() {
        const f = opened()
        const co = checkoutOf(f.dialog)
        const pay = payButton(f.dialog)
        const tendered = lineFields(f.dialog, 0).tendered
        verify(tendered.visible)

        co.setLineTendered(0, 50000)
        compare(tendered.text, "500")
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "The cash tendered is less than the amount"))
        co.setLineTendered(0, 100000)
        verify(pay.enabled)
        compare(co.changeDue, 30000)
        verify(visibleLabel(f.dialog, "Change ฿300.00"))

        // A 10% tip goes on top: 770.00 to collect, 230.00 back.
        click(button(f.dialog.contentItem, t => t === "10%"))
        compare(co.tip, 7000)
        verify(pay.text.indexOf("฿770.00") >= 0, pay.text)
        verify(pay.enabled)
        compare(co.changeDue, 23000)
        verify(visibleLabel(f.dialog, "Change ฿230.00"))
        co.setLineTendered(0, 75000)
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "The cash tendered is less than the amount"))

        // The exact-amount button fixes it.
        click(button(lineFields(f.dialog, 0).line, t => t === "฿770.00"))
        compare(tendered.text, "770")
        verify(pay.enabled)
        compare(co.changeDue, 0)

        // A card line has nothing tendered.
        co.setLineMethod(0, "card")
        verify(!lineFields(f.dialog, 0).tendered.visible)
        verify(pay.enabled)
    }

    // ---- typing ----
    // What is typed into the dialog's money fields is what the Checkout gets, keystroke by
    // keystroke (the fields' handlers pass the amount on as the text changes).
    function test_typedAmountsReachTheCheckout_data() {
        return [
            { tag: "line amount 300", field: "amount", typed: "300", expected: 30000 },
            { tag: "line amount 450.5", field: "amount", typed: "450.5", expected: 45050 },
            { tag: "tendered 1000", field: "tendered", typed: "1000", expected: 100000 },
            { tag: "tendered 12,75", field: "tendered", typed: "12,75", expected: 1275 },
            { tag: "discount 50", field: "discount", typed: "50", expected: 5000 },
            { tag: "tip 25", field: "tip", typed: "25", expected: 2500 },
        ]
    }
    function test_typedAmountsReachTheCheckout(data) {
        const f = opened()
        const co = checkoutOf(f.dialog)
        const line = lineFields(f.dialog, 0)
        let field = line[data.field]
        if (data.field === "discount")
            click(button(f.dialog.contentItem, t => t === "Amount"))
        if (data.field === "tip")
            click(button(f.dialog.contentItem, t => t === "Custom"))
        if (!field)
            field = walk(f.dialog.contentItem, o => isMoneyField(o) && o.visible && o !== line.amount
                                                    && o !== line.tendered, [])[0]
        verify(field && field.visible)
        typeInto(field, data.typed)
        compare(field.parsed, data.expected)
        const got = data.field === "amount" ? co.data(co.index(0, 0), 257)
                  : data.field === "tendered" ? co.data(co.index(0, 0), 258)
                  : data.field === "discount" ? co.discountValue : co.tipValue
        compare(got, data.expected, "the Checkout has what the field shows")
    }

    function test_halfTypedTenderedIsNotPayable() {
        // "7." is red in the field: it is not an amount, so Pay must not go ahead as if it were
        // (as if nothing had been typed, i.e. paid exactly).
        const f = opened()
        const pay = payButton(f.dialog)
        const tendered = lineFields(f.dialog, 0).tendered
        typeInto(tendered, "7.")
        compare(tendered.parsed, -1)
        verify(Qt.colorEqual(tendered.color, Theme.danger))
        verify(!pay.enabled, "Pay is enabled while the tendered field holds an invalid amount")
    }

    // ---- discount ----
    function test_discountNeedsAReason() {
        const f = opened()
        const co = checkoutOf(f.dialog)
        const pay = payButton(f.dialog)
        click(button(f.dialog.contentItem, t => t === "Amount"))
        compare(co.discountMode, "amount")
        co.discountValue = 5000
        compare(co.discount, 5000)
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "Give a reason for the discount"))
        const reason = walk(f.dialog.contentItem, o => o.placeholderText === "Reason (required)", [])[0]
        verify(reason && reason.visible)
        typeInto(reason, "birthday")
        compare(co.discountReason, "birthday")
        verify(pay.enabled)
        verify(pay.text.indexOf("฿650.00") >= 0, pay.text)
        compare(lineFields(f.dialog, 0).amount.text, "650")
        typeInto(reason, "   ")
        verify(!pay.enabled)
        typeInto(reason, "birthday")
        verify(pay.enabled)

        // More than the bill.
        co.discountValue = 80000
        verify(!pay.enabled)
        verify(visibleLabel(f.dialog, "The discount is more than the bill"))

        // By percent: 10% of 700.00.
        click(button(f.dialog.contentItem, t => t === "Percent"))
        co.discountValue = 10
        compare(co.discount, 7000)
        verify(pay.enabled)
        verify(pay.text.indexOf("฿630.00") >= 0, pay.text)
    }

    function test_onlyAwaitingPaymentIsPayable() {
        const f = opened(visitMap({ status: "in_service" }))
        verify(!payButton(f.dialog).enabled)
        verify(visibleLabel(f.dialog, "Only a completed service can be paid"))
    }

    // ---- with the server ----
    function signedIn(f) {
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        f.desk.signIn("cashier", "cashier")
        tryCompare(f.desk, "hasState", true, 5000)
    }

    function test_serverRefusalIsShown() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        const v = testSupport.awaitingVisit("Wanida Suk", [1])
        verify(v.id > 0)
        f.dialog.openFor(v)
        tryCompare(f.dialog, "opened", true)
        const co = checkoutOf(f.dialog)
        const pay = payButton(f.dialog)
        verify(pay.enabled)

        // Another desk takes the payment first.
        compare(testSupport.payInFull(v.id), 201)
        click(pay)
        tryVerify(() => co.error !== "" && !co.busy, 5000)
        const expected = testSupport.payError(v.id, 45000)
        verify(expected !== "")
        compare(co.error, expected)
        const label = visibleLabel(f.dialog, expected)
        verify(label, "the server's message is shown")
        verify(Qt.colorEqual(label.color, Theme.danger))
        verify(!co.completed)
        compare(testSupport.paymentCount(v.id), 1)
    }

    function test_paymentShowsTheReceipt() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        const v = testSupport.awaitingVisit("Kanya Deeprom", [5])
        verify(v.id > 0)
        f.dialog.openFor(v)
        tryCompare(f.dialog, "opened", true)
        const co = checkoutOf(f.dialog)
        click(button(lineFields(f.dialog, 0).line, t => t === "฿300.00")) // a quick tender button
        const pay = payButton(f.dialog)
        verify(pay.enabled)
        click(pay)
        tryCompare(co, "completed", true, 5000)
        compare(co.error, "")
        compare(testSupport.paymentCount(v.id), 1)
        verify(f.dialog.opened)
        verify(visibleLabel(f.dialog, "Paid — receipt"))
        verify(visibleLabel(f.dialog, "Give change: ฿50.00"))
        verify(!pay.visible)
    }

    // A double click on Pay: on a local network the payment is taken before the second click,
    // which then lands where Pay was. Each payment is taken once, and the receipt with the change
    // to give stays on screen.
    function test_doubleClickOnPay() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        const v = testSupport.awaitingVisit("Arun Chai", [5])
        verify(v.id > 0)
        f.dialog.openFor(v)
        tryCompare(f.dialog, "opened", true)
        const co = checkoutOf(f.dialog)
        click(button(lineFields(f.dialog, 0).line, t => t === "฿500.00"))
        const pay = payButton(f.dialog)
        verify(pay.enabled)
        const at = pay.mapToItem(f, pay.width / 2, pay.height / 2)
        click(pay)
        tryCompare(co, "completed", true, 5000)
        const receipt = visibleLabel(f.dialog, "Paid — receipt")
        verify(receipt)
        tryVerify(() => settled(receipt), 3000)
        mouseClick(f, at.x, at.y) // the second click of the double click
        wait(100)
        compare(testSupport.paymentCount(v.id), 1)
        verify(f.dialog.opened, "the second click of a double click on Pay closed the receipt")
        verify(visibleLabel(f.dialog, "Give change: ฿250.00"))
    }

    // ---- defect 1: the method drop-down of a payment line ----
    function methodBox(d, row) {
        const boxes = walk(lineFields(d, row).line, o => o.popup !== undefined && o.currentValue !== undefined
                                                       && o.visible, [])
        verify(boxes.length === 1, "the method drop-down of line " + row)
        return boxes[0]
    }
    // A card + e-wallet split, the methods chosen with the drop-downs themselves (mouse on one,
    // keyboard on the other), paid through the dialog: the server stores the methods chosen, on
    // the lines they were chosen for. The old dialog passed the drop-down's own `index` (the item
    // picked) as the line's row: e-wallet (item 2) went to no line, card (item 1) to line 1, and
    // the server stored cash + card.
    function test_defect1_methodDropDownSavesTheChosenMethod() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        const v = testSupport.awaitingVisit("Ratana Boon", [1, 5]) // 450.00 + 250.00
        verify(v.id > 0)
        f.dialog.openFor(v)
        tryCompare(f.dialog, "opened", true)
        const co = checkoutOf(f.dialog)

        // 300.00 on the first line (typed), the card button adds a line for the 400.00 left.
        typeInto(lineFields(f.dialog, 0).amount, "300")
        click(button(f.dialog.contentItem, t => t === "Card"))
        compare(co.rowCount(), 2)
        compare(lineFields(f.dialog, 1).amount.text, "400")

        // Line 2: Card → E-wallet with the mouse, through the drop-down's list.
        const box1 = methodBox(f.dialog, 1)
        compare(box1.currentText, "Card")
        click(box1)
        tryCompare(box1.popup, "opened", true)
        let item = null
        tryVerify(() => (item = walk(box1.popup.contentItem, o => isButton(o) && o.text === "E-wallet" && o.visible, [])[0]) !== undefined
                        && item !== null, 3000, "the E-wallet item")
        click(item)
        tryCompare(box1.popup, "visible", false)
        compare(co.data(co.index(1, 0), 256), "ewallet")
        compare(co.data(co.index(0, 0), 256), "cash", "the other line kept its method")

        // Line 1: Cash → Card with the keyboard.
        const box0 = methodBox(f.dialog, 0)
        box0.forceActiveFocus()
        verify(box0.activeFocus)
        keyClick(Qt.Key_Down)
        compare(box0.currentText, "Card")
        compare(co.data(co.index(0, 0), 256), "card")
        compare(co.data(co.index(1, 0), 256), "ewallet", "the other line kept its method")
        compare(methodBox(f.dialog, 1).currentText, "E-wallet")
        verify(!lineFields(f.dialog, 0).tendered.visible, "a card line has no Tendered field")

        const pay = payButton(f.dialog)
        verify(pay.enabled)
        click(pay)
        tryCompare(co, "completed", true, 5000)
        compare(co.error, "")

        // What the server stored: 300.00 by card, then 400.00 by e-wallet.
        const stored = testSupport.storedPayments(v.id)
        compare(stored.length, 2)
        compare(stored[0].method, "card")
        compare(stored[0].amount, 30000)
        compare(stored[1].method, "ewallet")
        compare(stored[1].amount, 40000)
    }

    // ---- defect 7: "Saved to …receipt-001.pdf" stayed on screen for the next customers ----
    function test_defect7_savedMessageClearedForTheNextCheckout() {
        const f = createTemporaryObject(fixture, testCase)
        signedIn(f)
        const v = testSupport.awaitingVisit("Budi Santoso", [5])
        f.dialog.openFor(v)
        tryCompare(f.dialog, "opened", true)
        const co = checkoutOf(f.dialog)
        click(payButton(f.dialog))
        tryCompare(co, "completed", true, 5000)
        click(button(f.dialog.contentItem, t => t === "Save receipt as PDF"))
        const saved = () => walk(f.dialog.contentItem, o => typeof o.text === "string" && o.text.startsWith("Saved to ")
                                                           && o.visible && !isButton(o), [])
        tryVerify(() => saved().length === 1, 5000, "the receipt was saved")
        wait(900) // Done is guarded against a double click
        f.dialog.close()
        tryCompare(f.dialog, "visible", false)

        const next = testSupport.awaitingVisit("Siti Rahma", [5])
        f.dialog.openFor(next)
        tryCompare(f.dialog, "opened", true)
        click(payButton(f.dialog))
        tryCompare(co, "completed", true, 5000)
        compare(saved().length, 0, "the last customer's 'Saved to' is still shown")
    }
}
