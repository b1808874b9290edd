// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// My next booking on the main screen, one line ("Next booking: 15:00 Khun Somchai, Thai Massage,
// 1 h 30 min · Room 2"); a tap opens "my day". Hidden when no booking is coming.
Rectangle {
    id: strip
    required property TherapistState appState
    property real s: 1
    readonly property var next: appState.myDay.nextBooking
    //: How the tablet names a guest: a polite form of address and their first name
    readonly property string guest: next.bookingId !== undefined ? qsTr("Khun %1").arg(next.first_name) : ""
    signal opened()

    visible: next.bookingId !== undefined
    implicitHeight: Math.max(Theme.touchTarget, line.implicitHeight + 20 * s)
    radius: Theme.radius * s
    color: Theme.accentTint
    border.color: Theme.accent
    border.width: Math.max(1, 2 * s)
    Accessible.role: Accessible.Button
    Accessible.name: line.text

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16 * strip.s
        anchors.rightMargin: 16 * strip.s
        spacing: 12 * strip.s
        Icon {
            name: "x-office-calendar"
            color: Theme.accentStrong
            Layout.preferredWidth: 24 * strip.s
            Layout.preferredHeight: 24 * strip.s
        }
        Text {
            id: line
            objectName: "nextBookingText"
            Layout.fillWidth: true
            text: {
                const n = strip.next
                if (n.bookingId === undefined)
                    return ""
                const what = n.services !== "" ? n.services + ", " + Format.minutes(n.duration_min)
                                               : Format.minutes(n.duration_min)
                const where = n.room !== "" ? "  ·  " + n.room : ""
                //: %1 the time, %2 the guest ("Khun Somchai"), %3 services and length
                return qsTr("Next booking: %1 %2, %3").arg(n.time).arg(strip.guest).arg(what) + where
            }
            color: Theme.text
            font.pixelSize: 19 * strip.s
            font.bold: true
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Icon {
            name: "go-next"
            color: Theme.accentStrong
            Layout.preferredWidth: 20 * strip.s
            Layout.preferredHeight: 20 * strip.s
        }
    }
    TapHandler { onTapped: strip.opened() }
}
