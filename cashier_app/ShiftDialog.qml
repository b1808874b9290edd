// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// Open the cash drawer's shift with the counted float, or close it with the counted cash: the
// dialog shows what the drawer should hold and the over/short as the count is typed, then the
// result the server recorded.
FormDialog {
    id: dialog
    required property CashShift shift
    property string currency: ""
    // "open" or "close"
    property string mode: "open"
    readonly property bool done: mode === "close" && !shift.isOpen && shift.closedShift.id !== undefined
    function money(v) { return Format.money(v || 0, currency) }
    function setCounted(minor) { amount.setValue(minor) }
    function openFor(m) {
        mode = m
        amount.text = ""
        note.text = ""
        open()
        amount.forceActiveFocus()
    }

    title: mode === "open" ? qsTr("Open cash shift") : done ? qsTr("Shift closed") : qsTr("Close cash shift")
    width: 460
    problem: shift.error
    primaryText: done ? qsTr("Done") : mode === "open" ? qsTr("Open shift") : qsTr("Close shift")
    primaryIcon: done ? "object-select" : mode === "open" ? "list-add" : "changes-prevent"
    primaryHint: "↵"
    primaryEnabled: done || (!shift.busy && amount.text.trim() !== "" && amount.parsed >= 0)
    secondaryText: done ? "" : qsTr("Cancel")
    onPrimaryClicked: {
        if (done)
            close()
        else if (mode === "open")
            shift.openShift(amount.parsed)
        else
            shift.closeShift(amount.parsed, note.text)
    }
    Connections { target: dialog.shift; function onOpened() { if (dialog.mode === "open") dialog.close() } }
    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.visible && dialog.primaryEnabled; onActivated: dialog.primaryClicked() }

    GridLayout {
        columns: 2
        columnSpacing: Theme.padding
        rowSpacing: Theme.spacing
        Layout.fillWidth: true
        visible: !dialog.done

        Label { visible: dialog.mode === "close"; text: qsTr("Opening float") }
        Label { visible: dialog.mode === "close"; text: dialog.money(dialog.shift.shift.opening_float); Layout.alignment: Qt.AlignRight }
        Label { visible: dialog.mode === "close"; text: qsTr("Cash sales and tips") }
        Label { visible: dialog.mode === "close"; Layout.alignment: Qt.AlignRight
                text: dialog.money((dialog.shift.shift.cash_sales || 0) + (dialog.shift.shift.cash_tips || 0) + (dialog.shift.shift.cash_voids || 0)) }
        Label { visible: dialog.mode === "close"; text: qsTr("Refunds, pay-ins and pay-outs") }
        Label { visible: dialog.mode === "close"; Layout.alignment: Qt.AlignRight
                text: dialog.money((dialog.shift.shift.pay_ins || 0) - (dialog.shift.shift.pay_outs || 0) - (dialog.shift.shift.cash_refunds || 0)) }
        Label { visible: dialog.mode === "close"; text: qsTr("Expected in the drawer"); font.bold: true }
        Label { visible: dialog.mode === "close"; text: dialog.money(dialog.shift.expected); font.bold: true; Layout.alignment: Qt.AlignRight }

        Label { text: dialog.mode === "open" ? qsTr("Counted float") : qsTr("Counted cash") }
        MoneyField {
            id: amount
            Layout.alignment: Qt.AlignRight
            Accessible.name: dialog.mode === "open" ? qsTr("Counted float") : qsTr("Counted cash")
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
        Label { text: qsTr("Expected") }
        Label { text: dialog.money(dialog.shift.closedShift.expected); Layout.alignment: Qt.AlignRight }
        Label { text: qsTr("Counted") }
        Label { text: dialog.money(dialog.shift.closedShift.counted); Layout.alignment: Qt.AlignRight }
        Label { text: (dialog.shift.closedShift.over_short || 0) < 0 ? qsTr("Short") : qsTr("Over"); font.bold: true }
        Label { text: dialog.money(dialog.shift.closedShift.over_short); font.bold: true; Layout.alignment: Qt.AlignRight
                color: (dialog.shift.closedShift.over_short || 0) < 0 ? Theme.dangerText : Theme.successText }
    }
}
