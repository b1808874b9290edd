// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa

// Therapists and their availability, the name over what they are doing; the next in the turn
// order is marked. "assigned" (the monitor's view says so when an available therapist already
// has a customer assigned or called) is not "Available".
PanelFrame {
    id: panel
    property alias model: rows.model
    property int columns: 1
    title: qsTr("Therapists")

    // A positioner, so each row is as tall as its lines are in the language shown (Thai lines
    // are taller); a row that would not fit whole is left out rather than cut.
    Grid {
        id: grid
        anchors.left: parent.left
        anchors.right: parent.right
        columns: panel.columns
        columnSpacing: 12 * panel.s
        rowSpacing: panel.rowSpacing

        Repeater {
            id: rows
            delegate: RowLayout {
                id: row
                required property string name
                required property string status
                required property var turn_position
                readonly property bool next: row.turn_position === 1
                objectName: "therapist_" + name
                width: (grid.width - (panel.columns - 1) * grid.columnSpacing) / panel.columns
                spacing: 18 * panel.s
                opacity: y + height <= grid.parent.height ? 1 : 0

                Rectangle {
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: panel.nameSize * 0.35
                    implicitWidth: 30 * panel.s
                    implicitHeight: implicitWidth
                    radius: implicitWidth / 2
                    color: Theme.statusColor(row.status)
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 0
                    Text {
                        Layout.fillWidth: true
                        text: row.name
                        color: Theme.text
                        font.pixelSize: panel.nameSize
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "therapistStatus"
                        Layout.fillWidth: true
                        text: row.next ? qsTr("Next") : panel.statusText(row.status)
                        color: row.next ? Theme.accent : Theme.textMuted
                        font.pixelSize: panel.lineSize
                        font.bold: row.next
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: Math.round(panel.lineSize * 0.7)
                        elide: Text.ElideRight
                    }
                }
            }
        }
    }

    function statusText(status) {
        switch (status) {
        case "available": return qsTr("Available")
        case "assigned": return qsTr("Guest assigned")
        case "busy": return qsTr("With a guest")
        case "on_break": return qsTr("On break")
        case "off": return qsTr("Off")
        }
        return status
    }
}
