// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// What the desk does with a paid bill found among a day's payments on the Reports page: reprint
// the receipt, make the full tax invoice the customer asks for, or refund. One button per payment
// row leads here, so the row stays readable in every language.
FormDialog {
    id: dialog
    required property Session session
    property var venue: ({})
    property var visitId: 0
    property string ticket: ""
    property string customer: ""
    signal changedBill()
    property alias refundDialog: refund
    property alias taxInvoiceDialog: taxInvoice
    function openFor(id, t, name) { visitId = id; ticket = t; customer = name; open(); reprint.forceActiveFocus() }

    title: qsTr("Bill of ticket %1 — %2").arg(ticket).arg(customer)
    width: Math.min(parent ? parent.width - 80 : 480, 480)
    showActions: false

    ActionButton {
        id: reprint
        objectName: "billReprint"
        Layout.fillWidth: true
        text: qsTr("Reprint the receipt")
        iconName: "document-print"
        enabled: DeskPrinter.configured
        onClicked: { DeskPrinter.reprintPaidVisit(dialog.session, dialog.visitId, dialog.venue); dialog.close() }
    }
    ActionButton {
        objectName: "billTaxInvoice"
        Layout.fillWidth: true
        text: qsTr("Tax invoice…")
        iconName: "view-list"
        onClicked: { dialog.close(); taxInvoice.openFor(dialog.visitId) }
    }
    ActionButton {
        objectName: "billRefund"
        Layout.fillWidth: true
        text: qsTr("Refund…")
        iconName: "edit-clear"
        kind: "danger"
        onClicked: { dialog.close(); refund.openFor(dialog.visitId) }
    }
    Label {
        visible: !DeskPrinter.configured
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        text: qsTr("No receipt printer is set up at this desk: set one up under Printer to print.")
    }

    RefundDialog {
        id: refund
        objectName: "refundDialog"
        parent: dialog.parent
        session: dialog.session
        venue: dialog.venue
        onRefunded: dialog.changedBill()
    }
    TaxInvoiceDialog {
        id: taxInvoice
        objectName: "taxInvoiceDialog"
        parent: dialog.parent
        session: dialog.session
        venue: dialog.venue
    }
}
