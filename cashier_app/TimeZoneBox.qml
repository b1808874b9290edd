// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// A searchable list of the IANA time zones (TimeZoneModel): typing in the field narrows the list
// ("bangkok", "+07"), Up and Down move the choice, the choice is `zoneId`. Enter is left to the
// form around it (accepted()), so a wizard can advance.
ColumnLayout {
    id: box
    property string zoneId: ""
    property string label: qsTr("Time zone")
    property string error: ""
    property int listHeight: 168
    signal accepted()
    spacing: Theme.spacingSmall

    function focusSearch() { search.forceActiveFocus() }
    function pick(row) {
        const z = zones.zoneAt(row)
        if (z !== "") { zoneId = z; list.currentIndex = row; list.positionViewAtIndex(row, ListView.Contain) }
    }
    function showChoice() {
        list.currentIndex = zones.indexOf(zoneId)
        if (list.currentIndex >= 0) list.positionViewAtIndex(list.currentIndex, ListView.Center)
    }
    onZoneIdChanged: if (zones.indexOf(zoneId) !== list.currentIndex) showChoice()

    TimeZoneModel {
        id: zones
        // The first match becomes the choice while searching, so typing a city and pressing Enter
        // is enough.
        onFilterChanged: if (filter !== "" && count > 0 && indexOf(box.zoneId) < 0) box.pick(0)
                         else box.showChoice()
    }

    FormField {
        id: search
        objectName: "timeZoneSearch"
        Layout.fillWidth: true
        label: box.label + " · " + zones.labelOf(box.zoneId)
        placeholderText: qsTr("Search, e.g. Bangkok or +07")
        error: box.error !== "" ? box.error
               : zones.count === 0 ? qsTr("No time zone matches “%1”").arg(text) : ""
        Accessible.name: qsTr("%1, now %2").arg(box.label).arg(zones.labelOf(box.zoneId))
        onTextChanged: zones.filter = text
        onAccepted: box.accepted()
        Keys.onDownPressed: box.pick(Math.min(list.currentIndex + 1, zones.count - 1))
        Keys.onUpPressed: box.pick(Math.max(list.currentIndex - 1, 0))
    }
    Rectangle {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: box.listHeight
        Layout.preferredHeight: box.listHeight
        radius: Theme.radiusSmall
        color: Theme.surface
        border.color: Theme.borderStrong
        ListView {
            id: list
            objectName: "timeZoneList"
            anchors.fill: parent
            anchors.margins: 1
            clip: true
            model: zones
            focus: false
            activeFocusOnTab: false // the search field drives it with Up and Down
            ScrollBar.vertical: ScrollBar { }
            Component.onCompleted: box.showChoice()
            delegate: Rectangle {
                id: row
                required property int index
                required property string zoneId
                required property string label
                readonly property bool chosen: zoneId === box.zoneId
                width: ListView.view.width
                height: 32
                color: chosen ? Theme.accentTint : mouse.containsMouse ? Theme.surfaceAlt : "transparent"
                Accessible.role: Accessible.ListItem
                Accessible.name: label
                Accessible.selected: chosen
                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: Theme.spacing
                    anchors.rightMargin: Theme.spacing
                    Icon { name: "object-select"; visible: row.chosen; color: Theme.accentStrong
                           Layout.preferredWidth: 14; Layout.preferredHeight: 14 }
                    Text {
                        Layout.fillWidth: true
                        text: row.label
                        color: Theme.text
                        font.pixelSize: Theme.fontBody
                        font.bold: row.chosen
                        elide: Text.ElideRight
                    }
                }
                MouseArea { id: mouse; anchors.fill: parent; hoverEnabled: true; onClicked: box.pick(row.index) }
            }
        }
    }
}
