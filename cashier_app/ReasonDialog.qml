// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// Cancel (a reason is required) or mark a no-show (a reason is optional). Enter in the reason
// confirms; Esc goes back.
FormDialog {
    id: dialog
    required property CashierState state
    property var visit: ({})
    property string action: "cancel"
    title: (action === "cancel" ? qsTr("Cancel %1") : qsTr("No-show %1")).arg(visit.ticket || "")
    width: Math.min(parent ? parent.width - 80 : 480, 480)
    secondaryText: qsTr("Back")
    primaryText: action === "cancel" ? qsTr("Cancel visit") : qsTr("Mark no-show")
    primaryKind: "danger"
    primaryIcon: action === "cancel" ? "edit-delete" : "appointment-missed"
    primaryHint: "↵"
    primaryEnabled: action !== "cancel" || reason.text.trim() !== ""
    problem: dialog.state.error
    onPrimaryClicked: dialog.confirm()

    function openFor(v, a) { visit = v; action = a; reason.text = ""; dialog.state.clearError(); open(); reason.forceActiveFocus() }
    function confirm() {
        if (action === "cancel" && reason.text.trim() === "")
            return
        if (action === "cancel") dialog.state.cancel(visit.id, reason.text)
        else dialog.state.noShow(visit.id, reason.text)
    }

    Connections {
        target: dialog.state
        function onCommandDone(name) { if (name === "visit:cancel" || name === "visit:no_show") dialog.close() }
    }

    Text {
        text: dialog.visit.customer_name || ""
        font.pixelSize: Theme.fontBody
        font.bold: true
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    FormField {
        id: reason
        Layout.fillWidth: true
        maximumLength: 500
        label: qsTr("Reason")
        placeholderText: dialog.action === "cancel" ? qsTr("Reason (required)") : qsTr("Reason (optional)")
        onAccepted: dialog.confirm()
    }
}
