// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa

// ConnectionBanner (qml/ConnectionBanner.qml) over a real SocketClient: shown with "Reconnecting…"
// (and how old the last update is) while not connected, "Connecting…" while connecting, hidden and
// taking no room once connected.
TestCase {
    id: testCase
    name: "ConnectionBanner"
    when: windowShown
    visible: true // TestCase is invisible by default, and so would be every banner in it
    width: 400
    height: 300

    // A banner and its client; the banner is declared first so it goes first on destruction.
    Component {
        id: fixture
        Item {
            property alias banner: banner
            property alias client: client
            property alias bigBanner: bigBanner
            width: 400
            ConnectionBanner { id: banner; client: client; width: 400 }
            ConnectionBanner { id: bigBanner; client: client; width: 400; scale: 2 }
            SocketClient { id: client; maxBackoffMs: 300 }
        }
    }

    function make() {
        const f = createTemporaryObject(fixture, testCase)
        verify(f)
        return f
    }

    function label(banner) {
        for (let i = 0; i < banner.children.length; ++i)
            if (banner.children[i].text !== undefined)
                return banner.children[i]
        return null
    }

    function cleanup() {
        testSupport.unpinClock()
    }

    function test_offlineWithoutUpdate() {
        const f = make()
        compare(f.client.status, SocketClient.Offline)
        verify(isNaN(f.client.lastUpdate.getTime()))
        verify(f.banner.visible)
        verify(f.banner.implicitHeight > 0)
        compare(f.banner.secondsAgo, -1)
        compare(label(f.banner).text, "Reconnecting…")
        verify(label(f.banner).text.indexOf("ago") < 0)
        verify(Qt.colorEqual(f.banner.color, Theme.warning))
    }

    function test_connecting() {
        const f = make()
        f.client.serverUrl = silentServerUrl
        f.client.token = "whatever"
        f.client.open()
        tryCompare(f.client, "status", SocketClient.Connecting)
        verify(f.banner.visible)
        compare(label(f.banner).text, "Connecting…")
        f.client.close()
        compare(f.client.status, SocketClient.Offline)
        compare(label(f.banner).text, "Reconnecting…")
    }

    function test_hiddenWhenConnected() {
        const f = make()
        f.client.serverUrl = testServerUrl
        f.client.token = kioskToken
        verify(f.banner.visible)
        f.client.open()
        tryCompare(f.client, "status", SocketClient.Connected, 10000)
        verify(!f.banner.visible)
        compare(f.banner.implicitHeight, 0)
        // The first state has arrived: there is a last update.
        tryVerify(function() { return f.banner.secondsAgo >= 0 }, 5000)

        // Lost: shown again, with how long ago the last update was.
        f.client.close()
        verify(f.banner.visible)
        verify(f.banner.implicitHeight > 0)
        verify(/^Reconnecting… last update \d+ s ago$/.test(label(f.banner).text), label(f.banner).text)
    }

    function test_lastUpdateAge() {
        // WallClock pinned from C++ (WallClock::instance()->setFixedNow, "tests and screenshots can
        // pin it") must be the clock QML sees.
        const f = make()
        f.client.serverUrl = testServerUrl
        f.client.token = kioskToken
        f.client.open()
        tryVerify(function() { return f.banner.secondsAgo >= 0 }, 10000)
        f.client.close()
        const last = f.client.lastUpdate.getTime()

        testSupport.pinClock(new Date(last + 12000))
        compare(WallClock.now.getTime(), last + 12000)
        compare(f.banner.secondsAgo, 12)
        compare(label(f.banner).text, "Reconnecting… last update 12 s ago")
        testSupport.pinClock(new Date(last + 119000))
        compare(label(f.banner).text, "Reconnecting… last update 119 s ago")
        testSupport.pinClock(new Date(last + 5 * 60000 + 30000))
        compare(label(f.banner).text, "Reconnecting… last update 5 min ago")
    }

    function test_scale() {
        const f = make()
        compare(label(f.banner).font.pixelSize, Theme.fontBody)
        compare(label(f.bigBanner).font.pixelSize, 2 * Theme.fontBody)
        verify(f.bigBanner.implicitHeight > 1.7 * f.banner.implicitHeight,
               f.bigBanner.implicitHeight + " vs " + f.banner.implicitHeight + "; label "
               + label(f.bigBanner).implicitHeight + " vs " + label(f.banner).implicitHeight)
    }

    function test_translated() {
        const f = make()
        compare(label(f.banner).text, "Reconnecting…")
        verify(Language.setCurrent("th"))
        compare(label(f.banner).text, "กำลังเชื่อมต่อใหม่…")
        verify(Language.setCurrent("id"))
        compare(label(f.banner).text, "Menghubungkan ulang…")
        verify(Language.setCurrent("en"))
        compare(label(f.banner).text, "Reconnecting…")
    }
}
