// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// Today so far: customers served, minutes worked, tips. Three tiles side by side, or three rows
// when `stacked` (a narrow card).
TitledCard {
    id: card
    required property TherapistState appState
    property bool stacked: false
    title: qsTr("Today")

    GridLayout {
        anchors.fill: parent
        columns: card.stacked ? 1 : 3
        rowSpacing: 10 * card.s
        columnSpacing: 12 * card.s

        Repeater {
            model: [
                { name: "served", label: qsTr("Served"), value: String(card.appState.servedToday) },
                { name: "worked", label: qsTr("Worked"), value: Format.minutes(card.appState.minutesToday) },
                { name: "tips", label: qsTr("Tips"), value: Format.money(card.appState.tipsToday, card.appState.currency) }
            ]
            Rectangle {
                id: tile
                required property var modelData
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 1
                Layout.preferredHeight: 1
                radius: Theme.radius * card.s
                color: Theme.surfaceAlt

                // Side by side: the figure over its name; stacked: name left, figure right.
                GridLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 12 * card.s
                    anchors.rightMargin: 12 * card.s
                    columns: card.stacked ? 2 : 1
                    layoutDirection: card.stacked ? Qt.RightToLeft : Qt.LeftToRight
                    rowSpacing: 0
                    columnSpacing: 8 * card.s

                    Text {
                        objectName: "today_" + tile.modelData.name
                        Layout.fillWidth: true
                        Layout.alignment: card.stacked ? Qt.AlignVCenter : Qt.AlignBottom
                        horizontalAlignment: card.stacked ? Text.AlignRight : Text.AlignHCenter
                        text: tile.modelData.value
                        color: Theme.text
                        font.pixelSize: 26 * card.s
                        font.bold: true
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 14
                        elide: Text.ElideRight
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.alignment: card.stacked ? Qt.AlignVCenter : Qt.AlignTop
                        horizontalAlignment: card.stacked ? Text.AlignLeft : Text.AlignHCenter
                        text: tile.modelData.label
                        color: Theme.textMuted
                        font.pixelSize: 18 * card.s
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }
}
