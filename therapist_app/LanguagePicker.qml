// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa

// The languages, each named in itself; the current one filled.
RowLayout {
    id: picker
    property real s: 1
    property color tone: Theme.accent
    spacing: 8 * s

    Repeater {
        model: Language.available
        TouchButton {
            required property var modelData
            objectName: "lang_" + modelData.code
            s: picker.s
            text: modelData.name
            fontSize: 18 * picker.s
            implicitHeight: Theme.touchTarget
            selected: Language.current === modelData.code
            tone: picker.tone
            onClicked: Language.current = modelData.code
        }
    }
}
