// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaTherapist

// Signed in: who I am and where I stand, my status one tap away, the customer to serve now with
// the actions and the timer, the rest of my queue, the turn order and today's totals. Landscape:
// two columns; portrait: one, with the turn order and today side by side at the bottom. "My day"
// (a header button, or a tap on the next booking) takes the page's place until "Queue" is tapped.
Rectangle {
    id: page
    required property TherapistState appState
    property real s: 1
    property bool portrait: false
    property bool showMyDay: false

    color: Theme.background

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // Header: name, status, place in the turn order, clock, lock and sign out.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 80 * page.s
            color: Theme.accent

            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 24 * page.s
                anchors.rightMargin: 12 * page.s
                spacing: 16 * page.s

                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Text {
                        objectName: "staffName"
                        Layout.fillWidth: true
                        text: page.appState.staffName
                        color: Theme.accentText
                        font.pixelSize: 30 * page.s
                        font.bold: true
                        elide: Text.ElideRight
                    }
                    Text {
                        objectName: "turnText"
                        Layout.fillWidth: true
                        text: {
                            switch (page.appState.status) {
                            case "busy": return qsTr("With a customer")
                            case "on_break": return qsTr("On break: your turn is kept")
                            case "off": return qsTr("Off shift")
                            }
                            if (page.appState.turnPosition === 1)
                                return qsTr("Available: next walk-in is yours")
                            if (page.appState.turnPosition > 1)
                                return qsTr("Available: number %1 in turn").arg(page.appState.turnPosition)
                            return qsTr("Available")
                        }
                        color: Theme.accentText
                        opacity: 0.9
                        font.pixelSize: 18 * page.s
                        elide: Text.ElideRight
                    }
                }
                Text {
                    text: Qt.formatTime(WallClock.now, "HH:mm")
                    color: Theme.accentText
                    font.pixelSize: 34 * page.s
                    font.bold: true
                    font.family: "DejaVu Sans Mono"
                }
                TouchButton {
                    objectName: "myDayButton"
                    s: page.s
                    text: page.showMyDay ? qsTr("Queue") : qsTr("My day")
                    fontSize: 20 * page.s
                    implicitHeight: 56 * page.s
                    tone: Qt.darker(Theme.accent, 1.4)
                    primary: true
                    onClicked: page.showMyDay = !page.showMyDay
                }
                TouchButton {
                    objectName: "lockButton"
                    s: page.s
                    text: qsTr("Lock")
                    fontSize: 20 * page.s
                    implicitHeight: 56 * page.s
                    tone: Qt.darker(Theme.accent, 1.4)
                    primary: true
                    onClicked: page.appState.lock()
                }
                TouchButton {
                    objectName: "signOutButton"
                    s: page.s
                    text: qsTr("Sign out")
                    fontSize: 20 * page.s
                    implicitHeight: 56 * page.s
                    tone: Qt.darker(Theme.accent, 1.4)
                    primary: true
                    onClicked: page.appState.signOut()
                }
            }
        }

        TouchErrorStrip {
            Layout.fillWidth: true
            Layout.leftMargin: 20 * page.s
            Layout.rightMargin: 20 * page.s
            Layout.topMargin: visible ? 12 * page.s : 0
            s: page.s
            message: page.appState.error
            onDismissed: page.appState.clearError()
        }

        MyDayPanel {
            objectName: "myDayPanel"
            visible: page.showMyDay
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 20 * page.s
            s: page.s
            appState: page.appState
        }

        GridLayout {
            visible: !page.showMyDay
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 20 * page.s
            columns: page.portrait ? 1 : 2
            rowSpacing: 16 * page.s
            columnSpacing: 20 * page.s

            // The customer in front of me takes whatever room the side panels leave.
            ColumnLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                spacing: 12 * page.s

                StatusSelector {
                    Layout.fillWidth: true
                    s: page.s
                    appState: page.appState
                }
                NextBookingStrip {
                    objectName: "nextBooking"
                    Layout.fillWidth: true
                    s: page.s
                    appState: page.appState
                    onOpened: page.showMyDay = true
                }
                CurrentVisitCard {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    // Never squeezed below its content (the actions at its foot above all);
                    // the queue's other panels give way first.
                    Layout.minimumHeight: implicitHeight
                    s: page.s
                    appState: page.appState
                }
            }

            GridLayout {
                Layout.fillWidth: page.portrait
                Layout.fillHeight: !page.portrait
                Layout.preferredWidth: 460 * page.s
                Layout.preferredHeight: 500 * page.s
                columns: page.portrait ? 2 : 1
                rowSpacing: 16 * page.s
                columnSpacing: 16 * page.s

                UpNextList {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.columnSpan: page.portrait ? 2 : 1
                    Layout.minimumHeight: 150 * page.s
                    s: page.s
                    appState: page.appState
                }
                TurnOrderPanel {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: (page.portrait ? 250 : 230) * page.s
                    s: page.s
                    appState: page.appState
                }
                TodayPanel {
                    stacked: page.portrait
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.preferredHeight: (page.portrait ? 250 : 150) * page.s
                    s: page.s
                    appState: page.appState
                }
            }
        }
    }

    // Complete long before the booked end asks first (TherapistState decides when).
    TouchConfirmDialog {
        objectName: "confirmComplete"
        anchors.fill: parent
        s: page.s
        shown: page.appState.confirmingComplete
        title: qsTr("Complete the service now?")
        text: qsTr("%1 of the booked time is still left.").arg(Format.minutes(page.appState.confirmRemainingMinutes))
        acceptText: qsTr("Complete")
        rejectText: qsTr("Not yet")
        tone: Theme.busy
        onAccepted: page.appState.confirmComplete()
        onRejected: page.appState.cancelComplete()
    }
}
