// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// The rest of my queue after the current customer: ticket, name, services, room.
TitledCard {
    id: card
    required property TherapistState appState
    title: qsTr("Up next")
    empty: list.count === 0
    emptyText: qsTr("No one else in your queue")

    ListView {
        id: list
        anchors.fill: parent
        model: card.appState.upNext
        spacing: 10 * card.s
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        delegate: RowLayout {
            id: row
            required property string ticket
            required property string customer_name
            required property string status
            required property var services
            required property var room
            required property var called_at
            required property int duration_min
            width: ListView.view.width
            spacing: 14 * card.s

            TicketBadge {
                ticket: row.ticket
                status: row.status
                scale: 1.2 * card.s
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 0
                Text {
                    Layout.fillWidth: true
                    text: row.customer_name
                    color: Theme.text
                    font.pixelSize: 22 * card.s
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: (row.services || []).map(s => s.name).join(" + ") + "  ·  " + Format.minutes(row.duration_min)
                    color: Theme.textMuted
                    font.pixelSize: 17 * card.s
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    visible: !!row.called_at
                    text: qsTr("Called at %1").arg(Format.time(row.called_at))
                    color: Theme.accent
                    font.pixelSize: 17 * card.s
                    font.bold: true
                    elide: Text.ElideRight
                }
            }
            Text {
                text: row.room ? row.room.name : ""
                color: Theme.text
                font.pixelSize: 18 * card.s
                font.bold: true
            }
        }
    }
}
