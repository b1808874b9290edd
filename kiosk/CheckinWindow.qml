// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// The self check-in screen (spa-kiosk --mode checkin): the venue's header, then one page of the
// flow at a time — start, services, name and phone, ticket. Portrait or landscape by the
// window's shape; every size scales with the short side (designed at 1080 px), every target
// stays at least 48 px.
Window {
    id: window
    required property CheckinState state

    width: 1080
    height: 1920
    visible: true
    title: qsTr("Spa Suite — Self check-in")
    color: Theme.background

    readonly property real s: Math.min(width, height) / 1080

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        KioskHeader {
            Layout.fillWidth: true
            s: window.s
            venue: window.state.venueName
        }
        // The kiosk cannot check anyone in: said on the first screen, in the customer's words.
        Rectangle {
            objectName: "offlineBanner"
            Layout.fillWidth: true
            visible: window.state.page === CheckinState.Start && window.state.problem !== CheckinState.None
            implicitHeight: offlineText.implicitHeight + 40 * window.s
            color: Theme.dangerTint
            Text {
                id: offlineText
                anchors.centerIn: parent
                width: parent.width - 80 * window.s
                text: qsTr("Self check-in is not available right now. Please ask at the front desk.")
                color: Theme.dangerText
                font.pixelSize: 38 * window.s
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
        // One page at a time; the others are hidden, not destroyed (a Loader of this file's
        // components cannot bind them to its ids in Qt 6.4).
        StackLayout {
            objectName: "pages"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: window.state.page === CheckinState.Services ? 1
                : window.state.page === CheckinState.Details ? 2
                : window.state.page === CheckinState.Ticket ? 3
                : 0
            CheckinStartPage { state: window.state; s: window.s }
            CheckinServicesPage { state: window.state; s: window.s }
            CheckinDetailsPage { state: window.state; s: window.s }
            CheckinTicketPage { state: window.state; s: window.s }
        }
    }
}
