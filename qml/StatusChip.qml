// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// A visit's or a therapist's status as a chip: its word, its icon and its colour, so no status is
// told by colour alone.
Chip {
    id: chip
    required property string status
    text: Format.statusWord(status)
    iconName: Theme.statusIcon(status)
    tone: Theme.statusTextColor(status)
    tint: status === "on_break" || status === "assigned" ? Theme.warningTint
        : status === "awaiting_payment" ? Theme.dangerTint
        : status === "available" || status === "in_service" ? Theme.accentTint : Theme.surfaceAlt
}
