// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// The appointment book: a day with a column per therapist (BookingDay) or one therapist's week
// (BookingWeek). Click free time to book it; open a block to change, cancel, mark arrived or a
// no-show; drag a block, or focus it and use the arrow keys, to move it; drag its lower edge, or
// use Shift+Up/Down, to make it shorter or longer. Ctrl+B books, Ctrl+Left
// and Ctrl+Right go to the previous and next day (week), Ctrl+T to today. Bookings made at
// another desk show at once.
Item {
    id: page
    required property CashierState state
    required property ScreenshotGate gate
    property bool active: false
    property bool weekView: false
    readonly property alias day: day
    readonly property alias week: week
    readonly property alias grid: dayGrid
    readonly property alias bookingDialog: bookingDialog
    readonly property alias detailsDialog: details

    onActiveChanged: if (active) { day.refresh(); if (weekView) week.refresh() }

    BookingDay {
        id: day
        session: page.state.session
        client: page.state.client
        onLoaded: {
            if (!page.scrolled) {
                page.scrolled = true
                dayGrid.scrollTo(day.isToday ? day.nowMinute() - 60 : day.firstMinute)
            }
            page.screenshotStep()
        }
        onMoveRefused: (id, message) => toast.show(message)
        onResizeRefused: (id, message) => toast.show(message)
        onActionDone: (id, action, answer) => {
            toast.show(action === "arrive" ? qsTr("Arrived: on the queue board now")
                       : action === "cancel" ? qsTr("Booking cancelled") : qsTr("Marked as a no-show"))
            details.close()
        }
    }
    property bool scrolled: false
    BookingWeek {
        id: week
        session: page.state.session
        timeZone: day.timeZone
        date: day.date
        onLoaded: page.screenshotStep()
    }
    // A booking made or changed at another desk on a day of the week shown (its notice names
    // the dates it was and is on) reads the week again; the day view does the same by itself.
    Connections {
        target: page.state.client
        function onEventReceived(name, payload) {
            if (!page.weekView || name !== "cashier_booking_changed" || !payload.dates)
                return
            const end = new Date(new Date(week.weekStart + "T12:00:00Z").getTime() + 7 * 86400000)
                            .toISOString().slice(0, 10)
            if (payload.dates.some(d => d >= week.weekStart && d < end))
                week.refresh()
        }
    }
    // Scripted screenshots: SPA_PAGE=bookings (the day), bookings-week, booking-dialog.
    function screenshotStep() {
        const p = page.gate.page
        if (p === "bookings" && !page.gate.ready) shotTimer.start()
        else if (p === "bookings-week" && !page.weekView) page.showWeek(page.firstTherapist())
        else if (p === "bookings-week" && !week.loading) shotTimer.start()
        else if (p === "booking-dialog" && !bookingDialog.visible) {
            bookingDialog.openNew(day.date, page.firstTherapist(), 14 * 60)
            bookingDialog.demo()
        }
    }
    Timer { id: shotTimer; interval: 400; onTriggered: page.gate.ready = true }
    Connections {
        target: bookingDialog.lookup
        // `answered` has its own signal: it may change after `searching` did.
        function onAnsweredChanged() {
            if (page.gate.page === "booking-dialog" && bookingDialog.lookup.answered) shotTimer.start()
        }
    }

    function firstTherapist() { return day.columns.therapistAt(0) }
    function showWeek(therapistId) {
        week.therapistId = therapistId > 0 ? therapistId : firstTherapist()
        weekView = true
        week.refresh()
    }
    function previous() { if (weekView) { week.previousWeek(); day.date = week.date; week.refresh() } else day.previousDay() }
    function next() { if (weekView) { week.nextWeek(); day.date = week.date; week.refresh() } else day.nextDay() }
    function today() { day.goToday(); if (weekView) { week.date = day.date; week.refresh() } }
    function dateText(iso, form) {
        Language.current
        return new Date(iso + "T12:00:00").toLocaleDateString(Qt.locale(Language.localeName), form)
    }
    function openBlock(block) {
        if (block.kind !== "booking")
            return
        const b = day.booking(block.bookingId)
        details.openFor(Object.keys(b).length > 0 ? b : null, block)
    }

    Shortcut { sequence: "Ctrl+B"; enabled: page.active && !bookingDialog.visible; onActivated: bookingDialog.openNew(day.date, 0, day.isToday ? Math.ceil((day.nowMinute() + 1) / 15) * 15 : 10 * 60) }
    Shortcut { sequence: "Ctrl+Left"; enabled: page.active && !bookingDialog.visible && !details.visible; onActivated: page.previous() }
    Shortcut { sequence: "Ctrl+Right"; enabled: page.active && !bookingDialog.visible && !details.visible; onActivated: page.next() }
    Shortcut { sequence: "Ctrl+T"; enabled: page.active && !bookingDialog.visible && !details.visible; onActivated: page.today() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "dayViewButton"
                text: qsTr("Day")
                checkable: true
                checked: !page.weekView
                onClicked: { page.weekView = false; day.refresh() }
            }
            ActionButton {
                objectName: "weekViewButton"
                text: qsTr("Week")
                checkable: true
                checked: page.weekView
                onClicked: page.showWeek(week.therapistId)
            }
            SelectBox {
                objectName: "weekTherapist"
                visible: page.weekView
                Layout.preferredWidth: 200
                Accessible.name: qsTr("Therapist")
                textRole: "title"
                valueRole: "therapistId"
                model: day.columns
                currentIndex: day.columns.indexOfTherapist(week.therapistId)
                onActivated: index => { week.therapistId = day.columns.therapistAt(index); week.refresh() }
            }
            Item { width: Theme.spacing }
            ActionButton {
                objectName: "previousDay"
                text: "←"
                Accessible.name: page.weekView ? qsTr("Previous week") : qsTr("Previous day")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name + "  (Ctrl+←)"
                onClicked: page.previous()
            }
            ActionButton {
                objectName: "todayButton"
                text: qsTr("Today")
                hint: "Ctrl+T"
                onClicked: page.today()
            }
            ActionButton {
                objectName: "nextDay"
                text: "→"
                Accessible.name: page.weekView ? qsTr("Next week") : qsTr("Next day")
                ToolTip.visible: hovered
                ToolTip.text: Accessible.name + "  (Ctrl+→)"
                onClicked: page.next()
            }
            Text {
                objectName: "bookDate"
                Layout.leftMargin: Theme.spacing
                text: page.weekView
                      ? qsTr("Week of %1").arg(page.dateText(week.weekStart, "d MMMM yyyy"))
                      : page.dateText(day.date, "dddd d MMMM yyyy")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
            BusyIndicator { running: day.loading || week.loading; implicitWidth: 28; implicitHeight: 28 }
            ActionButton {
                objectName: "newBooking"
                kind: "primary"
                iconName: "list-add"
                text: qsTr("New booking")
                hint: "Ctrl+B"
                onClicked: bookingDialog.openNew(day.date, 0, day.isToday ? Math.ceil((day.nowMinute() + 1) / 15) * 15 : 10 * 60)
            }
        }
        ProblemStrip {
            Layout.fillWidth: true
            message: page.weekView ? week.error : day.error
        }
        // The colours' meaning, in words.
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Chip { text: qsTr("Booked"); tone: Theme.busy; tint: Theme.surface }
            Chip { text: qsTr("Arrived"); tone: Theme.accentStrong; tint: Theme.surface }
            Chip { text: qsTr("Walk-in visit"); tone: Theme.statusTextColor("in_service"); tint: Theme.accentTint }
            Chip { text: qsTr("No-show"); tone: Theme.dangerText; tint: Theme.surface }
            Text {
                Layout.fillWidth: true
                text: page.weekView ? qsTr("Shaded: not working")
                                    : qsTr("Shaded: not working · click free time to book · drag or use the arrow keys to move · drag the lower edge or Shift+arrows to resize")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }

        BookingGrid {
            id: dayGrid
            objectName: "dayGrid"
            visible: !page.weekView
            Layout.fillWidth: true
            Layout.fillHeight: true
            columns: day.columns
            blocks: day.blocks
            firstMinute: day.firstMinute
            lastMinute: day.lastMinute
            nowMinute: day.isToday ? day.nowMinute() : -1
            subtitleOf: (row, status, date, hours) => hours.length === 0 ? qsTr("Not working")
                        : hours.map(h => String(Math.floor(h.start / 60)).padStart(2, "0") + ":" + String(h.start % 60).padStart(2, "0")
                                    + "–" + String(Math.floor(h.end / 60) % 25).padStart(2, "0") + ":" + String(h.end % 60).padStart(2, "0")).join(", ")
                          + (status === "available" || status === "busy" ? "" : " · " + Format.statusWord(status))
            onSlotClicked: (column, minute) => bookingDialog.openNew(day.date, day.columns.therapistAt(column), minute)
            onBlockOpened: block => page.openBlock(block)
            onMoveRequested: (block, column, minute) => day.move(block.bookingId, day.columns.therapistAt(column), minute)
            onResizeStepRequested: (block, steps) => day.resize(block.bookingId, block.guestNo,
                                                                day.steppedLength(block.length, block.minLength, steps))
            onResizeDragged: (block, minutes) => day.resize(block.bookingId, block.guestNo,
                                                            day.snappedLength(Math.round(minutes), block.minLength))
            Timer { interval: 60000; running: page.active; repeat: true; onTriggered: dayGrid.nowMinute = day.isToday ? day.nowMinute() : -1 }
        }
        BookingGrid {
            id: weekGrid
            objectName: "weekGrid"
            visible: page.weekView
            Layout.fillWidth: true
            Layout.fillHeight: true
            editable: false
            columns: week.columns
            blocks: week.blocks
            firstMinute: week.firstMinute
            lastMinute: week.lastMinute
            titleOf: (row, title, date) => page.dateText(date, "ddd d MMM")
            subtitleOf: (row, status, date, hours) => hours.length === 0 ? qsTr("Not working")
                        : hours.map(h => String(Math.floor(h.start / 60)).padStart(2, "0") + ":" + String(h.start % 60).padStart(2, "0")
                                    + "–" + String(Math.floor(h.end / 60) % 25).padStart(2, "0") + ":" + String(h.end % 60).padStart(2, "0")).join(", ")
            onBlockOpened: block => { day.date = week.columns.dateAt(block.column); page.weekView = false }
        }
    }

    BookingDialog {
        id: bookingDialog
        state: page.state
        day: day
        onSaved: booking => {
            toast.show(qsTr("Booked: %1 at %2").arg(booking.customer_name).arg(bookingDialog.editor.startText))
            day.refresh()
            if (page.weekView) week.refresh()
        }
    }
    BookingDetailsDialog {
        id: details
        day: day
        onEditRequested: booking => { details.close(); bookingDialog.openEdit(booking) }
    }
    Toast { id: toast }
}
