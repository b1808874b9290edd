// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// One booking opened from the book: who, when, with whom, where, what; and what the desk does
// with it: the customer arrived (a visit on the queue board now), a no-show (the server refuses
// it before the grace is over and says from when), cancel with a reason, or change it. Esc closes.
FormDialog {
    id: dialog
    required property BookingDay day
    property var booking: ({})
    property var block: ({})
    property bool cancelling: false
    readonly property bool booked: booking.status === "booked"
    signal editRequested(var booking)

    title: qsTr("Booking — %1").arg(booking.customer_name || "")
    width: Math.min(parent ? parent.width - 80 : 620, 620)
    secondaryText: qsTr("Close")
    primaryText: cancelling ? qsTr("Cancel booking") : ""
    primaryKind: "danger"
    primaryHint: "↵"
    primaryEnabled: reason.text.trim() !== "" && !dialog.day.busy
    problem: dialog.day.error
    onPrimaryClicked: dialog.day.cancel(dialog.booking.id, reason.text)

    function openFor(b, blk) {
        booking = b || ({})
        block = blk
        cancelling = false
        reason.text = ""
        day.clearError()
        open();
        const first = booked && day.isToday ? arrivedButton : editButton.enabled ? editButton : secondaryButton
        first.forceActiveFocus(Qt.TabFocusReason)
    }
    function guestLine(g) {
        return g.customer_name + " — " + (g.therapist ? g.therapist.name : qsTr("any therapist")) + " — "
               + g.services.map(s => s.name).join(", ") + " (" + Format.minutes(g.duration_min) + ")"
    }
    function statusText(s) {
        return s === "booked" ? qsTr("Booked") : s === "arrived" ? qsTr("Arrived")
             : s === "cancelled" ? qsTr("Cancelled") : s === "no_show" ? qsTr("No-show") : s
    }

    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.visible && dialog.cancelling; onActivated: if (dialog.primaryEnabled) dialog.primaryClicked() }

    GridLayout {
        Layout.fillWidth: true
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacingSmall
        component Label: Text { font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.textMuted }
        component Value: Text {
            Layout.fillWidth: true; font.pixelSize: Theme.fontBody; color: Theme.text; wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText; Accessible.name: text
        }
        Label { text: qsTr("When") }
        Value {
            objectName: "detailsWhen"
            text: dialog.block && dialog.block.timeText ? dialog.block.timeText + "  ·  " + dialog.statusText(dialog.booking.status) : ""
        }
        Label { text: qsTr("Phone"); visible: !!dialog.booking.phone }
        Value { text: dialog.booking.phone || ""; visible: !!dialog.booking.phone }
        Label { text: qsTr("Room") }
        Value { text: dialog.booking.room ? dialog.booking.room.name : qsTr("Any free room on arrival") }
        Label { text: qsTr("Guests") }
        // A couple or group: every guest, whichever block was opened, the opened one marked.
        Value {
            objectName: "detailsGuests"
            text: (dialog.booking.guests || []).map(g => ((dialog.booking.guests.length > 1 ? (g.guest_no === dialog.block.guestNo ? "▶ " : "    ") + g.guest_no + ". " : "")
                                                            + dialog.guestLine(g))).join("\n")
        }
        Label { text: qsTr("Notes"); visible: !!dialog.booking.notes }
        Value { text: dialog.booking.notes || ""; visible: !!dialog.booking.notes }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: dialog.booked && !dialog.cancelling
        spacing: Theme.spacing
        ActionButton {
            id: arrivedButton
            objectName: "arrivedButton"
            kind: "primary"
            iconName: "object-select"
            text: qsTr("Arrived")
            enabled: dialog.day.isToday && !dialog.day.busy
            onClicked: dialog.day.arrive(dialog.booking.id)
        }
        ActionButton {
            objectName: "noShowButton"
            iconName: "appointment-missed"
            text: qsTr("No-show")
            enabled: !dialog.day.busy
            onClicked: dialog.day.noShow(dialog.booking.id)
        }
        ActionButton {
            id: editButton
            objectName: "editButton"
            text: qsTr("Change…")
            onClicked: dialog.editRequested(dialog.booking)
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "cancelBookingButton"
            kind: "quiet"
            iconName: "edit-delete"
            text: qsTr("Cancel booking…")
            onClicked: { dialog.cancelling = true; reason.forceActiveFocus() }
        }
    }
    FormField {
        id: reason
        objectName: "cancelReason"
        visible: dialog.cancelling
        Layout.fillWidth: true
        label: qsTr("Why is it cancelled?")
        placeholderText: qsTr("The customer called, illness, …")
        maximumLength: 500
    }
}
