// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// Admin › Rooms: the treatment rooms with how many guests each holds and has now; add one, rename
// it or change its capacity in the form (Enter saves, Esc stops editing), retire it or bring it
// back. A room with a guest in it cannot be retired: the server's refusal stays on the page.
Item {
    id: page
    required property CashierState state
    property bool active: false
    signal loaded()
    onActiveChanged: if (active) { rooms.clearError(); rooms.refresh() }

    RoomsState {
        id: rooms
        session: page.state.session
        onBusyChanged: if (!busy) page.loaded()
        onSaved: (message) => { toast.show(message); form.clear() }
    }

    QtObject {
        id: form
        property var editId: 0
        function load(id, name, capacity) {
            editId = id; nameField.text = name; capacityField.text = String(capacity)
            rooms.clearError(); nameField.forceActiveFocus(); nameField.selectAll()
        }
        function clear() { editId = 0; nameField.text = ""; capacityField.text = "1" }
        function save() {
            const capacity = parseInt(capacityField.text, 10)
            if (nameField.text.trim() === "" || !(capacity >= 1 && capacity <= 20))
                return
            rooms.save(editId, nameField.text, capacity)
        }
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        // The rooms, active first.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: Theme.spacing
            Text {
                text: qsTr("Rooms")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            ProblemStrip {
                objectName: "roomsProblem"
                Layout.fillWidth: true
                message: rooms.error
            }
            ListView {
                id: list
                objectName: "roomsList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: rooms.rooms
                ScrollBar.vertical: ScrollBar { }
                delegate: SurfaceCard {
                    id: card
                    required property var id
                    required property string name
                    required property int capacity
                    required property bool active
                    required property int visits_now
                    width: ListView.view.width - 12
                    implicitHeight: cardRow.implicitHeight + 2 * Theme.spacing + 4
                    selected: form.editId === card.id
                    opacity: active ? 1 : 0.75
                    Accessible.role: Accessible.ListItem
                    Accessible.name: qsTr("%1, %2").arg(name).arg(capacityText.text)
                    RowLayout {
                        id: cardRow
                        anchors.fill: parent
                        anchors.leftMargin: Theme.padding
                        anchors.rightMargin: Theme.spacing
                        spacing: Theme.spacing
                        Icon { name: "user-home"; color: Theme.textMuted; Layout.preferredWidth: 20; Layout.preferredHeight: 20 }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Text {
                                Layout.fillWidth: true
                                text: card.name
                                color: Theme.text
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                wrapMode: Text.Wrap
                                Accessible.ignored: true
                            }
                            Text {
                                id: capacityText
                                Layout.fillWidth: true
                                text: qsTr("%n guest(s) at once", "", card.capacity)
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.Wrap
                                Accessible.ignored: true
                            }
                        }
                        Chip {
                            visible: card.active && card.visits_now > 0
                            text: qsTr("%n guest(s) now", "", card.visits_now)
                            iconName: "user-busy"
                            tone: Theme.warningText
                            tint: Theme.warningTint
                        }
                        Chip {
                            visible: !card.active
                            text: qsTr("Retired")
                            iconName: "changes-prevent"
                        }
                        ActionButton {
                            objectName: "editRoom"
                            compact: true
                            kind: "quiet"
                            text: qsTr("Edit")
                            visible: card.active
                            Accessible.name: qsTr("Edit %1").arg(card.name)
                            onClicked: form.load(card.id, card.name, card.capacity)
                        }
                        ActionButton {
                            objectName: "retireRoom"
                            compact: true
                            text: qsTr("Retire")
                            iconName: "edit-delete"
                            visible: card.active
                            enabled: !rooms.busy
                            Accessible.name: qsTr("Retire %1").arg(card.name)
                            onClicked: rooms.retire(card.id)
                        }
                        ActionButton {
                            objectName: "reactivateRoom"
                            compact: true
                            text: qsTr("Bring back")
                            visible: !card.active
                            enabled: !rooms.busy
                            Accessible.name: qsTr("Bring back %1").arg(card.name)
                            onClicked: rooms.reactivate(card.id)
                        }
                    }
                }
                EmptyState {
                    anchors.centerIn: parent
                    width: parent.width
                    visible: list.count === 0 && !rooms.busy
                    text: qsTr("No rooms yet. Visits get a room when a therapist is assigned, so add the first one.")
                    actionText: qsTr("Add a room")
                    onActionClicked: nameField.forceActiveFocus()
                }
            }
        }

        // Add or edit.
        SurfaceCard {
            Layout.preferredWidth: 2
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignTop
            implicitHeight: formColumn.implicitHeight + 2 * Theme.paddingLarge
            ColumnLayout {
                id: formColumn
                anchors.fill: parent
                anchors.margins: Theme.paddingLarge
                spacing: Theme.spacing
                Keys.onEscapePressed: form.clear()
                Text {
                    objectName: "roomFormTitle"
                    Layout.fillWidth: true
                    text: form.editId > 0 ? qsTr("Edit %1").arg(rooms.rooms.get(rooms.rooms.indexOfId(form.editId)).name || "")
                                          : qsTr("New room")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                FormField {
                    id: nameField
                    objectName: "roomName"
                    Layout.fillWidth: true
                    label: qsTr("Name")
                    placeholderText: qsTr("e.g. Room 4, Couples suite")
                    maximumLength: 50
                    error: rooms.fieldErrors.name || ""
                    onAccepted: form.save()
                }
                FormField {
                    id: capacityField
                    objectName: "roomCapacity"
                    Layout.preferredWidth: 160
                    label: qsTr("Guests at once")
                    text: "1"
                    inputMethodHints: Qt.ImhDigitsOnly
                    validator: IntValidator { bottom: 1; top: 20 }
                    error: rooms.fieldErrors.capacity || (acceptableInput || text === "" ? "" : qsTr("From 1 to 20"))
                    onAccepted: form.save()
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    spacing: Theme.spacing
                    Item { Layout.fillWidth: true }
                    ActionButton {
                        visible: form.editId > 0
                        text: qsTr("Stop editing")
                        hint: "Esc"
                        onClicked: form.clear()
                    }
                    ActionButton {
                        objectName: "saveRoom"
                        kind: "primary"
                        iconName: form.editId > 0 ? "document-save" : "list-add"
                        hint: "↵"
                        text: form.editId > 0 ? qsTr("Save room") : qsTr("Add room")
                        enabled: nameField.text.trim() !== "" && capacityField.acceptableInput && !rooms.busy
                        onClicked: form.save()
                    }
                }
            }
        }
    }
    Toast { id: toast }
}
