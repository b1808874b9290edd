// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// Change your own password (the user menu): the current one, then the new one twice. Enter
// moves down the fields and changes it from the last; Esc closes without a change. The person
// stays signed in here; their other sessions end.
FormDialog {
    id: dialog
    required property CashierState state
    signal changed()
    title: qsTr("Change your password")
    width: Math.min(parent ? parent.width - 80 : 460, 460)
    primaryText: own.busy ? qsTr("Changing…") : qsTr("Change password")
    primaryIcon: "auth-smartcard"
    primaryHint: "↵"
    primaryEnabled: !own.busy && oldField.text !== "" && newField.text !== "" && againField.text !== ""
    problem: own.error
    onPrimaryClicked: own.change(oldField.text, newField.text, againField.text)

    function openForm() {
        oldField.text = ""; newField.text = ""; againField.text = ""
        own.clearError()
        open()
        oldField.forceActiveFocus()
    }

    OwnPassword {
        id: own
        session: dialog.state.session
        onChanged: { dialog.close(); dialog.changed() }
        onErrorChanged: {
            if (fieldErrors.old) oldField.forceActiveFocus()
            else if (fieldErrors.new) newField.forceActiveFocus()
            else if (fieldErrors.again) againField.forceActiveFocus()
        }
    }

    Text {
        Layout.fillWidth: true
        text: qsTr("Your other sessions (another desk, a tablet) end and need the new password.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    FormField {
        id: oldField
        objectName: "oldPassword"
        Layout.fillWidth: true
        label: qsTr("Current password")
        echoMode: TextInput.Password
        error: own.fieldErrors.old || ""
        onAccepted: newField.forceActiveFocus()
    }
    FormField {
        id: newField
        objectName: "newPassword"
        Layout.fillWidth: true
        label: qsTr("New password")
        placeholderText: qsTr("At least 8 characters")
        echoMode: TextInput.Password
        error: own.fieldErrors["new"] || ""
        onAccepted: againField.forceActiveFocus()
    }
    FormField {
        id: againField
        objectName: "newPasswordAgain"
        Layout.fillWidth: true
        label: qsTr("New password again")
        echoMode: TextInput.Password
        error: own.fieldErrors.again || ""
        onAccepted: if (dialog.primaryEnabled) own.change(oldField.text, newField.text, againField.text)
    }
}
