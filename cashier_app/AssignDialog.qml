// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Spa
import SpaCashier

// Assign or reassign: the turn order's suggestion first (the primary action), then everyone on
// shift as choices with their status, their place in the turn order and when they are next free.
// It opens with the suggestion focused (or the first therapist when no one is next in turn);
// Enter or Space assigns the focused one, Tab moves, Esc closes. The dialog is never taller than
// the window: with many on shift the therapists scroll (wheel, drag or scroll bar), and the one
// the keyboard moves to is scrolled into view.
FormDialog {
    id: dialog
    required property CashierState state
    property var visit: ({})
    title: qsTr("Assign %1 — %2").arg(visit.ticket || "").arg(visit.customer_name || "")
    width: Math.min(parent ? parent.width - 80 : 560, 560)
    // A margin above and below, so it reads as a dialog over the board, not a page.
    height: Math.min(implicitHeight, T.Overlay.overlay ? T.Overlay.overlay.height - 2 * Theme.padding : implicitHeight)
    readonly property alias therapistList: therapistList
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
    // The tiles' focus ring is drawn outside them: the list reaches that far into the dialog's
    // padding (and its scroll bar further), so neither the ring nor the bar covers a tile.
    Flickable {
        id: therapistList
        objectName: "therapistList"
        readonly property int ring: Theme.focusWidth + 2
        readonly property int barRoom: Theme.spacing + 4
        readonly property bool scrolls: contentHeight > height
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.leftMargin: -ring
        Layout.rightMargin: -(ring + barRoom)
        // All of it when there is room; at least about two tiles when there is not.
        Layout.preferredHeight: contentHeight
        Layout.minimumHeight: Math.min(contentHeight, 2 * (Theme.controlHeight + 12) + 4 * ring)
        contentWidth: width
        contentHeight: others.height + 2 * ring
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            objectName: "therapistScrollBar"
            policy: therapistList.scrolls ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
            Accessible.name: qsTr("Scroll the therapists")
        }

        // Scrolls just enough to show `item` (a tile) with its focus ring.
        function show(item) {
            const top = item.mapToItem(others, 0, 0).y
            if (top < contentY)
                contentY = top
            else if (top + item.height + 2 * ring > contentY + height)
                contentY = Math.min(contentHeight - height, top + item.height + 2 * ring - height)
        }

        Column {
            id: others
            x: therapistList.ring
            y: therapistList.ring
            width: therapistList.width - 2 * therapistList.ring - therapistList.barRoom
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
                    onActiveFocusChanged: if (activeFocus) therapistList.show(tile)
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
}
