// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import Spa

// The check-in screen's button: big, rounded, at least 48 px high whatever the screen, pressed
// with a finger. `primary` is the one step forward on a page; the others are outlined.
Rectangle {
    id: button
    required property real s
    property string text: ""
    property bool primary: false
    property bool active: true
    property real fontSize: 40 * s
    signal clicked()

    implicitHeight: Math.max(48, 110 * s)
    implicitWidth: Math.max(implicitHeight * 2, label.implicitWidth + 80 * s)
    radius: height / 2
    opacity: active ? 1 : 0.45
    color: primary ? (tap.pressed ? Qt.darker(Theme.accent, 1.2) : Theme.accent)
                   : (tap.pressed ? Theme.surfaceAlt : Theme.surface)
    border.color: primary ? Theme.accent : Theme.borderStrong
    border.width: Math.max(2, 3 * s)
    Accessible.role: Accessible.Button
    Accessible.name: text

    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width - 40 * button.s
        horizontalAlignment: Text.AlignHCenter
        text: button.text
        color: button.primary ? Theme.textOnAccent : Theme.text
        font.pixelSize: button.fontSize
        font.bold: true
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: 18
    }
    MouseArea {
        id: tap
        anchors.fill: parent
        enabled: button.active
        onClicked: button.clicked()
    }
}
