// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa
import SpaTherapist

// LockScreen (therapist_app/LockScreen.qml) over a real TherapistState signed in to the test
// server: hidden until the idle time runs out, covers what is under it, a wrong PIN keeps it shut
// with the server's answer shown, the right PIN opens it, "Not you?" signs out. Each test signs in
// another therapist, so wrong PINs never reach the server's limit for one account.
TestCase {
    id: testCase
    name: "LockScreen"
    when: windowShown
    visible: true
    width: 1280
    height: 800

    Component {
        id: fixture
        Item {
            property alias app: app
            property alias lock: lock
            property alias under: under
            property int taps: 0
            width: 1280
            height: 800

            TherapistState {
                id: app
                serverUrl: testServerUrl
                idleLockSeconds: 0
            }
            // Something to tap under the lock.
            TouchButton {
                id: under
                x: 10
                y: 10
                width: 200
                text: "under"
                onClicked: parent.taps++
            }
            LockScreen {
                id: lock
                anchors.fill: parent
                appState: app
            }
        }
    }

    function signedIn(staffId, pin) {
        const f = createTemporaryObject(fixture, testCase)
        verify(f)
        f.app.signIn(staffId, pin)
        tryCompare(f.app, "signedIn", true, 5000)
        tryCompare(f.app, "hasState", true, 5000)
        return f
    }
    function enter(f, digits) {
        const pad = findChild(f.lock, "unlockPad")
        verify(pad)
        for (const d of digits)
            mouseClick(findChild(pad, "key" + d))
        mouseClick(findChild(pad, "keySubmit"))
    }

    function test_locksAfterIdleTime() {
        const f = signedIn(4, "2222")
        verify(!f.lock.visible)
        f.app.idleLockSeconds = 1
        tryCompare(f.app, "locked", true, 4000)
        verify(f.lock.visible)
        compare(findChild(f.lock, "lockTitle").text, "Locked")
        compare(findChild(f.lock, "lockQueueCount").text, "No customers in your queue")
        verify(findChild(f.lock, "lockSignOut").text.indexOf("Budi") >= 0)
        verify(findChild(findChild(f.lock, "unlockPad"), "keySubmit").text === "Unlock")
    }

    function test_coversWhatIsUnder() {
        const f = signedIn(4, "2222")
        mouseClick(f.under)
        compare(f.taps, 1)
        f.app.lock()
        verify(f.lock.visible)
        mouseClick(f.under)
        compare(f.taps, 1)
    }

    function test_wrongThenRightPin() {
        const f = signedIn(5, "3333")
        f.app.lock()
        enter(f, "9999")
        tryVerify(() => f.app.error !== "", 5000)
        verify(f.app.locked)
        compare(f.app.error, "Wrong PIN")
        compare(findChild(f.lock, "lockError").text, "Wrong PIN")
        compare(findChild(f.lock, "unlockPad").length, 0) // the pad empties for the next try
        enter(f, "3333")
        tryCompare(f.app, "locked", false, 5000)
        verify(!f.lock.visible)
        compare(f.app.error, "")
        verify(f.app.signedIn)
    }

    function test_notYouSignsOut() {
        const f = signedIn(3, "1111")
        f.app.lock()
        const button = findChild(f.lock, "lockSignOut")
        verify(button.text.indexOf("Anna") >= 0)
        mouseClick(button)
        compare(f.app.signedIn, false)
        verify(!f.lock.visible)
    }

    function test_touchTargets() {
        const f = signedIn(6, "4444")
        f.app.lock()
        const button = findChild(f.lock, "lockSignOut")
        verify(button.height >= Theme.touchTarget && button.width >= Theme.touchTarget)
        const pad = findChild(f.lock, "unlockPad")
        for (const name of ["key0", "key5", "keyClear", "keyBackspace", "keySubmit"]) {
            const k = findChild(pad, name)
            verify(k.width >= 64 && k.height >= 64, name)
            // Fully on screen.
            const p = k.mapToItem(f, 0, 0)
            verify(p.x >= 0 && p.y >= 0 && p.x + k.width <= f.width && p.y + k.height <= f.height, name)
        }
    }
}
