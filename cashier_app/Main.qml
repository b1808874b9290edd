// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// The front desk: sign in, then the queue board, the day view and (for admins) the back office.
// F1/F2/F3 switch pages, Ctrl+N checks a customer in.
ApplicationWindow {
    id: window
    required property CashierState state
    required property string serverUrl
    required property ScreenshotGate gate

    width: 1366
    height: 768
    visible: true
    title: state.venueName === "" ? qsTr("Spa Suite — Front desk") : qsTr("%1 — Front desk").arg(state.venueName)
    color: Theme.background
    font.pixelSize: Theme.fontBody

    property int page: 0 // 0 queue, 1 day, 2 admin, 3 audit

    Component.onCompleted: {
        if (gate.page === "day") page = 1
        else if (gate.page === "admin") page = 2
        else if (gate.page === "audit") page = 3
    }

    header: ColumnLayout {
        spacing: 0
        visible: window.state.signedIn
        ConnectionBanner {
            Layout.fillWidth: true
            client: window.state.client
        }
        ToolBar {
            Layout.fillWidth: true
            background: Rectangle { color: Theme.accent }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                spacing: Theme.padding
                Label {
                    text: window.state.venueName
                    color: Theme.accentText
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                }
                TabBar {
                    id: tabs
                    currentIndex: window.page
                    onCurrentIndexChanged: window.page = currentIndex
                    background: null
                    TabButton { text: qsTr("Queue") + "  F1"; width: implicitWidth + 24 }
                    TabButton { text: qsTr("Day") + "  F2"; width: implicitWidth + 24 }
                    TabButton { text: qsTr("Admin") + "  F3"; width: implicitWidth + 24; visible: window.state.isAdmin }
                    TabButton { text: qsTr("Audit") + "  F4"; width: implicitWidth + 24; visible: window.state.isAdmin }
                }
                Item { Layout.fillWidth: true }
                ComboBox {
                    id: languages
                    model: Language.available
                    textRole: "name"
                    valueRole: "code"
                    implicitWidth: 170
                    Component.onCompleted: currentIndex = indexOfValue(Language.current)
                    onActivated: Language.setCurrent(currentValue)
                    Accessible.name: qsTr("Language")
                }
                Label {
                    text: window.state.session.staffName + " · " + window.roleName(window.state.session.role)
                    color: Theme.accentText
                }
                Button {
                    text: qsTr("Sign out")
                    onClicked: window.state.signOut()
                }
            }
        }
    }

    function roleName(role) {
        return role === "admin" ? qsTr("Admin") : role === "cashier" ? qsTr("Cashier") : role
    }

    Shortcut { sequence: "F1"; enabled: window.state.signedIn; onActivated: window.page = 0 }
    Shortcut { sequence: "F2"; enabled: window.state.signedIn; onActivated: window.page = 1 }
    Shortcut { sequence: "F3"; enabled: window.state.signedIn && window.state.isAdmin; onActivated: window.page = 2 }
    Shortcut { sequence: "F4"; enabled: window.state.signedIn && window.state.isAdmin; onActivated: window.page = 3 }

    SignInPage {
        anchors.fill: parent
        visible: !window.state.signedIn
        state: window.state
        onShown: if (window.gate.page === "") window.gate.ready = true
    }

    StackLayout {
        anchors.fill: parent
        visible: window.state.signedIn
        currentIndex: window.page
        QueueBoard {
            state: window.state
            serverUrl: window.serverUrl
            gate: window.gate
        }
        DayPage {
            state: window.state
            gate: window.gate
            active: window.page === 1 && window.state.signedIn
        }
        AdminPage {
            state: window.state
            gate: window.gate
            active: window.page === 2 && window.state.signedIn
        }
        AuditPage {
            state: window.state
            gate: window.gate
            active: window.page === 3 && window.state.signedIn && window.state.isAdmin
        }
    }
}
