// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// A ticket number ("017") in a rounded badge, coloured by the visit's status.
Rectangle {
    id: badge
    required property string ticket
    property string status: ""
    property real scale: 1
    property color textColor: Theme.accentText

    implicitWidth: label.implicitWidth + 2 * Theme.padding * scale
    implicitHeight: label.implicitHeight + Theme.spacing * scale
    radius: Theme.radius * scale
    color: status === "" ? Theme.accent : Theme.statusColor(status)

    Text {
        id: label
        anchors.centerIn: parent
        text: badge.ticket
        color: badge.textColor
        font.pixelSize: Theme.fontTitle * badge.scale
        font.bold: true
        font.family: "DejaVu Sans Mono"
    }
}
