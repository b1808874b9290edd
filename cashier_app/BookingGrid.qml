// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import Spa
import SpaCashier

// The appointment book's grid: a column per therapist (or per day of a week), a time axis down the
// side, the hours each works drawn light and the rest darker, the blocks, and a line at the
// current time. A click on free time asks for a booking there; the blocks ask to open, move or
// resize.
// The column titles and the time axis stay in view while the grid scrolls.
Item {
    id: grid
    required property var columns // BookingColumnModel
    required property var blocks // BookingBlockModel
    required property int firstMinute
    required property int lastMinute
    // Minutes into the day of the current time in every column flagged `today`; -1 for none.
    property int nowMinute: -1
    property bool editable: true
    // The column's title: the day view names the therapist, the week view the date.
    property var titleOf: (row, title, date) => title
    property var subtitleOf: (row, status, date, hours) => ""
    property real minuteHeight: 1.2
    readonly property real gutter: 60
    readonly property real headerHeight: 52
    readonly property real columnWidth: Math.max(130, (flick.width - gutter) / Math.max(1, columns.count))
    signal slotClicked(int column, int minute)
    signal blockOpened(var block)
    signal moveRequested(var block, int column, int minute)
    signal resizeStepRequested(var block, int steps)
    signal resizeDragged(var block, real minutes)

    // Scrolls so that `minute` is near the top (the current time, the first booking).
    function scrollTo(minute) {
        flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                              (minute - grid.firstMinute) * grid.minuteHeight - 40))
    }
    // The block of `key` ("b12.1"), for tests and for focus after a move.
    function blockItem(key) {
        for (let i = 0; i < blockRepeater.count; ++i) {
            const b = blockRepeater.itemAt(i)
            if (b && b.model.key === key)
                return b
        }
        return null
    }
    // Where a slot is on screen, in the grid's coordinates: for tests.
    function slotPoint(column, minute) {
        return Qt.point(gutter + column * columnWidth + columnWidth / 2 - flick.contentX,
                        headerHeight + (minute - firstMinute) * minuteHeight + 4 - flick.contentY)
    }

    Rectangle { anchors.fill: parent; color: Theme.surfaceAlt; radius: Theme.radius; border.color: Theme.border }

    Flickable {
        id: flick
        anchors.fill: parent
        anchors.margins: 1
        clip: true
        contentWidth: grid.gutter + grid.columns.count * grid.columnWidth
        contentHeight: grid.headerHeight + (grid.lastMinute - grid.firstMinute) * grid.minuteHeight + 8
        boundsBehavior: Flickable.StopAtBounds
        interactive: false // the wheel and the scroll bars scroll it; a drag moves a block
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        ScrollBar.horizontal: ScrollBar { policy: ScrollBar.AsNeeded }
        WheelHandler {
            onWheel: event => {
                flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height, flick.contentY - event.angleDelta.y))
                flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width, flick.contentX - event.angleDelta.x))
            }
        }

        Item {
            id: body
            y: grid.headerHeight
            width: flick.contentWidth
            height: (grid.lastMinute - grid.firstMinute) * grid.minuteHeight

            // Columns: off hours dark, working hours light; a click on free time books it.
            Repeater {
                model: grid.columns
                delegate: Item {
                    id: column
                    required property int index
                    required property var hours
                    required property bool today
                    x: grid.gutter + index * grid.columnWidth
                    width: grid.columnWidth
                    height: body.height
                    Rectangle { anchors.fill: parent; color: Qt.darker(Theme.surfaceAlt, 1.08) }
                    Repeater {
                        model: column.hours
                        delegate: Rectangle {
                            required property var modelData
                            x: 0
                            width: column.width
                            y: Math.max(0, (modelData.start - grid.firstMinute) * grid.minuteHeight)
                            height: Math.max(0, (Math.min(modelData.end, grid.lastMinute) - Math.max(modelData.start, grid.firstMinute)) * grid.minuteHeight)
                            color: column.today ? Theme.surface : Qt.lighter(Theme.surface, 1.0)
                        }
                    }
                    Rectangle { anchors.right: parent.right; width: 1; height: parent.height; color: Theme.border }
                    MouseArea {
                        anchors.fill: parent
                        enabled: grid.editable
                        cursorShape: Qt.CrossCursor
                        onClicked: mouse => grid.slotClicked(column.index, grid.firstMinute + Math.floor(mouse.y / grid.minuteHeight / 15) * 15)
                    }
                }
            }
            // Hour and half-hour lines across every column.
            Repeater {
                model: Math.max(0, (grid.lastMinute - grid.firstMinute) / 30)
                delegate: Rectangle {
                    required property int index
                    x: grid.gutter
                    y: index * 30 * grid.minuteHeight
                    width: body.width - grid.gutter
                    height: 1
                    color: Theme.border
                    opacity: index % 2 === 0 ? 1 : 0.45
                }
            }
            Repeater {
                id: blockRepeater
                model: grid.blocks
                delegate: BookingBlock {
                    columnWidth: grid.columnWidth
                    minuteHeight: grid.minuteHeight
                    firstMinute: grid.firstMinute
                    gutter: grid.gutter
                    columnCount: grid.columns.count
                    editable: grid.editable
                    onOpened: grid.blockOpened(model)
                    onMoveRequested: (c, m) => grid.moveRequested(model, c, m)
                    onResizeStepRequested: steps => grid.resizeStepRequested(model, steps)
                    onResizeDragged: minutes => grid.resizeDragged(model, minutes)
                }
            }
            // Now, in today's columns.
            Rectangle {
                visible: grid.nowMinute >= grid.firstMinute && grid.nowMinute <= grid.lastMinute
                x: grid.gutter
                y: (grid.nowMinute - grid.firstMinute) * grid.minuteHeight
                width: body.width - grid.gutter
                height: 2
                z: 20
                color: Theme.danger
            }
        }

        // The time axis, kept at the left while scrolling sideways.
        Rectangle {
            x: flick.contentX
            y: grid.headerHeight
            z: 30
            width: grid.gutter
            height: body.height
            color: Theme.surfaceAlt
            Repeater {
                model: Math.max(0, (grid.lastMinute - grid.firstMinute) / 60 + 1)
                delegate: Text {
                    required property int index
                    readonly property int minute: grid.firstMinute + index * 60
                    x: 6
                    y: Math.max(0, index * 60 * grid.minuteHeight - 8)
                    text: String(Math.floor(minute / 60) % 24).padStart(2, "0") + ":00"
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    Accessible.ignored: true
                }
            }
        }
        // The column titles, kept at the top while scrolling down.
        Rectangle {
            x: 0
            y: flick.contentY
            z: 40
            width: flick.contentWidth
            height: grid.headerHeight
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.borderStrong }
            Repeater {
                model: grid.columns
                delegate: Column {
                    id: heading
                    required property int index
                    required property string title
                    required property string status
                    required property string date
                    required property var hours
                    required property bool today
                    x: grid.gutter + index * grid.columnWidth + Theme.spacing
                    y: 6
                    width: grid.columnWidth - 2 * Theme.spacing
                    Text {
                        width: parent.width
                        text: grid.titleOf(heading.index, heading.title, heading.date)
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: heading.today ? Theme.accentStrong : Theme.text
                        elide: Text.ElideRight
                        Accessible.role: Accessible.ColumnHeader
                        Accessible.name: text
                    }
                    Text {
                        width: parent.width
                        text: grid.subtitleOf(heading.index, heading.status, heading.date, heading.hours)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                        Accessible.ignored: true
                    }
                }
            }
        }
        Rectangle { x: flick.contentX; y: flick.contentY; z: 50; width: grid.gutter; height: grid.headerHeight; color: Theme.surface }
    }
}
