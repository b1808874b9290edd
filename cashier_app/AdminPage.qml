// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// The back office (admins): services and prices, staff with passwords or PINs, kiosk devices.
Item {
    id: page
    required property CashierState state
    required property ScreenshotGate gate
    property bool active: false
    onActiveChanged: if (active) admin.refresh()

    AdminState {
        id: admin
        session: page.state.session
        onBusyChanged: if (!busy && page.gate.page === "admin" && admin.services.count > 0) page.gate.ready = true
    }
    function money(v) { return Format.money(v || 0, page.state.currency) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        Label { visible: admin.error !== ""; text: admin.error; color: Theme.danger }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            // Services
            ColumnLayout {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                Label { text: qsTr("Services"); font.pixelSize: Theme.fontTitle; font.bold: true }
                ListView {
                    Layout.fillWidth: true; Layout.fillHeight: true; clip: true
                    model: admin.services
                    delegate: RowLayout {
                        id: serviceRow
                        required property var id
                        required property string name
                        required property var duration_min
                        required property var price
                        required property bool active
                        width: ListView.view.width
                        opacity: active ? 1 : 0.5
                        Label { Layout.fillWidth: true; text: serviceRow.name; elide: Text.ElideRight }
                        Label { text: Format.minutes(serviceRow.duration_min); color: Theme.textMuted }
                        Label { text: page.money(serviceRow.price); Layout.preferredWidth: 90; horizontalAlignment: Text.AlignRight }
                        Button { text: qsTr("Edit"); flat: true; onClicked: serviceForm.load(serviceRow.id, serviceRow.name, serviceRow.duration_min, serviceRow.price) }
                        Button { text: qsTr("Retire"); flat: true; visible: serviceRow.active; onClicked: admin.retireService(serviceRow.id) }
                    }
                }
                GroupBox {
                    id: serviceForm
                    Layout.fillWidth: true
                    title: editId > 0 ? qsTr("Edit service") : qsTr("New service")
                    property var editId: 0
                    function load(id, n, d, p) { editId = id; sName.text = n; sMinutes.value = d; sPrice.setValue(p) }
                    GridLayout {
                        anchors.fill: parent
                        columns: 2
                        Label { text: qsTr("Name") }
                        TextField { id: sName; Layout.fillWidth: true; maximumLength: 100 }
                        Label { text: qsTr("Minutes") }
                        SpinBox { id: sMinutes; from: 5; to: 480; stepSize: 5; value: 60; editable: true }
                        Label { text: qsTr("Price") }
                        MoneyField { id: sPrice; Layout.fillWidth: true }
                        Button {
                            Layout.columnSpan: 2
                            Layout.alignment: Qt.AlignRight
                            text: qsTr("Save")
                            enabled: sName.text.trim() !== "" && sPrice.parsed >= 0 && sPrice.text !== ""
                            onClicked: admin.saveService(serviceForm.editId, sName.text, sMinutes.value, sPrice.parsed)
                        }
                    }
                    Connections { target: admin; function onSaved() { serviceForm.editId = 0; sName.text = ""; sPrice.text = "" } }
                }
            }

            // Staff
            ColumnLayout {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                Label { text: qsTr("Staff"); font.pixelSize: Theme.fontTitle; font.bold: true }
                ListView {
                    Layout.fillWidth: true; Layout.fillHeight: true; clip: true
                    model: admin.staff
                    delegate: RowLayout {
                        id: staffRow
                        required property var id
                        required property string display_name
                        required property string role
                        required property var username
                        required property bool active
                        width: ListView.view.width
                        opacity: active ? 1 : 0.5
                        Label { Layout.fillWidth: true; text: staffRow.display_name + (staffRow.username ? "  (" + staffRow.username + ")" : ""); elide: Text.ElideRight }
                        Label { text: staffRow.role === "admin" ? qsTr("Admin") : staffRow.role === "cashier" ? qsTr("Cashier") : qsTr("Therapist"); color: Theme.textMuted }
                        Button { text: qsTr("Edit"); flat: true; onClicked: staffForm.load(staffRow.id, staffRow.display_name, staffRow.role) }
                        Button { text: qsTr("Deactivate"); flat: true; visible: staffRow.active && staffRow.id !== page.state.session.staffId
                                 onClicked: admin.deactivateStaff(staffRow.id) }
                    }
                }
                GroupBox {
                    id: staffForm
                    Layout.fillWidth: true
                    title: editId > 0 ? qsTr("Edit %1").arg(stName.text) : qsTr("New staff member")
                    property var editId: 0
                    property string editRole: "therapist"
                    function load(id, n, r) { editId = id; editRole = r; stName.text = n; stRole.currentIndex = stRole.indexOfValue(r)
                                              stUser.text = ""; stSecret.text = "" }
                    readonly property string role: editId > 0 ? editRole : stRole.currentValue
                    GridLayout {
                        anchors.fill: parent
                        columns: 2
                        Label { text: qsTr("Name") }
                        TextField { id: stName; Layout.fillWidth: true }
                        Label { text: qsTr("Role") }
                        ComboBox { id: stRole; enabled: staffForm.editId === 0; textRole: "t"; valueRole: "v"
                                   model: [{ v: "therapist", t: qsTr("Therapist") }, { v: "cashier", t: qsTr("Cashier") }, { v: "admin", t: qsTr("Admin") }] }
                        Label { text: qsTr("User name"); visible: staffForm.editId === 0 && staffForm.role !== "therapist" }
                        TextField { id: stUser; Layout.fillWidth: true; visible: staffForm.editId === 0 && staffForm.role !== "therapist" }
                        Label { text: staffForm.role === "therapist" ? qsTr("PIN") : qsTr("Password") }
                        TextField {
                            id: stSecret
                            Layout.fillWidth: true
                            echoMode: TextInput.Password
                            placeholderText: staffForm.editId > 0 ? qsTr("Leave empty to keep") : ""
                            validator: staffForm.role === "therapist" ? pinValidator : null
                            RegularExpressionValidator { id: pinValidator; regularExpression: /^\d{0,8}$/ }
                        }
                        Button {
                            Layout.columnSpan: 2
                            Layout.alignment: Qt.AlignRight
                            text: qsTr("Save")
                            enabled: stName.text.trim() !== "" && (staffForm.editId > 0 || stSecret.text !== "")
                            onClicked: admin.saveStaff(staffForm.editId, stName.text, staffForm.role, stUser.text,
                                                       staffForm.role === "therapist" ? "" : stSecret.text,
                                                       staffForm.role === "therapist" ? stSecret.text : "")
                        }
                    }
                    Connections { target: admin; function onSaved() { staffForm.editId = 0; stName.text = ""; stSecret.text = ""; stUser.text = "" } }
                }
            }

            // Devices
            ColumnLayout {
                Layout.fillWidth: true; Layout.fillHeight: true; Layout.preferredWidth: 1
                Label { text: qsTr("Kiosk devices"); font.pixelSize: Theme.fontTitle; font.bold: true }
                ListView {
                    Layout.fillWidth: true; Layout.fillHeight: true; clip: true
                    model: admin.devices
                    delegate: RowLayout {
                        id: deviceRow
                        required property string name
                        required property var created_at
                        width: ListView.view.width
                        Label { Layout.fillWidth: true; text: deviceRow.name }
                        Label { text: Format.time(deviceRow.created_at); color: Theme.textMuted }
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField { id: deviceName; Layout.fillWidth: true; placeholderText: qsTr("Device name, e.g. Lobby TV") }
                    Button { text: qsTr("Add"); enabled: deviceName.text.trim() !== ""; onClicked: { admin.createDevice(deviceName.text); deviceName.text = "" } }
                }
                Label { visible: admin.newDeviceToken !== ""; text: qsTr("Token for the new device (shown once):"); color: Theme.textMuted }
                TextField { visible: admin.newDeviceToken !== ""; Layout.fillWidth: true; readOnly: true; text: admin.newDeviceToken; selectByMouse: true }
            }
        }
    }
}
