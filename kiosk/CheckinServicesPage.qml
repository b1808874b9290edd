// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// Step 1: the services, as tiles with prices and durations; the total and Next below.
Item {
    id: page
    required property CheckinState state
    required property real s

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40 * page.s
        spacing: 28 * page.s

        Text {
            Layout.fillWidth: true
            text: qsTr("What would you like today?")
            color: Theme.text
            font.pixelSize: 60 * page.s
            font.bold: true
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Tap one or more treatments.")
            color: Theme.textMuted
            font.pixelSize: 38 * page.s
            wrapMode: Text.Wrap
        }
        Flickable {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: tiles.height
            boundsBehavior: Flickable.StopAtBounds
            onMovementStarted: page.state.touched()
            Grid {
                id: tiles
                width: list.width
                columns: page.width > page.height ? 2 : 1
                spacing: 20 * page.s
                Repeater {
                    model: page.state.services
                    ServiceTile {
                        required property int index
                        required property var price
                        objectName: "service_" + index
                        width: (tiles.width - (tiles.columns - 1) * tiles.spacing) / tiles.columns
                        s: page.s
                        priceText: Format.money(price, page.state.currency)
                        onToggled: page.state.toggleService(index)
                    }
                }
            }
        }
        // The running total, on the touch screens' card.
        TitledCard {
            Layout.fillWidth: true
            s: page.s
            contentImplicitHeight: totals.implicitHeight
            color: Theme.surfaceAlt
            RowLayout {
                id: totals
                anchors.fill: parent
                spacing: 20 * page.s
                Text {
                    objectName: "selectionSummary"
                    Layout.fillWidth: true
                    text: page.state.services.selectedCount === 0
                          ? qsTr("Nothing chosen yet")
                          : qsTr("%n treatment(s), %1", "", page.state.services.selectedCount)
                                .arg(Format.minutes(page.state.services.selectedMinutes))
                    color: Theme.text
                    font.pixelSize: 38 * page.s
                    wrapMode: Text.Wrap
                }
                Text {
                    visible: page.state.services.selectedCount > 0
                    text: Format.money(page.state.services.selectedPrice, page.state.currency)
                    color: Theme.text
                    font.pixelSize: 44 * page.s
                    font.bold: true
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24 * page.s
            TouchButton {
                objectName: "backButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                s: page.s
                implicitHeight: Math.max(Theme.touchTarget, 110 * page.s)
                cornerRadius: height / 2
                fontSize: 40 * page.s
                text: qsTr("Back")
                onClicked: page.state.back()
            }
            TouchButton {
                objectName: "nextButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                s: page.s
                implicitHeight: Math.max(Theme.touchTarget, 110 * page.s)
                cornerRadius: height / 2
                fontSize: 40 * page.s
                primary: true
                enabled: page.state.canContinue
                text: qsTr("Next")
                onClicked: page.state.next()
            }
        }
    }
}
