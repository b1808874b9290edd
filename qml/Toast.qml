// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// A short success message at the bottom of the window ("Checked in 017"), gone after a few
// seconds; show(message). Problems do not go here: they stay in a ProblemStrip until dealt with.
Rectangle {
    id: toast
    property string message: ""
    property int duration: 3500
    function show(text) { message = text; hideTimer.restart() }

    visible: hideTimer.running && message !== ""
    anchors.horizontalCenter: parent ? parent.horizontalCenter : undefined
    anchors.bottom: parent ? parent.bottom : undefined
    anchors.bottomMargin: Theme.paddingLarge
    z: 100
    implicitWidth: row.implicitWidth + 2 * Theme.padding
    implicitHeight: row.implicitHeight + 2 * Theme.spacing + 4
    radius: Theme.radius
    color: Theme.successText
    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    Timer { id: hideTimer; interval: toast.duration }

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spacing
        Icon { name: "object-select"; color: Theme.textOnAccent; Layout.preferredWidth: 20; Layout.preferredHeight: 20 }
        Text {
            text: toast.message
            color: Theme.textOnAccent
            font.pixelSize: Theme.fontBody
            font.bold: true
            Accessible.ignored: true
        }
    }
}
