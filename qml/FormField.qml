// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Spa

// A text field with its label above and its problem below, in one control: `label` names it (also
// for screen readers), `error` says what is wrong in words (with an icon and a red edge, not the
// colour alone) and is empty when all is well. The label and the error sit in the field's insets,
// so a layout sees one item of the right height and focus goes straight to the text.
TextField {
    id: field
    property string label: ""
    property string error: ""
    property bool touch: false
    readonly property real labelSpace: label !== "" ? labelText.implicitHeight + 4 : 0
    readonly property real errorSpace: error !== "" ? errorRow.implicitHeight + 4 : 0

    topInset: labelSpace
    bottomInset: errorSpace
    topPadding: labelSpace + 8
    bottomPadding: errorSpace + 8
    leftPadding: 12
    rightPadding: 12
    implicitWidth: 220
    implicitHeight: Math.max((touch ? Theme.touchTarget : Theme.controlHeight) + topInset + bottomInset,
                             contentHeight + topPadding + bottomPadding)
    font.pixelSize: touch ? Theme.fontTitle : Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    Accessible.name: label !== "" ? label : placeholderText
    Accessible.description: error

    background: Rectangle {
        radius: Theme.radiusSmall
        color: field.enabled ? Theme.surface : Theme.surfaceAlt
        border.color: field.error !== "" ? Theme.danger : field.activeFocus ? Theme.focus : Theme.borderStrong
        border.width: field.activeFocus || field.error !== "" ? 2 : 1
    }

    Text {
        id: labelText
        visible: field.label !== ""
        y: 0
        width: field.width
        text: field.label
        color: Theme.text
        font.pixelSize: Theme.fontSmall
        font.bold: true
        elide: Text.ElideRight
        Accessible.ignored: true
    }
    RowLayout {
        id: errorRow
        objectName: "fieldError"
        visible: field.error !== ""
        y: field.height - field.errorSpace + 4
        width: field.width
        spacing: Theme.spacingSmall
        Icon { name: "dialog-error"; color: Theme.dangerText; Layout.preferredWidth: 14; Layout.preferredHeight: 14 }
        Text {
            Layout.fillWidth: true
            text: field.error
            color: Theme.dangerText
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: field.error
        }
    }
}
