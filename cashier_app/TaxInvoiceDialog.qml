// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// A full tax invoice for a paid bill (TaxInvoiceForm): the buyer's name, address and tax ID,
// recorded once and printed as a "TAX INVOICE". A bill that has one shows it and prints a copy.
// Enter records (in the address, Enter is a new line: Ctrl+Enter records there); Esc closes.
FormDialog {
    id: dialog
    required property Session session
    property var venue: ({})
    property alias form: invoice
    function openFor(visitId) {
        nameField.text = ""
        addressField.text = ""
        taxIdField.text = ""
        invoice.open(visitId)
        open()
        nameField.forceActiveFocus()
    }

    title: invoice.visit.receipt_no !== undefined && invoice.visit.receipt_no !== null
           ? qsTr("Tax invoice — receipt %1").arg(String(invoice.visit.receipt_no).padStart(6, "0"))
           : qsTr("Tax invoice")
    width: Math.min(parent ? parent.width - 80 : 560, 560)
    problem: invoice.error !== "" ? invoice.error : invoice.exists || invoice.done ? "" : invoice.problem
    problemSeverity: invoice.error !== "" ? "error" : "info"
    primaryText: invoice.done ? qsTr("Done") : invoice.exists ? qsTr("Print a copy") : qsTr("Record and print")
    primaryIcon: invoice.done ? "object-select" : "document-print"
    primaryHint: "↵"
    primaryEnabled: invoice.done || invoice.exists || (invoice.problem === "" && !invoice.busy)
    secondaryText: invoice.done ? "" : qsTr("Cancel")
    onPrimaryClicked: {
        if (invoice.done)
            close()
        else if (invoice.exists) {
            invoice.printCopy()
            close()
        } else
            invoice.submit()
    }
    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.visible && dialog.primaryEnabled && !addressField.activeFocus; onActivated: dialog.primaryClicked() }
    Shortcut { sequences: ["Ctrl+Return", "Ctrl+Enter"]; enabled: dialog.visible && dialog.primaryEnabled; onActivated: dialog.primaryClicked() }

    TaxInvoiceForm {
        id: invoice
        session: dialog.session
        printer: DeskPrinter
        venue: dialog.venue
        // A recorded invoice fills the fields (read-only).
        onChanged: if (exists && nameField.text === "") {
            nameField.text = invoice.buyerName
            addressField.text = invoice.buyerAddress
            taxIdField.text = invoice.buyerTaxId
        }
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        text: invoice.done ? qsTr("Recorded: the tax invoice is printing.")
              : invoice.exists ? qsTr("This bill has its tax invoice. One is made per bill; print a copy of it.")
              : qsTr("For a buyer who claims the tax back: the invoice names them. One per bill, and it cannot be changed once recorded.")
    }
    FormField {
        id: nameField
        objectName: "buyerName"
        Layout.fillWidth: true
        label: qsTr("Buyer's name (person or company)")
        maximumLength: 200
        readOnly: invoice.exists || invoice.done
        onTextChanged: invoice.buyerName = text
        KeyNavigation.tab: addressField
    }
    Label { text: qsTr("Buyer's address"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
    TextArea {
        id: addressField
        objectName: "buyerAddress"
        Layout.fillWidth: true
        Layout.preferredHeight: 84
        wrapMode: TextEdit.Wrap
        readOnly: invoice.exists || invoice.done
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Buyer's address")
        onTextChanged: invoice.buyerAddress = text
        KeyNavigation.tab: taxIdField
        background: Rectangle {
            radius: Theme.radiusSmall
            color: Theme.surface
            border.color: addressField.activeFocus ? Theme.focus : Theme.borderStrong
            border.width: addressField.activeFocus ? 2 : 1
        }
    }
    FormField {
        id: taxIdField
        objectName: "buyerTaxId"
        Layout.fillWidth: true
        label: qsTr("Buyer's tax ID")
        maximumLength: 30
        readOnly: invoice.exists || invoice.done
        onTextChanged: invoice.buyerTaxId = text
    }
}
