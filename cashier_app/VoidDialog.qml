// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// Void a payment (admin): a reason is required. It opens with the reason focused; Enter in it (or
// on the button) voids once a reason is given; Esc closes.
FormDialog {
    id: voidDialog
    required property DayReport report
    property var paymentId: 0
    property string ticket: ""
    property var amount: 0
    property string currency: ""
    title: qsTr("Void payment %1 — %2").arg(ticket).arg(Format.money(amount, currency))
    width: Math.min(parent ? parent.width - 80 : 460, 460)
    primaryText: qsTr("Void")
    primaryHint: "↵"
    primaryKind: "danger"
    primaryIcon: "edit-delete"
    primaryEnabled: voidReason.text.trim() !== ""
    onPrimaryClicked: voidDialog.confirm()

    function openFor(id, t, a) { paymentId = id; ticket = t; amount = a; voidReason.text = ""; open(); voidReason.forceActiveFocus() }
    function confirm() {
        if (voidReason.text.trim() === "")
            return
        report.voidPayment(voidDialog.paymentId, voidReason.text)
        voidDialog.close()
    }
    FormField {
        id: voidReason
        Layout.fillWidth: true
        label: qsTr("Reason")
        placeholderText: qsTr("Reason (required)")
        onAccepted: voidDialog.confirm()
    }
}
