// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// A titled column of visit cards.
ColumnLayout {
    id: column
    required property string title
    required property var model
    property int selectedId: -1
    signal assignRequested(var visit)
    signal cancelRequested(var visit)
    signal noShowRequested(var visit)
    signal payRequested(var visit)
    signal selected(var visit)
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        Label {
            text: column.title
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            text: column.model.count
            color: Theme.textMuted
            font.pixelSize: Theme.fontTitle
        }
    }
    ListView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        model: column.model
        // `model` carries the roles and follows the model's changes; signals hand out a snapshot.
        delegate: VisitCard {
            required property int index
            required property var model
            width: ListView.view.width
            visit: model
            selected: column.selectedId === model.id
            onClicked: column.selected(column.model.get(index))
            onAssignRequested: column.assignRequested(column.model.get(index))
            onCancelRequested: column.cancelRequested(column.model.get(index))
            onNoShowRequested: column.noShowRequested(column.model.get(index))
            onPayRequested: column.payRequested(column.model.get(index))
        }
        Label {
            anchors.centerIn: parent
            visible: column.model.count === 0
            text: qsTr("None")
            color: Theme.textMuted
        }
    }
}
