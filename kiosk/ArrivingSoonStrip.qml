// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// "Arriving soon": the next bookings, one line across the wall ("10:30 Somchai K.   10:45 Ploy
// S."), first name and initial only. Main.qml shows it only while there are any and no notice is
// up, so it never crowds the called banner. Names that do not fit whole are counted ("+2 more").
Rectangle {
    id: strip
    required property real s
    required property ArrivingSoonModel model
    readonly property real lineSize: 46 * s
    readonly property int shownCount: {
        let n = 0
        for (let i = 0; i < entries.count; ++i) {
            const item = entries.itemAt(i)
            if (item && item.fits)
                ++n
        }
        return n
    }

    // A narrow (portrait) wall puts the heading above the names.
    readonly property bool stacked: width < 1400 * s
    implicitHeight: layout.implicitHeight + 32 * s
    color: Theme.surface
    radius: Theme.radius * s * 1.5
    border.color: Theme.accent
    border.width: Math.max(1, 3 * s)
    Accessible.role: Accessible.StaticText
    Accessible.name: heading.text

    GridLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: 28 * strip.s
        anchors.rightMargin: 28 * strip.s
        anchors.topMargin: 16 * strip.s
        anchors.bottomMargin: 16 * strip.s
        columns: strip.stacked ? 2 : 3
        rowSpacing: 8 * strip.s
        columnSpacing: 36 * strip.s

        Text {
            id: heading
            objectName: "arrivingSoonTitle"
            Layout.row: 0
            Layout.column: 0
            Layout.fillWidth: strip.stacked
            text: qsTr("Arriving soon")
            color: Theme.accentStrong
            font.pixelSize: 38 * strip.s
            font.bold: true
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 2 * strip.s
        }
        Item {
            id: names
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: row.implicitHeight
            Layout.row: strip.stacked ? 1 : 0
            Layout.column: strip.stacked ? 0 : 1
            Layout.columnSpan: strip.stacked ? 2 : 1
            clip: true
            Row {
                id: row
                anchors.verticalCenter: parent.verticalCenter
                spacing: 48 * strip.s
                Repeater {
                    id: entries
                    model: strip.model
                    delegate: Row {
                        id: entry
                        required property string name
                        required property string time
                        // Shown whole or not at all: a cut name reads as another name.
                        readonly property bool fits: x + width <= names.width
                        objectName: "arriving_" + name
                        spacing: 16 * strip.s
                        opacity: fits ? 1 : 0
                        Text {
                            text: entry.time
                            color: Theme.textMuted
                            font.pixelSize: strip.lineSize
                            font.family: "DejaVu Sans Mono"
                            font.bold: true
                        }
                        Text {
                            text: entry.name
                            color: Theme.text
                            font.pixelSize: strip.lineSize
                            font.bold: true
                        }
                    }
                }
            }
        }
        Text {
            objectName: "arrivingSoonMore"
            Layout.row: 0
            Layout.column: strip.stacked ? 1 : 2
            Layout.alignment: Qt.AlignRight | Qt.AlignVCenter
            visible: strip.shownCount < entries.count
            text: qsTr("+%1 more").arg(entries.count - strip.shownCount)
            color: Theme.accentStrong
            font.pixelSize: 38 * strip.s
            font.bold: true
        }
    }
}
