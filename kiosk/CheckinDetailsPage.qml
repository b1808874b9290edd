// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Spa
import SpaKiosk

// Step 2: a first name (needed) and a phone (optional), typed on the screen's keyboard (Latin
// or Thai) or a real one; then Check in. A refusal shows in the touch screens' error strip.
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

    readonly property bool landscape: width > height

    // Portrait: the form above, the keyboard and the buttons below. Landscape (too short for
    // both): the form on the left, the keyboard and the buttons on the right.
    GridLayout {
        anchors.fill: parent
        anchors.margins: 40 * page.s
        columns: page.landscape ? 2 : 1
        columnSpacing: 40 * page.s
        rowSpacing: 24 * page.s

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1
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
            TouchErrorStrip {
                objectName: "detailsProblem"
                Layout.fillWidth: true
                // The strip is sized for a tablet; the kiosk is read from a step further away.
                s: page.s * 1.8
                message: page.state.problem === CheckinState.Offline ? qsTr("Cannot reach the front desk. Please try again, or ask at the desk.")
                    : page.state.problem === CheckinState.Refused ? qsTr("Check-in did not work: %1").arg(page.state.problemDetail)
                    : ""
                onDismissed: page.state.dismissProblem()
            }
            Item { Layout.fillHeight: true }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: page.landscape
            Layout.preferredWidth: 1
            spacing: 24 * page.s
            Item { Layout.fillHeight: true }
            OnScreenKeyboard {
                id: keyboard
                Layout.fillWidth: true
                s: page.s
                // A portrait screen keeps room for the form above it.
                maximumHeight: page.landscape ? page.height - 300 * page.s : page.height * 0.45
                digits: page.field === "phone"
                onTyped: text => page.state.typeInto(page.field, text)
                onErased: page.state.backspace(page.field)
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 24 * page.s
                TouchButton {
                    objectName: "detailsBackButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    s: page.s
                    implicitHeight: Math.max(Theme.touchTarget, 110 * page.s)
                    cornerRadius: height / 2
                    fontSize: 40 * page.s
                    text: qsTr("Back")
                    onClicked: page.state.back()
                }
                TouchButton {
                    objectName: "checkInButton"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 2
                    s: page.s
                    implicitHeight: Math.max(Theme.touchTarget, 110 * page.s)
                    cornerRadius: height / 2
                    fontSize: 40 * page.s
                    primary: true
                    enabled: page.state.canCheckIn
                    text: page.state.busy ? qsTr("Checking in…") : qsTr("Check in")
                    onClicked: page.state.checkIn()
                }
            }
        }
    }
    onVisibleChanged: if (visible) { page.field = "name"; keyboard.followLanguage(); nameField.input.forceActiveFocus() }
}
