// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// Check-in: name, optional phone, services from the menu, a therapist or "first available",
// notes. Enter confirms once the form is complete; Esc closes; the server's refusal is shown.
Dialog {
    id: dialog
    required property CashierState state
    signal checkedIn(var visit)

    title: qsTr("Check in a customer")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 80 : 720, 720)
    standardButtons: Dialog.NoButton
    closePolicy: Popup.CloseOnEscape

    property var chosen: []          // service ids
    property bool waitingForServer: false
    readonly property bool valid: name.text.trim() !== "" && chosen.length > 0

    function openForm() {
        name.text = ""; phone.text = ""; notes.text = ""; chosen = []; therapist.currentIndex = 0
        dialog.state.clearError()
        waitingForServer = false
        open()
        name.forceActiveFocus()
    }
    function toggle(id, on) {
        const next = chosen.filter(x => x !== id)
        if (on) next.push(id)
        chosen = next
    }
    function submit() {
        if (!valid || dialog.state.busy)
            return
        waitingForServer = true
        dialog.state.checkIn(name.text, phone.text, chosen, therapist.currentValue, notes.text)
    }

    Connections {
        target: dialog.state
        function onCheckedIn(visit) {
            if (!dialog.waitingForServer)
                return
            dialog.waitingForServer = false
            dialog.close()
            dialog.checkedIn(visit)
        }
        function onErrorChanged() { if (dialog.state.error !== "") dialog.waitingForServer = false }
    }

    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.visible && !notes.activeFocus; onActivated: dialog.submit() }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        GridLayout {
            columns: 2
            columnSpacing: Theme.padding
            Layout.fillWidth: true
            Label { text: qsTr("Name") }
            TextField { id: name; Layout.fillWidth: true; placeholderText: qsTr("Customer's name"); maximumLength: 100 }
            Label { text: qsTr("Phone") }
            TextField { id: phone; Layout.fillWidth: true; placeholderText: qsTr("Optional"); maximumLength: 32
                        inputMethodHints: Qt.ImhDialableCharactersOnly }
            Label { text: qsTr("Therapist") }
            ComboBox {
                id: therapist
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "id"
                model: {
                    const items = [{ id: 0, label: qsTr("First available (turn order)") }]
                    const t = dialog.state.therapists
                    for (let i = 0; i < t.count; ++i) {
                        const row = t.get(i)
                        if (row.status !== "off")
                            items.push({ id: row.id, label: row.name + (row.turn_position === 1 ? "  — " + qsTr("next in turn") : "")
                                                        + (row.status === "on_break" ? "  (" + qsTr("on break") + ")" : "") })
                    }
                    return items
                }
            }
        }
        Label { text: qsTr("Services"); font.bold: true }
        Grid {
            id: servicesGrid
            Layout.fillWidth: true
            columns: 2
            Repeater {
                model: dialog.state.services
                delegate: CheckBox {
                    required property var id
                    required property string name
                    required property var price
                    required property var duration_min
                    width: servicesGrid.width / 2
                    text: name + "  ·  " + Format.minutes(duration_min) + "  ·  " + Format.money(price, dialog.state.currency)
                    checked: dialog.chosen.indexOf(id) >= 0
                    onToggled: dialog.toggle(id, checked)
                }
            }
        }
        Label { text: qsTr("Notes") }
        TextArea { id: notes; Layout.fillWidth: true; Layout.preferredHeight: 60; placeholderText: qsTr("Pressure, allergies, requests…")
                   wrapMode: TextEdit.Wrap }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.state.error
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            KeyButton { text: qsTr("Cancel") + "  Esc"; onClicked: dialog.close() }
            KeyButton {
                text: qsTr("Check in") + "  ↵"
                highlighted: true
                enabled: dialog.valid && !dialog.state.busy
                onClicked: dialog.submit()
            }
        }
    }
}
