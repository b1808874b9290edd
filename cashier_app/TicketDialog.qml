// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// The check-in ticket: the number and a QR code of the customer's page. With a receipt printer
// set up (DeskPrinter) Enter prints it — by itself at check-in if the desk chose so — otherwise
// Enter saves it as PDF. Esc closes.
FormDialog {
    id: dialog
    required property string serverUrl
    required property string venue
    property var visit: ({})
    readonly property string url: visit.code ? printouts.ticketUrl(serverUrl, visit.code) : ""

    title: qsTr("Ticket")
    secondaryText: qsTr("Close")
    primaryText: DeskPrinter.configured ? qsTr("Print ticket") : qsTr("Save ticket as PDF")
    primaryIcon: DeskPrinter.configured ? "document-print" : "document-save"
    primaryHint: "↵"
    problem: saved.failed ? qsTr("Could not save the PDF") : DeskPrinter.problem
    onPrimaryClicked: DeskPrinter.configured ? print() : savePdf()

    function print() {
        DeskPrinter.printTicket(dialog.visit, dialog.venue, dialog.url)
        saved.text = qsTr("Sent to the printer")
    }
    function savePdf() {
        const path = printouts.saveTicketPdf(dialog.visit, dialog.venue, dialog.serverUrl)
        saved.failed = path === ""
        saved.text = path === "" ? "" : qsTr("Saved to %1").arg(path)
    }
    function openFor(v) {
        visit = v; saved.text = ""; saved.failed = false; open()
        if (DeskPrinter.configured && DeskPrinter.autoTicket)
            print()
    }
    onOpened: dialog.primaryButton.forceActiveFocus(Qt.TabFocusReason) // Enter saves, Esc closes

    Printouts { id: printouts }

    Text {
        Layout.alignment: Qt.AlignHCenter
        text: dialog.visit.customer_name || ""
        font.pixelSize: Theme.fontTitle
        color: Theme.text
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Text {
        Layout.alignment: Qt.AlignHCenter
        text: dialog.visit.ticket || ""
        font.pixelSize: 64
        font.bold: true
        font.family: "DejaVu Sans Mono"
        color: Theme.accentStrong
        Accessible.role: Accessible.StaticText
        Accessible.name: qsTr("Ticket %1").arg(text)
    }
    Image {
        Layout.alignment: Qt.AlignHCenter
        source: dialog.url === "" ? "" : "image://qr/" + encodeURIComponent(dialog.url)
        sourceSize.width: 220
        sourceSize.height: 220
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code of the customer's page")
    }
    Text {
        Layout.alignment: Qt.AlignHCenter
        text: qsTr("Scan to follow your place in the queue")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Text {
        Layout.alignment: Qt.AlignHCenter
        text: dialog.url
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    ActionButton {
        objectName: "ticketPdf"
        Layout.alignment: Qt.AlignHCenter
        visible: DeskPrinter.configured // the PDF stays the way round a printer out of paper
        kind: "quiet"
        text: qsTr("Save as PDF instead")
        onClicked: dialog.savePdf()
    }
    Text {
        id: saved
        property bool failed: false
        Layout.alignment: Qt.AlignHCenter
        visible: text !== ""
        font.pixelSize: Theme.fontSmall
        color: Theme.successText
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
