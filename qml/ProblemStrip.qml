// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// A problem that stays until it is dealt with: an icon, the words (as the server or the form put
// them) and, when `actionText` is set, one thing to do about it (and `secondaryText`, another).
// Hidden while `message` is empty.
// `severity` "error" (red) or "warning" (amber): the icon differs too, not only the colour.
Rectangle {
    id: strip
    property string message: ""
    property string severity: "error"
    property string actionText: ""
    property string secondaryText: ""
    signal actionClicked()
    signal secondaryClicked()
    readonly property color ink: severity === "error" ? Theme.dangerText : Theme.warningText

    visible: message !== ""
    implicitHeight: visible ? Math.max(Theme.controlHeight, row.implicitHeight + 2 * Theme.spacing) : 0
    implicitWidth: row.implicitWidth + 2 * Theme.padding
    radius: Theme.radiusSmall
    color: severity === "error" ? Theme.dangerTint : Theme.warningTint
    border.color: severity === "error" ? Theme.danger : Theme.warning

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.padding
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing
        Icon {
            name: strip.severity === "error" ? "dialog-error" : "dialog-warning"
            color: strip.ink
            Layout.preferredWidth: 20
            Layout.preferredHeight: 20
        }
        Text {
            objectName: "problemText"
            Layout.fillWidth: true
            text: strip.message
            color: strip.ink
            font.pixelSize: Theme.fontBody
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: strip.message
        }
        ActionButton {
            visible: strip.actionText !== ""
            text: strip.actionText
            kind: "quiet"
            onClicked: strip.actionClicked()
        }
        ActionButton {
            visible: strip.secondaryText !== ""
            text: strip.secondaryText
            kind: "quiet"
            onClicked: strip.secondaryClicked()
        }
    }
}
