// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa

// Tickets waiting, in order, with the estimated wait; a called ticket says where to go.
PanelFrame {
    id: panel
    property alias model: list.model
    title: qsTr("Waiting")
    empty: list.count === 0
    emptyText: qsTr("No one waiting")
    // Rows are left out whole when they do not fit; the heading says how many, so a customer
    // whose ticket is not on the wall knows they are still in the queue.
    readonly property int shownRows: {
        list.contentHeight; // re-evaluated as rows come, go and change height
        let n = 0
        for (let i = 0; i < list.count; ++i) {
            const item = list.itemAtIndex(i)
            if (!item || item.y + item.height > list.height)
                break
            ++n
        }
        return n
    }
    note: list.count > shownRows ? qsTr("+%1 more").arg(list.count - shownRows) : ""

    ListView {
        id: list
        anchors.fill: parent
        spacing: panel.rowSpacing
        interactive: false
        delegate: RowLayout {
            id: row
            required property string ticket
            required property string name
            required property string status
            required property var therapist
            required property var room
            required property var estimated_wait_min
            required property var called_at
            width: ListView.view.width
            spacing: 24 * panel.s
            // A row that would not fit whole is left out rather than cut at the panel's foot.
            opacity: y - ListView.view.contentY + height <= ListView.view.height ? 1 : 0

            TicketBadge {
                Layout.alignment: Qt.AlignTop
                ticket: row.ticket
                status: row.status
                scale: 2.6 * panel.s
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: row.name
                    color: Theme.text
                    font.pixelSize: panel.nameSize
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "waitingDetail"
                    Layout.fillWidth: true
                    text: panel.detail(row)
                    color: row.called_at ? Theme.accent : Theme.textMuted
                    font.pixelSize: panel.lineSize
                    font.bold: !!row.called_at
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }

    function detail(row) {
        if (row.called_at)
            return row.room ? qsTr("Please go to %1").arg(row.room) : qsTr("Please come to the desk")
        let wait
        if (row.estimated_wait_min === null || row.estimated_wait_min === undefined)
            wait = ""
        else if (row.estimated_wait_min === 0)
            wait = qsTr("Next")
        else
            wait = qsTr("about %1").arg(Format.minutes(row.estimated_wait_min))
        if (row.therapist)
            return wait === "" ? row.therapist : qsTr("%1 · %2").arg(row.therapist).arg(wait)
        return wait
    }
}
