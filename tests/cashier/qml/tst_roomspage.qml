// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaCashier

// Issue 13: Admin › Rooms against the real demo server, by keyboard where the desk would use it.
// A room is added (name, capacity), a taken name is refused under the field and adds nothing,
// a room is renamed and resized, a room with a guest in it cannot be retired (the server's 409
// shown on the page, the room still active), and a room is retired and brought back; each time
// the test reads back what the server stored.
TestCase {
    id: testCase
    name: "RoomsPage"
    when: windowShown
    visible: true
    width: 1366
    height: 700

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias page: page
            width: 1366
            height: 700
            CashierState { id: desk }
            RoomsPage { id: page; anchors.fill: parent; state: desk; active: desk.signedIn }
        }
    }

    function typeText(text) { for (const c of text) keyClick(c) }
    function replaceText(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Backspace)
        typeText(text)
        compare(field.text, text)
    }
    function stored(name) {
        for (const r of testSupport.adminGet("/api/rooms").rooms)
            if (r.name === name) return r
        return null
    }
    function cardFor(page, name) {
        const kids = findChild(page, "roomsList").contentItem.children
        for (let i = 0; i < kids.length; ++i)
            if (kids[i].name === name) return kids[i]
        return null
    }
    function signedInPage() {
        const f = createTemporaryObject(fixture, testCase)
        f.desk.setServerUrl(testServerUrl)
        f.desk.signIn("admin", "admin")
        tryCompare(f.desk, "signedIn", true, 5000)
        tryVerify(() => findChild(f.page, "roomsList").count > 0, 5000, "the demo's rooms are listed")
        return f
    }

    function test_addRenameRetireAndBringBack() {
        const f = signedInPage()
        const name = findChild(f.page, "roomName")
        const capacity = findChild(f.page, "roomCapacity")

        // Add: the name, Tab to the capacity, Enter saves.
        replaceText(name, "Garden Room")
        keyClick(Qt.Key_Tab)
        verify(capacity.activeFocus, "Tab goes from the name to the capacity")
        replaceText(capacity, "2")
        keyClick(Qt.Key_Return)
        tryVerify(() => stored("Garden Room") !== null, 5000, "the server has the new room")
        compare(stored("Garden Room").capacity, 2)
        compare(stored("Garden Room").active, true)
        tryVerify(() => cardFor(f.page, "Garden Room") !== null, 3000, "and the page lists it")
        compare(name.text, "", "the form is empty for the next room")

        // The same name again: refused under the name field, nothing added.
        const before = testSupport.adminGet("/api/rooms").rooms.length
        replaceText(name, "Garden Room")
        keyClick(Qt.Key_Return)
        tryVerify(() => name.error !== "", 5000, "the refusal is shown under the name")
        compare(testSupport.adminGet("/api/rooms").rooms.length, before, "nothing was added")

        // Rename and resize through Edit.
        mouseClick(findChild(cardFor(f.page, "Garden Room"), "editRoom"))
        compare(name.text, "Garden Room")
        verify(name.activeFocus)
        replaceText(name, "Garden Suite")
        replaceText(capacity, "3")
        keyClick(Qt.Key_Return)
        tryVerify(() => stored("Garden Suite") !== null, 5000, "renamed on the server")
        compare(stored("Garden Suite").capacity, 3)
        verify(stored("Garden Room") === null)

        // A capacity out of range is not sent.
        replaceText(name, "Big Hall")
        replaceText(capacity, "25")
        verify(capacity.text !== "25" || capacity.error !== "", "21+ is refused in the field")
        keyClick(Qt.Key_Return)
        wait(300)
        verify(stored("Big Hall") === null, "nothing stored for a bad capacity")
        keyClick(Qt.Key_Escape)
        compare(name.text, "", "Esc empties the form")

        // Retire, then bring back.
        tryVerify(() => cardFor(f.page, "Garden Suite") !== null, 3000)
        mouseClick(findChild(cardFor(f.page, "Garden Suite"), "retireRoom"))
        tryVerify(() => stored("Garden Suite").active === false, 5000, "retired on the server")
        tryVerify(() => { const c = cardFor(f.page, "Garden Suite"); return c && !c.active }, 3000)
        mouseClick(findChild(cardFor(f.page, "Garden Suite"), "reactivateRoom"))
        tryVerify(() => stored("Garden Suite").active === true, 5000, "back in use")
    }

    function test_roomWithAGuestCannotBeRetired() {
        const visit = testSupport.assignedWalkIn("Room Occupant")
        verify(visit.room && visit.room.name, "the walk-in got a room")
        const f = signedInPage()
        tryVerify(() => { const c = cardFor(f.page, visit.room.name); return c && c.visits_now > 0 }, 5000,
                  "the page shows a guest in the room")
        const problem = findChild(f.page, "roomsProblem")
        compare(problem.message, "")
        mouseClick(findChild(cardFor(f.page, visit.room.name), "retireRoom"))
        tryVerify(() => problem.message !== "", 5000, "the refusal is on the page")
        verify(problem.visible)
        verify(problem.message.indexOf("guest") >= 0, problem.message)
        compare(stored(visit.room.name).active, true, "the room is still in use")
        verify(testSupport.cancelVisit(visit.id), "the room is free again for the other tests")
    }
}
