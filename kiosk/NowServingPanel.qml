import QtQuick
import QtQuick.Layouts
import Spa

// Visits in service: ticket, customer, therapist and room.
PanelFrame {
    id: panel
    property alias model: list.model
    title: qsTr("Now serving")
    empty: list.count === 0
    emptyText: qsTr("No one in service")

    ListView {
        id: list
        anchors.fill: parent
        spacing: panel.rowSpacing
        interactive: false
        delegate: RowLayout {
            id: row
            required property string ticket
            required property string name
            required property var therapist
            required property var room
            width: ListView.view.width
            spacing: 24 * panel.s

            TicketBadge {
                Layout.alignment: Qt.AlignTop
                ticket: row.ticket
                status: "in_service"
                scale: 3 * panel.s
            }
            ColumnLayout {
                Layout.fillWidth: true
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
                    objectName: "servingDetail"
                    Layout.fillWidth: true
                    text: (row.therapist ? row.therapist : "") + (row.room ? "  ·  " + row.room : "")
                    color: Theme.textMuted
                    font.pixelSize: panel.lineSize
                    wrapMode: Text.Wrap
                    maximumLineCount: 2
                    elide: Text.ElideRight
                }
            }
        }
    }
}
