// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// The venue's name and the time, large.
Rectangle {
    id: header
    required property real s
    required property string venue

    implicitHeight: 120 * s
    color: Theme.accent

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 40 * header.s
        anchors.rightMargin: 40 * header.s

        Text {
            Layout.fillWidth: true
            text: header.venue === "" ? qsTr("Welcome") : header.venue
            color: Theme.accentText
            font.pixelSize: 56 * header.s
            font.bold: true
            elide: Text.ElideRight
        }
        Text {
            text: Qt.formatTime(WallClock.now, "HH:mm")
            color: Theme.accentText
            font.pixelSize: 64 * header.s
            font.bold: true
            font.family: "DejaVu Sans Mono"
        }
    }
}
