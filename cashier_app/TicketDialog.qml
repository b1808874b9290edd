// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// The check-in ticket: the number and a QR code of the customer's page; save it as PDF to print.
Dialog {
    id: dialog
    required property string serverUrl
    required property string venue
    property var visit: ({})
    readonly property string url: visit.code ? printouts.ticketUrl(serverUrl, visit.code) : ""

    title: qsTr("Ticket")
    modal: true
    anchors.centerIn: Overlay.overlay
    standardButtons: Dialog.Close

    function openFor(v) { visit = v; saved.text = ""; open() }
    onOpened: saveButton.forceActiveFocus(Qt.TabFocusReason) // Enter saves, Esc closes

    Printouts { id: printouts }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        Label { Layout.alignment: Qt.AlignHCenter; text: dialog.visit.customer_name || ""; font.pixelSize: Theme.fontTitle }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: dialog.visit.ticket || ""
            font.pixelSize: 64
            font.bold: true
            font.family: "DejaVu Sans Mono"
            color: Theme.accent
        }
        Image {
            Layout.alignment: Qt.AlignHCenter
            source: dialog.url === "" ? "" : "image://qr/" + encodeURIComponent(dialog.url)
            sourceSize: Qt.size(220, 220)
        }
        Label { Layout.alignment: Qt.AlignHCenter; text: qsTr("Scan to follow your place in the queue"); color: Theme.textMuted }
        Label { Layout.alignment: Qt.AlignHCenter; text: dialog.url; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
        KeyButton {
            id: saveButton
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Save ticket as PDF")
            onClicked: {
                const path = printouts.saveTicketPdf(dialog.visit, dialog.venue, dialog.serverUrl)
                saved.text = path === "" ? qsTr("Could not save the PDF") : qsTr("Saved to %1").arg(path)
            }
        }
        Label { id: saved; Layout.alignment: Qt.AlignHCenter; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
    }
}
