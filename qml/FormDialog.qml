// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Templates as T
import QtQuick.Layouts
import Spa

// A dialog or sheet of the suite: a title bar (the title and a close button), the content, a
// problem strip (`problem`: the server's or the form's words), and the actions: a secondary one
// (Cancel, Esc) and the primary one (`primaryText`, Enter where the dialog says so). Content goes
// in as children, in a column. `showActions` false leaves the actions to the content.
Dialog {
    id: dialog
    property string primaryText: ""
    property string primaryHint: ""
    property string primaryKind: "primary"
    property string primaryIcon: ""
    property bool primaryEnabled: true
    property string secondaryText: qsTr("Cancel")
    property string secondaryHint: "Esc"
    property bool showActions: true
    property string problem: ""
    property string problemSeverity: "error"
    property alias primaryButton: primary
    property alias secondaryButton: secondary
    default property alias body: bodyColumn.data
    signal primaryClicked()
    signal secondaryClicked()

    modal: true
    anchors.centerIn: T.Overlay.overlay
    padding: Theme.paddingLarge
    topPadding: Theme.padding
    standardButtons: Dialog.NoButton
    closePolicy: Popup.CloseOnEscape
    onSecondaryClicked: close()

    T.Overlay.modal: Rectangle { color: Theme.scrim }

    background: Rectangle {
        radius: Theme.radiusLarge
        color: Theme.surface
        border.color: Theme.border
    }

    header: Rectangle {
        implicitHeight: titleRow.implicitHeight + 2 * Theme.spacing + 4
        color: "transparent"
        RowLayout {
            id: titleRow
            anchors.fill: parent
            anchors.leftMargin: Theme.paddingLarge
            anchors.rightMargin: Theme.spacing
            anchors.topMargin: Theme.spacing
            Text {
                objectName: "dialogTitle"
                Layout.fillWidth: true
                text: dialog.title
                color: Theme.text
                font.pixelSize: Theme.fontTitle
                font.bold: true
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.TitleBar
                Accessible.name: text
            }
            // Esc does the same; the mouse needs a way out too. Not in the tab order: the
            // keyboard has Esc, and Tab should reach the form first.
            ActionButton {
                kind: "quiet"
                iconName: "window-close"
                focusPolicy: Qt.NoFocus
                enabled: dialog.closePolicy !== Popup.NoAutoClose
                Accessible.name: qsTr("Close")
                onClicked: dialog.secondaryClicked()
            }
        }
        Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.border }
    }

    // A child of the popup's own content item, not a new contentItem: contentItem is deferred, and
    // the aliases above need the ids in here.
    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.padding
        Accessible.role: Accessible.Dialog
        Accessible.name: dialog.title
        ColumnLayout {
            id: bodyColumn
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing + 2
        }
        ProblemStrip {
            Layout.fillWidth: true
            message: dialog.problem
            severity: dialog.problemSeverity
        }
        RowLayout {
            Layout.fillWidth: true
            visible: dialog.showActions
            spacing: Theme.spacing
            Item { Layout.fillWidth: true }
            ActionButton {
                id: secondary
                visible: dialog.secondaryText !== ""
                text: dialog.secondaryText
                hint: dialog.secondaryHint
                onClicked: dialog.secondaryClicked()
            }
            ActionButton {
                id: primary
                objectName: "primaryAction"
                visible: dialog.primaryText !== ""
                kind: dialog.primaryKind
                iconName: dialog.primaryIcon
                text: dialog.primaryText
                hint: dialog.primaryHint
                enabled: dialog.primaryEnabled
                onClicked: dialog.primaryClicked()
            }
        }
    }
}
