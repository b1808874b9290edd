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
// therapist and a room or any; the date and start time, or a free time the server finds. A couple
// or group: Add guest (Ctrl+G) gives the booking another guest with their own name, services and
// therapist, one guest shown at a time (Ctrl+1…4); a room chosen is shared by them all. Enter
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
    // For the scripted screenshot: a couple; a search that finds records, two services chosen
    // for the first guest and one for the second, with another therapist.
    function demo() {
        editor.toggleService(dialog.state.services.get(0).id)
        editor.toggleService(dialog.state.services.get(2).id)
        editor.addGuest()
        editor.guestName = "Somsak Srisuk"
        editor.toggleService(dialog.state.services.get(1).id)
        if (dialog.day.columns.count > 1)
            editor.therapistId = dialog.day.columns.therapistAt(1)
        editor.currentGuest = 0
        search.text = "081 234"
        lookup.query = search.text
    }
    // Another guest, shown at once with the focus on their name.
    function addGuest() {
        if (editor.addGuest())
            guestNameField.forceActiveFocus()
    }
    function submit() {
        if (!start.commit() || !dateField.commit())
            return
        editor.submit()
    }

    Shortcut {
        sequence: "Ctrl+G"
        enabled: dialog.visible && editor.guestCount < editor.maxGuests
        onActivated: dialog.addGuest()
    }
    // Ctrl+1 … Ctrl+4: show that guest.
    Shortcut { sequence: "Ctrl+1"; enabled: dialog.visible; onActivated: editor.currentGuest = 0 }
    Shortcut { sequence: "Ctrl+2"; enabled: dialog.visible && editor.guestCount > 1; onActivated: editor.currentGuest = 1 }
    Shortcut { sequence: "Ctrl+3"; enabled: dialog.visible && editor.guestCount > 2; onActivated: editor.currentGuest = 2 }
    Shortcut { sequence: "Ctrl+4"; enabled: dialog.visible && editor.guestCount > 3; onActivated: editor.currentGuest = 3 }
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

    // Who else: a couple's or group's guests as tabs, one shown at a time; the services, therapist
    // and free times below are the shown guest's, the total is everyone's.
    RowLayout {
        objectName: "guestRow"
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        Repeater {
            model: editor.guests
            delegate: ActionButton {
                required property var modelData
                required property int index
                objectName: "guestTab_" + index
                Layout.maximumWidth: 230
                compact: true
                checkable: true
                checked: index === editor.currentGuest
                text: qsTr("Guest %1").arg(index + 1) + (modelData.name.trim() !== "" ? ": " + modelData.name.trim() : "")
                Accessible.name: text + (modelData.services !== "" ? ", " + modelData.services : "")
                ToolTip.visible: hovered
                ToolTip.text: "Ctrl+" + (index + 1)
                onClicked: editor.currentGuest = index
            }
        }
        ActionButton {
            objectName: "addGuest"
            compact: true
            iconName: "list-add"
            text: qsTr("Add guest")
            hint: "Ctrl+G"
            visible: editor.guestCount < editor.maxGuests
            onClicked: dialog.addGuest()
        }
        TextField {
            id: guestNameField
            objectName: "guestName"
            visible: editor.currentGuest > 0
            Layout.fillWidth: true
            placeholderText: qsTr("Guest %1's name").arg(editor.currentGuest + 1)
            maximumLength: 100
            text: editor.guestName
            onTextEdited: editor.guestName = text
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderTextColor: Theme.textMuted
            Accessible.name: qsTr("Guest %1's name").arg(editor.currentGuest + 1)
            background: Rectangle {
                radius: Theme.radiusSmall
                color: Theme.surface
                border.color: guestNameField.activeFocus ? Theme.focus : Theme.borderStrong
                border.width: guestNameField.activeFocus ? 2 : 1
            }
        }
        ActionButton {
            objectName: "removeGuest"
            visible: editor.currentGuest > 0
            compact: true
            kind: "danger"
            iconName: "list-remove"
            text: qsTr("Remove guest")
            onClicked: editor.removeGuest(editor.currentGuest)
        }
        Item { Layout.fillWidth: editor.currentGuest === 0 }
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
            text: (editor.guestCount > 1 ? qsTr("Guest %1").arg(editor.currentGuest + 1) + ": " : "")
                  + (editor.serviceIds.length === 0 ? qsTr("No service chosen yet")
                  : qsTr("%1 from %2 to %3").arg(Format.minutes(editor.durationMin)).arg(editor.startText)
                       .arg(String(Math.floor((editor.startMinute + editor.durationMin) / 60) % 24).padStart(2, "0") + ":"
                            + String((editor.startMinute + editor.durationMin) % 60).padStart(2, "0")))
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
            Text {
                text: editor.guestCount > 1 ? qsTr("Therapist for guest %1").arg(editor.currentGuest + 1) : qsTr("Therapist")
                font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true
            }
            SelectBox {
                id: therapist
                objectName: "bookingTherapist"
                Layout.fillWidth: true
                Accessible.name: editor.guestCount > 1 ? qsTr("Therapist for guest %1").arg(editor.currentGuest + 1) : qsTr("Therapist")
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
            Text {
                text: editor.guestCount > 1 ? qsTr("Room they share") : qsTr("Room")
                font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true
            }
            // A group shares the room chosen: only the rooms that hold them all are offered.
            SelectBox {
                objectName: "bookingRoom"
                Layout.fillWidth: true
                Accessible.name: editor.guestCount > 1 ? qsTr("Room they share") : qsTr("Room")
                textRole: "label"
                valueRole: "id"
                model: [{ id: 0, label: qsTr("Any free room") }]
                       .concat(dialog.day.rooms.filter(r => (r.capacity || 1) >= editor.guestCount)
                                               .map(r => ({ id: r.id, label: editor.guestCount > 1 ? qsTr("%1 (holds %2)").arg(r.name).arg(r.capacity) : r.name })))
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
