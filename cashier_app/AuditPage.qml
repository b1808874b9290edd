// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// The audit trail (admins): every change in a range of business days, who made it, when and from
// which address, newest last; filter by person, a page at a time.
Item {
    id: page
    required property CashierState state
    required property ScreenshotGate gate
    property bool active: false
    onActiveChanged: if (active) audit.refresh()

    AuditLog {
        id: audit
        session: page.state.session
        onLoadedChanged: if (loaded && page.gate.page === "audit") page.gate.ready = true
    }

    function show() {
        audit.from = fromField.text
        audit.to = toField.text
        audit.who = whoBox.currentValue === undefined ? "" : whoBox.currentValue
        audit.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Audit trail"); font.pixelSize: Theme.fontTitle; font.bold: true }
            Item { width: Theme.padding }
            Label { text: qsTr("From") }
            TextField { id: fromField; text: audit.from; inputMask: "9999-99-99"; implicitWidth: 130; onAccepted: page.show() }
            Label { text: qsTr("To") }
            TextField { id: toField; text: audit.to; inputMask: "9999-99-99"; implicitWidth: 130; onAccepted: page.show() }
            Label { text: qsTr("Who") }
            ComboBox {
                id: whoBox
                implicitWidth: 200
                model: audit.people
                textRole: "name"
                valueRole: "who"
                Accessible.name: qsTr("Who")
            }
            Button { text: qsTr("Show"); onClicked: page.show() }
            Item { Layout.fillWidth: true }
            Label { text: audit.error; color: Theme.danger; visible: audit.error !== "" }
            Label {
                text: qsTr("%n change(s)", "", audit.count) + (audit.hasMore ? "+" : "")
                color: Theme.textMuted
            }
        }

        // Column heads
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("When"); Layout.preferredWidth: 150; font.bold: true; color: Theme.textMuted }
            Label { text: qsTr("Who"); Layout.preferredWidth: 200; font.bold: true; color: Theme.textMuted }
            Label { text: qsTr("What"); Layout.preferredWidth: 210; font.bold: true; color: Theme.textMuted }
            Label { text: qsTr("Details"); Layout.fillWidth: true; font.bold: true; color: Theme.textMuted }
            Label { text: qsTr("From address"); Layout.preferredWidth: 150; font.bold: true; color: Theme.textMuted }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.textMuted; opacity: 0.3 }

        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: audit
            ScrollBar.vertical: ScrollBar { }
            delegate: RowLayout {
                id: row
                required property int index
                required property string day
                required property string time
                required property string type
                required property string actor
                required property string actorName
                required property string actorRole
                required property string address
                required property string summary
                width: ListView.view.width
                spacing: Theme.spacing
                Label { text: row.day + "  " + Format.time(row.time); Layout.preferredWidth: 150; color: Theme.textMuted }
                Label {
                    Layout.preferredWidth: 200
                    elide: Text.ElideRight
                    text: row.actor === "system" ? qsTr("System")
                          : row.actor === "" ? qsTr("Unknown")
                          : row.actorName + " · " + (row.actorRole === "admin" ? qsTr("Admin")
                                                 : row.actorRole === "cashier" ? qsTr("Cashier")
                                                 : row.actorRole === "therapist" ? qsTr("Therapist")
                                                 : row.actorRole === "monitor" ? qsTr("Device") : row.actorRole)
                }
                Label { text: (Language.current, audit.describe(row.type)); Layout.preferredWidth: 210; elide: Text.ElideRight }
                Label { text: row.summary; Layout.fillWidth: true; elide: Text.ElideRight }
                Label {
                    text: row.address === "" ? "—" : row.address
                    Layout.preferredWidth: 150
                    color: Theme.textMuted
                    elide: Text.ElideMiddle
                }
            }
            footer: Item {
                width: list.width
                height: more.visible ? more.implicitHeight + Theme.spacing : 0
                Button {
                    id: more
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: audit.hasMore
                    enabled: !audit.busy
                    text: qsTr("Show more")
                    onClicked: audit.loadMore()
                }
            }
        }
        Label {
            visible: audit.loaded && audit.count === 0
            text: qsTr("No changes in these days.")
            color: Theme.textMuted
        }
    }
}
