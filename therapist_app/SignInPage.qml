// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// Pick your name, type your PIN. Names side by side with the pad in landscape, above it in
// portrait. The name picked last time on this tablet is picked already.
Rectangle {
    id: page
    required property TherapistState appState
    property real s: 1
    property bool portrait: false
    property int selectedId: appState.lastStaffId
    // `count` is read so the lookup runs again when the names arrive.
    readonly property int selectedRow: appState.roster.count >= 0 ? appState.roster.indexOfId(selectedId) : -1
    readonly property string selectedName: selectedRow >= 0 ? appState.roster.get(selectedRow).name : ""

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 80 * page.s
            color: Theme.accent

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 24 * page.s
                anchors.rightMargin: 16 * page.s
                spacing: 16 * page.s

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Therapist sign-in")
                    color: Theme.accentText
                    font.pixelSize: 30 * page.s
                    font.bold: true
                    elide: Text.ElideRight
                }
                Text {
                    text: Qt.formatTime(WallClock.now, "HH:mm")
                    color: Theme.accentText
                    font.pixelSize: 32 * page.s
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 20 * page.s
            columns: page.portrait ? 1 : 2
            rowSpacing: 20 * page.s
            columnSpacing: 20 * page.s

            TitledCard {
                id: names
                s: page.s
                title: qsTr("Who are you?")
                Layout.fillWidth: true
                Layout.fillHeight: !page.portrait
                // Portrait: as tall as the names need, the pad takes the rest.
                Layout.preferredHeight: grid.implicitHeight + languages.implicitHeight + 90 * page.s
                Layout.minimumHeight: 200 * page.s
                empty: page.appState.roster.count === 0
                emptyText: page.appState.rosterError !== "" ? page.appState.rosterError
                                                         : (page.appState.rosterLoaded ? qsTr("No therapists are set up yet")
                                                                                    : qsTr("Loading names…"))

                Flickable {
                    anchors.fill: parent
                    anchors.bottomMargin: languages.height + 12 * page.s
                    contentHeight: grid.implicitHeight
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds

                    GridLayout {
                        id: grid
                        width: parent.width
                        columns: page.portrait ? 4 : 2
                        rowSpacing: 14 * page.s
                        columnSpacing: 14 * page.s

                        Repeater {
                            model: page.appState.roster
                            TouchButton {
                                required property var model // `id` cannot be a property's name
                                objectName: "name_" + model.id
                                s: page.s
                                Layout.fillWidth: true
                                Layout.preferredHeight: 88 * page.s
                                text: model.name
                                fontSize: 26 * page.s
                                selected: page.selectedId === model.id
                                onClicked: {
                                    page.selectedId = model.id
                                    page.appState.clearError()
                                    pad.clear()
                                    pad.forceActiveFocus()
                                }
                            }
                        }
                    }
                }
                LanguagePicker {
                    id: languages
                    anchors.left: parent.left
                    anchors.bottom: parent.bottom
                    s: page.s
                }
                TouchButton {
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottom: languages.top
                    anchors.bottomMargin: 12 * page.s
                    visible: page.appState.rosterError !== "" && page.appState.roster.count === 0
                    s: page.s
                    text: qsTr("Try again")
                    onClicked: page.appState.reloadRoster()
                }
            }

            TitledCard {
                s: page.s
                Layout.fillWidth: page.portrait
                Layout.fillHeight: true
                Layout.preferredWidth: pad.implicitWidth + 120 * page.s
                Layout.minimumHeight: padColumn.implicitHeight + 32 * page.s

                ColumnLayout {
                    id: padColumn
                    anchors.centerIn: parent
                    spacing: 14 * page.s

                    Text {
                        Layout.alignment: Qt.AlignHCenter
                        Layout.maximumWidth: pad.implicitWidth + 40 * page.s
                        text: page.selectedName === "" ? qsTr("Pick your name")
                                                       : qsTr("Hello, %1").arg(page.selectedName)
                        color: Theme.text
                        font.pixelSize: 30 * page.s
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "signInError"
                        Layout.alignment: Qt.AlignHCenter
                        Layout.maximumWidth: pad.implicitWidth + 40 * page.s
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        text: page.appState.error !== "" ? page.appState.error : qsTr("Enter your PIN")
                        color: page.appState.error !== "" ? Theme.danger : Theme.textMuted
                        font.pixelSize: 20 * page.s
                        font.bold: page.appState.error !== ""
                    }
                    PinPad {
                        id: pad
                        objectName: "signInPad"
                        s: page.s
                        Layout.alignment: Qt.AlignHCenter
                        enabled: page.selectedName !== ""
                        busy: page.appState.busyAction === "signIn"
                        submitText: qsTr("Sign in")
                        onEntered: (pin) => page.appState.signIn(page.selectedId, pin)
                    }
                }
            }
        }
    }
}
