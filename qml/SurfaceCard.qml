// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// A card: a raised surface with rounded corners. `selected` draws the accent edge; `stripe`, when
// set, colours a bar down the left edge (a status, always said in words too by the content).
Rectangle {
    id: card
    property bool selected: false
    property color stripe: "transparent"
    radius: Theme.radius
    color: Theme.surface
    border.color: selected ? Theme.accent : Theme.border
    border.width: selected ? 2 : 1

    Rectangle {
        visible: card.stripe.a > 0
        x: card.border.width
        y: card.radius
        width: 4
        height: card.height - 2 * card.radius
        radius: 2
        color: card.stripe
    }
}
