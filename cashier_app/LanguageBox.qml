// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import Spa

// The user interface language, each named in itself; switches at once.
ComboBox {
    id: box
    readonly property bool keyboardFocus: activeFocus && focusReason !== Qt.MouseFocusReason
    model: Language.available
    textRole: "name"
    valueRole: "code"
    implicitHeight: Theme.controlHeight
    font.pixelSize: Theme.fontBody
    Accessible.name: qsTr("Language")
    Component.onCompleted: currentIndex = indexOfValue(Language.current)
    onActivated: Language.setCurrent(currentValue)
    Connections {
        target: Language
        function onCurrentChanged() { box.currentIndex = box.indexOfValue(Language.current) }
    }
    background: Rectangle {
        radius: Theme.radiusSmall
        color: Theme.surface
        border.color: Theme.borderStrong
        FocusRing { shown: box.keyboardFocus; radius: Theme.radiusSmall + 4 }
    }
}
