import QtQuick
import QtQuick.Layouts
import Spa

// Therapists and their availability; the next in the turn order is marked.
PanelFrame {
    id: panel
    property alias model: grid.model
    property int columns: 1
    title: qsTr("Therapists")

    GridView {
        id: grid
        anchors.fill: parent
        interactive: false
        cellWidth: width / panel.columns
        cellHeight: 64 * panel.s
        delegate: RowLayout {
            id: row
            required property string name
            required property string status
            required property var turn_position
            width: GridView.view.cellWidth - 12 * panel.s
            height: GridView.view.cellHeight
            spacing: 14 * panel.s

            Rectangle {
                implicitWidth: 22 * panel.s
                implicitHeight: implicitWidth
                radius: implicitWidth / 2
                color: Theme.statusColor(row.status)
            }
            Text {
                Layout.fillWidth: true
                text: row.name
                color: Theme.text
                font.pixelSize: 32 * panel.s
                elide: Text.ElideRight
            }
            Text {
                text: row.turn_position === 1 ? qsTr("Next") : panel.statusText(row.status)
                color: row.turn_position === 1 ? Theme.accent : Theme.textMuted
                font.pixelSize: 26 * panel.s
                font.bold: row.turn_position === 1
            }
        }
    }

    function statusText(status) {
        switch (status) {
        case "available": return qsTr("Available")
        case "busy": return qsTr("With a guest")
        case "on_break": return qsTr("On break")
        case "off": return qsTr("Off")
        }
        return status
    }
}
