// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// "My day": today's bookings and walk-ins in time order (TherapistState.myDay), the next one to
// get ready for highlighted, each with its time, the guest's first name, services, room and, for
// my booked guests, their care notes (requests, health notes, language).
TitledCard {
    id: card
    required property TherapistState appState
    readonly property MyDayModel day: appState.myDay
    title: qsTr("My day")
    empty: list.count === 0
    emptyText: qsTr("No bookings or customers today yet")

    ListView {
        id: list
        objectName: "myDayList"
        anchors.fill: parent
        model: card.day
        spacing: 10 * card.s
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // The next one in sight when the day opens or moves on.
        currentIndex: card.day.nextRow
        highlightFollowsCurrentItem: false
        onCurrentIndexChanged: if (currentIndex >= 0) positionViewAtIndex(currentIndex, ListView.Contain)

        delegate: Rectangle {
            id: row
            required property int index
            required property string kind
            required property string time
            required property string first_name
            required property string services
            required property int duration_min
            required property string room
            required property string status
            required property string ticket
            required property string notes
            required property string health_notes
            required property string language
            required property bool is_next
            objectName: "myDayRow_" + index
            width: ListView.view.width
            implicitHeight: content.implicitHeight + 20 * card.s
            radius: Theme.radius * card.s
            color: row.is_next ? Theme.accentTint : row.status === "in_service" ? Theme.surfaceAlt : "transparent"
            border.color: row.is_next ? Theme.accent : Theme.border
            border.width: row.is_next ? Math.max(2, 3 * card.s) : Math.max(1, card.s)
            opacity: row.status === "done" ? 0.7 : 1

            RowLayout {
                id: content
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.leftMargin: 14 * card.s
                anchors.rightMargin: 14 * card.s
                spacing: 14 * card.s

                // The time, and under it what the row is: a booking or a walk-in's ticket.
                // One width on every row, so the names line up.
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.preferredWidth: 116 * card.s
                    Layout.minimumWidth: 116 * card.s
                    Layout.maximumWidth: 116 * card.s
                    spacing: 2 * card.s
                    Text {
                        objectName: "myDayTime"
                        text: row.time
                        color: Theme.text
                        font.pixelSize: 26 * card.s
                        font.bold: true
                        font.family: "DejaVu Sans Mono"
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.kind === "booking" ? qsTr("Booked") : qsTr("Walk-in %1").arg(row.ticket)
                        color: Theme.textMuted
                        font.pixelSize: 15 * card.s
                        fontSizeMode: Text.HorizontalFit
                        minimumPixelSize: 10
                        elide: Text.ElideRight
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    spacing: 2 * card.s
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10 * card.s
                        Text {
                            objectName: "myDayName"
                            Layout.fillWidth: true
                            text: row.first_name
                            color: Theme.text
                            font.pixelSize: 24 * card.s
                            font.bold: true
                            elide: Text.ElideRight
                        }
                        Text {
                            objectName: "myDayStatus"
                            text: row.is_next ? qsTr("Next") : card.statusText(row.status)
                            color: row.is_next ? Theme.accentStrong : Theme.textMuted
                            font.pixelSize: 17 * card.s
                            font.bold: row.is_next
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        text: row.services + "  ·  " + Format.minutes(row.duration_min)
                              + (row.room !== "" ? "  ·  " + row.room : "")
                        color: Theme.text
                        font.pixelSize: 18 * card.s
                        wrapMode: Text.WordWrap
                    }
                    Text {
                        objectName: "myDayNotes"
                        Layout.fillWidth: true
                        visible: row.notes !== "" || row.language !== ""
                        text: [row.notes, row.language !== "" ? qsTr("Speaks %1").arg(card.languageName(row.language)) : ""]
                              .filter(t => t !== "").join("  ·  ")
                        color: Theme.textMuted
                        font.pixelSize: 17 * card.s
                        wrapMode: Text.WordWrap
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        visible: row.health_notes !== ""
                        spacing: 6 * card.s
                        Icon {
                            name: "dialog-warning"
                            color: Theme.warningText
                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: 18 * card.s
                            Layout.preferredHeight: 18 * card.s
                        }
                        Text {
                            objectName: "myDayHealth"
                            Layout.fillWidth: true
                            text: qsTr("Health: %1").arg(row.health_notes)
                            color: Theme.warningText
                            font.pixelSize: 17 * card.s
                            font.bold: true
                            wrapMode: Text.WordWrap
                        }
                    }
                }
            }
        }
    }

    function statusText(status) {
        switch (status) {
        case "booked": return qsTr("Booked")
        case "assigned": return qsTr("Waiting for you")
        case "in_service": return qsTr("Now")
        case "done": return qsTr("Done")
        }
        return status
    }
    function languageName(code) {
        switch (code) {
        case "en": return qsTr("English")
        case "th": return qsTr("Thai")
        case "id": return qsTr("Indonesian")
        }
        return code
    }
}
