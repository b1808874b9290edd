// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa
import SpaCashier

// The check-in dialog's customer lookup, under the name and phone: the picked customer's card
// (preferences, preferred therapist, visits, spend, no-shows, health notes) with "Not this
// customer"; or the records matching what is typed, each a button that picks it; or, for a phone
// nobody has, "New customer". Nothing when nothing is typed.
ColumnLayout {
    id: matches
    required property CustomerLookup lookup
    property string currency: ""
    property bool canCreate: false
    readonly property var customer: lookup.selected
    readonly property bool hasPick: lookup.selectedId > 0
    signal picked(int row)
    signal createRequested()
    signal cleared()

    spacing: Theme.spacingSmall
    function visitsText(n) { return n === 1 ? qsTr("1 visit") : qsTr("%1 visits").arg(n) }
    visible: hasPick || lookup.count > 0 || canCreate || lookup.searching

    // The picked customer.
    Rectangle {
        objectName: "customerCard"
        Layout.fillWidth: true
        visible: matches.hasPick
        implicitHeight: card.implicitHeight + 2 * Theme.spacing
        radius: Theme.radiusSmall
        color: Theme.accentTint
        border.color: Theme.accent
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Customer %1").arg(matches.customer.name || "")

        // Not a RowLayout: wrapped lines beside a button made Qt's layouts polish in a loop.
        ColumnLayout {
            id: card
            anchors.left: parent.left
            anchors.right: notThis.left
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            anchors.leftMargin: Theme.padding
            spacing: 2
            Text {
                objectName: "customerName"
                Layout.fillWidth: true
                text: (matches.customer.name || "") + (matches.customer.phone ? "  ·  " + matches.customer.phone : "")
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                elide: Text.ElideRight
            }
            Text {
                objectName: "customerHistory"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                text: matches.visitsText(matches.customer.visit_count || 0)
                      + "  ·  " + qsTr("spent %1").arg(Format.money(matches.customer.spend || 0, matches.currency))
                      + "  ·  " + (matches.customer.no_show_count === 1 ? qsTr("1 no-show")
                                                                         : qsTr("%1 no-shows").arg(matches.customer.no_show_count || 0))
                      + (matches.customer.preferred_therapist ? "  ·  " + qsTr("prefers %1").arg(matches.customer.preferred_therapist) : "")
                color: Theme.text
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Text {
                objectName: "customerNotes"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: !!matches.customer.notes
                text: qsTr("Preferences: %1").arg(matches.customer.notes || "")
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                objectName: "customerHealth"
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                visible: !!matches.customer.health_notes
                text: qsTr("Health: %1").arg(matches.customer.health_notes || "")
                color: Theme.warningText
                font.pixelSize: Theme.fontSmall
                font.bold: true
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
        ActionButton {
            id: notThis
            objectName: "notThisCustomer"
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacingSmall
            kind: "quiet"
            compact: true
            text: qsTr("Not this customer")
            onClicked: matches.cleared()
        }
    }

    // The matches, at most four (the search is narrowed by typing more).
    Repeater {
        model: matches.hasPick ? null : matches.lookup
        delegate: ActionButton {
            id: match
            required property int index
            required property string name
            required property string phone
            required property int visit_count
            objectName: "customerMatch_" + index
            visible: index < 4
            Layout.fillWidth: true
            compact: true
            iconName: "avatar-default"
            text: name + (phone !== "" ? "  ·  " + phone : "") + "  ·  " + matches.visitsText(visit_count)
            Accessible.name: qsTr("Pick %1").arg(text)
            onClicked: matches.picked(index)
        }
    }
    Text {
        objectName: "customerSearching"
        visible: !matches.hasPick && matches.lookup.searching && matches.lookup.count === 0
        text: qsTr("Looking for the customer…")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    RowLayout {
        visible: !matches.hasPick && matches.canCreate
        spacing: Theme.spacing
        Text {
            Layout.fillWidth: true
            text: qsTr("No customer with this phone yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
        }
        ActionButton {
            objectName: "newCustomer"
            compact: true
            iconName: "list-add"
            text: qsTr("New customer")
            enabled: !matches.lookup.creating
            onClicked: matches.createRequested()
        }
    }
}
