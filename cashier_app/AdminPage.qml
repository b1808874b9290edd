// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// The back office (admins), in three sections: services and prices, staff with passwords or PINs
// and kiosk devices; the rooms; the venue's settings. Ctrl+1, Ctrl+2, Ctrl+3 switch sections.
Item {
    id: page
    required property CashierState state
    required property ScreenshotGate gate
    property bool active: false
    // 0 services, staff and devices; 1 rooms; 2 settings
    property int section: !gate ? 0 : gate.page === "rooms" ? 1 : gate.page === "settings" ? 2 : 0
    onActiveChanged: if (active && section === 0) admin.refresh()
    onSectionChanged: if (active && section === 0) admin.refresh()

    AdminState {
        id: admin
        session: page.state.session
        onBusyChanged: {
            if (!busy && page.gate.page === "admin" && admin.services.count > 0) page.gate.ready = true
            // Scripted screenshot (SPA_PAGE=commission): the first service's commission editor.
            if (!busy && page.gate.page === "commission" && admin.services.count > 0 && !commissionDialog.opened) {
                // The first with a therapist's own rate, else the first.
                let shown = admin.services.get(0)
                for (let i = 0; i < admin.services.count; ++i) {
                    const c = admin.services.get(i).commission
                    if (c && (c.overrides || []).length > 0) { shown = admin.services.get(i); break }
                }
                commissionDialog.openFor(shown)
                commissionShot.start()
            }
        }
        onSaved: toast.show(qsTr("Saved"))
    }
    function money(v) { return Format.money(v || 0, page.state.currency) }
    function roleName(r) { return r === "admin" ? qsTr("Admin") : r === "cashier" ? qsTr("Cashier") : qsTr("Therapist") }

    Shortcut { sequence: "Ctrl+1"; enabled: page.active; onActivated: page.section = 0 }
    Shortcut { sequence: "Ctrl+2"; enabled: page.active; onActivated: page.section = 1 }
    Shortcut { sequence: "Ctrl+3"; enabled: page.active; onActivated: page.section = 2 }

    // A section heading inside a card.
    component Heading: Text {
        font.pixelSize: Theme.fontTitle
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The sections, as buttons that stay pressed for the one shown (in words too: checked).
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: sectionRow.implicitHeight + 2 * Theme.spacing
            color: Theme.surface
            Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
            RowLayout {
                id: sectionRow
                anchors.fill: parent
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                spacing: Theme.spacing
                Repeater {
                    model: [qsTr("Services, staff and devices"), qsTr("Rooms"), qsTr("Settings")]
                    delegate: ActionButton {
                        required property int index
                        required property string modelData
                        objectName: ["sectionCatalog", "sectionRooms", "sectionSettings"][index]
                        kind: "quiet"
                        checkable: true
                        checked: page.section === index
                        text: modelData
                        hint: "Ctrl+" + (index + 1)
                        Accessible.role: Accessible.PageTab
                        onClicked: page.section = index
                    }
                }
                Item { Layout.fillWidth: true }
            }
        }

        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.section

            // Services, staff, devices
            RowLayout {
                spacing: Theme.padding
                Item { Layout.preferredWidth: 0 }

                // Services
                SurfaceCard {
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    Layout.topMargin: Theme.padding; Layout.bottomMargin: Theme.padding
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacing
                        Heading { text: qsTr("Services") }
                        ListView {
                            Layout.fillWidth: true; Layout.fillHeight: true; clip: true
                            model: admin.services
                            ScrollBar.vertical: ScrollBar { }
                            // A service: its name, minutes, price and actions; under it, the
                            // therapists' commission on it and the way to change that.
                            delegate: ColumnLayout {
                                id: serviceRow
                                required property var id
                                required property string name
                                required property var duration_min
                                required property var price
                                required property bool active
                                required property var commission
                                required property int index
                                width: ListView.view.width - 10
                                spacing: 0
                                opacity: active ? 1 : 0.6
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.spacingSmall
                                    Text { Layout.fillWidth: true; text: serviceRow.name; color: Theme.text; font.pixelSize: Theme.fontBody
                                           wrapMode: Text.Wrap; Accessible.role: Accessible.StaticText
                                           Accessible.name: qsTr("%1, %2, %3").arg(serviceRow.name).arg(Format.minutes(serviceRow.duration_min)).arg(page.money(serviceRow.price)) }
                                    Text { text: Format.minutes(serviceRow.duration_min); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Accessible.ignored: true }
                                    Text { text: page.money(serviceRow.price); color: Theme.text; font.pixelSize: Theme.fontBody
                                           Layout.preferredWidth: 80; horizontalAlignment: Text.AlignRight; Accessible.ignored: true }
                                    Chip { visible: !serviceRow.active; text: qsTr("Retired"); iconName: "changes-prevent" }
                                    ActionButton { compact: true; kind: "quiet"; text: qsTr("Edit"); Accessible.name: qsTr("Edit %1").arg(serviceRow.name)
                                                   onClicked: serviceForm.load(serviceRow.id, serviceRow.name, serviceRow.duration_min, serviceRow.price) }
                                    ActionButton { compact: true; kind: "quiet"; text: qsTr("Retire"); visible: serviceRow.active
                                                   Accessible.name: qsTr("Retire %1").arg(serviceRow.name); onClicked: admin.retireService(serviceRow.id) }
                                }
                                RowLayout {
                                    Layout.fillWidth: true
                                    spacing: Theme.spacingSmall
                                    // The therapists' commission on it, and how many have their own rate.
                                    Text { Layout.fillWidth: true; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; elide: Text.ElideRight
                                           objectName: "commissionSummary"
                                           text: serviceRow.commission
                                                 ? ((serviceRow.commission.overrides || []).length > 0
                                                    ? qsTr("Commission: %1 (%n own rate(s))", "", serviceRow.commission.overrides.length).arg(commissionEditor.summary(serviceRow.commission))
                                                    : qsTr("Commission: %1").arg(commissionEditor.summary(serviceRow.commission)))
                                                 : "" }
                                    ActionButton { compact: true; kind: "quiet"; text: qsTr("Commission…"); objectName: "commissionButton"
                                                   Accessible.name: qsTr("Commission on %1").arg(serviceRow.name)
                                                   onClicked: commissionDialog.openFor(admin.services.get(serviceRow.index)) }
                                }
                            }
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        ColumnLayout {
                            id: serviceForm
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            property var editId: 0
                            function load(id, n, d, p) { editId = id; sName.text = n; sMinutes.text = String(d); sPrice.setValue(p); sName.forceActiveFocus() }
                            function clear() { editId = 0; sName.text = ""; sMinutes.text = "60"; sPrice.text = "" }
                            function save() { if (saveService.enabled) admin.saveService(editId, sName.text, parseInt(sMinutes.text, 10), sPrice.parsed) }
                            Keys.onEscapePressed: clear()
                            Text { text: serviceForm.editId > 0 ? qsTr("Edit service") : qsTr("New service"); font.bold: true; color: Theme.text
                                   font.pixelSize: Theme.fontBody; Accessible.role: Accessible.Heading; Accessible.name: text }
                            FormField { id: sName; Layout.fillWidth: true; label: qsTr("Name"); maximumLength: 100; onAccepted: serviceForm.save() }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                FormField { id: sMinutes; Layout.preferredWidth: 110; label: qsTr("Minutes"); text: "60"
                                            validator: IntValidator { bottom: 5; top: 480 }
                                            inputMethodHints: Qt.ImhDigitsOnly
                                            error: acceptableInput ? "" : qsTr("5 to 480"); onAccepted: serviceForm.save() }
                                MoneyField { id: sPrice; Layout.fillWidth: true; label: qsTr("Price"); onAccepted: serviceForm.save() }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Item { Layout.fillWidth: true }
                                ActionButton { visible: serviceForm.editId > 0; text: qsTr("Stop editing"); hint: "Esc"; onClicked: serviceForm.clear() }
                                ActionButton {
                                    id: saveService
                                    kind: "primary"
                                    iconName: "document-save"
                                    hint: "↵"
                                    text: qsTr("Save")
                                    Accessible.name: serviceForm.editId > 0 ? qsTr("Save service") : qsTr("Add service")
                                    enabled: sName.text.trim() !== "" && sPrice.parsed >= 0 && sPrice.text !== "" && sMinutes.acceptableInput
                                    onClicked: serviceForm.save()
                                }
                            }
                            Connections { target: admin; function onSaved() { serviceForm.clear() } }
                        }
                    }
                }

                // Staff
                SurfaceCard {
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    Layout.topMargin: Theme.padding; Layout.bottomMargin: Theme.padding
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacing
                        Heading { text: qsTr("Staff") }
                        ListView {
                            Layout.fillWidth: true; Layout.fillHeight: true; clip: true
                            model: admin.staff
                            ScrollBar.vertical: ScrollBar { }
                            delegate: RowLayout {
                                id: staffRow
                                required property var id
                                required property string display_name
                                required property string role
                                required property var username
                                required property bool active
                                width: ListView.view.width - 10
                                spacing: Theme.spacingSmall
                                opacity: active ? 1 : 0.6
                                Text { Layout.fillWidth: true; color: Theme.text; font.pixelSize: Theme.fontBody; wrapMode: Text.Wrap
                                       text: staffRow.display_name + (staffRow.username ? "  (" + staffRow.username + ")" : "")
                                       Accessible.role: Accessible.StaticText; Accessible.name: qsTr("%1, %2").arg(text).arg(page.roleName(staffRow.role)) }
                                Chip { text: page.roleName(staffRow.role) }
                                Chip { visible: !staffRow.active; text: qsTr("Inactive"); iconName: "user-offline" }
                                ActionButton { compact: true; kind: "quiet"; text: qsTr("Edit"); Accessible.name: qsTr("Edit %1").arg(staffRow.display_name)
                                               onClicked: staffForm.load(staffRow.id, staffRow.display_name, staffRow.role) }
                                ActionButton { compact: true; kind: "quiet"; text: qsTr("Deactivate")
                                               visible: staffRow.active && staffRow.id !== page.state.session.staffId
                                               Accessible.name: qsTr("Deactivate %1").arg(staffRow.display_name)
                                               onClicked: admin.deactivateStaff(staffRow.id) }
                            }
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        ColumnLayout {
                            id: staffForm
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            property var editId: 0
                            property string editRole: "therapist"
                            readonly property string role: editId > 0 ? editRole : stRole.currentValue
                            function load(id, n, r) { editId = id; editRole = r; stName.text = n; stRole.currentIndex = stRole.indexOfValue(r)
                                                      stUser.text = ""; stSecret.text = ""; stName.forceActiveFocus() }
                            function clear() { editId = 0; stName.text = ""; stSecret.text = ""; stUser.text = "" }
                            function save() {
                                if (!saveStaff.enabled) return
                                admin.saveStaff(editId, stName.text, role, stUser.text,
                                                role === "therapist" ? "" : stSecret.text, role === "therapist" ? stSecret.text : "")
                            }
                            Keys.onEscapePressed: clear()
                            Text { text: staffForm.editId > 0 ? qsTr("Edit %1").arg(stName.text) : qsTr("New staff member"); font.bold: true
                                   color: Theme.text; font.pixelSize: Theme.fontBody; elide: Text.ElideRight; Layout.fillWidth: true
                                   Accessible.role: Accessible.Heading; Accessible.name: text }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                FormField { id: stName; Layout.fillWidth: true; label: qsTr("Name"); onAccepted: staffForm.save() }
                                SelectBox {
                                    id: stRole
                                    Layout.alignment: Qt.AlignBottom
                                    Layout.preferredWidth: 140
                                    enabled: staffForm.editId === 0
                                    textRole: "t"; valueRole: "v"
                                    Accessible.name: qsTr("Role")
                                    model: [{ v: "therapist", t: qsTr("Therapist") }, { v: "cashier", t: qsTr("Cashier") }, { v: "admin", t: qsTr("Admin") }]
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                spacing: Theme.spacing
                                FormField { id: stUser; Layout.fillWidth: true; label: qsTr("User name")
                                            visible: staffForm.editId === 0 && staffForm.role !== "therapist"; onAccepted: staffForm.save() }
                                FormField {
                                    id: stSecret
                                    Layout.fillWidth: true
                                    label: staffForm.role === "therapist" ? qsTr("PIN") : qsTr("Password")
                                    echoMode: TextInput.Password
                                    placeholderText: staffForm.editId > 0 ? qsTr("Leave empty to keep") : ""
                                    validator: staffForm.role === "therapist" ? pinValidator : null
                                    RegularExpressionValidator { id: pinValidator; regularExpression: /^\d{0,8}$/ }
                                    onAccepted: staffForm.save()
                                }
                            }
                            RowLayout {
                                Layout.fillWidth: true
                                Item { Layout.fillWidth: true }
                                ActionButton { visible: staffForm.editId > 0; text: qsTr("Stop editing"); hint: "Esc"; onClicked: staffForm.clear() }
                                ActionButton {
                                    id: saveStaff
                                    kind: "primary"
                                    iconName: "document-save"
                                    hint: "↵"
                                    text: qsTr("Save")
                                    Accessible.name: staffForm.editId > 0 ? qsTr("Save staff member") : qsTr("Add staff member")
                                    enabled: stName.text.trim() !== "" && (staffForm.editId > 0 || stSecret.text !== "")
                                    onClicked: staffForm.save()
                                }
                            }
                            Connections { target: admin; function onSaved() { staffForm.clear() } }
                        }
                    }
                }

                // Devices
                SurfaceCard {
                    Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                    Layout.topMargin: Theme.padding; Layout.bottomMargin: Theme.padding
                    ColumnLayout {
                        anchors.fill: parent
                        anchors.margins: Theme.padding
                        spacing: Theme.spacing
                        Heading { text: qsTr("Kiosk devices") }
                        ListView {
                            id: deviceList
                            Layout.fillWidth: true; Layout.fillHeight: true; clip: true
                            model: admin.devices
                            delegate: RowLayout {
                                id: deviceRow
                                required property string name
                                required property string role
                                required property var created_at
                                width: ListView.view.width
                                Icon { name: "network-server"; color: Theme.textMuted; Layout.preferredWidth: 16; Layout.preferredHeight: 16 }
                                Text { Layout.fillWidth: true; text: deviceRow.name; color: Theme.text; font.pixelSize: Theme.fontBody; wrapMode: Text.Wrap
                                       Accessible.role: Accessible.StaticText; Accessible.name: text }
                                Text { text: deviceRow.role === "checkin" ? qsTr("Self check-in") : qsTr("Wall monitor")
                                       color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Accessible.role: Accessible.StaticText; Accessible.name: text }
                                Text { text: Format.time(deviceRow.created_at); color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Accessible.ignored: true }
                            }
                            EmptyState { anchors.centerIn: parent; width: parent.width; visible: deviceList.count === 0
                                         text: qsTr("No kiosk devices yet.") }
                        }
                        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
                        RowLayout {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            FormField { id: deviceName; Layout.fillWidth: true; label: qsTr("New device")
                                        placeholderText: qsTr("Device name, e.g. Lobby TV")
                                        onAccepted: if (text.trim() !== "") { admin.createDevice(text, deviceRole.currentValue); text = "" } }
                            SelectBox {
                                id: deviceRole
                                objectName: "deviceRole"
                                Layout.alignment: Qt.AlignBottom
                                Layout.preferredWidth: 170
                                textRole: "t"; valueRole: "v"
                                Accessible.name: qsTr("Device role")
                                model: [{ v: "monitor", t: qsTr("Wall monitor") }, { v: "checkin", t: qsTr("Self check-in") }]
                            }
                            ActionButton { Layout.alignment: Qt.AlignBottom; text: qsTr("Add"); iconName: "list-add"; hint: "↵"
                                           Accessible.name: qsTr("Add device")
                                           enabled: deviceName.text.trim() !== ""; onClicked: { admin.createDevice(deviceName.text, deviceRole.currentValue); deviceName.text = "" } }
                        }
                        FormField { visible: admin.newDeviceToken !== ""; Layout.fillWidth: true; readOnly: true
                                    label: qsTr("Token for the new device (shown once)"); text: admin.newDeviceToken; selectByMouse: true }
                    }
                }
                Item { Layout.preferredWidth: 0 }
            }

            RoomsPage {
                state: page.state
                active: page.active && page.section === 1
                onLoaded: if (page.gate.page === "rooms") page.gate.ready = true
            }
            SettingsPage {
                state: page.state
                active: page.active && page.section === 2
                onLoaded: if (page.gate.page === "settings") page.gate.ready = true
            }
        }
        ProblemStrip { Layout.fillWidth: true; Layout.margins: Theme.padding; message: admin.error; visible: page.section === 0 && message !== "" }
    }
    Toast { id: toast }
    CommissionEditor { id: commissionEditor; currency: page.state.currency }
    Timer { id: commissionShot; interval: 800; onTriggered: page.gate.ready = true }
    CommissionDialog {
        id: commissionDialog
        objectName: "commissionDialog"
        session: page.state.session
        currency: page.state.currency
        onChangedRates: { admin.refresh(); toast.show(qsTr("Saved")) }
    }
}
