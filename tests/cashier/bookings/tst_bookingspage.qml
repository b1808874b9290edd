// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaCashier

// Issue 16: the appointment book against the real demo server, as the desk uses it. A click on
// free time opens the booking dialog for that therapist and time, the customer is found by typing
// their phone and picked from the keyboard, a service ticked, Enter books; Esc leaves the dialog
// and books nothing. A block moved with the arrow keys and one dragged with the mouse; a move
// onto another booking refused and put back; today's bookings marked arrived and cancelled; a
// booking made longer and shorter with Shift+arrows and by dragging its lower edge, and a refused
// resize put back; a couple booked from the keyboard (two guests, each with their services and
// therapist, sharing a suite) and drawn as one group. Each time the test reads what the server
// stored (GET /api/bookings/{id}).
TestCase {
    id: testCase
    name: "BookingsPage"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias page: page
            width: 1366
            height: 768
            CashierState { id: desk }
            ScreenshotGate { id: gate }
            BookingsPage { id: page; anchors.fill: parent; state: desk; gate: gate; active: desk.signedIn }
        }
    }

    function openBook(date) {
        const f = createTemporaryObject(fixture, testCase)
        f.desk.setServerUrl(testServerUrl)
        f.desk.signIn("cashier", "cashier")
        tryCompare(f.desk, "signedIn", true, 5000)
        tryVerify(() => f.desk.services.count > 0, 5000)
        f.page.day.date = date
        tryVerify(() => f.page.day.columns.count === 4 && !f.page.day.loading, 5000)
        return f
    }
    function column(f, therapistId) { return f.page.day.columns.indexOfTherapist(therapistId) }
    function blockOf(f, bookingId) {
        let item = null
        tryVerify(() => (item = f.page.grid.blockItem("b" + bookingId + ".1")) !== null, 5000, "block of booking " + bookingId)
        return item
    }
    function typeText(text) { for (let i = 0; i < text.length; ++i) keyClick(text[i]) }
    // Whether the item with the keyboard focus is, or is inside, the item named `name`.
    function focusIn(name) {
        for (let item = testCase.Window.activeFocusItem; item; item = item.parent)
            if (item.objectName === name)
                return true
        return false
    }
    // Tab (forward) until the focus is in `name`, as the desk would.
    function tabTo(name) {
        for (let i = 0; i < 60 && !focusIn(name); ++i)
            keyClick(Qt.Key_Tab)
        verify(focusIn(name), "Tab reaches " + name)
    }

    function test_1_clickFreeSlotTypeCustomerAndBook() {
        const date = testSupport.tomorrow()
        const customer = testSupport.newCustomer("Kanya Deeprom", "+66 89 111 2222")
        verify(customer > 0)
        const f = openBook(date)
        const grid = f.page.grid
        grid.scrollTo(12 * 60)
        const budi = column(f, 4)
        const p = grid.slotPoint(budi, 13 * 60)
        mouseClick(grid, p.x, p.y)
        const dialog = f.page.bookingDialog
        tryCompare(dialog, "opened", true, 3000)
        compare(dialog.editor.therapistId, 4)
        compare(dialog.editor.startMinute, 13 * 60)
        compare(dialog.editor.date, date)
        // The search has the focus: the phone as the desk types it, without the country code.
        verify(dialog.searchField.activeFocus)
        typeText("089111")
        tryVerify(() => dialog.lookup.answered && dialog.lookup.count === 1, 5000)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Return)
        compare(dialog.editor.customerId, customer)
        compare(dialog.editor.customerName, "Kanya Deeprom")
        verify(dialog.opened, "picking a customer does not book yet")
        // A service, then Enter books.
        const tile = findChild(dialog.contentItem, "service_1")
        verify(tile)
        mouseClick(tile)
        compare(dialog.editor.durationMin, 60)
        verify(dialog.primaryButton.enabled)
        dialog.searchField.forceActiveFocus()
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false, 5000)
        const stored = testSupport.storedOn(date).filter(b => b.customer_name === "Kanya Deeprom")
        compare(stored.length, 1)
        compare(stored[0].customer_id, customer)
        compare(testSupport.storedMinute(stored[0].id, date), 13 * 60)
        compare(testSupport.storedTherapist(stored[0].id), 4)
        // Drawn in Budi's column at 13:00.
        const block = blockOf(f, stored[0].id)
        compare(block.model.column, budi)
        compare(block.model.start, 13 * 60)

        // Esc leaves the dialog and books nothing.
        const before = testSupport.storedOn(date).length
        grid.scrollTo(14 * 60)
        const r = grid.slotPoint(column(f, 5), 15 * 60)
        mouseClick(grid, r.x, r.y)
        tryCompare(dialog, "opened", true, 3000)
        typeText("Walk Away")
        keyClick(Qt.Key_Escape)
        tryCompare(dialog, "visible", false, 3000)
        compare(testSupport.storedOn(date).length, before)
    }

    function test_2_moveWithTheKeyboard() {
        const date = testSupport.tomorrow()
        const id = testSupport.book("Lek Keys", 3, date, 11 * 60)
        verify(id > 0)
        const f = openBook(date)
        const block = blockOf(f, id)
        block.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Down) // 15 minutes later
        tryVerify(() => testSupport.storedMinute(id, date) === 11 * 60 + 15, 5000)
        tryVerify(() => !f.page.day.busy, 5000)
        keyClick(Qt.Key_Right) // Budi, at the same time
        tryVerify(() => testSupport.storedTherapist(id) === 4, 5000)
        compare(testSupport.storedMinute(id, date), 11 * 60 + 15)
        tryVerify(() => !f.page.day.busy, 5000)
        // Still focused after its moves; Enter opens it, Esc closes it.
        const moved = blockOf(f, id)
        verify(moved.activeFocus)
        compare(moved.model.column, column(f, 4))
        keyClick(Qt.Key_Return)
        tryCompare(f.page.detailsDialog, "opened", true, 3000)
        compare(f.page.detailsDialog.booking.id, id)
        keyClick(Qt.Key_Escape)
        tryCompare(f.page.detailsDialog, "visible", false, 3000)
    }

    function test_3_dragWithTheMouse() {
        const date = testSupport.tomorrow()
        const id = testSupport.book("Mai Drag", 5, date, 16 * 60)
        verify(id > 0)
        const f = openBook(date)
        f.page.grid.scrollTo(15 * 60)
        const block = blockOf(f, id)
        wait(50)
        // An hour down (72 px at 1.2 px a minute), in the grid's coordinates: the block moves
        // under the pointer.
        const grid = f.page.grid
        const p = block.mapToItem(grid, block.width / 2, 10)
        const dy = 60 * grid.minuteHeight
        mousePress(block, block.width / 2, 10)
        mouseMove(grid, p.x, p.y + 10)
        mouseMove(grid, p.x, p.y + dy / 2)
        mouseMove(grid, p.x, p.y + dy)
        mouseRelease(grid, p.x, p.y + dy)
        tryVerify(() => testSupport.storedMinute(id, date) === 17 * 60, 5000)
        compare(testSupport.storedTherapist(id), 5)
        tryCompare(blockOf(f, id).model, "start", 17 * 60, 5000)
    }

    function test_4_refusedMoveSnapsBack() {
        const date = testSupport.tomorrow()
        const first = testSupport.book("Nina Clash", 6, date, 9 * 60)
        const second = testSupport.book("Oat Clash", 6, date, 10 * 60)
        verify(first > 0 && second > 0)
        const f = openBook(date)
        const block = blockOf(f, first)
        block.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Down) // 9:15–10:15 runs into Oat's 10:00
        tryVerify(() => f.page.day.error.indexOf("That time is taken") >= 0, 5000)
        tryCompare(blockOf(f, first).model, "start", 9 * 60, 5000)
        compare(blockOf(f, first).y, (9 * 60 - f.page.day.firstMinute) * f.page.grid.minuteHeight + 1)
        compare(testSupport.storedMinute(first, date), 9 * 60)
        compare(testSupport.storedMinute(second, date), 10 * 60)
    }

    function test_5_arriveAndCancelToday() {
        const f = openBook(testSupport.tomorrow())
        f.page.today()
        const date = testSupport.today()
        tryCompare(f.page.day, "date", date, 5000)
        tryVerify(() => !f.page.day.loading, 5000)
        const soon = (Math.floor(f.page.day.nowMinute() / 15) + 4) * 15
        const arriving = testSupport.book("Pim Arrive", 4, date, soon)
        const leaving = testSupport.book("Quinn Cancel", 5, date, soon)
        verify(arriving > 0 && leaving > 0)
        f.page.day.refresh()
        const details = f.page.detailsDialog

        blockOf(f, arriving).forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        tryCompare(details, "opened", true, 3000)
        const arrived = findChild(details.contentItem, "arrivedButton")
        verify(arrived.enabled)
        mouseClick(arrived)
        tryCompare(details, "visible", false, 5000)
        compare(testSupport.stored(arriving).status, "arrived")
        verify(testSupport.stored(arriving).guests[0].visit_id > 0, "a visit on the queue board")
        tryCompare(blockOf(f, arriving).model, "status", "arrived", 5000)

        blockOf(f, leaving).forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        tryCompare(details, "opened", true, 3000)
        // A no-show before the grace is over: the server's refusal, in the desk's words.
        mouseClick(findChild(details.contentItem, "noShowButton"))
        tryVerify(() => details.problem.indexOf("grace") >= 0, 5000)
        compare(testSupport.stored(leaving).status, "booked")
        mouseClick(findChild(details.contentItem, "cancelBookingButton"))
        const reason = findChild(details.contentItem, "cancelReason")
        tryVerify(() => reason.activeFocus, 2000)
        verify(!details.primaryButton.enabled, "a cancel needs a reason")
        typeText("Called to cancel")
        keyClick(Qt.Key_Return)
        tryCompare(details, "visible", false, 5000)
        compare(testSupport.stored(leaving).status, "cancelled")
        compare(testSupport.stored(leaving).cancel_reason, "Called to cancel")
        tryVerify(() => f.page.grid.blockItem("b" + leaving + ".1") === null, 5000, "a cancelled booking leaves the book")
    }

    function test_6_resizeWithTheKeyboardAndTheEdge() {
        const date = testSupport.tomorrow()
        const id = testSupport.book("Rin Resize", 6, date, 13 * 60)
        const next = testSupport.book("Sak Next", 6, date, 14 * 60 + 30)
        verify(id > 0 && next > 0)
        const f = openBook(date)
        f.page.grid.scrollTo(12 * 60)
        const block = blockOf(f, id)
        compare(block.model.length, 60)
        block.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Down, Qt.ShiftModifier) // a quarter hour longer
        tryVerify(() => testSupport.storedLength(id, 0) === 75, 5000)
        compare(testSupport.storedMinute(id, date), 13 * 60, "a resize does not move it")
        tryVerify(() => !f.page.day.busy, 5000)
        keyClick(Qt.Key_Up, Qt.ShiftModifier)
        tryVerify(() => testSupport.storedLength(id, 0) === 60, 5000)
        tryVerify(() => !f.page.day.busy, 5000)
        keyClick(Qt.Key_Up, Qt.ShiftModifier) // never below its services: nothing sent
        wait(200)
        verify(!f.page.day.busy)
        compare(testSupport.storedLength(id, 0), 60)
        // The lower edge dragged down 30 minutes.
        const grid = f.page.grid
        const b = blockOf(f, id)
        tryCompare(b, "height", 60 * grid.minuteHeight - 2, 5000)
        const edge = findChild(b, "resizeEdge")
        verify(edge && edge.visible)
        const p = edge.mapToItem(grid, edge.width / 2, edge.height / 2)
        const dy = 30 * grid.minuteHeight
        mousePress(edge, edge.width / 2, edge.height / 2)
        mouseMove(grid, p.x, p.y + dy / 2)
        mouseMove(grid, p.x, p.y + dy)
        mouseRelease(grid, p.x, p.y + dy)
        tryVerify(() => testSupport.storedLength(id, 0) === 90, 5000)
        tryCompare(blockOf(f, id).model, "length", 90, 5000)
        tryVerify(() => !f.page.day.busy, 5000)
        // 105 minutes would run into Sak's 14:30: refused, put back, the desk's words.
        blockOf(f, id).forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Down, Qt.ShiftModifier)
        tryVerify(() => f.page.day.error.indexOf("That time is taken") >= 0 && !f.page.day.busy, 5000)
        tryCompare(blockOf(f, id).model, "length", 90, 5000)
        compare(blockOf(f, id).height, 90 * grid.minuteHeight - 2)
        compare(testSupport.storedLength(id, 0), 90)
        compare(testSupport.storedMinute(next, date), 14 * 60 + 30)
    }

    function test_7_coupleFromTheKeyboard() {
        verify(testSupport.setRoomCapacity(6, 2))
        const date = testSupport.tomorrow()
        const f = openBook(date)
        tryVerify(() => f.page.day.rooms.some(r => r.id === 6 && r.capacity === 2), 5000)
        const dialog = f.page.bookingDialog
        f.page.forceActiveFocus()
        keyClick(Qt.Key_B, Qt.ControlModifier)
        tryCompare(dialog, "opened", true, 3000)
        compare(dialog.editor.startMinute, 10 * 60)
        verify(dialog.searchField.activeFocus)
        // Guest 1: her name, Thai Massage, Anna.
        tabTo("customerName")
        typeText("Ann Couple")
        tabTo("service_1")
        keyClick(Qt.Key_Space)
        compare(dialog.editor.serviceIds, [1])
        tabTo("bookingTherapist")
        keyClick(Qt.Key_Down) // "Any therapist" -> Anna
        compare(dialog.editor.therapistId, 3)
        // Guest 2: Ctrl+G, his name, Head & Shoulder, Budi.
        keyClick(Qt.Key_G, Qt.ControlModifier)
        compare(dialog.editor.guestCount, 2)
        compare(dialog.editor.currentGuest, 1)
        verify(focusIn("guestName"))
        typeText("Ben Couple")
        compare(dialog.editor.serviceIds, [])
        verify(!dialog.primaryButton.enabled, "guest 2 has no service yet")
        tabTo("service_5")
        keyClick(Qt.Key_Space)
        tabTo("bookingTherapist")
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down) // Budi
        compare(dialog.editor.therapistId, 4)
        // The room they share: only rooms that hold two are offered.
        tabTo("bookingRoom")
        keyClick(Qt.Key_Down)
        compare(dialog.editor.roomId, 6)
        // Guest 1 is still as chosen.
        keyClick(Qt.Key_1, Qt.ControlModifier)
        compare(dialog.editor.currentGuest, 0)
        compare(dialog.editor.therapistId, 3)
        compare(dialog.editor.serviceIds, [1])
        compare(dialog.editor.total, 45000 + 25000)
        verify(dialog.primaryButton.enabled)
        keyClick(Qt.Key_Return)
        tryCompare(dialog, "visible", false, 5000)

        // One booking, two guests, each with their services and therapist, in the suite.
        const stored = testSupport.storedOn(date).filter(b => b.customer_name === "Ann Couple")
        compare(stored.length, 1)
        const b = stored[0]
        compare(b.guests.length, 2)
        compare(b.room.id, 6)
        compare(b.guests[0].customer_name, "Ann Couple")
        compare(b.guests[0].therapist.id, 3)
        compare(b.guests[0].services.map(s => s.service_id), [1])
        compare(b.guests[1].customer_name, "Ben Couple")
        compare(b.guests[1].therapist.id, 4)
        compare(b.guests[1].services.map(s => s.service_id), [5])
        compare(testSupport.storedMinute(b.id, date), 10 * 60)
        compare(testSupport.storedOn(date).filter(x => x.customer_name === "Ben Couple").length, 0)

        // Drawn in each therapist's column, linked: the same colour and a 1/2, 2/2 marker.
        const one = blockOf(f, b.id)
        let two = null
        tryVerify(() => (two = f.page.grid.blockItem("b" + b.id + ".2")) !== null, 5000)
        compare(one.model.column, column(f, 3))
        compare(two.model.column, column(f, 4))
        compare(one.groupTone, two.groupTone)
        verify(findChild(one, "groupMarker").visible)
        // Opening one shows the group.
        two.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Return)
        const details = f.page.detailsDialog
        tryCompare(details, "opened", true, 3000)
        const guests = findChild(details.contentItem, "detailsGuests")
        verify(guests.text.indexOf("Ann Couple") >= 0 && guests.text.indexOf("Ben Couple") >= 0)
        verify(guests.text.indexOf("▶ 2. Ben Couple") >= 0)
        keyClick(Qt.Key_Escape)
        tryCompare(details, "visible", false, 3000)
    }
}
