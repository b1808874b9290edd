// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaCashier

// Issue 13: the cashier app pointed at a server with no admin shows the setup wizard instead of
// the sign-in, and the owner walks it by keyboard: Enter moves on, Esc goes back, the drop-downs
// are changed from their defaults (currency, language, a time zone found by typing), a room is
// added, the password typed twice (a mismatch is caught before the server). The server's
// refusals come back under their fields on their pages (a wrong code, then a bad public address),
// changing nothing; then setup signs the admin in, and the server has stored what was typed.
TestCase {
    id: testCase
    name: "SetupWizard"
    when: windowShown
    visible: true
    width: 1366
    height: 768

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias loader: loader
            width: 1366
            height: 768
            CashierState { id: desk }
            // As Main.qml does: the wizard while the server needs it and nobody is signed in.
            Loader {
                id: loader
                anchors.fill: parent
                active: !desk.signedIn && desk.setupNeeded
                sourceComponent: SetupWizard { state: desk }
            }
        }
    }

    // The whole app (Main.qml, whose components are bound) on the new server shows the wizard
    // on its first page: Qt 6.4's Loader refused the wizard as an inline bound component and the
    // app stayed blank.
    Component {
        id: appComponent
        Main {
            state: CashierState {}
            serverUrl: testServerUrl
            gate: ScreenshotGate {}
        }
    }
    function test_appShowsTheWizard() { // before the walk-through sets the server up (tests run by name)
        verify(testSupport.setupNeeded(), "the server starts without an admin")
        const app = createTemporaryObject(appComponent, testCase)
        verify(app)
        app.state.setServerUrl(testServerUrl)
        tryCompare(app.state, "setupNeeded", true, 5000)
        tryVerify(() => !!app.setupWizard, 3000, "the wizard is shown instead of the sign-in")
        compare(app.setupWizard.step, 0)
        verify(app.setupWizard.visible)
        tryVerify(() => findChild(app.setupWizard, "setupCode").activeFocus, 2000, "the code field has the focus")
    }

    function typeText(text) { for (const c of text) keyClick(c) }
    function replaceText(field, text) {
        field.forceActiveFocus()
        field.selectAll()
        keyClick(Qt.Key_Backspace)
        typeText(text)
        compare(field.text, text)
    }

    function test_walkThroughByKeyboard() {
        verify(testSupport.setupNeeded(), "the server starts without an admin")
        const code = testSupport.setupCode()
        compare(code.length, 12)

        const f = createTemporaryObject(fixture, testCase)
        f.desk.setServerUrl(testServerUrl)
        tryCompare(f.desk, "setupNeeded", true, 5000)
        tryVerify(() => f.loader.item !== null, 3000, "the wizard is shown instead of the sign-in")
        const w = f.loader.item
        const field = name => findChild(w, name)
        compare(w.step, 0)

        // 1. A wrong code goes through here (only the server can tell), Enter moves on.
        verify(field("setupCode").activeFocus, "the code field has the focus")
        keyClick(Qt.Key_Return)
        compare(w.step, 0, "an empty code does not move on")
        verify(field("setupCode").error !== "")
        typeText("WRONGCODE234")
        keyClick(Qt.Key_Return)
        compare(w.step, 1)

        // 2. The venue: name, Tab through address, phone, tax ID, public address.
        verify(field("venueNameField").activeFocus)
        keyClick(Qt.Key_Escape)
        compare(w.step, 0, "Esc goes back a page")
        keyClick(Qt.Key_Return)
        compare(w.step, 1)
        typeText("Baan Suan Spa")
        keyClick(Qt.Key_Tab); typeText("99 Nimman Road, Chiang Mai")
        keyClick(Qt.Key_Tab); typeText("053 000 111")
        keyClick(Qt.Key_Tab); typeText("0505560000123")
        keyClick(Qt.Key_Tab); typeText("ftp://spa.local")
        verify(field("publicUrlField").activeFocus)
        keyClick(Qt.Key_Return)
        compare(w.step, 2)

        // 3. Currency and language changed from their defaults with the arrow keys; the time
        //    zone found by typing.
        const currency = field("currencyBox")
        const language = field("languageBox")
        verify(currency.activeFocus)
        compare(currency.currentValue, "THB", "THB by default")
        keyClick(Qt.Key_Down)
        compare(currency.currentValue, "TWD")
        keyClick(Qt.Key_Tab)
        verify(language.activeFocus)
        compare(language.currentValue, "en")
        const th = language.indexOfValue("th")
        verify(th >= 0)
        while (language.currentIndex < th) keyClick(Qt.Key_Down)
        compare(language.currentValue, "th")
        keyClick(Qt.Key_Tab)
        verify(field("timeZoneSearch").activeFocus)
        verify(field("timeZoneBox").zoneId !== "Asia/Bangkok", "not Bangkok to start with")
        typeText("bangkok")
        tryCompare(field("timeZoneBox"), "zoneId", "Asia/Bangkok")
        keyClick(Qt.Key_Return)
        compare(w.step, 3)

        // 4. Rooms: "Room 1" is there; add one, Enter on the empty field moves on.
        compare(field("setupRooms").count, 1)
        verify(field("roomNameField").activeFocus)
        typeText("Couples Suite"); keyClick(Qt.Key_Return)
        compare(field("setupRooms").count, 2)
        typeText("couples suite"); keyClick(Qt.Key_Return)
        compare(field("setupRooms").count, 2, "the same room twice is refused")
        replaceText(field("roomNameField"), "")
        keyClick(Qt.Key_Return)
        compare(w.step, 4)

        // 5. The admin; the password twice, a mismatch caught here.
        verify(field("adminUserField").activeFocus)
        typeText("owner"); keyClick(Qt.Key_Return)
        typeText("Khun Malee"); keyClick(Qt.Key_Return)
        typeText("lotus-2026"); keyClick(Qt.Key_Return)
        typeText("lotus-2025"); keyClick(Qt.Key_Return)
        compare(w.step, 4)
        verify(field("adminAgainField").error !== "", "the mismatch is said under the second password")
        replaceText(field("adminAgainField"), "lotus-2026")
        keyClick(Qt.Key_Return)

        // The server refuses the code: back on page 1, said under the code, nothing stored.
        tryCompare(w, "step", 0, 5000)
        tryVerify(() => field("setupCode").error !== "", 2000)
        verify(field("setupCode").activeFocus)
        verify(testSupport.setupNeeded(), "nothing was set up")
        replaceText(field("setupCode"), code)
        for (let s = 0; s < 4; ++s) w.next()
        compare(w.step, 4)
        field("adminAgainField").forceActiveFocus()
        keyClick(Qt.Key_Return)

        // Then the bad public address: page 2, under that field.
        tryCompare(w, "step", 1, 5000)
        tryVerify(() => field("publicUrlField").error !== "", 2000)
        verify(field("publicUrlField").error.indexOf("public_url") >= 0, field("publicUrlField").error)
        verify(testSupport.setupNeeded(), "still nothing set up")
        replaceText(field("publicUrlField"), "http://spa.local:5000")
        keyClick(Qt.Key_Return)
        compare(w.step, 2)
        for (let s = 0; s < 2; ++s) keyClick(Qt.Key_Return) // page 3 (currency box), page 4 (empty room)
        compare(w.step, 4)
        field("adminAgainField").forceActiveFocus()
        keyClick(Qt.Key_Return)

        // Set up and signed in.
        tryCompare(f.desk, "signedIn", true, 5000)
        compare(f.desk.session.role, "admin")
        compare(f.desk.session.staffName, "Khun Malee")
        verify(!f.desk.setupNeeded)
        verify(!testSupport.setupNeeded())

        // What the server stored.
        const token = testSupport.signIn("owner", "lotus-2026")
        verify(token !== "", "the admin signs in with the password typed")
        const s = testSupport.get("/api/settings", token)
        compare(s.venue_name, "Baan Suan Spa")
        compare(s.address, "99 Nimman Road, Chiang Mai")
        compare(s.phone, "053 000 111")
        compare(s.tax_id, "0505560000123")
        compare(s.public_url, "http://spa.local:5000")
        compare(s.currency, "TWD")
        compare(s.language, "th")
        compare(s.timezone, "Asia/Bangkok")
        const rooms = testSupport.get("/api/rooms", token).rooms.map(r => r.name)
        compare(rooms.length, 2)
        verify(rooms.indexOf("Room 1") >= 0 && rooms.indexOf("Couples Suite") >= 0, JSON.stringify(rooms))
    }
}
