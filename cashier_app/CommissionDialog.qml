// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// A service's commission (CommissionEditor): the therapists' rate on it — a percent of the net
// price, a fixed amount per service, or none — saved with Enter, and below it each therapist's own
// rate where it differs: add one (therapist, how, how much) or put them back on the service's rate.
// A new rate counts for bills paid from now on. Esc closes.
FormDialog {
    id: dialog
    required property Session session
    property string currency: ""
    signal changedRates()
    function openFor(service) {
        editor.open(service)
        const c = service.commission || { type: "none" }
        rateType.currentIndex = rateType.indexOfValue(c.type || "none")
        percent.text = c.type === "percent" ? String(c.percent) : ""
        if (c.type === "fixed") fixed.setValue(c.amount); else fixed.text = ""
        otherType.currentIndex = 0
        otherPercent.text = ""
        otherFixed.text = ""
        open()
        rateType.forceActiveFocus()
    }
    function ratePart(type, p, f) { return editor.rateProblem(type, p.text, f.parsed) }
    readonly property string ownProblem: ratePart(rateType.currentValue, percent, fixed)
    readonly property string otherProblem: otherWho.currentIndex < 0 ? qsTr("Choose the therapist")
                                           : ratePart(otherType.currentValue, otherPercent, otherFixed)

    title: qsTr("Commission on %1").arg(editor.service.name || "")
    width: Math.min(parent ? parent.width - 80 : 720, 720)
    problem: editor.error
    primaryText: qsTr("Save the service's rate")
    primaryIcon: "document-save"
    primaryHint: "↵"
    primaryEnabled: !editor.busy && dialog.ownProblem === ""
    secondaryText: qsTr("Close")
    onPrimaryClicked: editor.save(rateType.currentValue, percent.text, fixed.parsed)
    Shortcut { sequences: ["Return", "Enter"]; enabled: dialog.visible && dialog.primaryEnabled && !otherBox.activeFocusInside; onActivated: dialog.primaryClicked() }

    CommissionEditor {
        id: editor
        session: dialog.session
        currency: dialog.currency
        onSaved: dialog.changedRates()
    }

    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        color: Theme.textMuted
        text: qsTr("What a therapist earns for each of these services done. A new rate counts for bills paid from now on; paid bills keep theirs.")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        SelectBox {
            id: rateType
            objectName: "rateType"
            Layout.preferredWidth: 290
            model: [{ v: "none", t: qsTr("No commission") }, { v: "percent", t: qsTr("Percent of the net price") },
                    { v: "fixed", t: qsTr("Fixed amount per service") }]
            textRole: "t"
            valueRole: "v"
            Accessible.name: qsTr("How the commission is counted")
        }
        FormField {
            id: percent
            objectName: "ratePercent"
            visible: rateType.currentValue === "percent"
            Layout.preferredWidth: 110
            horizontalAlignment: TextInput.AlignRight
            placeholderText: "10"
            validator: RegularExpressionValidator { regularExpression: /^\d{0,3}(\.\d{0,2})?$/ }
            Accessible.name: qsTr("Percent")
        }
        Label { visible: rateType.currentValue === "percent"; text: "%" }
        MoneyField {
            id: fixed
            objectName: "rateFixed"
            visible: rateType.currentValue === "fixed"
            Accessible.name: qsTr("Amount per service")
        }
        Item { Layout.fillWidth: true }
    }
    Label { visible: dialog.ownProblem !== "" && rateType.currentValue !== "none"; text: dialog.ownProblem; color: Theme.dangerText; font.pixelSize: Theme.fontSmall }

    Rectangle { Layout.fillWidth: true; height: 1; color: Theme.border }
    Label { text: qsTr("Therapists with their own rate"); font.bold: true }
    Label {
        visible: editor.overrides.length === 0
        text: qsTr("None: every therapist earns the service's rate.")
        color: Theme.textMuted
    }
    Column {
        Layout.fillWidth: true
        Repeater {
            model: editor.overrides
            delegate: RowLayout {
                id: overrideRow
                required property var modelData
                width: parent ? parent.width : 0
                Label { Layout.fillWidth: true; text: overrideRow.modelData.name }
                Label { text: overrideRow.modelData.label; color: Theme.textMuted }
                ActionButton {
                    compact: true
                    kind: "quiet"
                    text: qsTr("Use the service's rate")
                    Accessible.name: qsTr("%1 back on the service's rate").arg(overrideRow.modelData.name)
                    onClicked: editor.removeOverride(overrideRow.modelData.therapist_id)
                }
            }
        }
    }
    // One therapist's own rate: add (or change) it.
    FocusScope {
        id: otherBox
        Layout.fillWidth: true
        implicitHeight: otherRow.implicitHeight
        readonly property bool activeFocusInside: activeFocus
        RowLayout {
            id: otherRow
            width: parent.width
            spacing: Theme.spacing
            SelectBox {
                id: otherWho
                objectName: "overrideTherapist"
                Layout.preferredWidth: 150
                model: editor.therapists
                textRole: "name"
                valueRole: "id"
                Accessible.name: qsTr("Therapist")
            }
            SelectBox {
                id: otherType
                objectName: "overrideType"
                Layout.preferredWidth: 170
                model: [{ v: "percent", t: qsTr("Percent") }, { v: "fixed", t: qsTr("Fixed amount") }, { v: "none", t: qsTr("No commission") }]
                textRole: "t"
                valueRole: "v"
                Accessible.name: qsTr("Their rate")
            }
            FormField {
                id: otherPercent
                objectName: "overridePercent"
                visible: otherType.currentValue === "percent"
                Layout.preferredWidth: 90
                horizontalAlignment: TextInput.AlignRight
                validator: RegularExpressionValidator { regularExpression: /^\d{0,3}(\.\d{0,2})?$/ }
                Accessible.name: qsTr("Their percent")
                onAccepted: addOther.clicked()
            }
            MoneyField {
                id: otherFixed
                objectName: "overrideFixed"
                visible: otherType.currentValue === "fixed"
                Layout.preferredWidth: 110
                Accessible.name: qsTr("Their amount per service")
                onAccepted: addOther.clicked()
            }
            ActionButton {
                id: addOther
                objectName: "overrideSave"
                text: qsTr("Set their rate")
                iconName: "list-add"
                enabled: !editor.busy && dialog.otherProblem === ""
                onClicked: if (enabled) editor.save(otherType.currentValue, otherPercent.text, otherFixed.parsed, otherWho.currentValue)
            }
        }
    }
}
