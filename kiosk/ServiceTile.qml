// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// One service to pick: its name (wrapping, never cut), duration and price; a tick when picked.
Rectangle {
    id: tile
    required property real s
    required property string name
    required property string priceText
    required property int durationMin
    required property bool selected
    signal toggled()

    implicitHeight: Math.max(96, body.implicitHeight + 56 * s)
    radius: 20 * s
    color: selected ? Theme.accentTint : Theme.surface
    border.color: selected ? Theme.accent : Theme.border
    border.width: Math.max(2, (selected ? 5 : 2) * s)
    Accessible.role: Accessible.CheckBox
    Accessible.name: name + ", " + Format.minutes(durationMin) + ", " + priceText
    Accessible.checkable: true
    Accessible.checked: selected

    RowLayout {
        id: body
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: 28 * tile.s
        spacing: 24 * tile.s

        Rectangle {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 56 * tile.s
            implicitHeight: 56 * tile.s
            radius: 12 * tile.s
            color: tile.selected ? Theme.accent : Theme.surface
            border.color: tile.selected ? Theme.accent : Theme.borderStrong
            border.width: Math.max(2, 4 * tile.s)
            Text {
                anchors.centerIn: parent
                visible: tile.selected
                text: "✓"
                color: Theme.textOnAccent
                font.pixelSize: 44 * tile.s
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6 * tile.s
            Text {
                Layout.fillWidth: true
                text: tile.name
                color: Theme.text
                font.pixelSize: 42 * tile.s
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                Layout.fillWidth: true
                text: Format.minutes(tile.durationMin)
                color: Theme.textMuted
                font.pixelSize: 34 * tile.s
                wrapMode: Text.Wrap
            }
        }
        Text {
            Layout.alignment: Qt.AlignVCenter
            text: tile.priceText
            color: Theme.accentStrong
            font.pixelSize: 40 * tile.s
            font.bold: true
        }
    }
    MouseArea {
        anchors.fill: parent
        onClicked: tile.toggled()
    }
}
