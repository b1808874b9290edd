// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// Available / on break / off, one tap each; the current one filled in its colour. While with a
// customer the status is "busy" and only Complete changes it.
ColumnLayout {
    id: selector
    required property TherapistState appState
    property real s: 1
    spacing: 6 * s

    RowLayout {
        Layout.fillWidth: true
        spacing: 12 * selector.s

        Repeater {
            model: [
                { key: "available", label: qsTr("Available") },
                { key: "on_break", label: qsTr("On break") },
                { key: "off", label: qsTr("Off") }
            ]
            TouchButton {
                required property var modelData
                objectName: "status_" + modelData.key
                s: selector.s
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal thirds
                Layout.preferredHeight: 72 * selector.s
                text: selector.appState.busyAction === "status" && selected ? qsTr("Saving…") : modelData.label
                fontSize: 22 * selector.s
                tone: Theme.statusColor(modelData.key)
                selected: selector.appState.status === modelData.key
                enabled: selector.appState.canChangeStatus && !selector.appState.busy
                onClicked: {
                    if (!selected)
                        selector.appState.setStatus(modelData.key)
                }
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: selector.appState.status === "busy"
        text: qsTr("With a customer: Complete the service to change your status")
        color: Theme.textMuted
        font.pixelSize: 17 * selector.s
        elide: Text.ElideRight
    }
}
