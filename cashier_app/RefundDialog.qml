// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// Refund a paid bill at the desk (RefundForm): the amount (all that is left, or part), the
// method, the reason, and for a cashier the approving admin's name and PIN typed here. Enter
// refunds once the form is complete; Esc closes. What is missing and the server's refusals show
// in the problem strip; once refunded, the slip prints (a cash refund opens the drawer) and the
// dialog says so.
FormDialog {
    id: dialog
    required property Session session
    property var venue: ({})
    property alias form: refund
    signal refunded()
    function money(v) { return Format.money(v || 0, refund.currency) }
    // For the scripted screenshot.
    function setAmount(minor) { amount.setValue(minor) }
    function setReason(text) { reason.text = text }
    function openFor(visitId) {
        amount.text = ""
        reason.text = ""
        pin.text = ""
        refund.open(visitId)
        open()
        amount.forceActiveFocus()
    }

    title: refund.visit.ticket !== undefined
           ? qsTr("Refund — ticket %1, %2").arg(refund.visit.ticket).arg(refund.visit.customer_name)
           : qsTr("Refund")
    width: Math.min(parent ? parent.width - 80 : 560, 560)
    problem: refund.error !== "" ? refund.error : refund.done ? "" : refund.problem
    problemSeverity: refund.error !== "" ? "error" : "info"
    primaryText: refund.done ? qsTr("Done") : qsTr("Refund %1").arg(dialog.money(refund.amount))
    primaryIcon: refund.done ? "object-select" : "edit-clear"
    primaryKind: refund.done ? "primary" : "danger"
    primaryHint: "↵"
    primaryEnabled: refund.done || (refund.problem === "" && !refund.busy)
    secondaryText: refund.done ? "" : qsTr("Cancel")
    onPrimaryClicked: refund.done ? close() : refund.submit()
    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.visible && dialog.primaryEnabled; onActivated: dialog.primaryClicked() }

    RefundForm {
        id: refund
        session: dialog.session
        printer: DeskPrinter
        venue: dialog.venue
        // The amount starts at all that is left; typing changes it.
        onVisitChanged: if (!done && amount.text === "" && refundable > 0) amount.setValue(refundable)
        onRefunded: dialog.refunded()
    }

    GridLayout {
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        visible: !refund.done

        Label { Layout.fillWidth: true; text: qsTr("Receipt No.") }
        Label { Layout.alignment: Qt.AlignRight; font.family: "DejaVu Sans Mono"
                text: refund.visit.receipt_no !== undefined && refund.visit.receipt_no !== null ? String(refund.visit.receipt_no).padStart(6, "0") : "—" }
        Label { text: qsTr("Paid") }
        Label { Layout.alignment: Qt.AlignRight; text: dialog.money(refund.visit.paid) }
        Label { text: qsTr("Refunded before"); visible: (refund.visit.refunded || 0) > 0 }
        Label { Layout.alignment: Qt.AlignRight; visible: (refund.visit.refunded || 0) > 0; text: dialog.money(-refund.visit.refunded) }
        Label { text: qsTr("Left to refund"); font.bold: true }
        Label { Layout.alignment: Qt.AlignRight; font.bold: true; text: dialog.money(refund.refundable) }

        Label { text: qsTr("Amount to give back") }
        MoneyField {
            id: amount
            objectName: "refundAmount"
            Layout.alignment: Qt.AlignRight
            Accessible.name: qsTr("Amount to give back")
            onParsedChanged: refund.amount = parsed < 0 ? -1 : parsed
        }
        Label { text: qsTr("Give back by") }
        PaymentMethodBox {
            id: method
            objectName: "refundMethod"
            Layout.alignment: Qt.AlignRight
            method: refund.method
            Accessible.name: qsTr("Give back by")
            onChosen: m => refund.method = m
        }
        FormField {
            id: reason
            objectName: "refundReason"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            label: qsTr("Reason")
            placeholderText: qsTr("Reason (required), e.g. oil allergy, service cut short")
            maximumLength: 500
            onTextChanged: refund.reason = text
        }

        // A cashier's refund: the admin approves here, at the desk.
        Label {
            visible: refund.needsApproval
            Layout.columnSpan: 2
            Layout.fillWidth: true
            text: qsTr("An admin approves a cashier's refund: the admin chooses their name and types their PIN.")
            wrapMode: Text.WordWrap
            color: Theme.textMuted
        }
        Label { visible: refund.needsApproval; text: qsTr("Approved by") }
        SelectBox {
            id: approver
            objectName: "refundApprover"
            visible: refund.needsApproval
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: 220
            model: refund.approvers
            textRole: "name"
            valueRole: "id"
            Accessible.name: qsTr("Approved by")
            currentIndex: indexOfValue(refund.approverId)
            onActivated: refund.approverId = currentValue
        }
        Label { visible: refund.needsApproval; text: qsTr("Admin's PIN") }
        FormField {
            id: pin
            objectName: "refundPin"
            visible: refund.needsApproval
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: 220
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhDigitsOnly
            maximumLength: 12
            Accessible.name: qsTr("Admin's PIN")
            onTextChanged: refund.pin = text
        }
    }
    // A refused PIN is cleared by the form: the field follows, ready for the admin to type again.
    Connections { target: refund; function onChanged() { if (refund.pin === "" && pin.text !== "") pin.text = "" } }

    // The refund as recorded.
    ColumnLayout {
        visible: refund.done
        Layout.fillWidth: true
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            font.bold: true
            text: qsTr("%1 given back by %2.").arg(dialog.money(refund.refund.amount))
                      .arg(refund.refund.method === "cash" ? qsTr("cash") : refund.refund.method === "card" ? qsTr("card") : qsTr("e-wallet"))
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            text: DeskPrinter.configured
                  ? (refund.refund.method === "cash" ? qsTr("The refund slip is printing and the drawer opens: give the cash and ask the customer to sign the slip.")
                                                     : qsTr("The refund slip is printing: ask the customer to sign it."))
                  : qsTr("No receipt printer is set up: no slip was printed.")
        }
    }
}
