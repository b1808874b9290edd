// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick

// The suite's one theme: colours, type scale, spacing, radii and control sizes shared by every app;
// `dark` switches the palette (the kiosk's wall screen). Text colours are chosen for WCAG AA (at
// least 4.5:1) on the surfaces they are used on; tests/client/qml/tst_theme.qml checks the pairs.
// The status colours (warning, success, ...) are for fills, borders and icons; text in those hues
// uses the *Text variants, which are darker where the fill colour is too light for small type.
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

    // Text and controls at the desk (the shared controls in this module use these).
    readonly property color textOnAccent: dark ? "#14161a" : "#ffffff"     // text on an accent or danger fill
    readonly property color accentStrong: dark ? "#6cc4a1" : "#276a53" // accent-coloured text on surfaces
    readonly property color warningText: dark ? "#f0b44c" : "#8a5300"
    readonly property color successText: dark ? "#7bd88f" : "#236b33"
    readonly property color dangerText: dark ? "#ff7a70" : "#c0392b"
    readonly property color accentTint: dark ? "#203a31" : "#e3f1ea"    // a chosen tile, a success toast
    readonly property color warningTint: dark ? "#3a2f1c" : "#fdf0d9"
    readonly property color dangerTint: dark ? "#3d2220" : "#fdeeec"
    readonly property color borderStrong: dark ? "#808a94" : "#857d71" // a field's edge: 3:1 at least
    readonly property color focus: dark ? "#8fb8ff" : "#1f6feb"        // the keyboard focus ring
    readonly property color scrim: "#99000000"                          // behind a modal dialog

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

    // The same states as text on a surface (AA contrast) and as an icon, so that no state is told
    // by colour alone.
    function statusTextColor(status) {
        switch (status) {
        case "available": return successText
        case "busy": return busy
        case "in_service": return accentStrong
        case "on_break": return warningText
        case "assigned": return warningText
        case "awaiting_payment": return dangerText
        default: return textMuted
        }
    }
    function statusIcon(status) {
        switch (status) {
        case "available": return "user-available"
        case "busy": return "user-busy"
        case "in_service": return "alarm"
        case "on_break": return "user-away"
        case "off": return "user-offline"
        case "waiting": return "alarm"
        case "assigned": return "avatar-default"
        case "awaiting_payment": return "auth-smartcard"
        default: return "dialog-information"
        }
    }

    // Type scale (pixels); the kiosk multiplies it to read across a room.
    readonly property int fontSmall: 13
    readonly property int fontBody: 16
    readonly property int fontTitle: 22
    readonly property int fontHeadline: 32
    readonly property int fontDisplay: 56

    readonly property int spacingSmall: 4
    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int paddingLarge: 24
    readonly property int radiusSmall: 6
    readonly property int radius: 10
    readonly property int radiusLarge: 14
    // Sizes: a finger is the pointer on the tablet (48 px at least), a mouse at the desk.
    readonly property int touchTarget: 48
    readonly property int controlHeight: 40
    readonly property int iconSize: 18
    readonly property int focusWidth: 2

    readonly property string fontFamily: "Noto Sans"
}
