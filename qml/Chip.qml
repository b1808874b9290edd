// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// A small rounded label: an icon and a few words in `tone` on its tint (or filled with it when
// `filled`). Chips carry statuses and facts ("Next in turn", "On break"), so the words are the
// accessible name; the colour only repeats them.
Rectangle {
    id: chip
    property string text: ""
    property string iconName: ""
    property color tone: Theme.textMuted
    property color tint: Theme.surfaceAlt
    property bool filled: false
    // Text.ElideRight lets a chip narrower than its words (a layout's share) end them with "…".
    property int elide: Text.ElideNone
    readonly property color ink: filled ? Theme.textOnAccent : tone

    implicitWidth: row.implicitWidth + 2 * Theme.spacing + 4
    implicitHeight: Math.max(26, row.implicitHeight + 6)
    radius: height / 2
    color: filled ? tone : tint
    border.color: filled ? tone : Qt.rgba(tone.r, tone.g, tone.b, 0.35)
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row
        anchors.centerIn: parent
        width: Math.min(implicitWidth, chip.width - 2 * Theme.spacing - 4)
        spacing: Theme.spacingSmall
        Icon {
            visible: chip.iconName !== ""
            name: chip.iconName
            color: chip.ink
            Layout.preferredWidth: 14
            Layout.preferredHeight: 14
        }
        Text {
            Layout.fillWidth: true
            elide: chip.elide
            text: chip.text
            color: chip.ink
            font.pixelSize: Theme.fontSmall
            font.bold: true
            Accessible.ignored: true
        }
    }
}
