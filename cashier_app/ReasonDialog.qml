// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// Cancel (a reason is required) or mark a no-show (a reason is optional).
Dialog {
    id: dialog
    required property CashierState state
    property var visit: ({})
    property string action: "cancel"
    title: (action === "cancel" ? qsTr("Cancel %1") : qsTr("No-show %1")).arg(visit.ticket || "")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    standardButtons: Dialog.NoButton

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

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label { text: dialog.visit.customer_name || ""; font.bold: true }
        TextField {
            id: reason
            Layout.fillWidth: true
            maximumLength: 500
            placeholderText: dialog.action === "cancel" ? qsTr("Reason (required)") : qsTr("Reason (optional)")
            onAccepted: dialog.confirm()
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.state.error
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            KeyButton { text: qsTr("Back") + "  Esc"; onClicked: dialog.close() }
            KeyButton {
                text: dialog.action === "cancel" ? qsTr("Cancel visit") : qsTr("Mark no-show")
                enabled: dialog.action !== "cancel" || reason.text.trim() !== ""
                onClicked: dialog.confirm()
            }
        }
    }
}
