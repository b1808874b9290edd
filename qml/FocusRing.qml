// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// The keyboard focus, drawn as a ring just outside a control: every control of the suite shows
// where the keyboard is. `shown` is the control's "focused by keyboard" (not by a mouse click).
Rectangle {
    id: ring
    property bool shown: false
    property real gap: 2
    anchors.fill: parent
    anchors.margins: -(gap + Theme.focusWidth)
    radius: Theme.radius + gap
    color: "transparent"
    border.color: Theme.focus
    border.width: Theme.focusWidth
    visible: shown
}
