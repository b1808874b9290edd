// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa

// Theme (qml/Theme.qml): the status colours and the dark palette.
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
}
