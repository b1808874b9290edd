// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick

// Colours, type scale and spacing shared by every app; `dark` switches the palette.
QtObject {
    property bool dark: false

    readonly property color background: dark ? "#14161a" : "#f6f3ee"
    readonly property color surface: dark ? "#1f2329" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#272c33" : "#efe9e0"
    readonly property color text: dark ? "#f2efe9" : "#1f2328"
    readonly property color textMuted: dark ? "#a9b0b8" : "#5d6670"
    readonly property color accent: dark ? "#6cc4a1" : "#2f7d62"
    readonly property color accentText: "#ffffff"
    readonly property color warning: dark ? "#f0b44c" : "#b26a00"
    readonly property color danger: dark ? "#ff7a70" : "#c0392b"
    readonly property color success: dark ? "#7bd88f" : "#2e8540"
    readonly property color busy: dark ? "#7aa7e8" : "#3b6fb6"
    readonly property color border: dark ? "#343a42" : "#ddd5c9"

    // Status colours, one per state a screen shows.
    function statusColor(status) {
        switch (status) {
        case "available": return success
        case "busy": return busy
        case "in_service": return accent
        case "on_break": return warning
        case "off": return textMuted
        case "waiting": return textMuted
        case "assigned": return warning
        case "awaiting_payment": return danger
        default: return textMuted
        }
    }

    // Type scale (pixels); the kiosk multiplies it to read across a room.
    readonly property int fontSmall: 13
    readonly property int fontBody: 16
    readonly property int fontTitle: 22
    readonly property int fontHeadline: 32
    readonly property int fontDisplay: 56

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int radius: 10
    readonly property int touchTarget: 48

    readonly property string fontFamily: "Noto Sans"
}
