// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// The live queue in four columns, the therapists in turn order, and the desk's dialogs.
// Ctrl+N checks in; Ctrl+P opens the checkout of the selected (or oldest) visit awaiting payment.
Item {
    id: board
    required property CashierState state
    required property string serverUrl
    required property ScreenshotGate gate
    property int selectedId: -1
    // The desk's dialogs, for the tests that walk the whole app.
    readonly property alias checkInDialog: checkIn
    readonly property alias ticketDialog: ticket
    readonly property alias assignDialog: assign
    readonly property alias reasonDialog: reason
    readonly property alias checkoutDialog: checkout
    readonly property bool dialogOpen: checkIn.visible || ticket.visible || assign.visible || reason.visible || checkout.visible

    // Whoever signs in next finds no dialog of the last user's open.
    Connections {
        target: board.state
        function onSignedInChanged() {
            if (board.state.signedIn)
                return
            for (const d of [checkIn, ticket, assign, reason, checkout])
                d.close()
        }
    }

    Shortcut {
        sequence: "Ctrl+N"
        enabled: board.visible && !checkIn.visible && !checkout.visible
        onActivated: checkIn.openForm()
    }
    Shortcut {
        sequence: "Ctrl+P"
        enabled: board.visible && !checkout.visible && board.state.awaitingPayment.count > 0
        onActivated: {
            const row = board.state.awaitingPayment.indexOfId(board.selectedId)
            checkout.openFor(board.state.awaitingPayment.get(row >= 0 ? row : 0))
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.padding
            ActionButton {
                objectName: "checkInButton"
                text: qsTr("Check in")
                hint: "Ctrl+N"
                kind: "primary"
                iconName: "list-add"
                onClicked: checkIn.openForm()
            }
            // A dialog shows its own command's refusal: the board does not repeat it behind it.
            ProblemStrip {
                Layout.fillWidth: true
                visible: board.state.error !== "" && !board.dialogOpen
                message: board.state.error
                actionText: qsTr("Dismiss")
                onActionClicked: board.state.clearError()
            }
            Item { Layout.fillWidth: true; visible: board.state.error === "" || board.dialogOpen }
            Text {
                text: qsTr("Turn order")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                font.bold: true
                Accessible.ignored: true
            }
            // A ListView, not a Repeater: it keeps the order when the turn order moves rows.
            ListView {
                id: turnList
                objectName: "turnOrder"
                orientation: ListView.Horizontal
                spacing: 6
                // Many therapists (with their next booking's time) may not fit beside Check in:
                // the list then stops at the window's edge and scrolls sideways instead of
                // pushing the board's columns out of the window.
                Layout.maximumWidth: Math.max(200, board.width - 360)
                clip: true
                interactive: contentWidth > width
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Turn order")
                // The chips are made while the RowLayout lays this list out (0 wide at first),
                // and Qt 6.4's layout ignores a size change made during its own pass: the width
                // is handed over after it.
                property real chipsWidth: 0
                onContentWidthChanged: chipsTimer.restart()
                Timer { id: chipsTimer; interval: 0; onTriggered: turnList.chipsWidth = turnList.contentWidth }
                implicitWidth: chipsWidth
                implicitHeight: 30
                model: board.state.therapists
                // Each therapist: place in the turn order, name and status icon; the words of
                // the status for screen readers (and on the assign dialog).
                // With their next booking's time ("Anna · 15:00"): the whole "next: 15:00
                // Somchai" is in the assign dialog and the accessible name.
                delegate: Chip {
                    required property string name
                    required property string status
                    required property var turn_position
                    required property var next_booking
                    anchors.verticalCenter: parent ? parent.verticalCenter : undefined
                    text: (turn_position ? turn_position + ". " : "") + name
                          + (next_booking ? " · " + Format.time(next_booking.start) : "")
                    iconName: Theme.statusIcon(status)
                    tone: turn_position === 1 ? Theme.accent : Theme.statusTextColor(status)
                    tint: Theme.surface
                    filled: turn_position === 1
                    Accessible.name: qsTr("%1, %2").arg(text).arg(Format.statusWord(status))
                                     + (next_booking ? ", " + qsTr("next: %1 %2").arg(Format.time(next_booking.start)).arg(next_booking.customer_name) : "")
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding
            BoardColumn {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                title: qsTr("Waiting")
                emptyText: qsTr("No one is waiting.")
                emptyActionText: qsTr("Check in a customer")
                onEmptyActionClicked: checkIn.openForm()
                model: board.state.waiting
                selectedId: board.selectedId
                onSelected: v => board.selectedId = v.id
                onAssignRequested: v => assign.openFor(v)
                onCancelRequested: v => reason.openFor(v, "cancel")
                onNoShowRequested: v => reason.openFor(v, "no_show")
            }
            BoardColumn {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                title: qsTr("Assigned")
                emptyText: qsTr("No one is assigned to a therapist yet.")
                model: board.state.assigned
                selectedId: board.selectedId
                onSelected: v => board.selectedId = v.id
                onAssignRequested: v => assign.openFor(v)
                onCancelRequested: v => reason.openFor(v, "cancel")
                onNoShowRequested: v => reason.openFor(v, "no_show")
            }
            BoardColumn {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                title: qsTr("In service")
                emptyText: qsTr("No treatment in progress.")
                model: board.state.inService
                selectedId: board.selectedId
                onSelected: v => board.selectedId = v.id
            }
            BoardColumn {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                title: qsTr("Awaiting payment")
                emptyText: qsTr("Nothing to pay.")
                model: board.state.awaitingPayment
                selectedId: board.selectedId
                onSelected: v => board.selectedId = v.id
                onPayRequested: v => checkout.openFor(v)
            }
        }
    }

    Toast { id: toast }

    CheckInDialog {
        id: checkIn
        state: board.state
        onCheckedIn: visit => {
            toast.show(qsTr("Checked in %1 — %2").arg(visit.ticket).arg(visit.customer_name))
            ticket.openFor(visit)
        }
    }
    TicketDialog {
        id: ticket
        // The address phones can open (public_url or the server's LAN address), not the one
        // this desk uses, which may be 127.0.0.1.
        serverUrl: board.state.customerBaseUrl || board.serverUrl
        venue: board.state.venueName
    }
    AssignDialog {
        id: assign
        state: board.state
    }
    ReasonDialog {
        id: reason
        state: board.state
    }
    CheckoutDialog {
        id: checkout
        state: board.state
        gate: board.gate
    }

    // Scripted screenshots: the board as it is, a checkout filled in with a split payment, the
    // check-in form with two services chosen, or the assign dialog for the first walk-in.
    function screenshotStep() {
        if (!board.state.hasState || board.gate.ready)
            return
        if (board.gate.page === "queue") {
            board.gate.ready = true
        } else if (board.gate.page === "checkout" && board.state.awaitingPayment.count > 0) {
            checkout.openDemo(board.state.awaitingPayment.get(0))
        } else if (board.gate.page === "receipt" && board.state.awaitingPayment.count > 0) {
            checkout.openReceiptDemo(board.state.awaitingPayment.get(0))
        } else if (board.gate.page === "checkin" && board.state.services.count > 1) {
            checkIn.openDemo()
            board.gate.ready = true
        } else if (board.gate.page === "checkin-customer" && board.state.services.count > 1) {
            checkIn.openCustomerDemo(board.gate) // ready once the customer is found and picked
        } else if (board.gate.page === "assign" && board.state.waiting.count > 0) {
            assign.openFor(board.state.waiting.get(0))
            board.gate.ready = true
        }
    }
    Connections {
        target: board.state
        function onHasStateChanged() { board.screenshotStep() }
    }
    Connections {
        target: board.state.services
        function onCountChanged() { board.screenshotStep() }
    }
}
