// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// One visit on the board: ticket, name, services, therapist and room, time waited or the
// estimate, and the actions that fit its state.
Rectangle {
    id: card
    required property var visit
    property bool selected: false
    signal assignRequested()
    signal cancelRequested()
    signal noShowRequested()
    signal payRequested()
    signal clicked()

    implicitHeight: body.implicitHeight + 2 * Theme.padding * 0.75
    radius: Theme.radius
    color: Theme.surface
    border.color: selected ? Theme.accent : Theme.border
    border.width: selected ? 2 : 1

    readonly property string status: visit.status
    readonly property int waitedMin: Format.minutesSince(visit.created_at, WallClock.now)

    MouseArea { anchors.fill: parent; onClicked: card.clicked() }

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: Theme.padding * 0.75
        spacing: 4
        RowLayout {
            spacing: Theme.spacing
            TicketBadge { ticket: card.visit.ticket; status: card.status }
            ColumnLayout {
                Layout.fillWidth: true
                // Long names give way (elided), never the price beside them.
                Layout.preferredWidth: 0
                Layout.minimumWidth: 0
                spacing: 0
                Label {
                    Layout.fillWidth: true
                    text: card.visit.customer_name
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: (card.visit.services || []).map(s => s.name).join(", ")
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                }
            }
            Label {
                objectName: "cardPrice"
                Layout.minimumWidth: implicitWidth
                text: Format.money(card.visit.total, card.visit.currency)
                color: Theme.text
                font.pixelSize: Theme.fontSmall
            }
        }
        Label {
            Layout.fillWidth: true
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            text: {
                const parts = []
                if (card.visit.therapist)
                    parts.push(card.visit.therapist.name + (card.visit.room ? " · " + card.visit.room.name : ""))
                if (card.status === "waiting" || card.status === "assigned") {
                    parts.push(qsTr("waited %1").arg(Format.minutes(Math.max(0, card.waitedMin))))
                    const eta = card.visit.estimated_wait_min
                    if (eta === 0)
                        parts.push(qsTr("next up"))
                    else if (eta !== null && eta !== undefined)
                        parts.push(qsTr("starts in ~%1").arg(Format.minutes(eta)))
                } else if (card.status === "in_service" && card.visit.started_at) {
                    parts.push(qsTr("%1 of %2").arg(Format.minutes(Math.max(0, Format.minutesSince(card.visit.started_at, WallClock.now))))
                               .arg(Format.minutes(card.visit.duration_min)))
                } else if (card.status === "awaiting_payment") {
                    parts.push(qsTr("due %1").arg(Format.money(card.visit.balance_due, card.visit.currency)))
                }
                if (card.visit.called_at && card.status === "assigned")
                    parts.push(qsTr("called"))
                return parts.join("  ·  ")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: !!card.visit.notes
            text: card.visit.notes || ""
            color: Theme.warning
            font.pixelSize: Theme.fontSmall
            font.italic: true
            elide: Text.ElideRight
        }
        // A Flow: in a narrow column or a longer language ("Batalkan…") the actions wrap to a
        // second line instead of being cut at the card's edge.
        Flow {
            objectName: "cardActions"
            Layout.fillWidth: true
            visible: card.status !== "in_service"
            spacing: 4
            KeyButton {
                visible: card.status === "waiting" || card.status === "assigned"
                text: card.status === "waiting" ? qsTr("Assign…") : qsTr("Reassign…")
                flat: true
                onClicked: card.assignRequested()
            }
            KeyButton {
                visible: card.status === "waiting" || card.status === "assigned"
                text: qsTr("No-show")
                flat: true
                onClicked: card.noShowRequested()
            }
            KeyButton {
                visible: card.status === "waiting" || card.status === "assigned"
                text: qsTr("Cancel…")
                flat: true
                onClicked: card.cancelRequested()
            }
            KeyButton {
                visible: card.status === "awaiting_payment"
                text: qsTr("Pay") + "  Ctrl+P"
                highlighted: true
                onClicked: card.payRequested()
            }
        }
    }
}
