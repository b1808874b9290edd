// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import Spa

// One block of the appointment book: a booking's guest (customer, time, services, its status in
// words and colour) or a live visit. A booking that can still move is dragged to another time or
// therapist, or moved from the keyboard once focused: Up/Down by 15 minutes, Left/Right to the
// neighbouring column; Enter opens it. The block asks; the book decides (the server may refuse,
// and the block is then drawn back where it was).
FocusScope {
    id: block
    required property var model
    required property real columnWidth
    required property real minuteHeight
    required property int firstMinute
    required property real gutter
    required property int columnCount
    property bool editable: true
    readonly property bool movable: editable && model.movable
    // The focus ring is for the keyboard: a block clicked or dragged shows none.
    property bool mouseFocused: false
    readonly property bool keyboardFocus: activeFocus && !mouseFocused
    onActiveFocusChanged: if (!activeFocus) mouseFocused = false
    signal opened()
    signal moveRequested(int column, int minute)

    x: homeX
    y: homeY
    width: columnWidth - 6
    height: Math.max(20, model.length * minuteHeight - 2)
    z: drag.active ? 10 : activeFocus ? 5 : 2
    activeFocusOnTab: true
    objectName: "block_" + model.key
    readonly property real homeX: gutter + model.column * columnWidth + 3
    readonly property real homeY: (model.start - firstMinute) * minuteHeight + 1
    readonly property alias drag: area.drag

    readonly property color tone: {
        switch (model.status) {
        case "booked": return Theme.busy
        case "arrived": return Theme.accent
        case "no_show": return Theme.danger
        default: return Theme.statusColor(model.status)
        }
    }
    readonly property string statusText: {
        switch (model.status) {
        case "booked": return qsTr("Booked")
        case "arrived": return qsTr("Arrived")
        case "no_show": return qsTr("No-show")
        default: return Format.statusWord(model.status)
        }
    }

    Accessible.role: Accessible.Button
    Accessible.name: [model.customer, model.timeText, model.services, statusText, model.room,
                      model.kind === "visit" ? qsTr("walk-in visit") : ""].filter(x => x !== "").join(", ")
    Accessible.description: movable ? qsTr("Arrow keys move it, Enter opens it") : ""

    Keys.onPressed: event => {
        block.mouseFocused = false
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            block.opened()
            event.accepted = true
            return
        }
        if (!block.movable || (event.modifiers & Qt.ShiftModifier))
            return
        if (event.key === Qt.Key_Up) block.moveRequested(model.column, model.start - 15)
        else if (event.key === Qt.Key_Down) block.moveRequested(model.column, model.start + 15)
        else if (event.key === Qt.Key_Left && model.column > 0) block.moveRequested(model.column - 1, model.start)
        else if (event.key === Qt.Key_Right && model.column < block.columnCount - 1) block.moveRequested(model.column + 1, model.start)
        else return
        event.accepted = true
    }

    // The clean-up time held after the booking: hatched, lighter.
    Rectangle {
        visible: block.model.kind === "booking" && block.model.buffer > 0
        y: parent.height
        width: parent.width
        height: block.model.buffer * block.minuteHeight - 2
        color: Qt.rgba(block.tone.r, block.tone.g, block.tone.b, 0.10)
        border.color: Qt.rgba(block.tone.r, block.tone.g, block.tone.b, 0.35)
        radius: 3
    }

    Rectangle {
        id: card
        anchors.fill: parent
        radius: 6
        color: Qt.tint(Theme.surface, Qt.rgba(block.tone.r, block.tone.g, block.tone.b,
                                             block.model.kind === "visit" ? 0.28 : 0.16))
        border.color: block.tone
        border.width: block.model.kind === "visit" ? 2 : 1
        clip: true
        // The status's colour as a bar, and its word on the block: never the colour alone.
        Rectangle { width: 5; height: parent.height; color: block.tone; radius: 2 }
        Column {
            x: 10
            y: 2
            width: parent.width - 14
            spacing: 0
            Text {
                width: parent.width
                text: block.model.customer + (block.model.guests > 1 ? "  ·  " + qsTr("group of %1").arg(block.model.guests) : "")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Accessible.ignored: true
            }
            Text {
                width: parent.width
                visible: block.height > 34
                text: block.model.timeText + "  " + block.model.services
                font.pixelSize: Theme.fontSmall
                color: Theme.text
                elide: Text.ElideRight
                Accessible.ignored: true
            }
            Text {
                width: parent.width
                visible: block.height > 52
                text: block.statusText + (block.model.room !== "" ? "  ·  " + block.model.room : "")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
                Accessible.ignored: true
            }
        }
    }
    FocusRing { shown: block.keyboardFocus; radius: 10 }

    MouseArea {
        id: area
        anchors.fill: parent
        cursorShape: block.movable ? (drag.active ? Qt.ClosedHandCursor : Qt.OpenHandCursor) : Qt.PointingHandCursor
        drag.target: block.movable ? block : null
        drag.threshold: 6
        property bool dragged: false
        // The block follows the pointer exactly, so where it is let go is where it goes.
        drag.smoothed: false
        onPressed: { dragged = false; block.mouseFocused = true; block.forceActiveFocus(Qt.MouseFocusReason) }
        onPositionChanged: if (drag.active) dragged = true
        onReleased: {
            if (!dragged)
                return
            const column = Math.max(0, Math.min(block.columnCount - 1,
                                                Math.round((block.x - 3 - block.gutter) / block.columnWidth)))
            const minute = block.firstMinute + Math.round((block.y - 1) / block.minuteHeight / 15) * 15
            // Back on its bindings: the book moves it (at once) or keeps it where it was.
            block.x = Qt.binding(() => block.homeX)
            block.y = Qt.binding(() => block.homeY)
            block.moveRequested(column, minute)
        }
        onClicked: if (!dragged) block.opened()
    }
}
