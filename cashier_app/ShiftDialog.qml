// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// The cash drawer's shift: open it with the counted float; pay cash in or out of it (an amount and
// a reason, e.g. "tips paid out to Budi": recorded first, then the drawer opens); close it with
// the counted cash. While the shift is open the dialog shows its running figures — float, cash
// sales, refunds, each pay-in and pay-out — and what the drawer should hold; on close, the
// over/short as the count is typed, then the result the server recorded.
FormDialog {
    id: dialog
    required property CashShift shift
    property string currency: ""
    // "open", "cash" (a pay-in or pay-out) or "close"
    property string mode: "open"
    property string cashKind: "pay_out"
    readonly property bool done: mode === "close" && !shift.isOpen && shift.closedShift.id !== undefined
    readonly property var figures: shift.shift
    function money(v) { return Format.money(v || 0, currency) }
    function setCounted(minor) { amount.setValue(minor) }
    function setReason(text) { reason.text = text }
    function openFor(m) {
        mode = m
        amount.text = ""
        note.text = ""
        reason.text = ""
        cashKind = "pay_out"
        kind.currentIndex = 0
        open()
        if (m === "cash")
            kind.forceActiveFocus()
        else
            amount.forceActiveFocus()
    }

    title: mode === "open" ? qsTr("Open cash shift") : mode === "cash" ? qsTr("Pay in or out")
           : done ? qsTr("Shift closed") : qsTr("Close cash shift")
    width: 500
    problem: shift.error
    primaryText: done ? qsTr("Done") : mode === "open" ? qsTr("Open shift")
                 : mode === "cash" ? (cashKind === "pay_in" ? qsTr("Pay in") : qsTr("Pay out")) : qsTr("Close shift")
    primaryIcon: done ? "object-select" : mode === "open" ? "list-add" : mode === "cash" ? "go-next" : "changes-prevent"
    primaryHint: "↵"
    primaryEnabled: done || (!shift.busy && amount.text.trim() !== "" && amount.parsed >= 0
                             && (mode !== "cash" || (amount.parsed > 0 && reason.text.trim() !== "")))
    secondaryText: done ? "" : qsTr("Cancel")
    onPrimaryClicked: {
        if (done)
            close()
        else if (mode === "open")
            shift.openShift(amount.parsed)
        else if (mode === "cash")
            DeskPrinter.moveCash(shift, cashKind, amount.parsed, reason.text)
        else
            shift.closeShift(amount.parsed, note.text)
    }
    Connections { target: dialog.shift; function onOpened() { if (dialog.mode === "open") dialog.close() } }
    Connections { target: dialog.shift; function onCashMoved() { if (dialog.mode === "cash") dialog.close() } }
    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.visible && dialog.primaryEnabled; onActivated: dialog.primaryClicked() }

    // The open shift's running figures (pay-ins and pay-outs, close).
    GridLayout {
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacingSmall
        Layout.fillWidth: true
        visible: !dialog.done && dialog.mode !== "open"

        Label { Layout.fillWidth: true; text: qsTr("Opening float") }
        Label { text: dialog.money(dialog.figures.opening_float); Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Cash sales and tips") }
        Label { Layout.alignment: Qt.AlignRight
                text: dialog.money((dialog.figures.cash_sales || 0) + (dialog.figures.cash_tips || 0) + (dialog.figures.cash_voids || 0)) }
        Label { text: qsTr("Cash refunds"); visible: (dialog.figures.cash_refunds || 0) > 0 }
        Label { Layout.alignment: Qt.AlignRight; visible: (dialog.figures.cash_refunds || 0) > 0; text: dialog.money(-dialog.figures.cash_refunds) }
        Label { text: qsTr("Pay-ins") }
        Label { objectName: "payInsFigure"; Layout.alignment: Qt.AlignRight; text: dialog.money(dialog.figures.pay_ins) }
        Label { text: qsTr("Pay-outs") }
        Label { objectName: "payOutsFigure"; Layout.alignment: Qt.AlignRight; text: dialog.money(-(dialog.figures.pay_outs || 0)) }
        Label { text: qsTr("Expected in the drawer"); font.bold: true }
        Label { objectName: "expectedFigure"; text: dialog.money(dialog.shift.expected); font.bold: true; Layout.alignment: Qt.AlignRight }
    }
    // Each pay-in and pay-out of the shift, oldest first.
    Column {
        Layout.fillWidth: true
        visible: !dialog.done && dialog.mode !== "open" && (dialog.figures.cash_moves || []).length > 0
        Repeater {
            model: dialog.figures.cash_moves || []
            delegate: RowLayout {
                id: moveRow
                required property var modelData
                width: parent ? parent.width : 0
                Label { text: Format.time(moveRow.modelData.created_at); color: Theme.textMuted; Layout.preferredWidth: 50 }
                Label { Layout.fillWidth: true; elide: Text.ElideRight; color: Theme.textMuted
                        text: (moveRow.modelData.kind === "pay_in" ? qsTr("In: %1") : qsTr("Out: %1")).arg(moveRow.modelData.reason) }
                Label { text: dialog.money(moveRow.modelData.kind === "pay_in" ? moveRow.modelData.amount : -moveRow.modelData.amount) }
            }
        }
    }

    GridLayout {
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        visible: !dialog.done

        Label { Layout.fillWidth: true; visible: dialog.mode === "cash"; text: qsTr("Pay in or out") }
        SelectBox {
            id: kind
            objectName: "cashKind"
            visible: dialog.mode === "cash"
            Layout.alignment: Qt.AlignRight
            Layout.preferredWidth: 260
            model: [{ v: "pay_out", t: qsTr("Pay out of the drawer") }, { v: "pay_in", t: qsTr("Pay into the drawer") }]
            textRole: "t"
            valueRole: "v"
            Accessible.name: qsTr("Pay in or out")
            onActivated: dialog.cashKind = currentValue
        }
        Label { Layout.fillWidth: true; text: dialog.mode === "open" ? qsTr("Counted float") : dialog.mode === "cash" ? qsTr("Amount") : qsTr("Counted cash") }
        MoneyField {
            id: amount
            objectName: "shiftAmount"
            Layout.alignment: Qt.AlignRight
            Accessible.name: dialog.mode === "open" ? qsTr("Counted float") : dialog.mode === "cash" ? qsTr("Amount") : qsTr("Counted cash")
        }
        FormField {
            id: reason
            objectName: "cashReason"
            visible: dialog.mode === "cash"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            maximumLength: 300
            placeholderText: qsTr("Reason (required), e.g. tips paid out to Budi")
            Accessible.name: qsTr("Reason")
        }
        Label { visible: dialog.mode === "close" && amount.text.trim() !== "" && amount.parsed >= 0
                text: amount.parsed - dialog.shift.expected < 0 ? qsTr("Short") : qsTr("Over") }
        Label { visible: dialog.mode === "close" && amount.text.trim() !== "" && amount.parsed >= 0
                Layout.alignment: Qt.AlignRight
                text: dialog.money(amount.parsed - dialog.shift.expected)
                color: amount.parsed - dialog.shift.expected < 0 ? Theme.dangerText : Theme.successText }
        FormField {
            id: note
            visible: dialog.mode === "close"
            Layout.columnSpan: 2
            Layout.fillWidth: true
            placeholderText: qsTr("Note (optional)")
            Accessible.name: qsTr("Note")
        }
    }

    // The close as recorded: expected, counted, over/short.
    GridLayout {
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        visible: dialog.done
        Label { Layout.fillWidth: true; text: qsTr("Expected") }
        Label { text: dialog.money(dialog.shift.closedShift.expected); Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Counted") }
        Label { text: dialog.money(dialog.shift.closedShift.counted); Layout.alignment: Qt.AlignRight }
        Label { text: (dialog.shift.closedShift.over_short || 0) < 0 ? qsTr("Short") : qsTr("Over"); font.bold: true }
        Label { text: dialog.money(dialog.shift.closedShift.over_short); font.bold: true; Layout.alignment: Qt.AlignRight
                color: (dialog.shift.closedShift.over_short || 0) < 0 ? Theme.dangerText : Theme.successText }
    }
}
