// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// The check-in dialog's customer lookup (issue 16) as the desk uses it, against the real test
// server: type a phone, pick the match (their preferences, preferred therapist, visits, spend and
// no-shows show), check in with Enter, and the server counts the visit in the record; typing over
// the picked phone lets the record go; "New customer" makes one from the name and phone; Esc
// leaves without a visit; a walk-in with no phone checks in as before.
TestCase {
    id: testCase
    name: "CheckInCustomer"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            property var lastVisit: null
            width: 1366
            height: 768
            CashierState { id: desk }
            CheckInDialog { id: dialog; state: desk; onCheckedIn: visit => parent.lastVisit = visit }
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
    function named(d, name) { return walk(d.contentItem, o => o.objectName === name, [])[0] }
    function shown(item) {
        for (let i = item; i; i = i.parent)
            if (!i.visible)
                return false
        return !!item
    }
    function isButton(o) { return o.checkable !== undefined && o.pressed !== undefined && typeof o.text === "string" }
    function nameField(d) { return walk(d.contentItem, o => o.placeholderText === "Customer's name", [])[0] }
    function phoneField(d) { return walk(d.contentItem, o => o.label === "Phone" && o.placeholderText !== undefined, [])[0] }
    function serviceBox(d, name) { return walk(d.contentItem, o => isButton(o) && o.checkable && o.text.startsWith(name + "  ·"), [])[0] }
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
        keyClick(Qt.Key_Backspace)
        for (const c of text)
            keyClick(c)
        compare(field.text, text)
    }
    function signedInDialog() {
        const f = createTemporaryObject(fixture, testCase)
        verify(f)
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        f.desk.signIn("cashier", "cashier")
        tryCompare(f.desk, "hasState", true, 5000)
        tryVerify(() => f.desk.services.count >= 4, 5000)
        f.dialog.openForm()
        tryCompare(f.dialog, "opened", true)
        return f
    }

    function test_typePhonePickAndCheckIn() {
        const id = testSupport.newCustomer("Mali Srisuk", "+66 81 234 5678", "firm pressure",
                                           "high blood pressure", 4) // Budi
        verify(id > 0)
        const f = signedInDialog()
        // The local way of writing the number finds the record.
        typeInto(phoneField(f.dialog), "0812345678")
        let match = null
        tryVerify(() => (match = named(f.dialog, "customerMatch_0")) && shown(match), 5000, "the match")
        verify(match.text.indexOf("Mali Srisuk") >= 0, match.text)
        verify(!shown(named(f.dialog, "customerCard")))
        click(match)

        // Picked: the record's name and phone in the form, its history and wishes on show.
        const card = named(f.dialog, "customerCard")
        tryVerify(() => shown(card), 3000)
        compare(f.dialog.lookup.selectedId, id)
        compare(nameField(f.dialog).text, "Mali Srisuk")
        compare(phoneField(f.dialog).text, "+66 81 234 5678")
        const history = named(f.dialog, "customerHistory").text
        verify(history.indexOf("0 visits") >= 0, history)
        verify(history.indexOf("0 no-shows") >= 0, history)
        verify(history.indexOf("prefers Budi") >= 0, history)
        verify(history.indexOf(Format.money(0, f.desk.currency)) >= 0, history)
        verify(named(f.dialog, "customerNotes").text.indexOf("firm pressure") >= 0)
        verify(named(f.dialog, "customerHealth").text.indexOf("high blood pressure") >= 0)
        verify(!shown(named(f.dialog, "customerMatch_0")), "the list gives way to the card")
        // Their preferred therapist is offered first.
        const box = walk(f.dialog.contentItem, o => o.valueRole === "id" && o.currentValue !== undefined, [])[0]
        compare(box.currentValue, 4)

        // Enter checks in, with the record.
        click(serviceBox(f.dialog, "Thai Massage"))
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog, "opened", false, 5000)
        verify(f.lastVisit)
        compare(f.lastVisit.customer_name, "Mali Srisuk")
        compare(f.lastVisit.therapist.id, 4)
        verify(testSupport.customerVisitIds(id).indexOf(f.lastVisit.id) >= 0,
               "the server stored the visit's customer_id")
    }

    function test_typingOverThePhoneLetsTheRecordGo() {
        const id = testSupport.newCustomer("Dewi Lestari", "0877 1234 999", "", "", 0)
        verify(id > 0)
        const f = signedInDialog()
        typeInto(phoneField(f.dialog), "08771234999")
        let match = null
        tryVerify(() => (match = named(f.dialog, "customerMatch_0")) && shown(match), 5000)
        click(match)
        tryCompare(f.dialog.lookup, "selectedId", id, 3000)
        // Another number: not Dewi any more, so the check-in would not be counted as hers.
        typeInto(phoneField(f.dialog), "0812")
        compare(f.dialog.lookup.selectedId, 0)
        verify(!shown(named(f.dialog, "customerCard")))
        // "Not this customer" does the same from the card.
        typeInto(phoneField(f.dialog), "08771234999")
        tryVerify(() => (match = named(f.dialog, "customerMatch_0")) && shown(match), 5000)
        click(match)
        tryCompare(f.dialog.lookup, "selectedId", id, 3000)
        click(named(f.dialog, "notThisCustomer"))
        compare(f.dialog.lookup.selectedId, 0)
    }

    function test_newCustomerThenEscape() {
        const f = signedInDialog()
        typeInto(nameField(f.dialog), "Nok Wongsa")
        typeInto(phoneField(f.dialog), "0899990000")
        // Nobody has that phone: the dialog offers to keep one.
        let create = null
        tryVerify(() => (create = named(f.dialog, "newCustomer")) && shown(create), 5000)
        click(create)
        tryVerify(() => f.dialog.lookup.selectedId > 0, 5000)
        verify(shown(named(f.dialog, "customerCard")))
        const found = testSupport.findCustomers("0899990000")
        compare(found.length, 1)
        compare(found[0].name, "Nok Wongsa")
        compare(found[0].id, f.dialog.lookup.selectedId)

        // Esc leaves: no visit, the record stays (without one).
        keyClick(Qt.Key_Escape)
        tryCompare(f.dialog, "opened", false, 3000)
        compare(f.lastVisit, null)
        compare(testSupport.customerVisitIds(found[0].id).length, 0)
        // Opened again, it starts clean.
        f.dialog.openForm()
        tryCompare(f.dialog, "opened", true)
        compare(f.dialog.lookup.selectedId, 0)
        compare(f.dialog.lookup.count, 0)
        compare(phoneField(f.dialog).text, "")
    }

    function test_aRefusedNewCustomerIsShown() {
        verify(testSupport.newCustomer("Budi Santoso", "0855 000 111", "", "", 0) > 0)
        const f = signedInDialog()
        typeInto(nameField(f.dialog), "Someone Else")
        // Picked nothing and typed the name first: the match list shows Budi's for this phone, so
        // the desk would pick him. Asking for a new record with his phone is refused, and said.
        f.dialog.lookup.create("Someone Else", "0855 000 111")
        tryVerify(() => f.dialog.lookup.error !== "", 5000)
        compare(f.dialog.problem, f.dialog.lookup.error)
        compare(f.dialog.lookup.selectedId, 0)
        compare(testSupport.findCustomers("0855000111").length, 1)
    }

    function test_walkInWithoutPhone() {
        const f = signedInDialog()
        typeInto(nameField(f.dialog), "Ari")
        click(serviceBox(f.dialog, "Thai Massage"))
        keyClick(Qt.Key_Return)
        tryCompare(f.dialog, "opened", false, 5000)
        verify(f.lastVisit)
        compare(f.lastVisit.customer_name, "Ari")
        compare(f.lastVisit.phone, null)
    }
}
