// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaCashier

// Issue 13: Admin › Settings against the real demo server. The venue's name, address and tax ID,
// its time zone (searched) and Tuesday's opening hours are changed by keyboard and saved; the
// server stores exactly that. A bad public address is refused under its field and changes
// nothing; the currency after money was taken is refused under the currency with the reason.
TestCase {
    id: testCase
    name: "SettingsPage"
    when: windowShown
    visible: true
    width: 1366
    height: 700

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias page: page
            width: 1366
            height: 700
            CashierState { id: desk }
            SettingsPage { id: page; anchors.fill: parent; state: desk; active: desk.signedIn }
        }
    }

    function typeText(text) { for (const c of text) keyClick(c) }
    function replaceText(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Backspace)
        typeText(text)
        compare(field.text, text)
    }
    function settings() { return testSupport.adminGet("/api/settings") }
    function signedInPage() {
        const f = createTemporaryObject(fixture, testCase)
        f.desk.setServerUrl(testServerUrl)
        f.desk.signIn("admin", "admin")
        tryCompare(f.desk, "signedIn", true, 5000)
        tryVerify(() => findChild(f.page, "settingsVenueName").text !== "", 5000, "the stored settings are shown")
        return f
    }
    function tuesday(weekly) { return weekly.filter(r => r.weekday === 2) }

    function test_changesAreStored() {
        const f = signedInPage()
        const before = settings()
        const save = findChild(f.page, "saveSettings")
        verify(!save.enabled, "nothing to save before a change")

        replaceText(findChild(f.page, "settingsVenueName"), "Lotus Day Spa Sukhumvit")
        replaceText(findChild(f.page, "settingsAddress"), "12 Sukhumvit Soi 24, Bangkok")
        replaceText(findChild(f.page, "settingsTaxId"), "0105556000001")
        verify(save.enabled)

        // The time zone by searching for it.
        replaceText(findChild(f.page, "timeZoneSearch"), "Jakarta")
        tryCompare(findChild(f.page, "settingsTimeZone"), "zoneId", "Asia/Jakarta")

        // Tuesday: open from 09:30 to 21:00.
        const open = findChild(f.page, "dayOpen2")
        if (!open.checked)
            mouseClick(open)
        verify(open.checked)
        const start = findChild(f.page, "dayStart2")
        const end = findChild(f.page, "dayEnd2")
        start.forceActiveFocus(); start.selectAll(); typeText("0930")
        compare(start.text, "09:30")
        end.forceActiveFocus(); end.selectAll(); typeText("2100")
        compare(end.text, "21:00")
        keyClick(Qt.Key_Return) // Enter in a field saves

        tryVerify(() => settings().venue_name === "Lotus Day Spa Sukhumvit", 5000, "the server has the new name")
        const s = settings()
        compare(s.address, "12 Sukhumvit Soi 24, Bangkok")
        compare(s.tax_id, "0105556000001")
        compare(s.timezone, "Asia/Jakarta")
        compare(tuesday(s.opening_hours.weekly).length, 1)
        compare(tuesday(s.opening_hours.weekly)[0].start, "09:30")
        compare(tuesday(s.opening_hours.weekly)[0].end, "21:00")
        tryVerify(() => !save.enabled, 3000, "the page shows what is stored")

        // Tuesday closed again, saved with Ctrl+S.
        mouseClick(open)
        verify(!open.checked)
        keySequence("Ctrl+S")
        tryVerify(() => tuesday(settings().opening_hours.weekly).length === 0, 5000, "Tuesday is closed on the server")
        // The other tests share this server: its business days follow the time zone.
        compare(testSupport.adminPut("/api/settings", { timezone: before.timezone, venue_name: before.venue_name }), 200)
    }

    function test_badPublicAddressChangesNothing() {
        const f = signedInPage()
        const before = settings()
        const url = findChild(f.page, "settingsPublicUrl")
        replaceText(findChild(f.page, "settingsVenueName"), "Not Saved Spa")
        replaceText(url, "ftp://spa.local")
        keyClick(Qt.Key_Return)
        tryVerify(() => url.error !== "", 5000, "the refusal is under the public address")
        compare(findChild(f.page, "settingsProblem").message, "", "and not at the top")
        const after = settings()
        compare(after.venue_name, before.venue_name, "nothing changed")
        compare(after.public_url, before.public_url)
        keyClick(Qt.Key_Escape)
        tryCompare(findChild(f.page, "settingsVenueName"), "text", before.venue_name, 5000)
    }

    // Issue 17: how the walls announce, set here for the whole venue.
    function test_wallAnnouncementsAreStored() {
        const f = signedInPage()
        const seconds = findChild(f.page, "settingsAnnounceSeconds")
        const age = findChild(f.page, "settingsReplayAge")
        const second = findChild(f.page, "settingsSecondLanguage")
        compare(seconds.text, "8", "the default is shown")
        compare(age.text, "120")
        compare(second.currentValue, "")
        replaceText(seconds, "5")
        replaceText(age, "45")
        second.forceActiveFocus()
        keyClick(Qt.Key_Down) // English
        keyClick(Qt.Key_Down) // ไทย
        compare(second.currentValue, "th")
        keySequence("Ctrl+S")
        tryVerify(() => settings().announce_seconds === 5, 5000, "the server has 5 s")
        const s = settings()
        compare(s.announce_replay_max_age_seconds, 45)
        compare(s.announce_second_language, "th")
        tryVerify(() => !findChild(f.page, "saveSettings").enabled, 3000, "the page shows what is stored")

        // Too short: refused under its field, nothing changed; Esc puts the page back.
        replaceText(seconds, "1")
        replaceText(age, "60")
        keyClick(Qt.Key_Return)
        tryVerify(() => seconds.error !== "", 5000, "the refusal is under the seconds")
        verify(seconds.error.indexOf("announce_seconds") >= 0 || seconds.error.indexOf("2") >= 0, seconds.error)
        compare(settings().announce_seconds, 5, "nothing changed")
        compare(settings().announce_replay_max_age_seconds, 45)
        keyClick(Qt.Key_Escape)
        tryCompare(seconds, "text", "5", 5000)
        compare(age.text, "45")
        // The other tests share this server.
        compare(testSupport.adminPut("/api/settings", { announce_seconds: 8, announce_replay_max_age_seconds: 120,
                                                        announce_second_language: "" }), 200)
    }

    function test_currencyLockedOnceMoneyIsTaken() {
        const visit = testSupport.awaitingVisit("Currency Lock", [1])
        compare(testSupport.payInFull(visit.id), 201)
        const f = signedInPage()
        const before = settings().currency
        const box = findChild(f.page, "settingsCurrency")
        box.forceActiveFocus()
        keyClick(Qt.Key_Down)
        verify(box.currentValue !== before, "another currency chosen")
        mouseClick(findChild(f.page, "saveSettings"))
        const problem = () => findChild(f.page, "settingsProblem").message
        tryVerify(() => f.page.err("currency") !== "", 5000, "the refusal is by the currency")
        verify(f.page.err("currency").indexOf("payments") >= 0, f.page.err("currency"))
        compare(settings().currency, before, "the currency is unchanged")
    }
}
