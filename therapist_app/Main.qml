// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// The therapist tablet: sign-in until signed in, then the queue; the lock over it after the idle
// time. Landscape (1280×800) or portrait (800×1280) by the window's shape.
Window {
    id: window
    required property TherapistState state
    // Scripted screenshots (SPA_PAGE=myday): the page to open once signed in.
    property string startPage: ""

    width: 1280
    height: 800
    visible: true
    title: qsTr("Spa Suite — Therapist")
    color: Theme.background

    // Sizes are designed for the short side = 800 px and scale with the screen.
    readonly property real s: Math.min(width, height) / 800
    readonly property bool portrait: height > width

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Only a signed-in tablet holds a live connection to report on.
        ConnectionBanner {
            Layout.fillWidth: true
            client: window.state.client
            scale: 1.3 * window.s
            visible: window.state.signedIn && client.status !== SocketClient.Connected
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: window.state.signedIn ? mainPage : signInPage
        }
    }

    // Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader cannot create a bound component
    // ("Cannot instantiate bound component outside its creation context"), so these two read the
    // window's properties unbound, and qmllint is told that this is meant.
    // qmllint disable unqualified
    Component {
        id: signInPage
        SignInPage {
            appState: window.state
            s: window.s
            portrait: window.portrait
        }
    }
    Component {
        id: mainPage
        MainPage {
            appState: window.state
            s: window.s
            portrait: window.portrait
            showMyDay: window.startPage === "myday"
        }
    }
    // qmllint enable unqualified

    LockScreen {
        anchors.fill: parent
        appState: window.state
        s: window.s
        portrait: window.portrait
    }

    // Any touch anywhere counts as activity for the idle lock. On top of everything, it only
    // watches: a PointHandler's grab is passive, so the tap still reaches the button under it.
    Item {
        anchors.fill: parent
        PointHandler {
            onActiveChanged: if (active) window.state.noteActivity()
        }
    }
}
