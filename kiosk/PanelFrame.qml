import QtQuick
import QtQuick.Layouts
import Spa

// A titled card; the content goes below the title.
Rectangle {
    id: frame
    required property real s
    required property string title
    property string emptyText: ""
    property bool empty: false
    default property alias content: body.data

    color: Theme.surface
    radius: Theme.radius * s * 1.5
    border.color: Theme.border
    border.width: Math.max(1, 2 * s)

    Text {
        id: heading
        x: 28 * frame.s
        y: 20 * frame.s
        text: frame.title
        color: Theme.textMuted
        font.pixelSize: 34 * frame.s
        font.bold: true
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 2 * frame.s
    }

    Item {
        id: body
        anchors.top: heading.bottom
        anchors.topMargin: 16 * frame.s
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 20 * frame.s
        anchors.leftMargin: 28 * frame.s
        clip: true
    }

    Text {
        anchors.centerIn: parent
        visible: frame.empty
        text: frame.emptyText
        color: Theme.textMuted
        font.pixelSize: 32 * frame.s
    }
}
