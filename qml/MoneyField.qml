// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// Money typed in major units ("450" or "450.50"); `parsed` is minor units, -1 while the text is
// not an amount, and then the field turns red and says so under it.
FormField {
    id: field
    readonly property double parsed: text.trim() === "" ? 0 : Format.parseMoney(text)
    horizontalAlignment: TextInput.AlignRight
    validator: RegularExpressionValidator { regularExpression: /^\d{0,9}([.,]\d{0,2})?$/ }
    inputMethodHints: Qt.ImhFormattedNumbersOnly
    implicitWidth: 120
    error: parsed < 0 ? qsTr("Not an amount") : ""
    // Shown as typed; set from outside with setValue() so typing is not overwritten.
    function setValue(minor) {
        text = minor < 0 ? "" : (Math.floor(minor / 100) + (minor % 100 ? "." + String(minor % 100).padStart(2, "0") : ""))
    }
    color: parsed < 0 ? Theme.danger : Theme.text
}
