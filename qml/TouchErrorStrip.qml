// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// The last refusal, as the server worded it, until dismissed or the next tap: the touch screens'
// strip (the tablet, the check-in kiosk), finger-sized; the desk's is ProblemStrip.
Rectangle {
    id: strip
    property real s: 1
    property string message: ""
    signal dismissed()

    visible: message !== ""
    implicitHeight: visible ? Math.max(Theme.touchTarget + 8 * s, label.implicitHeight + 16 * s) : 0
    color: Theme.danger
    radius: Theme.radius * s

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16 * strip.s
        anchors.rightMargin: 4 * strip.s
        spacing: 8 * strip.s

        Text {
            id: label
            objectName: "errorText"
            Layout.fillWidth: true
            text: strip.message
            color: "#ffffff"
            font.pixelSize: 20 * strip.s
            font.bold: true
            wrapMode: Text.WordWrap
        }
        TouchButton {
            s: strip.s
            implicitHeight: Theme.touchTarget
            implicitWidth: Theme.touchTarget * 2
            text: qsTr("OK")
            fontSize: 18 * strip.s
            onClicked: strip.dismissed()
        }
    }
}
