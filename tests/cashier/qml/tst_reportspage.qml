// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaCashier

// Issue 14: the Reports page against the real demo server. A visit is paid today; the range
// drop-down is changed by keyboard from Today to This month and the page shows the server's
// report over the month (checked against GET /api/reports for the same days); then a custom
// range of one day brings back the day's own view with its Z report.
TestCase {
    id: testCase
    name: "ReportsPage"
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
            DayPage { id: page; anchors.fill: parent; state: desk; gate: gate; active: desk.signedIn }
        }
    }

    function test_rangeChangedByKeyboard() {
        const visit = testSupport.awaitingVisit("Range Test", [1])
        verify(visit.id > 0)
        testSupport.payInFull(visit.id)
        const f = createTemporaryObject(fixture, testCase)
        f.desk.setServerUrl(testServerUrl)
        f.desk.signIn("admin", "admin")
        tryCompare(f.desk, "signedIn", true, 5000)
        const box = findChild(f.page, "rangeBox")
        verify(box)
        compare(box.currentValue, "today")
        const view = findChild(f.page, "reportChart")
        verify(view)
        verify(!view.visible, "one day shows the day's own view")

        // Today -> This week -> This month with the arrow keys, as the desk would.
        box.forceActiveFocus()
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        tryCompare(box, "currentValue", "month")
        tryVerify(() => view.visible, 5000, "a range shows the chart")
        const today = testSupport.adminGet("/api/reports/daily").date
        const first = today.slice(0, 8) + "01"
        const expected = testSupport.adminGet("/api/reports?from=" + first + "&to=" + today)
        verify(expected.net_collected > 0)
        // The page's state answered with the server's figures for the month.
        tryVerify(() => findChild(f.page, "reportChart").children.length > 0, 5000)
        const reports = findReports(f.page)
        // `reports.report` is a map: read it afresh each try (a copy taken once would keep
        // today's report if the month's answer had not come back yet).
        tryVerify(() => reports.report.from === first, 5000, "the month's report arrives")
        compare(reports.report.net_collected, expected.net_collected)
        compare(reports.report.to, today)
        compare(reports.bars.count, Number(today.slice(8, 10)))

        // Custom: one day is the day again, with its Z close.
        box.forceActiveFocus()
        keyClick(Qt.Key_Down)
        tryCompare(box, "currentValue", "custom")
        const from = findChild(f.page, "fromField")
        const to = findChild(f.page, "toField")
        tryVerify(() => from.visible && from.activeFocus, 2000)
        compare(from.text, first)
        to.text = first
        from.text = today
        to.text = today
        keyClick(Qt.Key_Return)
        tryVerify(() => !view.visible, 5000, "a single day hides the range view")
        compare(reports.from, today)
        compare(reports.to, today)
    }

    // The page's ReportsState (not exposed by name: found as the child with a `bars` model).
    function findReports(page) {
        for (let i = 0; i < page.data.length; ++i)
            if (page.data[i].bars !== undefined && page.data[i].preset !== undefined) return page.data[i]
        return null
    }
}
