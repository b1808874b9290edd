// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// A short, noticeable banner: "Payment completed — 017 Somchai J." or
// "017 Somchai J., your therapist is ready — Anna · Room 3". It takes its place while a notice is
// current (Main.qml gives it a row of its own, so it covers none of the lists), and its lines
// wrap rather than lose their end: in Indonesian and Thai the call is longer than in English.
Rectangle {
    id: overlay
    required property real s
    required property var notice

    readonly property bool active: notice !== undefined && notice.kind !== undefined
    visible: active
    implicitHeight: row.implicitHeight + 48 * s
    radius: 24 * s
    color: notice && notice.kind === "called" ? Theme.warning : Theme.success

    RowLayout {
        id: row
        anchors.centerIn: parent
        width: parent.width - 64 * overlay.s
        spacing: 36 * overlay.s

        TicketBadge {
            ticket: overlay.active ? overlay.notice.ticket : ""
            scale: 3.4 * overlay.s
            color: "#ffffff"
            textColor: "#1f2328"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4 * overlay.s
            Text {
                objectName: "noticeHeadline"
                Layout.fillWidth: true
                text: !overlay.active ? "" : overlay.notice.kind === "called"
                      ? qsTr("%1, your therapist is ready").arg(overlay.notice.name)
                      : qsTr("Payment completed")
                color: "#ffffff"
                font.pixelSize: 60 * overlay.s
                font.bold: true
                wrapMode: Text.Wrap
            }
            Text {
                objectName: "noticeDetail"
                Layout.fillWidth: true
                text: !overlay.active ? "" : overlay.notice.kind === "called"
                      ? [overlay.notice.therapist, overlay.notice.room].filter(x => !!x).join("  ·  ")
                      : qsTr("Thank you, %1!").arg(overlay.notice.name)
                color: "#ffffff"
                font.pixelSize: 46 * overlay.s
                wrapMode: Text.Wrap
            }
        }
    }
}
