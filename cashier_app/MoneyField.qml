// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import Spa
import SpaCashier

// Money typed in major units ("450" or "450.50"); `value` is minor units, -1 while invalid.
TextField {
    id: field
    readonly property double parsed: text.trim() === "" ? 0 : Format.parseMoney(text)
    horizontalAlignment: TextInput.AlignRight
    validator: RegularExpressionValidator { regularExpression: /^\d{0,9}([.,]\d{0,2})?$/ }
    inputMethodHints: Qt.ImhFormattedNumbersOnly
    // Shown as typed; set from outside with setValue() so typing is not overwritten.
    function setValue(minor) {
        text = minor < 0 ? "" : (Math.floor(minor / 100) + (minor % 100 ? "." + String(minor % 100).padStart(2, "0") : ""))
    }
    color: parsed < 0 ? Theme.danger : Theme.text
}
