// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// A titled card for the touch screens, scaled by `s` like the rest of a tablet's page (the desk's
// card is SurfaceCard). The content goes below the title; `emptyText` shows when `empty`. A card
// whose content must not be squeezed sets `contentImplicitHeight` (its content's implicit height):
// the card's implicitHeight then covers the title, the margins and that content, for a layout's
// Layout.minimumHeight.
Rectangle {
    id: card
    property real s: 1
    property string title: ""
    property string emptyText: ""
    property bool empty: false
    property real contentImplicitHeight: 0
    default property alias content: body.data

    implicitHeight: (title !== "" ? heading.y + heading.implicitHeight + 10 * s : 16 * s) + contentImplicitHeight + 16 * s

    color: Theme.surface
    radius: Theme.radius * s * 1.4
    border.color: Theme.border
    border.width: Math.max(1, 2 * s)

    Text {
        id: heading
        x: 20 * card.s
        y: 14 * card.s
        visible: card.title !== ""
        text: card.title
        color: Theme.textMuted
        font.pixelSize: 18 * card.s
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 1.5 * card.s
    }

    Item {
        id: body
        objectName: "cardBody"
        anchors.top: card.title !== "" ? heading.bottom : parent.top
        anchors.topMargin: card.title !== "" ? 10 * card.s : 16 * card.s
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 16 * card.s
        anchors.leftMargin: 20 * card.s
        anchors.rightMargin: 20 * card.s
        clip: true
    }

    Text {
        anchors.centerIn: body
        width: body.width
        visible: card.empty
        text: card.emptyText
        color: Theme.textMuted
        font.pixelSize: 20 * card.s
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
    }
}
