// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// Checkout: the bill, a discount, a tip, a split across cash, card and e-wallet, cash tendered
// and the change due — all checked by Checkout (C++) before Pay is possible. Ctrl+Enter pays.
// After payment the receipt is shown and can be saved as PDF.
FormDialog {
    id: dialog
    required property CashierState state
    required property ScreenshotGate gate
    width: parent ? Math.min(parent.width - 40, 1100) : 1000
    height: parent ? parent.height - 40 : 700
    // The pay and receipt sides have their own actions.
    showActions: false
    closePolicy: checkout.busy ? Popup.NoAutoClose : Popup.CloseOnEscape
    title: qsTr("Checkout %1 — %2").arg(checkout.visit.ticket || "").arg(checkout.visit.customer_name || "")

    function openFor(visit) {
        checkout.setVisitFrom(visit)
        // A visit with a tip already recorded opens with that tip as a custom amount.
        customTip.setValue(checkout.tipMode === "amount" ? checkout.tipValue : -1)
        savedTo.text = "" // the last customer's receipt is not this one's
        open()
    }
    // It opens with the first payment's amount selected, ready to type over; Tab moves on, Enter
    // on a focused button presses it, Ctrl+Enter pays, Esc closes.
    onOpened: {
        const first = lines.itemAtIndex(0)
        if (first)
            first.focusAmount()
        else
            payButton.forceActiveFocus(Qt.TabFocusReason)
    }
    // For the scripted screenshot: a card + e-wallet split with a tip on the card.
    function openDemo(visit) {
        openFor(visit)
        checkout.tipMode = "percent"; checkout.tipValue = 10
        checkout.addLine("card")                     // the card takes the balance…
        checkout.setLineAmount(1, Math.round(checkout.due * 0.6 / 10000) * 10000) // …then part of it
        checkout.setLineMethod(0, "ewallet")         // the first line keeps the rest
        checkout.setTipLine(1)
        dialog.gate.ready = true
    }

    // Scripted screenshot (SPA_PAGE=receipt): paid in cash with a tip and change, the receipt
    // on screen and saved as PDF.
    property bool receiptShot: false
    function openReceiptDemo(visit) {
        openFor(visit)
        checkout.tipMode = "amount"; checkout.tipValue = 5000
        checkout.setLineTendered(0, Math.ceil(checkout.toCollect / 50000) * 50000)
        receiptShot = true
        checkout.pay()
    }

    Checkout {
        id: checkout
        client: dialog.state.client
        function setVisitFrom(v) { visit = v }
        onCompletedChanged: {
            // Paid: the receipt prints by itself on the desk's printer (its copies, the drawer
            // first for cash); a desk without one saves the PDF instead.
            if (completed && DeskPrinter.configured)
                DeskPrinter.printReceipt(checkout.result, dialog.venue())
            if (completed && dialog.receiptShot) {
                dialog.receiptShot = false
                printouts.saveReceiptPdf(checkout.result, dialog.state.venueName)
                dialog.gate.ready = true
            }
        }
    }
    function venue() {
        return { name: dialog.state.venueName, address: dialog.state.venueAddress, tax_id: dialog.state.venueTaxId }
    }
    Printouts { id: printouts; venueAddress: dialog.state ? dialog.state.venueAddress : ""; venueTaxId: dialog.state ? dialog.state.venueTaxId : "" }

    Shortcut { sequences: ["Ctrl+Return", "Ctrl+Enter"]; enabled: dialog.visible && checkout.canPay; onActivated: checkout.pay() }

    readonly property string cur: checkout.currency
    function money(v) { return Format.money(v, cur) }

    RowLayout {
        Layout.fillWidth: true
        Layout.fillHeight: true
        spacing: Theme.padding * 1.5

        // Left: the bill, discount and tip.
        ColumnLayout {
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Label { text: qsTr("Bill"); font.bold: true; font.pixelSize: Theme.fontTitle; Accessible.role: Accessible.Heading; Accessible.name: text }
            Column {
                Layout.fillWidth: true
                Repeater {
                    model: checkout.visit.services || []
                    delegate: RowLayout {
                        id: billLine
                        required property var modelData
                        width: parent ? parent.width : 0
                        Label { Layout.fillWidth: true; text: billLine.modelData.name }
                        Label { text: dialog.money(billLine.modelData.price) }
                    }
                }
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            RowLayout { Layout.fillWidth: true
                Label { Layout.fillWidth: true; text: qsTr("Subtotal") }
                Label { text: dialog.money(checkout.subtotal) } }

            Label { text: qsTr("Discount"); font.bold: true; Layout.topMargin: Theme.spacing }
            RowLayout {
                enabled: !checkout.completed && !checkout.busy
                ButtonGroup { id: discountGroup }
                RadioButton { text: qsTr("None"); Accessible.name: qsTr("Discount: %1").arg(text); checked: checkout.discountMode === "none"; ButtonGroup.group: discountGroup
                              onClicked: checkout.discountMode = "none" }
                RadioButton { text: qsTr("Amount"); Accessible.name: qsTr("Discount: %1").arg(text); checked: checkout.discountMode === "amount"; ButtonGroup.group: discountGroup
                              onClicked: checkout.discountMode = "amount" }
                RadioButton { text: qsTr("Percent"); Accessible.name: qsTr("Discount: %1").arg(text); checked: checkout.discountMode === "percent"; ButtonGroup.group: discountGroup
                              onClicked: checkout.discountMode = "percent" }
            }
            RowLayout {
                visible: checkout.discountMode !== "none"
                enabled: !checkout.completed && !checkout.busy
                MoneyField {
                    visible: checkout.discountMode === "amount"
                    Accessible.name: qsTr("Discount amount")
                    Layout.preferredWidth: 120
                    // From `text`, not `parsed`: the binding has not caught up when this runs.
                    onTextChanged: { const v = text.trim() === "" ? 0 : Format.parseMoney(text); if (v >= 0) checkout.discountValue = v }
                }
                SpinBox {
                    visible: checkout.discountMode === "percent"
                    Accessible.name: qsTr("Discount in percent")
                    from: 0; to: 100; value: checkout.discountValue
                    onValueModified: checkout.discountValue = value
                    editable: true
                }
                FormField {
                    Layout.fillWidth: true
                    Accessible.name: qsTr("Reason for the discount")
                    placeholderText: qsTr("Reason (required)")
                    text: checkout.discountReason
                    onTextEdited: checkout.discountReason = text
                }
            }
            RowLayout { Layout.fillWidth: true; visible: checkout.discount > 0
                Label { Layout.fillWidth: true; text: qsTr("Discount") }
                Label { text: dialog.money(-checkout.discount); color: Theme.successText } }
            // Service charge and tax on the discounted amount ("++"), or the parts of it they
            // already are ("net" prices), as the server will bill them.
            RowLayout { Layout.fillWidth: true; visible: checkout.serviceCharge !== 0
                Label { Layout.fillWidth: true; text: checkout.serviceChargeLabel }
                Label { text: dialog.money(checkout.serviceCharge) } }
            RowLayout { Layout.fillWidth: true; visible: checkout.tax !== 0
                Label { Layout.fillWidth: true; text: checkout.taxLabel }
                Label { text: dialog.money(checkout.tax) } }
            RowLayout { Layout.fillWidth: true; visible: checkout.rounding !== 0
                Label { Layout.fillWidth: true; text: qsTr("Cash rounding") }
                Label { text: dialog.money(checkout.rounding) } }
            RowLayout { Layout.fillWidth: true
                Label { Layout.fillWidth: true; text: qsTr("Total"); font.bold: true }
                Label { text: dialog.money(checkout.total); font.bold: true } }
            RowLayout { Layout.fillWidth: true; visible: checkout.alreadyPaid > 0
                Label { Layout.fillWidth: true; text: qsTr("Already paid") }
                Label { text: dialog.money(checkout.alreadyPaid) } }

            Label {
                text: qsTr("Tip for %1").arg(checkout.visit.therapist ? checkout.visit.therapist.name : qsTr("the therapist"))
                font.bold: true
                Layout.topMargin: Theme.spacing
            }
            Flow {
                Layout.fillWidth: true
                spacing: 4
                enabled: !checkout.completed && !checkout.busy
                Repeater {
                    model: [0, 5, 10, 15, 20]
                    delegate: ActionButton {
                        required property int modelData
                        Accessible.name: modelData === 0 ? text : qsTr("Tip %1").arg(text)
                        text: modelData === 0 ? qsTr("No tip") : modelData + "%"
                        checkable: true
                        checked: modelData === 0 ? checkout.tipMode === "none"
                                                 : checkout.tipMode === "percent" && checkout.tipValue === modelData
                        onClicked: {
                            if (modelData === 0) { checkout.tipMode = "none"; return }
                            checkout.tipMode = "percent"; checkout.tipValue = modelData
                        }
                    }
                }
                ActionButton {
                    text: qsTr("Custom")
                    Accessible.name: qsTr("Custom tip")
                    checkable: true
                    checked: checkout.tipMode === "amount"
                    onClicked: checkout.tipMode = "amount"
                }
                MoneyField {
                    id: customTip
                    Accessible.name: qsTr("Tip amount")
                    visible: checkout.tipMode === "amount"
                    width: 110
                    onTextChanged: { const v = text.trim() === "" ? 0 : Format.parseMoney(text); if (v >= 0) checkout.tipValue = v }
                }
            }
            RowLayout { Layout.fillWidth: true
                Label { Layout.fillWidth: true; text: qsTr("Tip") }
                Label { text: dialog.money(checkout.tip) } }
            // A tip the visit already has (e.g. a payment made before a void) is not taken again.
            RowLayout { Layout.fillWidth: true; visible: checkout.tipsRecorded > 0
                Label { Layout.fillWidth: true; text: qsTr("Tip already recorded"); color: Theme.textMuted }
                Label { text: dialog.money(checkout.tipsRecorded); color: Theme.textMuted } }
            Item { Layout.fillHeight: true }
        }

        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.border }

        // Right: how it is paid, or the receipt once it is.
        ColumnLayout {
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            visible: !checkout.completed

            Label { text: qsTr("Payment"); font.bold: true; font.pixelSize: Theme.fontTitle; Accessible.role: Accessible.Heading; Accessible.name: text }
            ListView {
                id: lines
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                spacing: Theme.spacing
                model: checkout
                delegate: Rectangle {
                    id: paymentLine
                    required property int index
                    required property string method
                    required property var amount
                    required property var tendered
                    required property var tip
                    required property var charged
                    required property var change
                    required property bool paid
                    required property bool locked
                    width: ListView.view.width
                    implicitHeight: lineBody.implicitHeight + 16
                    // The model changes a line's amount too (the balance line): show it unless
                    // the field already says it (as while it is being typed).
                    onAmountChanged: if ((amountField.text.trim() === "" ? 0 : Format.parseMoney(amountField.text)) !== amount) amountField.setValue(amount)
                    function focusAmount() { amountField.forceActiveFocus(Qt.TabFocusReason); amountField.selectAll() }
                    onTenderedChanged: if (!tenderedField.activeFocus && tendered >= 0) tenderedField.setValue(tendered)
                    radius: Theme.radius
                    color: paid ? Theme.surfaceAlt : Theme.surface
                    border.color: Theme.borderStrong
                    ColumnLayout {
                        id: lineBody
                        anchors.fill: parent
                        anchors.margins: 8
                        RowLayout {
                            Layout.fillWidth: true
                            PaymentMethodBox {
                                enabled: !paymentLine.locked
                                method: paymentLine.method
                                onChosen: chosenMethod => checkout.setLineMethod(paymentLine.index, chosenMethod)
                            }
                            MoneyField {
                                id: amountField
                                Layout.fillWidth: true
                                Accessible.name: qsTr("Amount of payment %1").arg(paymentLine.index + 1)
                                enabled: !paymentLine.locked
                                Component.onCompleted: setValue(paymentLine.amount)
                                onTextEdited: { const v = text.trim() === "" ? 0 : Format.parseMoney(text); if (v >= 0) checkout.setLineAmount(paymentLine.index, v) }
                            }
                            Chip { visible: paymentLine.paid; text: qsTr("paid"); iconName: "object-select"; tone: Theme.successText; tint: Theme.accentTint }
                            ActionButton { objectName: "removeLine"; kind: "quiet"; iconName: "window-close"; visible: !paymentLine.locked && lines.count > 1
                                           onClicked: checkout.removeLine(paymentLine.index)
                                           Accessible.name: qsTr("Remove payment %1").arg(paymentLine.index + 1) }
                        }
                        // What this line charges: its amount and, on the tip's line, the tip.
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                visible: paymentLine.tip > 0
                                text: qsTr("Charged %1 (%2 + tip %3)").arg(dialog.money(paymentLine.charged)).arg(dialog.money(paymentLine.amount)).arg(dialog.money(paymentLine.tip))
                                color: Theme.textMuted
                                font.pixelSize: Theme.fontSmall
                                wrapMode: Text.WordWrap
                            }
                            Item { Layout.fillWidth: true; visible: paymentLine.tip <= 0 }
                            RadioButton {
                                visible: checkout.tipToTake > 0 && lines.count > 1 && !locked
                                text: qsTr("Tip on this line")
                                Accessible.name: qsTr("Tip on payment %1").arg(paymentLine.index + 1)
                                checked: paymentLine.tip > 0
                                font.pixelSize: Theme.fontSmall
                                onClicked: checkout.setTipLine(paymentLine.index)
                            }
                        }
                        Flow {
                            visible: paymentLine.method === "cash"
                            Layout.fillWidth: true
                            spacing: 4
                            Label { text: qsTr("Tendered"); height: tenderedField.height; verticalAlignment: Text.AlignVCenter }
                            MoneyField {
                                id: tenderedField
                                width: 120
                                Accessible.name: qsTr("Cash tendered")
                                enabled: !paymentLine.paid
                                Component.onCompleted: if (paymentLine.tendered >= 0) setValue(paymentLine.tendered)
                                // Empty means "exact"; half-typed text ("7.") changes nothing.
                                onTextEdited: {
                                    if (text.trim() === "") { checkout.setLineTendered(paymentLine.index, -1); return }
                                    const v = Format.parseMoney(text)
                                    if (v >= 0) checkout.setLineTendered(paymentLine.index, v)
                                }
                            }
                            Repeater {
                                model: (paymentLine.amount, paymentLine.tip, checkout.tenderSuggestions(paymentLine.index))
                                delegate: ActionButton {
                                    required property var modelData
                                    kind: "quiet"
                                    Accessible.name: qsTr("Tendered %1").arg(text)
                                    enabled: !paymentLine.paid
                                    text: dialog.money(modelData)
                                    onClicked: { tenderedField.setValue(modelData); checkout.setLineTendered(paymentLine.index, modelData) }
                                }
                            }
                        }
                        Label {
                            visible: paymentLine.method === "cash" && paymentLine.tendered >= 0
                            text: qsTr("Change %1").arg(dialog.money(paymentLine.change))
                            color: Theme.accentStrong
                            font.bold: true
                        }
                    }
                }
            }
            RowLayout {
                enabled: !checkout.busy
                Label { text: qsTr("Add:") }
                ActionButton { text: qsTr("Cash"); iconName: "list-add"; Accessible.name: qsTr("Add a cash payment"); onClicked: checkout.addLine("cash") }
                ActionButton { text: qsTr("Card"); iconName: "list-add"; Accessible.name: qsTr("Add a card payment"); onClicked: checkout.addLine("card") }
                ActionButton { text: qsTr("E-wallet"); iconName: "list-add"; Accessible.name: qsTr("Add an e-wallet payment"); onClicked: checkout.addLine("ewallet") }
            }
            Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                // What the lines do not cover yet.
                Label { Layout.fillWidth: true; text: qsTr("Balance due") }
                Label { text: dialog.money(Math.max(0, checkout.remaining)) }
                Label { Layout.fillWidth: true; text: qsTr("To collect with tip") }
                Label { text: dialog.money(checkout.toCollect); font.bold: true }
                Label { Layout.fillWidth: true; text: qsTr("Change due"); font.pixelSize: Theme.fontTitle }
                Label { text: dialog.money(checkout.changeDue); font.pixelSize: Theme.fontHeadline; font.bold: true; color: Theme.accentStrong }
            }
            ProblemStrip {
                Layout.fillWidth: true
                message: checkout.error !== "" ? checkout.error : checkout.problem
                severity: checkout.error !== "" ? "error" : "warning"
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                ActionButton { text: qsTr("Close"); hint: "Esc"; enabled: !checkout.busy; onClicked: dialog.close() }
                ActionButton {
                    id: payButton
                    objectName: "payButton"
                    kind: "primary"
                    iconName: "auth-smartcard"
                    hint: "Ctrl+↵"
                    text: checkout.busy ? qsTr("Taking payment…") : qsTr("Pay %1").arg(dialog.money(checkout.toCollect))
                    enabled: checkout.canPay
                    onClicked: checkout.pay()
                }
            }
        }

        ColumnLayout {
            Layout.preferredWidth: 1
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: checkout.completed
            spacing: Theme.spacing
            Label { text: qsTr("Paid — receipt"); font.bold: true; font.pixelSize: Theme.fontTitle; color: Theme.successText
                    Accessible.role: Accessible.Heading; Accessible.name: text }
            Label {
                visible: (checkout.result.change_due || 0) > 0
                text: qsTr("Give change: %1").arg(dialog.money(checkout.result.change_due || 0))
                font.pixelSize: Theme.fontHeadline
                font.bold: true
                color: Theme.accentStrong
            }
            ScrollView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                Rectangle {
                    implicitWidth: 340
                    implicitHeight: receipt.implicitHeight + 24
                    color: "white"
                    border.color: Theme.border
                    Text {
                        id: receipt
                        x: 12; y: 12
                        width: 316
                        textFormat: Text.RichText
                        wrapMode: Text.WordWrap
                        text: checkout.completed ? printouts.receiptHtml(checkout.result, dialog.state.venueName) : ""
                    }
                }
            }
            Label { id: savedTo; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                // A second paper receipt is a copy: marked COPY, no drawer.
                ActionButton {
                    objectName: "reprintButton"
                    text: qsTr("Reprint (copy)")
                    iconName: "document-print"
                    visible: DeskPrinter.configured
                    onClicked: {
                        DeskPrinter.printReceipt(checkout.result, dialog.venue(), true)
                        savedTo.text = qsTr("Copy sent to the printer")
                    }
                }
                // Asked at payment: the buyer's full tax invoice for this bill.
                ActionButton {
                    objectName: "taxInvoiceButton"
                    text: qsTr("Tax invoice…")
                    iconName: "view-list"
                    onClicked: taxInvoice.openFor(checkout.result.visit.id)
                }
                ActionButton {
                    text: qsTr("Save receipt as PDF")
                    iconName: "document-save"
                    onClicked: {
                        const path = printouts.saveReceiptPdf(checkout.result, dialog.state.venueName)
                        savedTo.text = path === "" ? qsTr("Could not save the PDF") : qsTr("Saved to %1").arg(path)
                    }
                }
                ActionButton {
                    id: done
                    objectName: "doneButton"
                    text: qsTr("Done")
                    hint: "Esc"
                    kind: "primary"
                    // Where Pay was: a double click on Pay must not close the receipt at once.
                    enabled: !doneGuard.running
                    onClicked: dialog.close()
                }
                Timer { id: doneGuard; interval: 800 }
                Connections { target: checkout; function onCompletedChanged() { if (checkout.completed) doneGuard.restart() } }
            }
        }
    }

    TaxInvoiceDialog {
        id: taxInvoice
        objectName: "checkoutTaxInvoice"
        parent: dialog.parent
        session: dialog.state.session
        venue: dialog.venue()
    }
}
