// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// Who gets the next walk-in: the free therapists in turn order, me marked. A therapist on break
// keeps their turn: shown where it stands, marked "on break", without a number.
TitledCard {
    id: card
    required property TherapistState appState
    title: qsTr("Turn order")
    empty: list.count === 0
    emptyText: qsTr("Nobody is free for walk-ins")

    ListView {
        id: list
        anchors.fill: parent
        model: card.appState.turnOrder
        spacing: 6 * card.s
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        delegate: Rectangle {
            id: row
            required property var model
            readonly property bool me: model.id === card.appState.staffId
            readonly property bool onBreak: model.status === "on_break"
            objectName: "turn_" + model.id
            width: ListView.view.width
            height: 44 * card.s
            radius: Theme.radius * card.s
            color: me ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.14) : "transparent"

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8 * card.s
                anchors.rightMargin: 8 * card.s
                spacing: 12 * card.s

                Rectangle {
                    implicitWidth: 32 * card.s
                    implicitHeight: 32 * card.s
                    radius: width / 2
                    color: row.onBreak ? Theme.warning : row.model.turn_position === 1 ? Theme.success : Theme.surfaceAlt
                    Text {
                        anchors.centerIn: parent
                        text: row.onBreak ? "–" : row.model.turn_position
                        color: row.onBreak || row.model.turn_position === 1 ? Theme.accentText : Theme.text
                        font.pixelSize: 18 * card.s
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: row.me ? qsTr("%1 (you)").arg(row.model.name) : row.model.name
                    color: row.onBreak ? Theme.textMuted : Theme.text
                    font.pixelSize: 21 * card.s
                    font.bold: row.me
                    elide: Text.ElideRight
                }
                Text {
                    objectName: "turnNote"
                    visible: row.onBreak || row.model.turn_position === 1
                    text: row.onBreak ? qsTr("on break") : qsTr("next walk-in")
                    color: row.onBreak ? Theme.warning : Theme.success
                    font.pixelSize: 16 * card.s
                    font.bold: true
                }
            }
        }
    }
}
