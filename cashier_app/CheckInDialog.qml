// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// Check-in: name, optional phone, services from the menu as tiles (a name wraps, never cut), the
// running total and duration, a therapist or "first available", notes. Enter confirms once the
// form is complete; Esc closes; the server's refusal is shown in the dialog. The phone (or, without
// one, the name) looks the customer up (CustomerLookup): a match picked shows their preferences,
// preferred therapist, visits, spend and no-shows, and the visit is checked in with its
// customer_id; "New customer" makes a record from the name and phone. No phone: a plain walk-in.
FormDialog {
    id: dialog
    required property CashierState state
    signal checkedIn(var visit)

    title: qsTr("Check in a customer")
    width: Math.min(parent ? parent.width - 80 : 820, 820)
    primaryText: qsTr("Check in")
    primaryHint: "↵"
    primaryIcon: "list-add"
    primaryEnabled: dialog.valid && !dialog.state.busy && !lookup.creating
    problem: dialog.state.error !== "" ? dialog.state.error : lookup.error
    onPrimaryClicked: dialog.submit()

    property var chosen: []          // service ids
    property bool waitingForServer: false
    readonly property bool valid: name.text.trim() !== "" && chosen.length > 0
    // The chosen services' price and time, as the bill will add them up.
    readonly property var totals: {
        let price = 0
        let minutes = 0
        const s = dialog.state.services
        for (let i = 0; i < s.count; ++i) {
            const row = s.get(i)
            if (dialog.chosen.indexOf(row.id) >= 0) {
                price += row.price
                minutes += row.duration_min
            }
        }
        return { price: price, minutes: minutes }
    }

    // The customer records that match what is typed, and the one picked.
    readonly property CustomerLookup lookup: CustomerLookup {
        session: dialog.state.session
    }
    readonly property var customer: lookup.selected

    function openForm() {
        name.text = ""; phone.text = ""; notes.text = ""; chosen = []; therapist.currentIndex = 0
        lookup.reset()
        dialog.state.clearError()
        waitingForServer = false
        open()
        name.forceActiveFocus()
    }
    // For the scripted screenshot: a name typed and the first two services chosen.
    function openDemo() {
        openForm()
        name.text = "Wanida Sukprasert"
        chosen = [dialog.state.services.get(0).id, dialog.state.services.get(1).id]
    }
    // For the scripted screenshot (SPA_PAGE=checkin-customer): a regular found by the phone the
    // script gave her record ("0812345678"), picked, and a service chosen; then `gate` is ready.
    function openCustomerDemo(gate) {
        openForm()
        demoGate = gate
        phone.text = "0812345678"
        chosen = [dialog.state.services.get(0).id]
    }
    property var demoGate: null
    Connections {
        target: dialog.lookup
        function onCountChanged() {
            if (!dialog.demoGate || dialog.lookup.count === 0)
                return
            dialog.pick(0)
            dialog.demoGate.ready = true
            dialog.demoGate = null
        }
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
        dialog.state.checkIn(name.text, phone.text, chosen, therapist.currentValue, notes.text,
                             lookup.selectedId)
    }
    // What is typed looks the customer up: the phone when there is one, else the name. Typing
    // over a picked customer's name or phone lets them go.
    property bool picking: false // the fields filled from the record are no typing
    function lookUp() {
        if (picking)
            return
        if (lookup.selectedId > 0 && (name.text !== customer.name || phone.text !== customer.phone))
            lookup.clearSelection()
        if (lookup.selectedId === 0)
            lookup.query = phone.text.trim() !== "" ? phone.text : name.text
    }
    function pick(row) {
        lookup.select(row)
        picking = true
        name.text = customer.name
        phone.text = customer.phone
        picking = false
        // Their preferred therapist, when working today.
        const model = therapist.model
        for (let i = 0; i < model.length; ++i)
            if (model[i].id === customer.preferred_therapist_id && model[i].id !== 0)
                therapist.currentIndex = i
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

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding
        FormField {
            id: name
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            label: qsTr("Name")
            placeholderText: qsTr("Customer's name")
            maximumLength: 100
            onTextChanged: dialog.lookUp()
        }
        FormField {
            id: phone
            Layout.preferredWidth: 200
            Layout.alignment: Qt.AlignTop
            label: qsTr("Phone")
            placeholderText: qsTr("Optional; finds the customer")
            maximumLength: 32
            inputMethodHints: Qt.ImhDialableCharactersOnly
            onTextChanged: dialog.lookUp()
        }
    }
    CustomerMatches {
        Layout.fillWidth: true
        lookup: dialog.lookup
        currency: dialog.state.currency
        canCreate: lookup.selectedId === 0 && phone.text.trim() !== "" && name.text.trim() !== ""
                   && lookup.count === 0 && !lookup.searching
        onPicked: row => dialog.pick(row)
        onCreateRequested: lookup.create(name.text, phone.text)
        onCleared: lookup.clearSelection()
    }
    Text {
        text: qsTr("Services")
        font.pixelSize: Theme.fontSmall
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Grid {
        id: servicesGrid
        Layout.fillWidth: true
        columns: 2
        spacing: Theme.spacing
        Repeater {
            model: dialog.state.services
            delegate: ChoiceTile {
                id: serviceTile
                required property var model
                readonly property var serviceId: model.id
                width: (servicesGrid.width - servicesGrid.spacing) / 2
                checkable: true
                title: model.name
                detail: Format.minutes(model.duration_min)
                value: Format.money(model.price, dialog.state.currency)
                text: model.name + "  ·  " + Format.minutes(model.duration_min) + "  ·  " + Format.money(model.price, dialog.state.currency)
                // A Binding, not `checked: ...`: a click sets `checked` itself, which would end a
                // plain binding and leave the tile ticked when the form is opened again.
                Binding on checked { value: dialog.chosen.indexOf(serviceTile.serviceId) >= 0 }
                onClicked: dialog.toggle(serviceId, checked)
            }
        }
    }
    // The running total: what the customer will pay and how long they will be with us.
    RowLayout {
        objectName: "checkInTotals"
        Layout.fillWidth: true
        spacing: Theme.spacing
        Icon { name: "alarm"; color: Theme.textMuted; Layout.preferredWidth: 16; Layout.preferredHeight: 16 }
        Text {
            Layout.fillWidth: true
            text: dialog.chosen.length === 0 ? qsTr("No service chosen yet")
                                             : dialog.chosen.length === 1 ? qsTr("1 service, %1").arg(Format.minutes(dialog.totals.minutes))
                                             : qsTr("%1 services, %2").arg(dialog.chosen.length).arg(Format.minutes(dialog.totals.minutes))
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            objectName: "checkInTotal"
            text: qsTr("Total %1").arg(Format.money(dialog.totals.price, dialog.state.currency))
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding
        ColumnLayout {
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            spacing: 4
            Text { text: qsTr("Therapist"); font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true }
            SelectBox {
                id: therapist
                Layout.fillWidth: true
                textRole: "label"
                valueRole: "id"
                Accessible.name: qsTr("Therapist")
                model: {
                    const items = [{ id: 0, label: qsTr("First available (turn order)") }]
                    const t = dialog.state.therapists
                    for (let i = 0; i < t.count; ++i) {
                        const row = t.get(i)
                        if (row.status !== "off")
                            items.push({ id: row.id, label: row.name + (row.turn_position === 1 ? "  — " + qsTr("next in turn") : "")
                                                        + (row.status === "on_break" ? "  (" + qsTr("on break") + ")" : "")
                                                        + (row.next_booking ? "  · " + qsTr("next: %1 %2").arg(Format.time(row.next_booking.start)).arg(row.next_booking.customer_name) : "") })
                    }
                    return items
                }
            }
        }
        ColumnLayout {
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            spacing: 4
            Text { text: qsTr("Notes"); font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true }
            TextArea {
                id: notes
                Layout.fillWidth: true
                Layout.preferredHeight: 64
                placeholderText: qsTr("Pressure, allergies, requests…")
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                placeholderTextColor: Theme.textMuted
                Accessible.name: qsTr("Notes")
                // Tab leaves the notes (a desk user tabs through the form; Enter adds a line).
                KeyNavigation.priority: KeyNavigation.BeforeItem
                KeyNavigation.tab: dialog.primaryButton.enabled ? dialog.primaryButton : dialog.secondaryButton
                background: Rectangle {
                    radius: Theme.radiusSmall
                    color: Theme.surface
                    border.color: notes.activeFocus ? Theme.focus : Theme.borderStrong
                    border.width: notes.activeFocus ? 2 : 1
                }
            }
        }
    }
}
