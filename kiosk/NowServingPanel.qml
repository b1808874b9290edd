// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa

// Visits in service: ticket, customer, therapist and room.
PanelFrame {
    id: panel
    property alias model: list.model
    title: qsTr("Now serving")
    empty: list.count === 0
    emptyText: qsTr("No one in service")

    ListView {
        id: list
        anchors.fill: parent
        spacing: panel.rowSpacing
        interactive: false
        delegate: RowLayout {
            id: row
            required property string ticket
            required property string name
            required property var therapist
            required property var room
            width: ListView.view.width
            spacing: 24 * panel.s
            // A row that would not fit whole is left out rather than cut at the panel's foot.
            opacity: y - ListView.view.contentY + height <= ListView.view.height ? 1 : 0

            TicketBadge {
                Layout.alignment: Qt.AlignTop
                ticket: row.ticket
                status: "in_service"
                scale: 3 * panel.s
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
                    objectName: "servingDetail"
                    Layout.fillWidth: true
                    // A name or a room is not broken over two lines ("Room" / "2").
                    text: Array.from([row.therapist, row.room]).filter(x => !!x).map(x => x.replace(/ /g, "\u00a0")).join("  ·  ")
                    color: Theme.textMuted
                    font.pixelSize: panel.lineSize
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
