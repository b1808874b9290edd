// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import Spa

// A button for fingers (the tablet, the check-in kiosk; the desk's is ActionButton): never smaller than Theme.touchTarget either way. `primary` or `selected`
// fill it with `tone`; otherwise it is outlined. A label too long for the width it is given (a
// longer language) shrinks to fit, down to 70 % of its size, before it is elided.
Button {
    id: control
    property real s: 1
    property color tone: Theme.accent
    property bool primary: false
    property bool selected: false
    property int fontSize: 22 * s
    // The check-in kiosk's buttons are pills (height / 2); the tablet's are gently rounded.
    property real cornerRadius: Theme.radius * s
    readonly property bool filled: primary || selected

    implicitHeight: Math.max(Theme.touchTarget, 64 * s)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + 2 * Theme.padding * s)
    font.pixelSize: fontSize
    font.bold: true
    focusPolicy: Qt.NoFocus // a tap must not steal the PIN pad's keyboard focus
    opacity: enabled ? 1 : 0.4
    // Its words are its name for a screen reader (and a state, not the fill colour alone).
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.checkable: selected
    Accessible.checked: selected

    contentItem: Text {
        text: control.text
        font: control.font
        color: control.filled ? Theme.accentText : Theme.text
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        fontSizeMode: Text.HorizontalFit
        minimumPixelSize: Math.max(12, Math.round(control.fontSize * 0.7))
        elide: Text.ElideRight
    }

    background: Rectangle {
        radius: control.cornerRadius
        color: control.filled ? (control.down ? Qt.darker(control.tone, 1.25) : control.tone)
                              : (control.down ? Theme.surfaceAlt : Theme.surface)
        border.color: control.filled ? Qt.darker(control.tone, 1.15) : Theme.border
        border.width: Math.max(1, 2 * control.s)
    }
}
