// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// CheckInDialog (cashier_app/CheckInDialog.qml) over a real CashierState signed in to the test
// server: Check in stays disabled until a name and a service are given; a check-in the server
// refuses keeps the dialog open with the server's message; one it takes closes the dialog.
TestCase {
    id: testCase
    name: "CheckInDialog"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            property var lastVisit: null
            width: 1280
            height: 800
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
    function isButton(o) { return o.checkable !== undefined && o.pressed !== undefined && typeof o.text === "string" }
    function checkInButton(d) { return walk(d.contentItem, o => isButton(o) && o.text.startsWith("Check in"), [])[0] }
    function nameField(d) { return walk(d.contentItem, o => o.placeholderText === "Customer's name", [])[0] }
    function serviceBox(d, name) { return walk(d.contentItem, o => isButton(o) && o.checkable && o.text.startsWith(name + "  ·"), [])[0] }
    function visibleLabel(d, text) {
        return walk(d.contentItem, o => o.text === text && o.visible && o.wrapMode !== undefined && !isButton(o)
                                        && o.placeholderText === undefined, [])[0]
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

    function test_needsANameAndAService() {
        const f = signedInDialog()
        const button = checkInButton(f.dialog)
        verify(button)
        verify(!button.enabled)
        const name = nameField(f.dialog)
        verify(name)
        typeInto(name, "Mali")
        verify(!button.enabled, "a name without a service")

        const thai = serviceBox(f.dialog, "Thai Massage")
        verify(thai, "the menu is offered")
        click(thai)
        verify(thai.checked)
        compare(f.dialog.chosen.length, 1)
        compare(f.dialog.chosen[0], 1)
        verify(button.enabled)

        // Only spaces are no name.
        typeInto(name, "   ")
        verify(!button.enabled)
        typeInto(name, "Mali")
        verify(button.enabled)

        // The service taken away again.
        click(thai)
        verify(!thai.checked)
        compare(f.dialog.chosen.length, 0)
        verify(!button.enabled)

        // Disabled means disabled: clicking or pressing Enter sends nothing.
        click(button)
        keyClick(Qt.Key_Return)
        verify(!f.desk.busy)
        verify(f.dialog.opened)
        compare(f.lastVisit, null)
    }

    function test_serverRefusalIsShownAndTheDialogStays() {
        const f = signedInDialog()
        typeInto(nameField(f.dialog), "Ploy")
        const herbal = serviceBox(f.dialog, "Herbal Compress")
        verify(herbal)
        click(herbal)
        const button = checkInButton(f.dialog)
        verify(button.enabled)

        // Meanwhile the owner retires the service: the server refuses, and says why.
        verify(testSupport.retireService(4))
        click(button)
        tryVerify(() => f.desk.error !== "" && !f.desk.busy, 5000)
        const expected = testSupport.checkInError("Ploy", [4])
        verify(expected !== "")
        compare(f.desk.error, expected)
        const label = visibleLabel(f.dialog, expected)
        verify(label, "the server's message is shown")
        verify(Qt.colorEqual(label.color, Theme.danger))
        verify(f.dialog.opened)
        compare(f.lastVisit, null)
        verify(button.enabled, "the cashier can correct the form and try again")

        // Corrected: it goes through and the dialog closes with the new visit.
        click(herbal)
        click(serviceBox(f.dialog, "Foot Reflexology"))
        click(button)
        tryCompare(f.dialog, "opened", false, 5000)
        verify(f.lastVisit)
        compare(f.lastVisit.customer_name, "Ploy")
        compare(f.lastVisit.services[0].name, "Foot Reflexology")
        verify(f.lastVisit.code !== "")
        compare(f.desk.error, "")
        tryVerify(() => f.desk.waiting.indexOfId(f.lastVisit.id) >= 0, 3000)
    }
}
