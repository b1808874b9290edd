// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// One visit on the board: ticket, name, services and price, therapist and room, time waited or the
// estimate, notes, and the actions that fit its state as buttons, the next sensible one primary
// (Assign… for a walk-in, Pay once served). The status is in the column's title and in words on
// the card (the stripe only repeats it).
SurfaceCard {
    id: card
    required property var visit
    signal assignRequested()
    signal cancelRequested()
    signal noShowRequested()
    signal payRequested()
    signal clicked()

    implicitHeight: body.implicitHeight + 2 * Theme.padding * 0.75
    stripe: Theme.statusColor(status)

    readonly property string status: visit.status
    readonly property int waitedMin: Format.minutesSince(visit.created_at, WallClock.now)
    readonly property string servicesText: (visit.services || []).map(s => s.name).join(", ")
    readonly property string infoText: {
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

    Accessible.role: Accessible.ListItem
    Accessible.name: [card.visit.ticket, card.visit.customer_name, Format.statusWord(card.status), card.servicesText,
                      card.infoText].filter(x => !!x).join(", ")

    MouseArea { id: cardMouse; anchors.fill: parent; hoverEnabled: true; onClicked: card.clicked() }
    // What the card had to shorten, whole.
    readonly property bool shortened: nameText.truncated || servicesLine.truncated
    ToolTip.visible: shortened && cardMouse.containsMouse
    ToolTip.delay: 500
    ToolTip.text: card.visit.customer_name + "\n" + card.servicesText

    ColumnLayout {
        id: body
        anchors.fill: parent
        anchors.margins: Theme.padding * 0.75
        anchors.leftMargin: Theme.padding
        spacing: 6
        RowLayout {
            spacing: Theme.spacing
            TicketBadge { ticket: card.visit.ticket; status: card.status; textColor: Theme.textOnAccent }
            // A Column, not a ColumnLayout: a layout keeps the one-line height a wrapping text had
            // before it was given its width (the second line of a name was cut off under the
            // first); a Column follows the texts' heights.
            Column {
                id: who
                Layout.fillWidth: true
                Layout.preferredWidth: 0
                Layout.minimumWidth: 0
                Layout.alignment: Qt.AlignTop
                // The name has the card's whole width beside the ticket (a long Thai surname is
                // one long word), and wraps at word boundaries onto a second line; only a third is
                // elided, and then the whole text is in a tooltip on hover.
                Text {
                    id: nameText
                    objectName: "cardName"
                    width: who.width
                    text: card.visit.customer_name
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                    Accessible.ignored: true
                }
                // The services give way (wrapped, then elided), never the price beside them.
                Item {
                    width: who.width
                    height: Math.max(servicesLine.height, price.height)
                    Text {
                        id: servicesLine
                        objectName: "cardServices"
                        width: parent.width - price.width - Theme.spacing
                        text: card.servicesText
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        Accessible.ignored: true
                    }
                    Text {
                        id: price
                        objectName: "cardPrice"
                        anchors.right: parent.right
                        text: Format.money(card.visit.total, card.visit.currency)
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        Accessible.ignored: true
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Icon {
                name: card.visit.therapist ? "avatar-default" : "alarm"
                color: Theme.textMuted
                Layout.preferredWidth: 14
                Layout.preferredHeight: 14
            }
            Text {
                Layout.fillWidth: true
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                text: card.infoText
                Accessible.ignored: true
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: !!card.visit.notes
            spacing: Theme.spacingSmall
            Icon { name: "dialog-warning"; color: Theme.warningText; Layout.preferredWidth: 14; Layout.preferredHeight: 14 }
            Text {
                Layout.fillWidth: true
                text: card.visit.notes || ""
                color: Theme.warningText
                font.pixelSize: Theme.fontSmall
                font.italic: true
                elide: Text.ElideRight
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("Note: %1").arg(text)
            }
        }
        // A Flow: in a narrow column or a longer language ("Batalkan…") the actions wrap to a
        // second line instead of being cut at the card's edge.
        Flow {
            objectName: "cardActions"
            Layout.fillWidth: true
            visible: card.status !== "in_service"
            spacing: Theme.spacingSmall
            ActionButton {
                compact: true
                objectName: "assignAction"
                visible: card.status === "waiting" || card.status === "assigned"
                kind: card.status === "waiting" ? "primary" : "secondary"
                iconName: "avatar-default"
                text: card.status === "waiting" ? qsTr("Assign…") : qsTr("Reassign…")
                onClicked: card.assignRequested()
            }
            ActionButton {
                compact: true
                objectName: "noShowAction"
                visible: card.status === "waiting" || card.status === "assigned"
                kind: "quiet"
                iconName: "appointment-missed"
                text: qsTr("No-show")
                onClicked: card.noShowRequested()
            }
            ActionButton {
                compact: true
                objectName: "cancelAction"
                visible: card.status === "waiting" || card.status === "assigned"
                kind: "quiet"
                iconName: "edit-delete"
                text: qsTr("Cancel…")
                onClicked: card.cancelRequested()
            }
            ActionButton {
                compact: true
                objectName: "payAction"
                visible: card.status === "awaiting_payment"
                kind: "primary"
                iconName: "auth-smartcard"
                text: qsTr("Pay")
                hint: "Ctrl+P"
                onClicked: card.payRequested()
            }
        }
    }
}
