// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// Assign or reassign: the turn order's suggestion first, then everyone on shift. It opens with the
// suggestion focused (or the first therapist when no one is next in turn); Enter or Space assigns
// the focused one, Tab moves, Esc closes.
Dialog {
    id: dialog
    required property CashierState state
    property var visit: ({})
    title: qsTr("Assign %1 — %2").arg(visit.ticket || "").arg(visit.customer_name || "")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: 460
    standardButtons: Dialog.Cancel

    function openFor(v) { visit = v; dialog.state.clearError(); open() }
    onOpened: {
        if (nextInTurn.enabled) {
            nextInTurn.forceActiveFocus(Qt.TabFocusReason)
            return
        }
        for (let i = 0; i < everyone.count; ++i) {
            const b = everyone.itemAt(i)
            if (b && b.visible && b.enabled) {
                b.forceActiveFocus(Qt.TabFocusReason)
                return
            }
        }
    }

    Connections {
        target: dialog.state
        function onCommandDone(name) { if (name === "visit:assign") dialog.close() }
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        KeyButton {
            id: nextInTurn
            Layout.fillWidth: true
            highlighted: true
            enabled: dialog.state.suggestedTherapistId > 0
            text: {
                const t = dialog.state.therapists
                for (let i = 0; i < t.count; ++i)
                    if (t.get(i).id === dialog.state.suggestedTherapistId)
                        return qsTr("Next in turn: %1").arg(t.get(i).name)
                return qsTr("No one is free in the turn order")
            }
            onClicked: dialog.state.assign(dialog.visit.id, 0)
        }
        Column {
            id: others
            Layout.fillWidth: true
            Repeater {
            id: everyone
            model: dialog.state.therapists
            delegate: KeyButton {
                required property var id
                required property string name
                required property string status
                required property var turn_position
                width: others.width
                visible: status !== "off"
                flat: true
                text: name + "  ·  " + (status === "available" ? qsTr("available") : status === "busy" ? qsTr("with a guest")
                                                                : qsTr("on break"))
                onClicked: dialog.state.assign(dialog.visit.id, id)
            }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text !== ""
            text: dialog.state.error
            color: Theme.danger
            wrapMode: Text.WordWrap
        }
    }
}
