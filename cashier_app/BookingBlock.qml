// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import Spa

// One block of the appointment book: a booking's guest (customer, time, services, its status in
// words and colour) or a live visit. A booking that can still move is dragged to another time or
// therapist, or moved from the keyboard once focused: Up/Down by 15 minutes, Left/Right to the
// neighbouring column; Enter opens it. Its lower edge is dragged, or Shift+Up/Down pressed, to
// make it shorter or longer in quarter hours (never below its services). The guests of a couple
// or group share a colour and a "1/2" marker. The block asks; the book decides (the server may
// refuse, and the block is then drawn back where and as long as it was).
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
    readonly property bool resizable: editable && model.resizable === true
    // While the lower edge is dragged: the length shown, in minutes (-1: the model's).
    property real previewLength: -1
    readonly property real shownLength: previewLength >= 0 ? previewLength : model.length
    // The focus ring is for the keyboard: a block clicked or dragged shows none.
    property bool mouseFocused: false
    readonly property bool keyboardFocus: activeFocus && !mouseFocused
    onActiveFocusChanged: if (!activeFocus) mouseFocused = false
    signal opened()
    signal moveRequested(int column, int minute)
    // Shift+Up/Down: one quarter hour shorter (-1) or longer (1); the book works out the length.
    signal resizeStepRequested(int steps)
    // The lower edge let go at `minutes` long (not yet rounded).
    signal resizeDragged(real minutes)

    x: homeX
    y: homeY
    width: columnWidth - 6
    height: Math.max(20, shownLength * minuteHeight - 2)
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
    Accessible.name: [model.customer, model.guests > 1 ? qsTr("group of %1").arg(model.guests) : "",
                      model.timeText, model.services, statusText, model.room,
                      model.kind === "visit" ? qsTr("walk-in visit") : ""].filter(x => x !== "").join(", ")
    Accessible.description: movable ? qsTr("Arrow keys move it, Shift+arrow keys make it shorter or longer, Enter opens it")
                          : resizable ? qsTr("Shift+arrow keys make it shorter or longer, Enter opens it") : ""
    // A couple's or group's guests: one colour per booking, so they are seen together.
    readonly property var groupTones: ["#8e44ad", "#d35400", "#16a085", "#c0392b", "#2c3e50", "#b7950b"]
    readonly property color groupTone: groupTones[model.bookingId % groupTones.length]

    Keys.onPressed: event => {
        block.mouseFocused = false
        if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            block.opened()
            event.accepted = true
            return
        }
        if (event.modifiers & Qt.ShiftModifier) {
            if (!block.resizable || (event.key !== Qt.Key_Up && event.key !== Qt.Key_Down))
                return
            block.resizeStepRequested(event.key === Qt.Key_Down ? 1 : -1)
            event.accepted = true
            return
        }
        if (!block.movable)
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
        // A group's guests: its colour down the right edge and its "1/2" in the corner.
        Rectangle {
            visible: block.model.guests > 1
            anchors.right: parent.right
            width: 5
            height: parent.height
            color: block.groupTone
        }
        Rectangle {
            objectName: "groupMarker"
            visible: block.model.guests > 1
            anchors.right: parent.right
            anchors.rightMargin: 8
            y: 3
            width: marker.implicitWidth + 10
            height: marker.implicitHeight + 2
            radius: height / 2
            color: block.groupTone
            Text {
                id: marker
                anchors.centerIn: parent
                text: block.model.guestNo + "/" + block.model.guests
                font.pixelSize: Theme.fontSmall - 1
                font.bold: true
                color: "#ffffff"
                Accessible.ignored: true
            }
        }
        Column {
            x: 10
            y: 2
            width: parent.width - 14
            spacing: 0
            Text {
                width: parent.width - (block.model.guests > 1 ? 44 : 0)
                // A group says so by its marker ("1/2") and, to a screen reader, in words.
                text: block.model.customer
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

    // The lower edge: dragged to make the booking shorter or longer.
    MouseArea {
        id: edge
        objectName: "resizeEdge"
        visible: block.resizable
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 8
        z: 1
        cursorShape: Qt.SizeVerCursor
        preventStealing: true
        property real pressY: 0
        onPressed: mouse => {
            pressY = mapToItem(block.parent, mouse.x, mouse.y).y
            block.mouseFocused = true
            block.forceActiveFocus(Qt.MouseFocusReason)
        }
        onPositionChanged: mouse => {
            if (!pressed)
                return
            const dy = mapToItem(block.parent, mouse.x, mouse.y).y - pressY
            block.previewLength = Math.max(block.model.minLength, block.model.length + dy / block.minuteHeight)
        }
        onReleased: {
            const minutes = block.previewLength
            block.previewLength = -1
            if (minutes >= 0 && Math.abs(minutes - block.model.length) >= 1)
                block.resizeDragged(minutes)
        }
        onCanceled: block.previewLength = -1
    }

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
