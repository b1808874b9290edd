// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// Assign or reassign: the turn order's suggestion first (the primary action), then everyone on
// shift as choices with their status, their place in the turn order and when they are next free.
// It opens with the suggestion focused (or the first therapist when no one is next in turn);
// Enter or Space assigns the focused one, Tab moves, Esc closes.
FormDialog {
    id: dialog
    required property CashierState state
    property var visit: ({})
    title: qsTr("Assign %1 — %2").arg(visit.ticket || "").arg(visit.customer_name || "")
    width: Math.min(parent ? parent.width - 80 : 560, 560)
    primaryText: ""
    problem: dialog.state.error

    function openFor(v) { visit = v; dialog.state.clearError(); open() }
    onOpened: {
        if (nextInTurn.enabled) {
            nextInTurn.forceActiveFocus(Qt.TabFocusReason)
            return
        }
        for (let i = 0; i < everyone.count; ++i) {
            const b = everyone.itemAt(i)
            if (b && b.visible && b.enabled) {
                b.forceActiveFocus(Qt.TabFocusReason)
                return
            }
        }
    }
    // "next: 15:00 Somchai", the therapist's next booking (the server's next_booking).
    function nextText(b) { return qsTr("next: %1 %2").arg(Format.time(b.start)).arg(b.customer_name) }
    function freeText(minutes) {
        return minutes < 0 ? qsTr("no free time today") : minutes === 0 ? qsTr("free now")
                                                       : qsTr("free in %1").arg(Format.minutes(minutes))
    }

    Connections {
        target: dialog.state
        function onCommandDone(name) { if (name === "visit:assign") dialog.close() }
    }

    ActionButton {
        id: nextInTurn
        objectName: "nextInTurn"
        Layout.fillWidth: true
        kind: "primary"
        iconName: "starred"
        enabled: dialog.state.suggestedTherapistId > 0
        text: {
            const t = dialog.state.therapists
            for (let i = 0; i < t.count; ++i)
                if (t.get(i).id === dialog.state.suggestedTherapistId)
                    return qsTr("Next in turn: %1").arg(t.get(i).name)
            return qsTr("No one is free in the turn order")
        }
        onClicked: dialog.state.assign(dialog.visit.id, 0)
    }
    Text {
        Layout.topMargin: Theme.spacing
        text: qsTr("Or choose a therapist")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Column {
        id: others
        Layout.fillWidth: true
        spacing: Theme.spacing
        Repeater {
            id: everyone
            model: dialog.state.therapists
            delegate: ChoiceTile {
                id: tile
                required property var model
                readonly property string status: model.status
                readonly property var position: model.turn_position
                readonly property int freeIn: dialog.state.minutesUntilFree(model.id, WallClock.now)
                // Their next booking, so a long walk-in is not given to someone booked soon.
                readonly property var nextBooking: model.next_booking
                objectName: "therapist_" + model.id
                width: others.width
                visible: status !== "off"
                iconName: "avatar-default"
                title: model.name
                value: dialog.freeText(freeIn)
                text: [model.name, Format.statusWord(status), position ? qsTr("number %1 in the turn order").arg(position) : "",
                       dialog.freeText(freeIn), nextBooking ? dialog.nextText(nextBooking) : ""].filter(x => x !== "").join(", ")
                onClicked: dialog.state.assign(dialog.visit.id, model.id)
                StatusChip { status: tile.status }
                Chip {
                    visible: !!tile.position
                    text: qsTr("Turn %1").arg(tile.position || 0)
                    iconName: "starred"
                    tone: Theme.accentStrong
                    tint: Theme.accentTint
                }
                Chip {
                    objectName: "nextBooking"
                    visible: !!tile.nextBooking
                    text: tile.nextBooking ? dialog.nextText(tile.nextBooking) : ""
                    iconName: "x-office-calendar"
                    tone: Theme.busy
                    tint: Theme.surface
                }
            }
        }
    }
}
