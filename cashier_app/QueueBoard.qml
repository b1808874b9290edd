// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
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
            spacing: Theme.spacing
            Button {
                text: qsTr("Check in") + "  Ctrl+N"
                highlighted: true
                onClicked: checkIn.openForm()
            }
            // A dialog shows its own command's refusal: the board does not repeat it behind it.
            Label {
                Layout.fillWidth: true
                visible: board.state.error !== "" && !board.dialogOpen
                text: board.state.error
                color: Theme.danger
                elide: Text.ElideRight
            }
            Item { Layout.fillWidth: board.state.error === "" }
            Label {
                text: qsTr("Turn order:")
                color: Theme.textMuted
            }
            // A ListView, not a Repeater: it keeps the order when the turn order moves rows.
            ListView {
                orientation: ListView.Horizontal
                spacing: 6
                interactive: false
                // The chips are made while the RowLayout lays this list out (0 wide at first),
                // and Qt 6.4's layout ignores a size change made during its own pass: the width
                // is handed over after it.
                property real chipsWidth: 0
                onContentWidthChanged: Qt.callLater(() => chipsWidth = contentWidth)
                implicitWidth: chipsWidth
                implicitHeight: 30
                model: board.state.therapists
                delegate: Rectangle {
                    required property string name
                    required property string status
                    required property var turn_position
                    implicitWidth: chip.implicitWidth + 20
                    implicitHeight: chip.implicitHeight + 10
                    radius: height / 2
                    color: turn_position === 1 ? Theme.accent : Theme.surface
                    border.color: Theme.statusColor(status)
                    Label {
                        id: chip
                        anchors.centerIn: parent
                        text: (parent.turn_position ? parent.turn_position + ". " : "") + parent.name
                        color: parent.turn_position === 1 ? Theme.accentText : Theme.text
                        font.pixelSize: Theme.fontSmall
                    }
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
                model: board.state.inService
                selectedId: board.selectedId
                onSelected: v => board.selectedId = v.id
            }
            BoardColumn {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                title: qsTr("Awaiting payment")
                model: board.state.awaitingPayment
                selectedId: board.selectedId
                onSelected: v => board.selectedId = v.id
                onPayRequested: v => checkout.openFor(v)
            }
        }
    }

    CheckInDialog {
        id: checkIn
        state: board.state
        onCheckedIn: visit => ticket.openFor(visit)
    }
    TicketDialog {
        id: ticket
        serverUrl: board.serverUrl
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

    // Scripted screenshots: the board as it is, or a checkout filled in with a split payment.
    Connections {
        target: board.state
        function onHasStateChanged() {
            if (!board.state.hasState)
                return
            if (board.gate.page === "queue")
                board.gate.ready = true
            else if (board.gate.page === "checkout" && board.state.awaitingPayment.count > 0 && !checkout.visible)
                checkout.openDemo(board.state.awaitingPayment.get(0))
        }
    }
}
