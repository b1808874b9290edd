// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma Singleton
import QtQuick
import Spa

// Money, durations and times for display, in the current language (the work is FormatCore's, in
// C++). Every function reads Language.current first: a binding that calls one depends on the
// language, so a switch while running re-evaluates it, whether or not the binding also has a
// qsTr() in it (QQmlEngine::retranslate() refreshes only those). Without this, "Worked: 1 ชม."
// stayed Thai after a switch to Indonesian, and "฿250.00" stood beside a re-evaluated "฿250,00".
QtObject {
    // 45000 THB → "฿450.00" (English, Thai) or "฿450,00" (Indonesian).
    function money(minorUnits, currency) {
        Language.current
        return FormatCore.money(minorUnits, currency)
    }
    // "12.50" or "12,5" → 1250 minor units; -1 when not an amount.
    function parseMoney(text) {
        Language.current
        return FormatCore.parseMoney(text)
    }
    // 95 → "1 h 35 min"
    function minutes(n) {
        Language.current
        return FormatCore.minutes(n)
    }
    // ISO 8601 UTC → local "14:05"
    function time(isoUtc) {
        Language.current
        return FormatCore.time(isoUtc)
    }
    // A visit's or a therapist's status in words (every app says "On break" alike).
    function statusWord(status) {
        Language.current
        switch (status) {
        case "available": return qsTr("Available")
        case "busy": return qsTr("With a guest")
        case "on_break": return qsTr("On break")
        case "off": return qsTr("Off")
        case "waiting": return qsTr("Waiting")
        case "assigned": return qsTr("Assigned")
        case "in_service": return qsTr("In service")
        case "awaiting_payment": return qsTr("To pay")
        case "paid": return qsTr("Paid")
        case "cancelled": return qsTr("Cancelled")
        case "no_show": return qsTr("No-show")
        default: return status
        }
    }
    function secondsBetween(since, now) {
        return FormatCore.secondsBetween(since, now)
    }
    function minutesSince(isoUtc, now) {
        return FormatCore.minutesSince(isoUtc, now)
    }
}
