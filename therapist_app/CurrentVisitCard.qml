// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// The customer to serve now, big: ticket, name, services, room, notes; the running timer while
// in service; Call, Start and Complete, each open only when the visit's state allows it.
TitledCard {
    id: card
    objectName: "currentVisitCard"
    required property TherapistState appState
    readonly property var visit: appState.current
    readonly property bool hasVisit: visit.id !== undefined
    readonly property string status: hasVisit ? visit.status : ""

    title: status === "in_service" ? qsTr("In service") : qsTr("Next customer")
    empty: !hasVisit
    emptyText: appState.status === "available"
               ? (appState.turnPosition === 1 ? qsTr("No customers yet. You get the next walk-in.")
                                           : qsTr("No customers yet. The desk will assign your next one."))
               : qsTr("No customers in your queue")

    // What the visit needs, so the page gives it that before the side panels get the rest.
    contentImplicitHeight: hasVisit ? content.implicitHeight : 0

    ColumnLayout {
        id: content
        anchors.fill: parent
        visible: card.hasVisit
        spacing: 12 * card.s

        RowLayout {
            Layout.fillWidth: true
            spacing: 18 * card.s

            TicketBadge {
                ticket: card.hasVisit ? card.visit.ticket : ""
                status: card.status
                scale: 2.2 * card.s
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2 * card.s
                Text {
                    objectName: "customerName"
                    Layout.fillWidth: true
                    text: card.hasVisit ? card.visit.customer_name : ""
                    color: Theme.text
                    font.pixelSize: 38 * card.s
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    Layout.fillWidth: true
                    text: {
                        if (card.status === "in_service")
                            return qsTr("Started at %1").arg(Format.time(card.visit.started_at))
                        if (card.hasVisit && card.visit.called_at)
                            return qsTr("Called at %1").arg(Format.time(card.visit.called_at))
                        return qsTr("Waiting for you")
                    }
                    color: card.hasVisit && card.visit.called_at && card.status === "assigned" ? Theme.accent
                                                                                               : Theme.textMuted
                    font.pixelSize: 20 * card.s
                    font.bold: true
                    elide: Text.ElideRight
                }
            }
            // The room, where a therapist looks first.
            Rectangle {
                visible: card.hasVisit
                implicitWidth: roomLabel.implicitWidth + 32 * card.s
                implicitHeight: roomLabel.implicitHeight + 16 * card.s
                radius: Theme.radius * card.s
                color: Theme.surfaceAlt
                border.color: Theme.border
                Text {
                    id: roomLabel
                    objectName: "room"
                    anchors.centerIn: parent
                    text: card.hasVisit && card.visit.room ? card.visit.room.name : qsTr("No room yet")
                    color: Theme.text
                    font.pixelSize: 26 * card.s
                    font.bold: true
                }
            }
        }

        Text {
            objectName: "services"
            Layout.fillWidth: true
            text: card.hasVisit ? (card.visit.services || []).map(s => s.name).join(" + ")
                                  + "  ·  " + Format.minutes(card.visit.duration_min) : ""
            color: Theme.text
            font.pixelSize: 24 * card.s
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Rectangle {
            Layout.fillWidth: true
            visible: card.hasVisit && !!card.visit.notes
            implicitHeight: notes.implicitHeight + 20 * card.s
            radius: Theme.radius * card.s
            color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.12)
            border.color: Theme.warning
            Text {
                id: notes
                objectName: "notes"
                anchors.fill: parent
                anchors.margins: 10 * card.s
                text: qsTr("Notes: %1").arg(card.hasVisit && card.visit.notes ? card.visit.notes : "")
                color: Theme.text
                font.pixelSize: 20 * card.s
                wrapMode: Text.WordWrap
                maximumLineCount: 3
                elide: Text.ElideRight
            }
        }

        Item { Layout.fillHeight: true; Layout.minimumHeight: 0 }

        // The running timer.
        ColumnLayout {
            objectName: "timer"
            Layout.fillWidth: true
            visible: card.appState.inService
            spacing: 8 * card.s

            RowLayout {
                Layout.fillWidth: true
                ColumnLayout {
                    spacing: 0
                    Text {
                        text: qsTr("Elapsed")
                        color: Theme.textMuted
                        font.pixelSize: 18 * card.s
                        font.bold: true
                    }
                    Text {
                        objectName: "elapsed"
                        text: card.appState.clockText(Math.max(0, card.appState.elapsedSeconds))
                        color: Theme.text
                        font.pixelSize: 60 * card.s
                        font.bold: true
                        font.family: "DejaVu Sans Mono"
                    }
                }
                Item { Layout.fillWidth: true }
                ColumnLayout {
                    spacing: 0
                    Text {
                        Layout.alignment: Qt.AlignRight
                        text: card.appState.remainingSeconds >= 0 ? qsTr("Remaining") : qsTr("Over time")
                        color: card.appState.remainingSeconds >= 0 ? Theme.textMuted : Theme.danger
                        font.pixelSize: 18 * card.s
                        font.bold: true
                    }
                    Text {
                        objectName: "remaining"
                        Layout.alignment: Qt.AlignRight
                        text: (card.appState.remainingSeconds < 0 ? "+" : "") + card.appState.clockText(card.appState.remainingSeconds)
                        color: card.appState.remainingSeconds >= 0 ? Theme.accent : Theme.danger
                        font.pixelSize: 60 * card.s
                        font.bold: true
                        font.family: "DejaVu Sans Mono"
                    }
                }
            }
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: 18 * card.s
                radius: height / 2
                color: Theme.surfaceAlt
                Rectangle {
                    width: parent.width * card.appState.progress
                    height: parent.height
                    radius: height / 2
                    color: card.appState.remainingSeconds >= 0 ? Theme.accent : Theme.danger
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12 * card.s

            TouchButton {
                objectName: "callButton"
                s: card.s
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 80 * card.s
                text: card.appState.busyAction === "call" ? qsTr("Calling…")
                                                       : (card.hasVisit && card.visit.called_at ? qsTr("Call again") : qsTr("Call"))
                tone: Theme.warning
                primary: card.appState.canCall
                enabled: card.appState.canCall
                onClicked: card.appState.call(card.visit.id)
            }
            TouchButton {
                objectName: "startButton"
                s: card.s
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 80 * card.s
                text: card.appState.busyAction === "start" ? qsTr("Starting…") : qsTr("Start")
                tone: Theme.accent
                primary: card.appState.canStart
                enabled: card.appState.canStart
                onClicked: card.appState.start(card.visit.id)
            }
            TouchButton {
                objectName: "completeButton"
                s: card.s
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 80 * card.s
                text: card.appState.busyAction === "complete" ? qsTr("Completing…") : qsTr("Complete")
                tone: Theme.busy
                primary: card.appState.canComplete
                enabled: card.appState.canComplete
                onClicked: card.appState.requestComplete(card.visit.id)
            }
        }
    }
}
