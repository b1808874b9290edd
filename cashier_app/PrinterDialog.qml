// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// This desk's receipt printer: where it is, the paper, the cutter, the cash drawer, and whether
// tickets print by themselves at check-in. Saved on this computer only. Enter saves, Esc closes.
FormDialog {
    id: dialog
    required property string venue
    title: qsTr("Receipt printer")
    primaryText: qsTr("Save")
    primaryHint: "↵"
    problem: error !== "" ? error : DeskPrinter.problem
    property string error: ""
    // "Open drawer": the window records it as a no-sale in the open shift, then opens it.
    signal drawerRequested()

    function openForDesk() {
        address.text = DeskPrinter.target
        paper.currentIndex = DeskPrinter.paperMm === 58 ? 1 : 0
        drawer.currentIndex = DeskPrinter.drawerPin + 1
        cutTile.checked = DeskPrinter.cut
        autoTile.checked = DeskPrinter.autoTicket
        copies.currentIndex = DeskPrinter.receiptCopies - 1
        error = ""
        open()
    }
    onOpened: address.forceActiveFocus(Qt.TabFocusReason)
    onPrimaryClicked: {
        error = DeskPrinter.apply(address.text, paper.currentValue, cutTile.checked,
                                  drawer.currentValue, autoTile.checked, copies.currentValue)
        if (error === "")
            close()
    }

    FormField {
        id: address
        objectName: "printerAddress"
        Layout.fillWidth: true
        Layout.preferredWidth: 420
        label: qsTr("Printer address")
        placeholderText: qsTr("e.g. 192.168.1.50:9100 or /dev/usb/lp0")
        error: dialog.error
        onAccepted: dialog.primaryClicked()
    }
    RowLayout {
        spacing: Theme.padding
        ColumnLayout {
            spacing: 4
            Text { text: qsTr("Paper"); font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true }
            SelectBox {
                id: paper
                objectName: "printerPaper"
                Layout.preferredWidth: 180
                textRole: "label"
                valueRole: "mm"
                Accessible.name: qsTr("Paper")
                model: [{ mm: 80, label: qsTr("80 mm") }, { mm: 58, label: qsTr("58 mm") }]
            }
        }
        ColumnLayout {
            spacing: 4
            Text { text: qsTr("Cash drawer"); font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true }
            SelectBox {
                id: drawer
                objectName: "printerDrawer"
                Layout.preferredWidth: 220
                textRole: "label"
                valueRole: "pin"
                Accessible.name: qsTr("Cash drawer")
                model: [{ pin: -1, label: qsTr("None") }, { pin: 0, label: qsTr("On pin 2 (usual)") },
                        { pin: 1, label: qsTr("On pin 5") }]
            }
        }
        ColumnLayout {
            spacing: 4
            Text { text: qsTr("Receipts"); font.pixelSize: Theme.fontSmall; font.bold: true; color: Theme.text; Accessible.ignored: true }
            SelectBox {
                id: copies
                objectName: "printerCopies"
                Layout.preferredWidth: 160
                textRole: "label"
                valueRole: "n"
                Accessible.name: qsTr("Copies of the receipt")
                model: [{ n: 1, label: qsTr("1 copy") }, { n: 2, label: qsTr("2 copies") }, { n: 3, label: qsTr("3 copies") }]
            }
        }
    }
    RowLayout {
        spacing: Theme.padding
        ChoiceTile {
            id: cutTile
            objectName: "printerCut"
            checkable: true
            text: qsTr("Cut after each slip")
            title: text
        }
        ChoiceTile {
            id: autoTile
            objectName: "printerAutoTicket"
            checkable: true
            text: qsTr("Print the ticket at check-in")
            title: text
        }
    }
    RowLayout {
        spacing: Theme.spacing
        ActionButton {
            objectName: "printerTest"
            text: qsTr("Print test page")
            iconName: "document-print"
            enabled: DeskPrinter.configured
            onClicked: DeskPrinter.printTestPage(dialog.venue)
        }
        ActionButton {
            objectName: "printerDrawerOpen"
            text: qsTr("Open drawer")
            enabled: DeskPrinter.configured && DeskPrinter.drawerPin >= 0
            onClicked: dialog.drawerRequested()
        }
        ActionButton {
            visible: DeskPrinter.problem !== ""
            text: qsTr("Retry")
            onClicked: DeskPrinter.retry()
        }
    }
}
