// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa

// Theme (qml/Theme.qml): the status colours, the dark palette, and WCAG AA contrast of every text
// colour on the surfaces it is used on (4.5:1; 3:1 for field edges and the focus ring).
TestCase {
    name: "Theme"

    function cleanup() {
        Theme.dark = false
    }

    function sameColor(a, b) {
        return Qt.colorEqual(a, b)
    }

    function test_statusColor_data() {
        return [
            { tag: "available", status: "available", color: "#2e8540" },
            { tag: "busy", status: "busy", color: "#3b6fb6" },
            { tag: "in_service", status: "in_service", color: "#2f7d62" },
            { tag: "on_break", status: "on_break", color: "#b26a00" },
            { tag: "off", status: "off", color: "#5d6670" },
            { tag: "waiting", status: "waiting", color: "#5d6670" },
            { tag: "assigned", status: "assigned", color: "#b26a00" },
            { tag: "awaiting_payment", status: "awaiting_payment", color: "#c0392b" },
            { tag: "unknown", status: "paid_in_chickens", color: "#5d6670" },
            { tag: "empty", status: "", color: "#5d6670" }
        ]
    }

    function test_statusColor(data) {
        verify(sameColor(Theme.statusColor(data.status), data.color),
               data.status + " → " + Theme.statusColor(data.status) + ", want " + data.color)
    }

    function test_statusColorFollowsThePalette() {
        verify(sameColor(Theme.statusColor("available"), Theme.success))
        verify(sameColor(Theme.statusColor("busy"), Theme.busy))
        verify(sameColor(Theme.statusColor("in_service"), Theme.accent))
        verify(sameColor(Theme.statusColor("on_break"), Theme.warning))
        verify(sameColor(Theme.statusColor("awaiting_payment"), Theme.danger))
        verify(sameColor(Theme.statusColor("waiting"), Theme.textMuted))
        // The states a screen shows side by side are told apart.
        verify(!sameColor(Theme.statusColor("available"), Theme.statusColor("busy")))
        verify(!sameColor(Theme.statusColor("in_service"), Theme.statusColor("waiting")))
        verify(!sameColor(Theme.statusColor("awaiting_payment"), Theme.statusColor("assigned")))
    }

    function test_dark() {
        // Copies: a property read gives a live reference to the colour.
        const lightBackground = "" + Theme.background
        const lightAvailable = "" + Theme.statusColor("available")
        Theme.dark = true
        verify(!sameColor(Theme.background, lightBackground))
        verify(sameColor(Theme.background, "#14161a"))
        verify(sameColor(Theme.statusColor("available"), "#7bd88f"))
        verify(!sameColor(Theme.statusColor("available"), lightAvailable))
        verify(sameColor(Theme.statusColor("awaiting_payment"), Theme.danger))
        Theme.dark = false
        verify(sameColor(Theme.background, lightBackground))
    }

    function test_scale() {
        compare(Theme.touchTarget, 48) // the tablet's minimum
        verify(Theme.fontSmall < Theme.fontBody)
        verify(Theme.fontBody < Theme.fontTitle)
        verify(Theme.fontTitle < Theme.fontHeadline)
        verify(Theme.fontHeadline < Theme.fontDisplay)
        verify(Theme.spacing > 0 && Theme.padding > 0 && Theme.radius >= 0)
    }

    // WCAG 2.1 relative luminance and contrast ratio.
    function luminance(c) {
        const f = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)
        return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b)
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b)
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
    }
    // [foreground, background, minimum, what]: text pairs the controls use.
    function pairs() {
        const T = Theme
        return [
            [T.text, T.background, 4.5, "text on the page"], [T.text, T.surface, 4.5, "text on a card"],
            [T.textMuted, T.background, 4.5, "muted text on the page"], [T.textMuted, T.surface, 4.5, "muted text on a card"],
            [T.textMuted, T.surfaceAlt, 4.5, "muted text on a chip"],
            [T.accentStrong, T.background, 4.5, "green text on the page"], [T.accentStrong, T.surface, 4.5, "green text on a card"],
            [T.accentStrong, T.accentTint, 4.5, "green text on a chosen tile"],
            [T.warningText, T.background, 4.5, "amber text on the page"], [T.warningText, T.surface, 4.5, "amber text on a card"],
            [T.warningText, T.warningTint, 4.5, "amber text on its strip"],
            [T.successText, T.surface, 4.5, "success text"], [T.successText, T.accentTint, 4.5, "success on a tint"],
            [T.dangerText, T.background, 4.5, "red text on the page"], [T.dangerText, T.surface, 4.5, "red text on a card"],
            [T.dangerText, T.dangerTint, 4.5, "red text on its strip"],
            [T.textOnAccent, T.accent, 4.5, "a primary button"], [T.textOnAccent, T.accentStrong, 4.5, "the desk's top bar"],
            [T.textOnAccent, T.danger, 4.5, "a danger button"], [T.textOnAccent, T.successText, 4.5, "a success toast"],
            [T.busy, T.surface, 4.5, "'with a guest' on a card"],
            [T.borderStrong, T.surface, 3, "a field's edge"], [T.focus, T.background, 3, "the focus ring on the page"],
            [T.focus, T.surface, 3, "the focus ring on a card"]
        ]
    }
    function test_contrast_data() {
        return [{ tag: "light", dark: false }, { tag: "dark", dark: true }]
    }
    function test_contrast(data) {
        Theme.dark = data.dark
        const failing = []
        for (const [fg, bg, min, what] of pairs()) {
            const ratio = contrast(fg, bg)
            if (ratio < min)
                failing.push(what + " " + fg + " on " + bg + ": " + ratio.toFixed(2) + " < " + min)
        }
        compare(failing.length, 0, failing.join("; "))
    }
    // The check can fail: the old amber text on the page was below AA.
    function test_contrastCheckCatchesALowPair() {
        verify(contrast(Qt.color("#b26a00"), Qt.color("#f6f3ee")) < 4.5)
        verify(contrast(Qt.color("#000000"), Qt.color("#ffffff")) > 20)
    }
}
