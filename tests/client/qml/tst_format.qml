// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import Spa

// Format and WallClock (qml/util/format.h) as QML sees them.
TestCase {
    name: "Format"

    function test_money() {
        compare(Format.money(45000, "THB"), "฿450.00")
        compare(Format.money(-45000, "THB"), "-฿450.00")
        compare(Format.money(0, "THB"), "฿0.00")
        compare(Format.money(7, "USD"), "$0.07")
        compare(Format.money(123456789, "THB"), "฿1,234,567.89")
    }

    function test_minutes() {
        compare(Format.minutes(5), "5 min")
        compare(Format.minutes(60), "1 h")
        compare(Format.minutes(95), "1 h 35 min")
    }

    function test_secondsBetween() {
        const t = new Date(Date.UTC(2026, 2, 2, 9, 0, 0))
        const later = new Date(Date.UTC(2026, 2, 2, 9, 1, 15))
        compare(Format.secondsBetween(t, later), 75)
        compare(Format.secondsBetween(later, t), 0)
        // A client that never had an update has an invalid lastUpdate.
        const fresh = Qt.createQmlObject("import Spa; SocketClient {}", this)
        compare(Format.secondsBetween(fresh.lastUpdate, later), -1)
        fresh.destroy()
        compare(Format.minutesSince("2026-03-02T09:00:00.000Z", later), 1)
        compare(Format.minutesSince("garbage", later), -1)
    }

    function test_wallClock() {
        verify(WallClock.now instanceof Date)
        verify(Math.abs(WallClock.now.getTime() - Date.now()) < 5000)
        // Pinned from C++ (WallClock::instance()->setFixedNow): QML must see the same clock.
        verify(WallClock === testSupport.wallClock(),
               "the WallClock singleton in QML is not WallClock::instance(): " + WallClock + " vs " + testSupport.wallClock())
        const pinned = new Date(Date.UTC(2030, 0, 1, 12, 0, 0))
        testSupport.pinClock(pinned)
        compare(WallClock.now.getTime(), pinned.getTime())
        wait(1200) // pinned: the tick does not move it
        compare(WallClock.now.getTime(), pinned.getTime())
        testSupport.unpinClock()
        verify(Math.abs(WallClock.now.getTime() - Date.now()) < 5000)
    }
}
