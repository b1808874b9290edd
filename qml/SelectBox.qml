// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import Spa

// A drop-down list in the suite's look: a framed field with the keyboard focus ring. Set
// Accessible.name to what it chooses ("Therapist", "Language").
ComboBox {
    id: box
    readonly property bool keyboardFocus: activeFocus && focusReason !== Qt.MouseFocusReason
    implicitHeight: Theme.controlHeight
    font.pixelSize: Theme.fontBody
    background: Rectangle {
        implicitWidth: 160
        radius: Theme.radiusSmall
        color: box.enabled ? Theme.surface : Theme.surfaceAlt
        border.color: box.activeFocus ? Theme.focus : Theme.borderStrong
        border.width: box.activeFocus ? 2 : 1
        FocusRing { shown: box.keyboardFocus; radius: Theme.radiusSmall + 4 }
    }
}
