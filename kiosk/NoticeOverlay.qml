import QtQuick
import QtQuick.Layouts
import Spa

// A short, noticeable banner: "Payment completed — 017 Somchai J." or
// "017 Somchai J. — Anna is ready, Room 3". It appears while a notice is current.
Rectangle {
    id: overlay
    required property real s
    required property var notice

    readonly property bool active: notice !== undefined && notice.kind !== undefined
    opacity: active ? 1 : 0
    visible: opacity > 0
    implicitHeight: row.implicitHeight + 48 * s
    radius: 24 * s
    color: notice && notice.kind === "called" ? Theme.warning : Theme.success
    Behavior on opacity { NumberAnimation { duration: 250 } }

    RowLayout {
        id: row
        anchors.centerIn: parent
        width: parent.width - 64 * overlay.s
        spacing: 32 * overlay.s

        TicketBadge {
            ticket: overlay.active ? overlay.notice.ticket : ""
            scale: 3 * overlay.s
            color: "#ffffff"
            textColor: "#1f2328"
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 4 * overlay.s
            Text {
                Layout.fillWidth: true
                text: !overlay.active ? "" : overlay.notice.kind === "called"
                      ? qsTr("%1, your therapist is ready").arg(overlay.notice.name)
                      : qsTr("Payment completed")
                color: "#ffffff"
                font.pixelSize: 52 * overlay.s
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                text: !overlay.active ? "" : overlay.notice.kind === "called"
                      ? [overlay.notice.therapist, overlay.notice.room].filter(x => !!x).join("  ·  ")
                      : qsTr("Thank you, %1!").arg(overlay.notice.name)
                color: "#ffffff"
                font.pixelSize: 38 * overlay.s
                elide: Text.ElideRight
            }
        }
    }
}
