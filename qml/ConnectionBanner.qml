// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// "Reconnecting… last update 12 s ago": shown whenever the client is not connected.
Rectangle {
    id: banner
    required property SocketClient client
    property real scale: 1

    readonly property int secondsAgo: client ? Format.secondsBetween(client.lastUpdate, WallClock.now) : -1
    visible: !!client && client.status !== SocketClient.Connected
    implicitHeight: visible ? label.implicitHeight + 2 * Theme.spacing * scale : 0
    color: Theme.warning

    Text {
        id: label
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.padding
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: "#1f2328"
        font.pixelSize: Theme.fontBody * banner.scale
        font.bold: true
        text: {
            if (!banner.client)
                return ""
            const state = banner.client.status === SocketClient.Connecting ? qsTr("Connecting…") : qsTr("Reconnecting…")
            if (banner.secondsAgo < 0)
                return state
            if (banner.secondsAgo < 120)
                return state + " " + qsTr("last update %1 s ago").arg(banner.secondsAgo)
            return state + " " + qsTr("last update %1 min ago").arg(Math.floor(banner.secondsAgo / 60))
        }
    }
}
