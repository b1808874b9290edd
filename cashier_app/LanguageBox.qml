// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// The user interface language, each named in itself; switches at once.
SelectBox {
    id: box
    model: Language.available
    textRole: "name"
    valueRole: "code"
    Accessible.name: qsTr("Language")
    Component.onCompleted: currentIndex = indexOfValue(Language.current)
    onActivated: Language.setCurrent(currentValue)
    Connections {
        target: Language
        function onCurrentChanged() { box.currentIndex = box.indexOfValue(Language.current) }
    }
}
