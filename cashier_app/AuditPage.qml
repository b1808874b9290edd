// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
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

    // A cell of the trail: wraps at word boundaries rather than cutting; a long detail takes a
    // second line.
    component Cell: Text {
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
        maximumLineCount: 2
        elide: Text.ElideRight
        Layout.alignment: Qt.AlignTop
    }
    component Head: Text { font.bold: true; font.pixelSize: Theme.fontSmall; color: Theme.textMuted; Accessible.role: Accessible.ColumnHeader; Accessible.name: text }

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
            Text { text: qsTr("Audit trail"); font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text
                   Layout.alignment: Qt.AlignBottom; Accessible.role: Accessible.Heading; Accessible.name: text }
            Item { width: Theme.padding }
            FormField { id: fromField; label: qsTr("From"); text: audit.from; inputMask: "9999-99-99"; implicitWidth: 130; onAccepted: page.show() }
            FormField { id: toField; label: qsTr("To"); text: audit.to; inputMask: "9999-99-99"; implicitWidth: 130; onAccepted: page.show() }
            ColumnLayout {
                spacing: 4
                Text { text: qsTr("Who"); color: Theme.text; font.pixelSize: Theme.fontSmall; font.bold: true; Accessible.ignored: true }
                SelectBox {
                    id: whoBox
                    implicitWidth: 200
                    model: audit.people
                    textRole: "name"
                    valueRole: "who"
                    Accessible.name: qsTr("Who")
                    Keys.onReturnPressed: (event) => { if (popup.visible) event.accepted = false; else page.show() }
                    Keys.onEnterPressed: (event) => { if (popup.visible) event.accepted = false; else page.show() }
                }
            }
            ActionButton { Layout.alignment: Qt.AlignBottom; kind: "primary"; text: qsTr("Show"); iconName: "view-list"; hint: "↵"; onClicked: page.show() }
            Item { Layout.fillWidth: true }
            Text {
                Layout.alignment: Qt.AlignBottom
                text: qsTr("%n change(s)", "", audit.count) + (audit.hasMore ? "+" : "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
        ProblemStrip { Layout.fillWidth: true; message: audit.error }

        // Column heads
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Head { text: qsTr("When"); Layout.preferredWidth: 150 }
            Head { text: qsTr("Who"); Layout.preferredWidth: 200 }
            Head { text: qsTr("What"); Layout.preferredWidth: 210 }
            Head { text: qsTr("Details"); Layout.fillWidth: true }
            Head { text: qsTr("From address"); Layout.preferredWidth: 150 }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }

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
                Cell { text: row.day + "  " + Format.time(row.time); Layout.preferredWidth: 150; color: Theme.textMuted }
                Cell {
                    Layout.preferredWidth: 200
                    text: row.actor === "system" ? qsTr("System")
                          : row.actor === "" ? qsTr("Unknown")
                          : row.actorName + " · " + (row.actorRole === "admin" ? qsTr("Admin")
                                                 : row.actorRole === "cashier" ? qsTr("Cashier")
                                                 : row.actorRole === "therapist" ? qsTr("Therapist")
                                                 : row.actorRole === "monitor" ? qsTr("Device") : row.actorRole)
                }
                Cell { text: (Language.current, audit.describe(row.type)); Layout.preferredWidth: 210 }
                Cell { text: row.summary; Layout.fillWidth: true }
                Cell {
                    text: row.address === "" ? "—" : row.address
                    Layout.preferredWidth: 150
                    color: Theme.textMuted
                    wrapMode: Text.WrapAnywhere
                }
            }
            footer: Item {
                width: list.width
                height: more.visible ? more.implicitHeight + Theme.spacing : 0
                ActionButton {
                    id: more
                    anchors.horizontalCenter: parent.horizontalCenter
                    visible: audit.hasMore
                    enabled: !audit.busy
                    text: qsTr("Show more")
                    onClicked: audit.loadMore()
                }
            }
        }
        EmptyState {
            Layout.fillWidth: true
            visible: audit.loaded && audit.count === 0
            text: qsTr("No changes in these days.")
        }
    }
}
