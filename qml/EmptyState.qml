// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// What an empty list says instead of nothing: an icon, a sentence and, when `actionText` is set,
// the thing to do next.
ColumnLayout {
    id: empty
    property string text: ""
    property string iconName: "dialog-information"
    property string actionText: ""
    signal actionClicked()
    spacing: Theme.spacing

    Icon {
        Layout.alignment: Qt.AlignHCenter
        name: empty.iconName
        color: Theme.textMuted
        Layout.preferredWidth: 32
        Layout.preferredHeight: 32
    }
    Text {
        Layout.fillWidth: true
        text: empty.text
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    ActionButton {
        Layout.alignment: Qt.AlignHCenter
        visible: empty.actionText !== ""
        text: empty.actionText
        onClicked: empty.actionClicked()
    }
}
