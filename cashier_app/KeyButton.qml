// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls

// A button the keyboard can press with Enter as well as Space: the desk works from the keyboard,
// and Enter is what people press on a focused button.
Button {
    id: button
    Keys.onReturnPressed: event => { if (button.enabled) button.clicked(); event.accepted = true }
    Keys.onEnterPressed: event => { if (button.enabled) button.clicked(); event.accepted = true }
}
