// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// The wall monitor: now serving, waiting with estimated waits, therapists, the clock and the
// venue's name; payment and "your therapist is ready" notices flash over it. Landscape or
// portrait by the window's shape.
Window {
    id: window
    required property MonitorState state

    width: 1920
    height: 1080
    visible: true
    title: qsTr("Spa Suite — Wall monitor")
    color: Theme.background

    // Every size is designed for the short side = 1080 px and scales with the screen.
    readonly property real s: Math.min(width, height) / 1080
    readonly property bool portrait: height > width

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        ConnectionBanner {
            Layout.fillWidth: true
            client: window.state.client
            scale: 1.8 * window.s
        }

        KioskHeader {
            Layout.fillWidth: true
            s: window.s
            venue: window.state.venueName
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 24 * window.s
            columns: window.portrait ? 1 : 3
            rowSpacing: 24 * window.s
            columnSpacing: 24 * window.s

            NowServingPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 4
                Layout.preferredHeight: 2
                s: window.s
                model: window.state.nowServing
            }
            WaitingPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                Layout.preferredHeight: 5
                s: window.s
                model: window.state.waiting
            }
            TherapistPanel {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                Layout.preferredHeight: 3 // portrait: two rows of two therapists, at the wall's type size
                s: window.s
                model: window.state.therapists
                columns: window.portrait ? 2 : 1
            }
        }

        // The next bookings, while there are any and no notice is up (the notice's row is the
        // one that counts then).
        ArrivingSoonStrip {
            objectName: "arrivingSoon"
            Layout.fillWidth: true
            Layout.leftMargin: 24 * window.s
            Layout.rightMargin: 24 * window.s
            Layout.bottomMargin: 24 * window.s
            visible: model.count > 0 && window.state.currentNotice.kind === undefined
            s: window.s
            model: window.state.arrivingSoon
        }

        // The notice takes a row of its own below the lists while it shows: their last rows stay
        // in sight (the lists give up the height instead).
        NoticeOverlay {
            objectName: "notice"
            Layout.fillWidth: true
            Layout.leftMargin: 24 * window.s
            Layout.rightMargin: 24 * window.s
            Layout.bottomMargin: active ? 24 * window.s : 0
            Layout.preferredHeight: active ? implicitHeight : 0
            s: window.s
            notice: window.state.currentNotice
        }
    }

}
