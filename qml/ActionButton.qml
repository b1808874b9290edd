// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa

// A button of the suite. `kind`: "primary" (the one next sensible action, filled green),
// "secondary" (outlined), "danger" (filled red: it cannot be undone) or "quiet" (no frame, for
// lesser actions beside a primary one). `iconName` puts one of the suite's icons before the
// words; `hint` shows a key after them ("Ctrl+N"), muted, and stays out of the accessible name.
// Enter presses a focused button as Space does (at a desk Enter is what people press); the
// keyboard focus shows as a ring. `touch` makes it finger-sized; at a desk it is compact.
// `compact` is for rows of actions in a small space (a card on the board). A checkable button that
// is checked is filled like a primary one.
Button {
    id: control
    property string kind: "secondary"
    property string iconName: ""
    property string hint: ""
    property bool touch: false
    property bool compact: false
    readonly property bool filled: kind === "primary" || kind === "danger" || checked
    readonly property color fillColor: kind === "danger" ? Theme.danger : Theme.accent
    readonly property color ink: filled ? Theme.textOnAccent
                                        : kind === "danger" ? Theme.dangerText
                                        : kind === "quiet" ? Theme.accentStrong : Theme.text
    readonly property real gap: compact ? Theme.spacingSmall + 2 : Theme.spacing
    readonly property bool keyboardFocus: activeFocus && focusReason !== Qt.MouseFocusReason

    implicitHeight: Math.max(touch ? Theme.touchTarget : compact ? 32 : Theme.controlHeight,
                             implicitContentHeight + topPadding + bottomPadding)
    // The two spacers add a spacing each side; the padding is less by as much.
    implicitWidth: Math.max(implicitHeight, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: Math.max(0, (compact ? (kind === "quiet" ? 6 : Theme.spacing + 2) : kind === "quiet" ? Theme.spacing + 2 : Theme.padding)
                          - gap)
    rightPadding: leftPadding
    topPadding: compact ? 4 : 6
    bottomPadding: topPadding
    font.pixelSize: touch ? Theme.fontTitle : compact ? Theme.fontSmall + 1 : Theme.fontBody
    font.bold: kind === "primary" || kind === "danger"
    focusPolicy: Qt.StrongFocus
    opacity: enabled ? 1 : 0.45
    Accessible.role: Accessible.Button
    Accessible.name: text

    Keys.onReturnPressed: event => { if (control.enabled) control.clicked(); event.accepted = true }
    Keys.onEnterPressed: event => { if (control.enabled) control.clicked(); event.accepted = true }

    // No ids inside: contentItem is deferred, and the sizes come from implicitContentWidth.
    contentItem: RowLayout {
        spacing: control.gap
        Item { Layout.fillWidth: true }
        Icon {
            visible: control.iconName !== ""
            name: control.iconName
            color: control.ink
            Layout.preferredWidth: control.touch ? 24 : control.compact ? 14 : Theme.iconSize
            Layout.preferredHeight: Layout.preferredWidth
        }
        Text {
            objectName: "actionLabel" // for the tests that check a label is shown whole
            text: control.text
            font: control.font
            color: control.ink
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Accessible.ignored: true
        }
        Text {
            visible: control.hint !== ""
            text: control.hint
            font.pixelSize: Theme.fontSmall
            color: control.ink
            opacity: 0.85
            Accessible.ignored: true
        }
        Item { Layout.fillWidth: true }
    }

    background: Rectangle {
        radius: Theme.radiusSmall
        color: control.filled ? (control.down ? Qt.darker(control.fillColor, 1.2) : control.hovered ? Qt.darker(control.fillColor, 1.08) : control.fillColor)
                              : control.down ? Theme.surfaceAlt
                              : control.hovered ? Theme.accentTint
                              : control.kind === "quiet" ? "transparent" : Theme.surface
        border.color: control.filled ? Qt.darker(control.fillColor, 1.15)
                                     : control.kind === "danger" ? Theme.danger : Theme.borderStrong
        border.width: control.kind === "quiet" ? 0 : 1
        FocusRing { shown: control.keyboardFocus; radius: Theme.radiusSmall + 4 }
    }
}
