// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa

// One choice among several, as a tile: a title that wraps (never cut), a detail line under it, a
// value at the right (a price, "free now") and, under those, an optional `extra` item (chips).
// Checkable tiles (services) show a tick when chosen; plain tiles (therapists) act on click.
// `text` is the accessible name and should say all the tile shows; Enter or Space picks it.
AbstractButton {
    id: tile
    property string title: ""
    property string detail: ""
    property string value: ""
    property string iconName: ""
    default property alias extra: extraRow.data
    readonly property bool keyboardFocus: activeFocus && focusReason !== Qt.MouseFocusReason

    focusPolicy: Qt.StrongFocus
    padding: Theme.spacing + 4
    implicitWidth: 240
    implicitHeight: Math.max(Theme.controlHeight + 12, body.implicitHeight + topPadding + bottomPadding)
    Accessible.role: checkable ? Accessible.CheckBox : Accessible.Button
    Accessible.name: text
    Accessible.checkable: checkable
    Accessible.checked: checked
    Keys.onReturnPressed: event => { if (tile.enabled) { if (tile.checkable) tile.toggle(); tile.clicked() } event.accepted = true }
    Keys.onEnterPressed: event => { if (tile.enabled) { if (tile.checkable) tile.toggle(); tile.clicked() } event.accepted = true }

    // The content is a child laid over the padded area, not the contentItem (which is deferred
    // and so cannot hold the ids the `extra` alias needs).
    contentItem: Item {}
    RowLayout {
            id: body
            x: tile.leftPadding
            y: tile.topPadding
            width: tile.availableWidth
            spacing: Theme.spacing + 2
            Rectangle {
                visible: tile.checkable
                Layout.alignment: Qt.AlignTop
                Layout.topMargin: 1
                implicitWidth: 22
                implicitHeight: 22
                radius: 4
                color: tile.checked ? Theme.accent : Theme.surface
                border.color: tile.checked ? Theme.accent : Theme.borderStrong
                border.width: 2
                Icon {
                    anchors.centerIn: parent
                    width: 16; height: 16
                    visible: tile.checked
                    name: "object-select"
                    color: Theme.textOnAccent
                }
            }
            Icon {
                visible: tile.iconName !== ""
                Layout.alignment: Qt.AlignTop
                name: tile.iconName
                color: Theme.textMuted
                Layout.preferredWidth: 22
                Layout.preferredHeight: 22
            }
            ColumnLayout {
                Layout.fillWidth: true
                Layout.preferredWidth: 10 // takes the room left by the value, and wraps in it
                spacing: 2
                Text {
                    objectName: "tileTitle"
                    Layout.fillWidth: true
                    text: tile.title
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true
                }
                Text {
                    Layout.fillWidth: true
                    visible: tile.detail !== ""
                    text: tile.detail
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                    Accessible.ignored: true
                }
                Flow {
                    id: extraRow
                    Layout.fillWidth: true
                    visible: children.length > 0
                    spacing: Theme.spacingSmall
                }
            }
            Text {
                visible: tile.value !== ""
                Layout.alignment: Qt.AlignTop
                text: tile.value
                color: Theme.text
                font.pixelSize: Theme.fontBody
                Accessible.ignored: true
            }
    }

    background: Rectangle {
        radius: Theme.radius
        color: tile.checked ? Theme.accentTint : tile.down ? Theme.surfaceAlt : tile.hovered ? Theme.background : Theme.surface
        border.color: tile.checked ? Theme.accent : Theme.borderStrong
        border.width: tile.checked ? 2 : 1
        FocusRing { shown: tile.keyboardFocus; radius: Theme.radius + 4 }
    }
}
