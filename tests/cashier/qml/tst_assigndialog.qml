// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// Issue 12: with 8 therapists on shift the assign dialog ran off the bottom of a 1366x768 screen,
// the last therapists and Cancel out of reach. The dialog stays inside the window, its therapists
// scroll, and Tab brings each one into view with its focus ring; Shift+Tab goes back up.
TestCase {
    id: testCase
    name: "AssignDialog"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias assign: assign
            width: 1366
            height: 768
            CashierState { id: desk }
            AssignDialog { id: assign; state: desk }
        }
    }

    // On break: shown in the dialog, outside the turn order the other tests rely on.
    property var added: []
    function initTestCase() {
        for (const [name, pin] of [["Eka", "5551"], ["Fah", "6661"], ["Gita", "7771"], ["Hana", "8881"]]) {
            const id = testSupport.newTherapist(name, pin, "on_break")
            verify(id > 0, "therapist " + name + " added")
            added.push(id)
        }
    }
    function cleanupTestCase() {
        for (const id of added)
            testSupport.setTherapistStatus(id, "off")
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
    function tiles(dialog) {
        return walk(dialog.contentItem, o => o.objectName.startsWith("therapist_") && o.visible, [])
            .sort((a, b) => a.mapToItem(null, 0, 0).y - b.mapToItem(null, 0, 0).y)
    }
    // The tile and its focus ring lie inside the list's viewport.
    function inView(list, tile) {
        const top = tile.mapToItem(list, 0, 0).y - list.ring
        return top >= -0.5 && top + tile.height + 2 * list.ring <= list.height + 0.5
    }

    function test_eightTherapistsScrollAndFollowTheKeyboard() {
        const f = createTemporaryObject(fixture, testCase)
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        f.desk.signIn("cashier", "cashier")
        tryCompare(f.desk, "hasState", true, 5000)
        tryVerify(() => f.desk.therapists.count >= 8, 5000, "8 therapists on the desk's list")
        const v = testSupport.waitingVisit("Wanida Sukprasert")
        verify(v.id > 0)

        const d = f.assign
        d.openFor(v)
        tryCompare(d, "opened", true)
        waitForRendering(d.contentItem)
        const shown = tiles(d)
        verify(shown.length >= 8, "8 therapists shown: " + shown.length)

        // Inside the window, Cancel included, and the list scrolls instead.
        const frame = d.background // the popup's whole area
        const top = frame.mapToItem(null, 0, 0).y
        verify(top >= 0 && top + frame.height <= testCase.height,
               "the dialog from " + top + " to " + (top + frame.height) + " in a window " + testCase.height + " high")
        const cancel = d.secondaryButton
        const cancelBottom = cancel.mapToItem(null, 0, cancel.height).y
        verify(cancelBottom <= testCase.height, "Cancel ends at " + cancelBottom)
        const list = d.therapistList
        verify(list, "the therapists are in a list of their own")
        verify(list.scrolls, "the list scrolls: " + list.contentHeight + " in " + list.height)
        verify(list.height >= 2 * shown[0].height, "at least two therapists at a time: " + list.height)
        compare(list.contentY, 0)

        // Tab from "Next in turn" through every therapist: each comes into view as it is focused.
        tryVerify(() => d.contentItem.Window.activeFocusItem !== null, 2000)
        for (let i = 0; i < shown.length; ++i) {
            keyClick(Qt.Key_Tab)
            const tile = shown.find(t => t.activeFocus)
            verify(tile, "Tab " + (i + 1) + " focuses a therapist")
            compare(tile, shown[i], "in the order shown")
            tryVerify(() => inView(list, tile), 1000, tile.title + " scrolled into view (contentY " + list.contentY + ")")
        }
        verify(list.contentY > 0, "the list scrolled down to the last")
        // And back up with Shift+Tab.
        for (let i = shown.length - 2; i >= 0; --i) {
            keyClick(Qt.Key_Tab, Qt.ShiftModifier)
            verify(shown[i].activeFocus, "Shift+Tab back to " + shown[i].title)
            tryVerify(() => inView(list, shown[i]), 1000, shown[i].title + " scrolled back into view")
        }
        compare(list.contentY, 0)

        // Enter on a therapist still assigns (the last one, Hana, scrolled into view again).
        for (let i = 0; i < shown.length - 1; ++i)
            keyClick(Qt.Key_Tab)
        const last = shown[shown.length - 1]
        verify(last.activeFocus)
        keyClick(Qt.Key_Return)
        tryCompare(d, "visible", false, 5000)
        compare(testSupport.visitStatus(v.id), "assigned")
        // Off the board again: the walk-through tabs across the whole board.
        verify(testSupport.cancelVisit(v.id))
    }

    // At 1920x1080 eight therapists fit: the whole list shows, with no scroll bar.
    function test_eightFitAt1080() {
        const window = testCase.Window.window
        window.height = 1080
        tryCompare(window.contentItem, "height", 1080)
        const f = createTemporaryObject(fixture, testCase)
        f.desk.session.serverUrl = testServerUrl
        f.desk.client.serverUrl = testServerUrl
        f.desk.signIn("cashier", "cashier")
        tryCompare(f.desk, "hasState", true, 5000)
        tryVerify(() => f.desk.therapists.count >= 8, 5000)
        const v = testSupport.waitingVisit("Ari Putra")
        f.assign.openFor(v)
        tryCompare(f.assign, "opened", true)
        waitForRendering(f.assign.contentItem)
        const list = f.assign.therapistList
        const scrolls = list.scrolls
        const sizes = list.contentHeight + " in " + list.height
        keyClick(Qt.Key_Escape)
        tryCompare(f.assign, "visible", false)
        verify(testSupport.cancelVisit(v.id))
        window.height = 768
        verify(!scrolls, "eight therapists fit in 1080 px: " + sizes)
    }
}
