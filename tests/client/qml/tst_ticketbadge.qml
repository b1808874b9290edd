// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa

// TicketBadge (qml/TicketBadge.qml): the ticket number, its size by scale, its colour by status.
TestCase {
    id: testCase
    name: "TicketBadge"
    when: windowShown

    Component {
        id: badgeComponent
        TicketBadge { ticket: "017" }
    }

    function label(badge) {
        for (let i = 0; i < badge.children.length; ++i)
            if (badge.children[i].text !== undefined)
                return badge.children[i]
        return null
    }

    function test_showsTheTicket() {
        const badge = createTemporaryObject(badgeComponent, testCase)
        verify(badge)
        const text = label(badge)
        verify(text)
        compare(text.text, "017")
        compare(text.font.pixelSize, Theme.fontTitle)
        verify(text.font.bold)
        badge.ticket = "123"
        compare(text.text, "123")
    }

    function test_size() {
        const small = createTemporaryObject(badgeComponent, testCase)
        const big = createTemporaryObject(badgeComponent, testCase, { scale: 2 })
        verify(small && big)
        // Padding around the text.
        verify(small.implicitWidth >= label(small).implicitWidth + 2 * Theme.padding - 0.5)
        verify(small.implicitHeight >= label(small).implicitHeight + Theme.spacing - 0.5)
        verify(small.implicitWidth > small.implicitHeight) // three digits are wider than tall
        compare(small.radius, Theme.radius)
        // Twice the scale: twice the type, about twice the badge.
        compare(label(big).font.pixelSize, 2 * Theme.fontTitle)
        compare(big.radius, 2 * Theme.radius)
        verify(big.implicitWidth > 1.7 * small.implicitWidth, big.implicitWidth + " vs " + small.implicitWidth)
        verify(big.implicitHeight > 1.7 * small.implicitHeight, big.implicitHeight + " vs " + small.implicitHeight)
        verify(big.implicitWidth < 2.3 * small.implicitWidth)
        // A longer ticket is wider.
        const wide = createTemporaryObject(badgeComponent, testCase, { ticket: "10017" })
        verify(wide.implicitWidth > small.implicitWidth)
        compare(wide.implicitHeight, small.implicitHeight)
    }

    function test_colourByStatus_data() {
        return [
            { tag: "none", status: "", want: "accent" },
            { tag: "waiting", status: "waiting", want: "textMuted" },
            { tag: "assigned", status: "assigned", want: "warning" },
            { tag: "in_service", status: "in_service", want: "accent" },
            { tag: "awaiting_payment", status: "awaiting_payment", want: "danger" },
            { tag: "unknown", status: "whatever", want: "textMuted" }
        ]
    }

    function test_colourByStatus(data) {
        const badge = createTemporaryObject(badgeComponent, testCase, { status: data.status })
        verify(badge)
        verify(Qt.colorEqual(badge.color, Theme[data.want]), badge.color + " for '" + data.status + "'")
        verify(Qt.colorEqual(badge.color, data.status === "" ? Theme.accent : Theme.statusColor(data.status)))
        verify(Qt.colorEqual(label(badge).color, Theme.accentText))
    }

    function test_colourFollowsStatusChanges() {
        const badge = createTemporaryObject(badgeComponent, testCase, { status: "waiting" })
        verify(Qt.colorEqual(badge.color, Theme.textMuted))
        badge.status = "awaiting_payment"
        verify(Qt.colorEqual(badge.color, Theme.danger))
        Theme.dark = true
        verify(Qt.colorEqual(badge.color, "#ff7a70"))
        Theme.dark = false
        verify(Qt.colorEqual(badge.color, "#c0392b"))
        badge.textColor = "black"
        verify(Qt.colorEqual(label(badge).color, "black"))
    }
}
