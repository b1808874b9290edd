// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// The first-run setup, shown instead of the sign-in while the server has no admin: the setup
// code, the venue, its money and time, its rooms, the first admin; then POST /api/setup signs the
// admin in. Enter moves on (and sets up from the last page), Esc goes back a page. A problem the
// server finds is shown under its field, on its page, which the wizard goes back to.
Rectangle {
    id: page
    required property CashierState state
    property int step: 0
    readonly property int lastStep: 4
    signal shown()
    color: Theme.background
    Component.onCompleted: { focusStep(); shown() }

    readonly property var stepTitles: [qsTr("Setup code"), qsTr("The venue"), qsTr("Money, time and language"),
                                       qsTr("Rooms"), qsTr("First admin")]
    // Which page asks for which field, so a refusal takes the owner to the right one.
    readonly property var stepKeys: [["code"], ["venue_name", "address", "phone", "tax_id", "public_url"],
                                     ["currency", "timezone", "language"], ["rooms"],
                                     ["admin_username", "admin_display_name", "admin_password", "admin_password_again"]]

    function fields() {
        return { code: code.text, venue_name: venueName.text, address: address.text, phone: phone.text,
                 tax_id: taxId.text, public_url: publicUrl.text, currency: currency.currentValue,
                 timezone: timeZone.zoneId, language: language.currentValue,
                 admin_username: adminUser.text, admin_display_name: adminName.text,
                 admin_password: adminPassword.text, admin_password_again: adminAgain.text }
    }
    function err(key) { return form.fieldErrors[key] || "" }
    function focusStep() {
        const first = [code, venueName, currency, roomName, adminUser][step]
        first.forceActiveFocus()
    }
    function next() {
        if (form.busy)
            return
        if (Object.keys(form.check(fields(), stepKeys[step])).length > 0) {
            focusFirstProblem()
            return
        }
        if (step < lastStep) { step += 1; focusStep() }
        else form.submit(fields())
    }
    function back() {
        if (step > 0 && !form.busy) { form.clearErrors(); step -= 1; focusStep() }
    }
    function focusFirstProblem() {
        const byKey = { code: code, venue_name: venueName, address: address, phone: phone, tax_id: taxId,
                        public_url: publicUrl, currency: currency, timezone: timeZone, language: language,
                        rooms: roomName, admin_username: adminUser, admin_display_name: adminName,
                        admin_password: adminPassword, admin_password_again: adminAgain }
        for (let s = 0; s <= lastStep; ++s)
            for (const k of stepKeys[s])
                if (form.fieldErrors[k]) {
                    step = s
                    const f = byKey[k]
                    if (f === timeZone) f.focusSearch(); else f.forceActiveFocus()
                    return
                }
    }

    SetupForm {
        id: form
        session: page.state.session
        onErrorsChanged: if (Object.keys(fieldErrors).length > 0) page.focusFirstProblem()
        onAlreadySetUp: page.state.checkServer()
    }

    Keys.onEscapePressed: page.back()

    SurfaceCard {
        id: card
        anchors.centerIn: parent
        width: Math.min(760, parent.width - 2 * Theme.padding)
        height: Math.min(parent.height - 2 * Theme.padding, 660)
        radius: Theme.radiusLarge

        ColumnLayout {
            anchors.fill: parent
            anchors.margins: 28
            spacing: Theme.padding

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Icon { name: "user-home"; color: Theme.accentStrong; Layout.preferredWidth: 28; Layout.preferredHeight: 28 }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Set up Spa Suite")
                    color: Theme.accentStrong
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    wrapMode: Text.WordWrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                LanguageBox { objectName: "setupLanguage"; Layout.preferredWidth: 150 }
                Text {
                    objectName: "stepCounter"
                    text: qsTr("Step %1 of %2").arg(page.step + 1).arg(page.lastStep + 1)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontBody
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            // Where the owner is: each step's name, the current one marked in bold and with a bar
            // (and in words for a screen reader), not by colour alone.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Repeater {
                    model: page.stepTitles
                    delegate: ColumnLayout {
                        id: crumb
                        required property int index
                        required property string modelData
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        Layout.alignment: Qt.AlignTop // the bars in one line when a name wraps
                        spacing: 4
                        Rectangle {
                            Layout.fillWidth: true
                            height: 4
                            radius: 2
                            color: crumb.index <= page.step ? Theme.accent : Theme.border
                        }
                        Text {
                            Layout.fillWidth: true
                            text: crumb.modelData
                            color: crumb.index === page.step ? Theme.text : Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            font.bold: crumb.index === page.step
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: crumb.index === page.step ? qsTr("%1 (current step)").arg(text) : text
                        }
                    }
                }
            }
            Text {
                objectName: "stepTitle"
                text: page.stepTitles[page.step]
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: page.step

                // 1. The setup code: the credential until an admin exists.
                ColumnLayout {
                    spacing: Theme.padding
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("This server has no admin yet. Its one-time setup code is in the server's log and in the file setup-code in its data folder (for example /var/lib/spa/setup-code).")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    FormField {
                        id: code
                        objectName: "setupCode"
                        Layout.fillWidth: true
                        label: qsTr("Setup code")
                        placeholderText: qsTr("12 letters and digits")
                        // The code in a fixed-width face (0 and O apart); the hint in the
                        // theme's, which has Thai.
                        font.family: text === "" ? Theme.fontFamily : "monospace"
                        error: page.err("code")
                        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
                        onAccepted: page.next()
                    }
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Server: %1").arg(String(page.state.session.serverUrl))
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WrapAnywhere
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Item { Layout.fillHeight: true }
                }

                // 2. The venue as receipts and screens name it.
                GridLayout {
                    columns: 2
                    columnSpacing: Theme.padding
                    rowSpacing: Theme.spacing
                    FormField {
                        id: venueName
                        objectName: "venueNameField"
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        label: qsTr("Venue name")
                        placeholderText: qsTr("As on the receipts and the wall screen")
                        maximumLength: 100
                        error: page.err("venue_name")
                        onAccepted: page.next()
                    }
                    FormField {
                        id: address
                        objectName: "addressField"
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        label: qsTr("Address (optional)")
                        maximumLength: 300
                        error: page.err("address")
                        onAccepted: page.next()
                    }
                    FormField {
                        id: phone
                        objectName: "phoneField"
                        Layout.fillWidth: true
                        label: qsTr("Phone (optional)")
                        maximumLength: 40
                        inputMethodHints: Qt.ImhDialableCharactersOnly
                        error: page.err("phone")
                        onAccepted: page.next()
                    }
                    FormField {
                        id: taxId
                        objectName: "taxIdField"
                        Layout.fillWidth: true
                        label: qsTr("Tax ID (optional)")
                        maximumLength: 40
                        error: page.err("tax_id")
                        onAccepted: page.next()
                    }
                    FormField {
                        id: publicUrl
                        objectName: "publicUrlField"
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        label: qsTr("Address for customers' phones (optional)")
                        placeholderText: "http://spa.local:5000"
                        inputMethodHints: Qt.ImhUrlCharactersOnly
                        error: page.err("public_url")
                        onAccepted: page.next()
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        text: qsTr("The QR code on a ticket opens this address. Leave it empty and the server offers its own address on the local network.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Item { Layout.fillHeight: true }
                }

                // 3. Money, time and language.
                ColumnLayout {
                    spacing: Theme.spacing
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.padding
                        ColumnLayout {
                            spacing: 4
                            Text { text: qsTr("Currency"); color: Theme.text; font.pixelSize: Theme.fontSmall; font.bold: true; Accessible.ignored: true }
                            SelectBox {
                                id: currency
                                objectName: "currencyBox"
                                Layout.preferredWidth: 140
                                model: form.currencies
                                Accessible.name: qsTr("Currency")
                                Component.onCompleted: currentIndex = Math.max(0, indexOfValue("THB"))
                                Keys.onReturnPressed: (event) => { if (popup.visible) event.accepted = false; else page.next() }
                                Keys.onEnterPressed: (event) => { if (popup.visible) event.accepted = false; else page.next() }
                            }
                        }
                        ColumnLayout {
                            spacing: 4
                            Text { text: qsTr("Default language"); color: Theme.text; font.pixelSize: Theme.fontSmall; font.bold: true; Accessible.ignored: true }
                            SelectBox {
                                id: language
                                objectName: "languageBox"
                                Layout.preferredWidth: 200
                                model: Language.available
                                textRole: "name"
                                valueRole: "code"
                                Accessible.name: qsTr("Default language")
                                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(Language.current))
                                Keys.onReturnPressed: (event) => { if (popup.visible) event.accepted = false; else page.next() }
                                Keys.onEnterPressed: (event) => { if (popup.visible) event.accepted = false; else page.next() }
                            }
                        }
                        Text {
                            Layout.fillWidth: true
                            Layout.alignment: Qt.AlignBottom
                            text: qsTr("Prices are kept in the currency's smallest unit; it cannot change once money is taken.")
                            color: Theme.textMuted
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.StaticText
                            Accessible.name: text
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: page.err("currency") !== "" || page.err("language") !== ""
                        text: page.err("currency") || page.err("language")
                        color: Theme.dangerText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    TimeZoneBox {
                        id: timeZone
                        objectName: "timeZoneBox"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        listHeight: 150
                        error: page.err("timezone")
                        Component.onCompleted: zoneId = tzDefault.systemZone()
                        onAccepted: page.next()
                        TimeZoneModel { id: tzDefault }
                    }
                }

                // 4. Rooms (or beds): a visit is given one with its therapist.
                ColumnLayout {
                    spacing: Theme.spacing
                    Text {
                        Layout.fillWidth: true
                        text: qsTr("The treatment rooms or beds. A visit gets the first free one when a therapist is assigned. More can be added later in Admin.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontBody
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        FormField {
                            id: roomName
                            objectName: "roomNameField"
                            Layout.fillWidth: true
                            label: qsTr("New room")
                            placeholderText: qsTr("e.g. Room 2, Couples suite")
                            maximumLength: 50
                            error: page.err("rooms")
                            property string problem: ""
                            // Enter adds what is typed; with nothing typed it moves on.
                            onAccepted: {
                                if (text.trim() === "") { page.next(); return }
                                problem = form.addRoom(text)
                                if (problem === "") text = ""
                            }
                            onTextChanged: problem = ""
                        }
                        ActionButton {
                            objectName: "addRoom"
                            Layout.alignment: Qt.AlignBottom
                            text: qsTr("Add room")
                            iconName: "list-add"
                            enabled: roomName.text.trim() !== ""
                            onClicked: { roomName.problem = form.addRoom(roomName.text); if (roomName.problem === "") roomName.text = ""; roomName.forceActiveFocus() }
                        }
                    }
                    ProblemStrip { Layout.fillWidth: true; message: roomName.problem; severity: "warning" }
                    ListView {
                        id: roomList
                        objectName: "setupRooms"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        spacing: Theme.spacingSmall
                        model: form.rooms
                        delegate: Rectangle {
                            id: roomRow
                            required property int index
                            required property string modelData
                            width: ListView.view.width
                            height: 44
                            radius: Theme.radiusSmall
                            color: Theme.surfaceAlt
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: Theme.padding
                                anchors.rightMargin: Theme.spacing
                                Text {
                                    Layout.fillWidth: true
                                    text: roomRow.modelData
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    elide: Text.ElideRight
                                    Accessible.role: Accessible.ListItem
                                    Accessible.name: text
                                }
                                ActionButton {
                                    kind: "quiet"
                                    compact: true
                                    iconName: "edit-delete"
                                    text: qsTr("Remove")
                                    Accessible.name: qsTr("Remove %1").arg(roomRow.modelData)
                                    onClicked: form.removeRoom(roomRow.index)
                                }
                            }
                        }
                        EmptyState {
                            anchors.centerIn: parent
                            width: parent.width
                            visible: roomList.count === 0
                            text: qsTr("No rooms yet: visits then get none. Type a name above and press Enter.")
                        }
                    }
                }

                // 5. The first admin, who signs in at the end.
                GridLayout {
                    columns: 2
                    columnSpacing: Theme.padding
                    rowSpacing: Theme.spacing
                    FormField {
                        id: adminUser
                        objectName: "adminUserField"
                        Layout.fillWidth: true
                        label: qsTr("User name")
                        maximumLength: 64
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                        error: page.err("admin_username")
                        onAccepted: adminName.forceActiveFocus()
                    }
                    FormField {
                        id: adminName
                        objectName: "adminNameField"
                        Layout.fillWidth: true
                        label: qsTr("Display name (optional)")
                        maximumLength: 100
                        error: page.err("admin_display_name")
                        onAccepted: adminPassword.forceActiveFocus()
                    }
                    FormField {
                        id: adminPassword
                        objectName: "adminPasswordField"
                        Layout.fillWidth: true
                        label: qsTr("Password")
                        placeholderText: qsTr("At least 8 characters")
                        echoMode: TextInput.Password
                        error: page.err("admin_password")
                        onAccepted: adminAgain.forceActiveFocus()
                    }
                    FormField {
                        id: adminAgain
                        objectName: "adminAgainField"
                        Layout.fillWidth: true
                        label: qsTr("Password again")
                        echoMode: TextInput.Password
                        error: page.err("admin_password_again")
                        onAccepted: page.next()
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.columnSpan: 2
                        text: qsTr("This admin signs in at once and can then add the other staff, services and prices in Admin.")
                        color: Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    Item { Layout.fillHeight: true }
                }
            }

            ProblemStrip {
                objectName: "setupProblem"
                Layout.fillWidth: true
                message: form.error
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                ActionButton {
                    objectName: "setupBack"
                    visible: page.step > 0
                    text: qsTr("Back")
                    hint: "Esc"
                    enabled: !form.busy
                    onClicked: page.back()
                }
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "setupNext"
                    kind: "primary"
                    iconName: page.step === page.lastStep ? "emblem-ok" : "go-next"
                    hint: "↵"
                    text: form.busy ? qsTr("Setting up…")
                          : page.step === page.lastStep ? qsTr("Set up and sign in") : qsTr("Next")
                    enabled: !form.busy
                    onClicked: page.next()
                }
            }
        }
    }
}
