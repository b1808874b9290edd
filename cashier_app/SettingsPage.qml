// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// Admin › Settings: the venue as receipts and screens name it, how its wall screens announce
// calls, its currency, time zone and default language, and its opening hours per weekday. Save
// (Enter in a field, or Ctrl+S) sends only what changed; Esc puts the page back as stored. The server's refusal of a field shows
// under that field, and nothing is changed by it.
Item {
    id: page
    required property CashierState state
    property bool active: false
    signal loaded()
    onActiveChanged: if (active) { venue.clearError(); venue.refresh() }

    VenueSettings {
        id: venue
        session: page.state.session
        onStoredChanged: page.reset()
        onBusyChanged: if (!busy && loaded) page.loaded()
        onSaved: toast.show(qsTr("Settings saved"))
    }

    function err(key) { return venue.fieldErrors[key] || "" }
    function edited() {
        return { venue_name: venueName.text, address: address.text, phone: phone.text, tax_id: taxId.text,
                 receipt_footer: footer.text, public_url: publicUrl.text, currency: currency.currentValue,
                 timezone: timeZone.zoneId, language: language.currentValue,
                 announce_seconds: announceSeconds.text, announce_replay_max_age_seconds: replayAge.text,
                 announce_second_language: secondLanguage.currentValue }
    }
    // What is on the page differs from what is stored (a dependency on every field, for the button).
    readonly property bool dirty: venue.loaded && (venueName.text, address.text, phone.text, taxId.text, footer.text,
                                  publicUrl.text, currency.currentIndex, timeZone.zoneId, language.currentIndex,
                                  announceSeconds.text, replayAge.text, secondLanguage.currentIndex,
                                  hoursVersion, venue.changedKeys(edited()).length > 0)
    property int hoursVersion: 0
    Connections { target: venue.openingHours; function onChanged() { page.hoursVersion++ } }

    function reset() {
        const s = venue.stored
        venueName.text = s.venue_name || ""
        address.text = s.address || ""
        phone.text = s.phone || ""
        taxId.text = s.tax_id || ""
        footer.text = s.receipt_footer || ""
        publicUrl.text = s.public_url || ""
        currency.currentIndex = currency.indexOfValue(s.currency)
        language.currentIndex = language.indexOfValue(s.language)
        timeZone.zoneId = s.timezone || "UTC"
        announceSeconds.text = s.announce_seconds !== undefined ? String(s.announce_seconds) : ""
        replayAge.text = s.announce_replay_max_age_seconds !== undefined ? String(s.announce_replay_max_age_seconds) : ""
        secondLanguage.currentIndex = secondLanguage.indexOfValue(s.announce_second_language || "")
    }
    function save() { if (page.dirty) venue.save(edited()) }

    Shortcut { sequence: "Ctrl+S"; enabled: page.active; onActivated: page.save() }
    Keys.onEscapePressed: { venue.clearError(); venue.refresh() }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Text {
                Layout.fillWidth: true
                text: qsTr("Venue settings")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ActionButton {
                objectName: "revertSettings"
                text: qsTr("Undo changes")
                hint: "Esc"
                enabled: page.dirty && !venue.busy
                onClicked: { venue.clearError(); page.reset(); venue.refresh() }
            }
            ActionButton {
                objectName: "saveSettings"
                kind: "primary"
                iconName: "document-save"
                hint: "Ctrl+S"
                text: qsTr("Save settings")
                enabled: page.dirty && !venue.busy
                onClicked: page.save()
            }
        }
        ProblemStrip {
            objectName: "settingsProblem"
            Layout.fillWidth: true
            message: venue.error
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            // The venue as receipts, tickets and the wall screen name it.
            SurfaceCard {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 5
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    Text { text: qsTr("The venue"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text
                           Accessible.role: Accessible.Heading; Accessible.name: text }
                    FormField { id: venueName; objectName: "settingsVenueName"; Layout.fillWidth: true; label: qsTr("Venue name")
                                maximumLength: 100; error: page.err("venue_name"); onAccepted: page.save() }
                    FormField { id: address; objectName: "settingsAddress"; Layout.fillWidth: true; label: qsTr("Address")
                                maximumLength: 300; error: page.err("address"); onAccepted: page.save() }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        FormField { id: phone; objectName: "settingsPhone"; Layout.fillWidth: true; label: qsTr("Phone")
                                    maximumLength: 40; error: page.err("phone"); onAccepted: page.save() }
                        FormField { id: taxId; objectName: "settingsTaxId"; Layout.fillWidth: true; label: qsTr("Tax ID")
                                    maximumLength: 40; error: page.err("tax_id"); onAccepted: page.save() }
                    }
                    FormField { id: publicUrl; objectName: "settingsPublicUrl"; Layout.fillWidth: true
                                label: qsTr("Address for customers' phones"); placeholderText: "http://spa.local:5000"
                                inputMethodHints: Qt.ImhUrlCharactersOnly; error: page.err("public_url"); onAccepted: page.save() }
                    FormField { id: footer; objectName: "settingsFooter"; Layout.fillWidth: true; label: qsTr("Receipt footer")
                                placeholderText: qsTr("e.g. Thank you! See you again"); maximumLength: 500
                                error: page.err("receipt_footer"); onAccepted: page.save() }
                    Item { Layout.fillHeight: true }
                    // How the wall monitors announce a call or a payment: every wall takes a change at once.
                    Text { Layout.fillWidth: true; text: qsTr("Wall screen announcements"); font.pixelSize: Theme.fontBody
                           font.bold: true; color: Theme.text; wrapMode: Text.WordWrap
                           Accessible.role: Accessible.Heading; Accessible.name: text }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        FormField { id: announceSeconds; objectName: "settingsAnnounceSeconds"; Layout.fillWidth: true
                                    Layout.alignment: Qt.AlignTop; label: qsTr("Seconds each call shows")
                                    inputMethodHints: Qt.ImhDigitsOnly; maximumLength: 3
                                    error: page.err("announce_seconds"); onAccepted: page.save() }
                        FormField { id: replayAge; objectName: "settingsReplayAge"; Layout.fillWidth: true
                                    Layout.alignment: Qt.AlignTop; label: qsTr("Missed calls: announce up to (s)")
                                    inputMethodHints: Qt.ImhDigitsOnly; maximumLength: 5
                                    error: page.err("announce_replay_max_age_seconds"); onAccepted: page.save() }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 4
                        Text { text: qsTr("Repeat each call in"); color: Theme.text; font.pixelSize: Theme.fontSmall; font.bold: true; Accessible.ignored: true }
                        SelectBox {
                            id: secondLanguage
                            objectName: "settingsSecondLanguage"
                            Layout.fillWidth: true
                            // The languages named in themselves, as the language box does; "" is none.
                            model: [{ code: "", name: qsTr("No second language") }].concat(Language.available)
                            textRole: "name"
                            valueRole: "code"
                            Accessible.name: qsTr("Repeat each call in")
                        }
                        Text {
                            Layout.fillWidth: true
                            visible: text !== ""
                            text: page.err("announce_second_language")
                            color: Theme.dangerText
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            Accessible.role: Accessible.AlertMessage
                            Accessible.name: text
                        }
                    }
                }
            }

            // Money, time and language.
            SurfaceCard {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 4
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacing
                    Text { text: qsTr("Money, time and language"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text
                           Accessible.role: Accessible.Heading; Accessible.name: text }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        ColumnLayout {
                            spacing: 4
                            Text { text: qsTr("Currency"); color: Theme.text; font.pixelSize: Theme.fontSmall; font.bold: true; Accessible.ignored: true }
                            SelectBox {
                                id: currency
                                objectName: "settingsCurrency"
                                Layout.preferredWidth: 110
                                model: venue.currencies
                                Accessible.name: qsTr("Currency")
                            }
                        }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 4
                            Text { text: qsTr("Default language"); color: Theme.text; font.pixelSize: Theme.fontSmall; font.bold: true; Accessible.ignored: true }
                            SelectBox {
                                id: language
                                objectName: "settingsLanguage"
                                Layout.fillWidth: true
                                model: Language.available
                                textRole: "name"
                                valueRole: "code"
                                Accessible.name: qsTr("Default language")
                            }
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.err("currency") || page.err("language")
                        color: Theme.dangerText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    TimeZoneBox {
                        id: timeZone
                        objectName: "settingsTimeZone"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        listHeight: 120
                        error: page.err("timezone")
                        onAccepted: page.save()
                    }
                }
            }

            // Opening hours, Monday first.
            SurfaceCard {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 4
                ColumnLayout {
                    anchors.fill: parent
                    anchors.margins: Theme.padding
                    spacing: Theme.spacingSmall
                    RowLayout {
                        Layout.fillWidth: true
                        Text { Layout.fillWidth: true; text: qsTr("Opening hours"); font.pixelSize: Theme.fontBody; font.bold: true; color: Theme.text
                               wrapMode: Text.WordWrap; Accessible.role: Accessible.Heading; Accessible.name: text }
                        ActionButton {
                            objectName: "copyMonday"
                            compact: true
                            kind: "quiet"
                            text: qsTr("Same every day")
                            onClicked: venue.openingHours.copyFirstToAll()
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        visible: text !== ""
                        text: page.err("opening_hours")
                        color: Theme.dangerText
                        font.pixelSize: Theme.fontSmall
                        wrapMode: Text.WordWrap
                        Accessible.role: Accessible.AlertMessage
                        Accessible.name: text
                    }
                    Repeater {
                        model: venue.openingHours
                        delegate: ColumnLayout {
                            id: day
                            required property int index
                            required property string dayName
                            required property bool open
                            required property string start
                            required property string end
                            required property string problem
                            Layout.fillWidth: true
                            spacing: 2
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacingSmall
                                // Wide enough for the longest day's name ("Wednesday",
                                // "วันพฤหัสบดี"); a longer one wraps rather than being cut.
                                Text {
                                    Layout.preferredWidth: 112
                                    text: day.dayName
                                    color: Theme.text
                                    font.pixelSize: Theme.fontBody
                                    wrapMode: Text.Wrap
                                    Accessible.ignored: true
                                }
                                ActionButton {
                                    objectName: "dayOpen" + (day.index + 1)
                                    compact: true
                                    checkable: true
                                    checked: day.open
                                    Layout.preferredWidth: 92
                                    text: day.open ? qsTr("Open") : qsTr("Closed")
                                    Accessible.name: qsTr("%1: %2").arg(day.dayName).arg(text)
                                    onToggled: venue.openingHours.setOpen(day.index, checked)
                                }
                                TextField {
                                    id: startField
                                    objectName: "dayStart" + (day.index + 1)
                                    Layout.preferredWidth: 64
                                    visible: day.open
                                    text: day.start
                                    inputMask: "99:99"
                                    font.pixelSize: Theme.fontBody
                                    Accessible.name: qsTr("%1 opens at").arg(day.dayName)
                                    onTextEdited: venue.openingHours.setStart(day.index, text)
                                    onAccepted: page.save()
                                    background: Rectangle { radius: Theme.radiusSmall; color: Theme.surface
                                                            border.color: day.problem !== "" ? Theme.danger : startField.activeFocus ? Theme.focus : Theme.borderStrong
                                                            border.width: startField.activeFocus || day.problem !== "" ? 2 : 1 }
                                }
                                Text { visible: day.open; text: "–"; color: Theme.text; Accessible.ignored: true }
                                TextField {
                                    id: endField
                                    objectName: "dayEnd" + (day.index + 1)
                                    Layout.preferredWidth: 64
                                    visible: day.open
                                    text: day.end
                                    inputMask: "99:99"
                                    font.pixelSize: Theme.fontBody
                                    Accessible.name: qsTr("%1 closes at").arg(day.dayName)
                                    onTextEdited: venue.openingHours.setEnd(day.index, text)
                                    onAccepted: page.save()
                                    background: Rectangle { radius: Theme.radiusSmall; color: Theme.surface
                                                            border.color: day.problem !== "" ? Theme.danger : endField.activeFocus ? Theme.focus : Theme.borderStrong
                                                            border.width: endField.activeFocus || day.problem !== "" ? 2 : 1 }
                                }
                                Item { Layout.fillWidth: true }
                            }
                            Text {
                                Layout.fillWidth: true
                                visible: day.problem !== ""
                                text: day.problem
                                color: Theme.dangerText
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                                Accessible.role: Accessible.AlertMessage
                                Accessible.name: text
                            }
                        }
                    }
                    Item { Layout.fillHeight: true }
                }
            }
        }
    }
    Toast { id: toast }
}
