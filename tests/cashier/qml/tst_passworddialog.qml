// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaCashier

// Issue 13: changing your own password from the user menu, against the real server, by keyboard.
// A wrong current password and two different new ones are refused under their fields and change
// nothing; the right ones change it: the desk stays signed in on a new token, the server takes
// the new password and no longer the old. Esc closes the dialog without a change.
TestCase {
    id: testCase
    name: "PasswordDialog"
    when: windowShown
    visible: true
    width: 1000
    height: 700

    Component {
        id: fixture
        Item {
            property alias desk: desk
            property alias dialog: dialog
            width: 1000
            height: 700
            CashierState { id: desk }
            PasswordDialog { id: dialog; state: desk }
        }
    }

    function typeText(text) { for (const c of text) keyClick(c) }

    function test_changeOwnPassword() {
        verify(testSupport.newDeskUser("nightdesk", "first-pass"))
        const f = createTemporaryObject(fixture, testCase)
        f.desk.setServerUrl(testServerUrl)
        f.desk.signIn("nightdesk", "first-pass")
        tryCompare(f.desk, "signedIn", true, 5000)
        const firstToken = f.desk.session.token

        f.dialog.openForm()
        tryCompare(f.dialog, "opened", true)
        const old = findChild(f.dialog.contentItem, "oldPassword")
        const fresh = findChild(f.dialog.contentItem, "newPassword")
        const again = findChild(f.dialog.contentItem, "newPasswordAgain")
        verify(old.activeFocus, "the current password has the focus")

        // Two different new ones: said under the second, nothing sent.
        typeText("first-pass"); keyClick(Qt.Key_Return)
        verify(fresh.activeFocus, "Enter moves down")
        typeText("second-pass"); keyClick(Qt.Key_Return)
        typeText("second-typo"); keyClick(Qt.Key_Return)
        tryVerify(() => again.error !== "", 2000)
        verify(testSupport.canSignIn("nightdesk", "first-pass"), "unchanged")

        // A wrong current password: the server's refusal under that field.
        old.selectAll(); old.forceActiveFocus(); keyClick(Qt.Key_Backspace); typeText("not-it")
        again.forceActiveFocus(); again.selectAll(); keyClick(Qt.Key_Backspace); typeText("second-pass")
        keyClick(Qt.Key_Return)
        tryVerify(() => old.error !== "", 5000, "wrong current password said under it")
        verify(old.activeFocus, "and the focus is there to correct it")
        verify(f.dialog.opened)

        // The right one: changed, still signed in here with a new token.
        old.selectAll(); keyClick(Qt.Key_Backspace); typeText("first-pass")
        again.forceActiveFocus(); keyClick(Qt.Key_Return)
        tryCompare(f.dialog, "opened", false, 5000)
        verify(f.desk.signedIn, "still signed in")
        verify(f.desk.session.token !== firstToken, "on the new session")
        verify(testSupport.canSignIn("nightdesk", "second-pass"))
        verify(!testSupport.canSignIn("nightdesk", "first-pass"))

        // Esc closes without a change.
        f.dialog.openForm()
        tryCompare(f.dialog, "opened", true)
        typeText("second-pass")
        keyClick(Qt.Key_Escape)
        tryCompare(f.dialog, "opened", false, 2000)
        verify(testSupport.canSignIn("nightdesk", "second-pass"))
    }
}
