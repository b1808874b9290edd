// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// User name and password; Enter signs in. The server's refusal is shown as it says it. Signing in
// or out empties the form, so the next person starts from a blank one.
Rectangle {
    id: page
    required property CashierState state
    signal shown()
    color: Theme.background
    Component.onCompleted: { user.forceActiveFocus(); shown() }

    function clear() {
        user.text = ""
        password.text = ""
        if (!page.state.signedIn)
            user.forceActiveFocus()
    }
    Connections {
        target: page.state
        function onSignedInChanged() { page.clear() }
    }

    Pane {
        anchors.centerIn: parent
        width: 420
        padding: 32
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.border }

        ColumnLayout {
            anchors.fill: parent
            spacing: Theme.padding
            Label {
                text: qsTr("Front desk")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
            }
            Label {
                text: qsTr("Sign in to start the day")
                color: Theme.textMuted
            }
            TextField {
                id: user
                Layout.fillWidth: true
                placeholderText: qsTr("User name")
                onAccepted: password.forceActiveFocus()
            }
            TextField {
                id: password
                Layout.fillWidth: true
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                onAccepted: signIn.clicked()
            }
            Label {
                Layout.fillWidth: true
                visible: text !== ""
                text: page.state.session.error
                color: Theme.danger
                wrapMode: Text.WordWrap
            }
            Button {
                id: signIn
                Layout.fillWidth: true
                text: page.state.session.busy ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: user.text.trim() !== "" && password.text !== "" && !page.state.session.busy
                highlighted: true
                onClicked: page.state.signIn(user.text, password.text)
            }
        }
    }
}
