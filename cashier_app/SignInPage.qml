// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// Sign-in: the venue (as last seen from this server) and the server this desk talks to, so a new
// user knows where they are signing in; user name and password; the language. Enter moves from
// the name to the password and signs in from there. The server's refusal is shown as it says it.
// Signing in or out empties the form, so the next person starts from a blank one.
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
    // An http(s) address with a host; anything else is refused before it is used.
    function validServer(text) { return /^https?:\/\/[^\s\/:]+(:\d{1,5})?\/?$/.test(text.trim()) }
    function submit() {
        if (user.text.trim() === "" || password.text === "" || page.state.session.busy)
            return
        if (!validServer(server.text)) {
            server.forceActiveFocus()
            return
        }
        if (server.text.trim() !== String(page.state.session.serverUrl))
            page.state.setServerUrl(server.text.trim())
        page.state.signIn(user.text, password.text)
    }
    Connections {
        target: page.state
        function onSignedInChanged() { page.clear() }
    }

    SurfaceCard {
        anchors.centerIn: parent
        width: Math.min(460, parent.width - 2 * Theme.padding)
        implicitHeight: form.implicitHeight + 2 * 32
        radius: Theme.radiusLarge

        ColumnLayout {
            id: form
            anchors.fill: parent
            anchors.margins: 32
            spacing: Theme.padding

            RowLayout {
                spacing: Theme.spacing
                Icon { name: "user-home"; color: Theme.accentStrong; Layout.preferredWidth: 28; Layout.preferredHeight: 28 }
                Text {
                    objectName: "venueName"
                    Layout.fillWidth: true
                    text: page.state.venueName !== "" ? page.state.venueName : qsTr("Spa Suite")
                    color: Theme.accentStrong
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
            }
            Text {
                text: qsTr("Front desk")
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Sign in to start the day")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            FormField {
                id: user
                objectName: "userField"
                Layout.fillWidth: true
                label: qsTr("User name")
                placeholderText: qsTr("User name")
                onAccepted: password.forceActiveFocus()
            }
            FormField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                label: qsTr("Password")
                placeholderText: qsTr("Password")
                echoMode: TextInput.Password
                onAccepted: page.submit()
            }
            ProblemStrip {
                Layout.fillWidth: true
                message: page.state.session.error
            }
            ActionButton {
                id: signIn
                objectName: "signIn"
                Layout.fillWidth: true
                kind: "primary"
                iconName: "go-next"
                hint: "↵"
                text: page.state.session.busy ? qsTr("Signing in…") : qsTr("Sign in")
                enabled: user.text.trim() !== "" && password.text !== "" && !page.state.session.busy
                onClicked: page.submit()
            }

            Rectangle { Layout.fillWidth: true; Layout.topMargin: Theme.spacing; height: 1; color: Theme.border }

            // This terminal: where it connects and in which language it speaks.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.padding
                FormField {
                    id: server
                    objectName: "serverField"
                    Layout.fillWidth: true
                    label: qsTr("Server")
                    text: String(page.state.session.serverUrl)
                    inputMethodHints: Qt.ImhUrlCharactersOnly
                    error: page.validServer(text) ? "" : qsTr("An address like http://192.168.1.10:5000")
                    onAccepted: page.submit()
                }
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    spacing: 4
                    Text {
                        text: qsTr("Language")
                        color: Theme.text
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        Accessible.ignored: true
                    }
                    LanguageBox { objectName: "signInLanguage"; Layout.preferredWidth: 150 }
                }
            }
        }
    }
}
