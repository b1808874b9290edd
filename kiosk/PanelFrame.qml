// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa

// A titled card; the content goes below the title. The type sizes every panel uses are here, so
// the wall reads alike across it: at 1920×1080 a name is 60 px and a status, estimate or
// therapist line 46 px (≈ 2 cm on a 55″ screen: readable across a room).
Rectangle {
    id: frame
    required property real s
    required property string title
    property string emptyText: ""
    property bool empty: false
    // Said at the heading's right, e.g. how many rows did not fit ("+2 more").
    property string note: ""
    default property alias content: body.data

    readonly property real nameSize: 60 * s
    readonly property real lineSize: 46 * s
    readonly property real rowSpacing: 22 * s

    color: Theme.surface
    radius: Theme.radius * s * 1.5
    border.color: Theme.border
    border.width: Math.max(1, 2 * s)

    Text {
        id: heading
        x: 28 * frame.s
        y: 20 * frame.s
        width: parent.width - 56 * frame.s - (noteText.visible ? noteText.implicitWidth + 24 * frame.s : 0)
        text: frame.title
        color: Theme.textMuted
        font.pixelSize: 38 * frame.s
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 2 * frame.s
        elide: Text.ElideRight
    }

    Text {
        id: noteText
        objectName: "panelNote"
        anchors.right: parent.right
        anchors.rightMargin: 28 * frame.s
        anchors.baseline: heading.baseline
        visible: frame.note !== ""
        text: frame.note
        color: Theme.accent
        font.pixelSize: 38 * frame.s
        font.bold: true
    }

    Item {
        id: body
        objectName: "panelBody"
        anchors.top: heading.bottom
        anchors.topMargin: 20 * frame.s
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 20 * frame.s
        anchors.leftMargin: 28 * frame.s
        clip: true
    }

    Text {
        anchors.centerIn: parent
        width: parent.width - 56 * frame.s
        visible: frame.empty
        text: frame.emptyText
        color: Theme.textMuted
        font.pixelSize: frame.lineSize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
    }
}
