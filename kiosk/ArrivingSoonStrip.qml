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

    implicitHeight: Math.max(heading.implicitHeight, row.implicitHeight) + 32 * s
    color: Theme.surface
    radius: Theme.radius * s * 1.5
    border.color: Theme.accent
    border.width: Math.max(1, 3 * s)
    Accessible.role: Accessible.StaticText
    Accessible.name: heading.text

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 28 * strip.s
        anchors.rightMargin: 28 * strip.s
        spacing: 36 * strip.s

        Text {
            id: heading
            objectName: "arrivingSoonTitle"
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
            visible: strip.shownCount < entries.count
            text: qsTr("+%1 more").arg(entries.count - strip.shownCount)
            color: Theme.accentStrong
            font.pixelSize: 38 * strip.s
            font.bold: true
        }
    }
}
