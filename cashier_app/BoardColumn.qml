// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Spa
import SpaCashier

// A titled column of visit cards, with its count, and a sentence (and an action) when empty.
ColumnLayout {
    id: column
    required property string title
    required property var model
    property string emptyText: qsTr("None")
    property string emptyActionText: ""
    property int selectedId: -1
    signal assignRequested(var visit)
    signal cancelRequested(var visit)
    signal noShowRequested(var visit)
    signal payRequested(var visit)
    signal selected(var visit)
    signal emptyActionClicked()
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Text {
            text: column.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
            Accessible.name: qsTr("%1: %2").arg(column.title).arg(column.model.count)
        }
        Chip {
            text: String(column.model.count)
            tone: Theme.text
            tint: Theme.surfaceAlt
        }
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        model: column.model
        // Room for the focus ring of a card's buttons at the edges.
        leftMargin: 4
        rightMargin: 4
        topMargin: 4
        bottomMargin: 4
        // `model` carries the roles and follows the model's changes; signals hand out a snapshot.
        delegate: VisitCard {
            required property int index
            required property var model
            width: ListView.view.width - 8
            visit: model
            selected: column.selectedId === model.id
            onClicked: column.selected(column.model.get(index))
            onAssignRequested: column.assignRequested(column.model.get(index))
            onCancelRequested: column.cancelRequested(column.model.get(index))
            onNoShowRequested: column.noShowRequested(column.model.get(index))
            onPayRequested: column.payRequested(column.model.get(index))
        }
        EmptyState {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: column.model.count === 0
            text: column.emptyText
            actionText: column.emptyActionText
            onActionClicked: column.emptyActionClicked()
        }
    }
}
