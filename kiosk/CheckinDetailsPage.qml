// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// Step 2: a first name (needed) and a phone (optional), typed on the screen's keyboard or a
// real one; then Check in.
Item {
    id: page
    required property CheckinState state
    required property real s
    property string field: "name" // which one the keyboard types into

    component Field: Rectangle {
        id: box
        required property string key
        required property string label
        required property string value
        property string hint: ""
        readonly property bool current: page.field === key
        property alias input: edit
        Layout.fillWidth: true
        implicitHeight: Math.max(48, column.implicitHeight + 36 * page.s)
        radius: 16 * page.s
        color: Theme.surface
        border.color: current ? Theme.accent : Theme.borderStrong
        border.width: Math.max(2, (current ? 5 : 2) * page.s)
        Accessible.role: Accessible.EditableText
        Accessible.name: label
        Column {
            id: column
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.margins: 24 * page.s
            spacing: 4 * page.s
            Text {
                width: parent.width
                text: box.label
                color: Theme.textMuted
                font.pixelSize: 32 * page.s
                wrapMode: Text.Wrap
            }
            TextInput {
                id: edit
                objectName: "input_" + box.key
                width: parent.width
                text: box.value
                color: Theme.text
                font.pixelSize: 52 * page.s
                font.bold: true
                clip: true
                cursorVisible: box.current
                inputMethodHints: box.key === "phone" ? Qt.ImhDialableCharactersOnly : Qt.ImhNoPredictiveText
                onActiveFocusChanged: if (activeFocus) page.field = box.key
                onTextEdited: {
                    if (box.key === "phone")
                        page.state.phone = text
                    else
                        page.state.firstName = text
                    // The state keeps only what it takes (40 characters, phone characters).
                    if (text !== box.value)
                        text = box.value
                }
                Text {
                    visible: edit.text === ""
                    text: box.hint
                    color: Theme.textMuted
                    font.pixelSize: 40 * page.s
                    anchors.verticalCenter: parent.verticalCenter
                }
            }
        }
        MouseArea {
            anchors.fill: parent
            onClicked: { page.field = box.key; edit.forceActiveFocus(); page.state.touched() }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 40 * page.s
        spacing: 24 * page.s

        Text {
            Layout.fillWidth: true
            text: qsTr("Your first name")
            color: Theme.text
            font.pixelSize: 60 * page.s
            font.bold: true
            wrapMode: Text.Wrap
        }
        Field {
            id: nameField
            key: "name"
            label: qsTr("First name (we call you by it)")
            value: page.state.firstName
            hint: qsTr("Tap to type")
        }
        Field {
            key: "phone"
            label: qsTr("Phone (optional)")
            value: page.state.phone
            hint: qsTr("So the desk can reach you")
        }
        Text {
            objectName: "detailsProblem"
            Layout.fillWidth: true
            visible: text !== ""
            text: page.state.problem === CheckinState.Offline ? qsTr("Cannot reach the front desk. Please try again, or ask at the desk.")
                : page.state.problem === CheckinState.Refused ? qsTr("Check-in did not work: %1").arg(page.state.problemDetail)
                : ""
            color: Theme.dangerText
            font.pixelSize: 36 * page.s
            wrapMode: Text.Wrap
        }
        Item { Layout.fillHeight: true }
        OnScreenKeyboard {
            Layout.fillWidth: true
            s: page.s
            digits: page.field === "phone"
            onTyped: text => page.state.typeInto(page.field, text)
            onErased: page.state.backspace(page.field)
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 24 * page.s
            CheckinButton {
                objectName: "detailsBackButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                s: page.s
                text: qsTr("Back")
                onClicked: page.state.back()
            }
            CheckinButton {
                objectName: "checkInButton"
                Layout.fillWidth: true
                Layout.preferredWidth: 2
                s: page.s
                primary: true
                active: page.state.canCheckIn
                text: page.state.busy ? qsTr("Checking in…") : qsTr("Check in")
                onClicked: page.state.checkIn()
            }
        }
    }
    onVisibleChanged: if (visible) { page.field = "name"; nameField.input.forceActiveFocus() }
}
