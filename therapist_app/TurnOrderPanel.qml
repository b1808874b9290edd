import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// Who gets the next walk-in: the free therapists in turn order, me marked.
Card {
    id: card
    required property TherapistState appState
    title: qsTr("Turn order")
    empty: list.count === 0
    emptyText: qsTr("Nobody is free for walk-ins")

    ListView {
        id: list
        anchors.fill: parent
        model: card.appState.turnOrder
        spacing: 6 * card.s
        clip: true
        boundsBehavior: Flickable.StopAtBounds

        delegate: Rectangle {
            id: row
            required property var model
            readonly property bool me: model.id === card.appState.staffId
            width: ListView.view.width
            height: 44 * card.s
            radius: Theme.radius * card.s
            color: me ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.14) : "transparent"

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 8 * card.s
                anchors.rightMargin: 8 * card.s
                spacing: 12 * card.s

                Rectangle {
                    implicitWidth: 32 * card.s
                    implicitHeight: 32 * card.s
                    radius: width / 2
                    color: row.model.turn_position === 1 ? Theme.success : Theme.surfaceAlt
                    Text {
                        anchors.centerIn: parent
                        text: row.model.turn_position
                        color: row.model.turn_position === 1 ? Theme.accentText : Theme.text
                        font.pixelSize: 18 * card.s
                        font.bold: true
                    }
                }
                Text {
                    Layout.fillWidth: true
                    text: row.me ? qsTr("%1 (you)").arg(row.model.name) : row.model.name
                    color: Theme.text
                    font.pixelSize: 21 * card.s
                    font.bold: row.me
                    elide: Text.ElideRight
                }
                Text {
                    visible: row.model.turn_position === 1
                    text: qsTr("next walk-in")
                    color: Theme.success
                    font.pixelSize: 16 * card.s
                    font.bold: true
                }
            }
        }
    }
}
