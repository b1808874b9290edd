// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// A new booking or a change to one (BookingEditor): find the customer by phone or name as you
// type (CustomerLookup) and pick them, or type a name (and phone) for someone new, optionally
// keeping them as a record; the services as tiles with the running length and price; a
// therapist and a room or any; the date and start time, or a free time the server finds. Enter
// saves once the form is complete, Esc closes; a refusal is shown here and nothing is saved.
FormDialog {
    id: dialog
    required property CashierState state
    required property BookingDay day
    readonly property alias editor: editor
    readonly property alias lookup: lookup
    readonly property alias searchField: search
    signal saved(var booking)

    title: editor.bookingId > 0 ? qsTr("Change booking") : qsTr("New booking")
    width: Math.min(parent ? parent.width - 60 : 1000, 1000)
    primaryText: editor.bookingId > 0 ? qsTr("Save changes") : qsTr("Book")
    primaryHint: "↵"
    primaryIcon: "x-office-calendar"
    primaryEnabled: editor.valid && !editor.busy
    problem: editor.error !== "" ? editor.error : lookup.error
    onPrimaryClicked: dialog.submit()

    BookingEditor {
        id: editor
        session: dialog.state.session
        services: dialog.state.services
        timeZone: dialog.day.timeZone
        onSaved: booking => { dialog.close(); dialog.saved(booking) }
    }
    CustomerLookup {
        id: lookup
        session: dialog.state.session
        onCreated: customer => editor.chooseCustomer(customer)
    }

    function openNew(date, therapistId, minute) {
        editor.startNew(date, therapistId, minute)
        prepare()
        open()
        search.forceActiveFocus()
    }
    function openEdit(booking) {
        editor.edit(booking)
        prepare()
        open()
        name.forceActiveFocus()
    }
    function prepare() {
        lookup.reset()
        search.text = ""
    }
    // For the scripted screenshot: a search that finds records, two services chosen.
    function demo() {
        search.text = "081 234"
        lookup.query = search.text
        editor.toggleService(dialog.state.services.get(0).id)
        editor.toggleService(dialog.state.services.get(2).id)
    }
    function submit() {
        if (!start.commit() || !dateField.commit())
            return
        editor.submit()
    }

    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: dialog.visible && !notes.activeFocus && !results.activeFocus
        onActivated: dialog.submit()
    }

    // Who: a search over the records, or a name and phone typed in.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding
        FormField {
            id: search
            objectName: "customerSearch"
            Layout.preferredWidth: 300
            Layout.alignment: Qt.AlignTop
            label: qsTr("Find a customer")
            placeholderText: qsTr("Phone or name")
            maximumLength: 100
            onTextEdited: lookup.query = text
            Keys.onDownPressed: if (results.count > 0) { results.currentIndex = 0; results.forceActiveFocus() }
        }
        FormField {
            id: name
            objectName: "customerName"
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            label: editor.customerId > 0 ? qsTr("Name (customer record)") : qsTr("Name")
            placeholderText: qsTr("Customer's name")
            maximumLength: 100
            text: editor.customerName
            onTextEdited: editor.customerName = text
        }
        FormField {
            id: phone
            objectName: "customerPhone"
            Layout.preferredWidth: 190
            Layout.alignment: Qt.AlignTop
            label: qsTr("Phone")
            placeholderText: qsTr("Optional")
            maximumLength: 32
            inputMethodHints: Qt.ImhDialableCharactersOnly
            text: editor.phone
            onTextEdited: editor.phone = text
        }
        ActionButton {
            objectName: "keepCustomer"
            Layout.alignment: Qt.AlignBottom
            visible: editor.customerId === 0
            enabled: editor.customerName.trim() !== ""
            text: qsTr("Save as customer")
            onClicked: lookup.create(editor.customerName, editor.phone)
        }
    }
    // What the search found: Down from the search goes into the list, Enter picks.
    ListView {
        id: results
        objectName: "customerResults"
        Layout.fillWidth: true
        Layout.preferredHeight: Math.min(count, 3) * 40
        visible: count > 0
        clip: true
        model: lookup
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Customers found")
        Keys.onReturnPressed: if (currentItem) currentItem.clicked()
        Keys.onEnterPressed: if (currentItem) currentItem.clicked()
        Keys.onEscapePressed: event => { search.forceActiveFocus(); event.accepted = true }
        delegate: ItemDelegate {
            id: row
            required property int index
            required property var model
            width: results.width
            height: 40
            highlighted: ListView.isCurrentItem && results.activeFocus
            objectName: "customer_" + model.id
            readonly property string line: [model.name, model.phone || "",
                                             model.visit_count === 1 ? qsTr("1 visit") : qsTr("%1 visits").arg(model.visit_count),
                                             model.no_show_count > 0 ? qsTr("%1 no-shows").arg(model.no_show_count) : "",
                                             model.preferred_therapist ? qsTr("prefers %1").arg(model.preferred_therapist.name) : "",
                                             model.notes || ""].filter(x => x !== "").join("  ·  ")
            text: line
            Accessible.name: line
            contentItem: Text {
                text: row.line
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
                verticalAlignment: Text.AlignVCenter
            }
            background: Rectangle {
                color: row.highlighted ? Theme.accentTint : row.hovered ? Theme.background : Theme.surface
                border.color: row.highlighted ? Theme.accent : Theme.border
                radius: Theme.radiusSmall
            }
            onClicked: {
                editor.chooseCustomer(lookup.get(index))
                lookup.reset()
                search.text = ""
                search.forceActiveFocus()
            }
        }
    }
    Text {
        visible: lookup.answered && lookup.count === 0
        text: qsTr("No customer found: type their name to book them, and Save as customer to keep them.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    // What: the menu as tiles, three across, and what it adds up to.
    Grid {
        id: servicesGrid
        Layout.fillWidth: true
        columns: 3
        spacing: Theme.spacing
        Repeater {
            model: dialog.state.services
            delegate: ChoiceTile {
                id: tile
                required property var model
                readonly property var serviceId: model.id
                objectName: "service_" + model.id
                width: (servicesGrid.width - 2 * servicesGrid.spacing) / 3
                checkable: true
                title: model.name
                detail: Format.minutes(model.duration_min)
                value: Format.money(model.price, dialog.state.currency)
                text: model.name + "  ·  " + Format.minutes(model.duration_min) + "  ·  " + Format.money(model.price, dialog.state.currency)
                Binding on checked { value: editor.serviceIds.indexOf(tile.serviceId) >= 0 }
                onClicked: editor.toggleService(serviceId)
            }
        }
    }
    RowLayout {
        objectName: "bookingTotals"
        Layout.fillWidth: true
        Text {
            Layout.fillWidth: true
            text: editor.serviceIds.length === 0 ? qsTr("No service chosen yet")
                  : qsTr("%1 from %2 to %3").arg(Format.minutes(editor.durationMin)).arg(editor.startText)
                       .arg(String(Math.floor((editor.startMinute + editor.durationMin) / 60) % 24).padStart(2, "0") + ":"
                            + String((editor.startMinute + editor.durationMin) % 60).padStart(2, "0"))
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Text {
            objectName: "bookingTotal"
            text: qsTr("Total %1").arg(Format.money(editor.total, dialog.state.currency))
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }

    // With whom, where, when.
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.padding
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: 4
            Text { text: qsTr("Therapist"); font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true }
            SelectBox {
                id: therapist
                objectName: "bookingTherapist"
                Layout.fillWidth: true
                Accessible.name: qsTr("Therapist")
                textRole: "label"
                valueRole: "id"
                model: {
                    const items = [{ id: 0, label: qsTr("Any therapist") }]
                    const c = dialog.day.columns
                    for (let i = 0; i < c.count; ++i)
                        items.push({ id: c.therapistAt(i), label: c.titleAt(i) })
                    return items
                }
                currentIndex: Math.max(0, indexOfValue(editor.therapistId))
                onActivated: editor.therapistId = currentValue
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            spacing: 4
            Text { text: qsTr("Room"); font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true }
            SelectBox {
                objectName: "bookingRoom"
                Layout.fillWidth: true
                Accessible.name: qsTr("Room")
                textRole: "label"
                valueRole: "id"
                model: [{ id: 0, label: qsTr("Any free room") }].concat(dialog.day.rooms.map(r => ({ id: r.id, label: r.name })))
                currentIndex: Math.max(0, indexOfValue(editor.roomId))
                onActivated: editor.roomId = currentValue
            }
        }
        FormField {
            id: dateField
            objectName: "bookingDate"
            Layout.preferredWidth: 140
            Layout.alignment: Qt.AlignTop
            label: qsTr("Date")
            placeholderText: "2026-12-24"
            text: editor.date
            function commit() { return text === editor.date || editor.setDate(text) }
            onEditingFinished: commit()
        }
        FormField {
            id: start
            objectName: "bookingStart"
            Layout.preferredWidth: 100
            Layout.alignment: Qt.AlignTop
            label: qsTr("Start")
            placeholderText: "14:30"
            text: editor.startText
            function commit() { return text === editor.startText || editor.setStartText(text) }
            onEditingFinished: commit()
        }
        ActionButton {
            objectName: "findFreeTime"
            Layout.alignment: Qt.AlignBottom
            iconName: "x-office-calendar"
            text: qsTr("Find a free time")
            enabled: editor.serviceIds.length > 0 && !editor.busy
            onClicked: if (dateField.commit()) editor.findFreeTimes()
        }
    }
    // The free times found: a click (or Enter) takes one.
    Flow {
        objectName: "freeTimes"
        Layout.fillWidth: true
        visible: editor.slotsAnswered
        spacing: Theme.spacingSmall
        Text {
            visible: editor.freeTimes.length === 0
            text: qsTr("No free time that day for these services.")
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        Repeater {
            model: editor.freeTimes.slice(0, 24)
            delegate: ActionButton {
                required property var modelData
                required property int index
                compact: true
                checkable: true
                checked: modelData.minute === editor.startMinute
                text: modelData.label
                Accessible.name: qsTr("Free at %1").arg(modelData.label)
                onClicked: editor.pickSlot(index)
            }
        }
        Text {
            visible: editor.freeTimes.length > 24
            text: qsTr("and %1 more").arg(editor.freeTimes.length - 24)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    TextArea {
        id: notes
        objectName: "bookingNotes"
        Layout.fillWidth: true
        Layout.preferredHeight: 44
        placeholderText: qsTr("Notes: requests, pressure, allergies…")
        text: editor.notes
        onTextChanged: if (text !== editor.notes) editor.notes = text
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderTextColor: Theme.textMuted
        Accessible.name: qsTr("Notes")
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
