// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// A range of days at a glance: the figures, money collected per day (or month) as bars, by
// method, by therapist (commission and tips) and the quoted-vs-actual waits. The numbers come
// from ReportsState (GET /api/reports); this file only lays them out.
Item {
    id: view
    required property ReportsState reports
    required property string currency
    // Commissions and payouts are an admin's; a cashier's report comes without them.
    required property bool admin
    function money(v) { return Format.money(v || 0, view.currency) }
    readonly property var r: view.reports.report
    readonly property var waits: r.waits || ({})

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.padding

        Row {
            id: figures
            Layout.fillWidth: true
            spacing: Theme.padding
            Repeater {
                model: [
                    { label: qsTr("Collected"), value: view.money(view.r.net_collected), hint: qsTr("after refunds") },
                    { label: qsTr("Bills"), value: String(view.r.bills ? view.r.bills.count : 0), hint: qsTr("net %1").arg(view.money(view.r.bills ? view.r.bills.net : 0)) },
                    { label: qsTr("Service charge · tax"), value: view.money(view.r.service_charge) + " · " + view.money(view.r.tax), hint: qsTr("discounts %1").arg(view.money(view.r.discounts ? view.r.discounts.amount : 0)) },
                    { label: qsTr("Refunds"), value: view.money(view.r.refunds ? view.r.refunds.amount : 0), hint: qsTr("%1 voids · %2 cancelled · %3 no-show").arg(view.r.voids ? view.r.voids.count : 0).arg(view.r.cancellations || 0).arg(view.r.no_shows || 0) },
                    { label: qsTr("Wait quoted · actual"), value: view.waits.count > 0 ? qsTr("%1 · %2 min").arg(view.waits.quoted_avg_min).arg(view.waits.actual_avg_min) : "–", hint: view.waits.count > 0 ? qsTr("p90 %1 · %2 min").arg(view.waits.quoted_p90_min).arg(view.waits.actual_p90_min) : qsTr("no waits yet") }
                ]
                delegate: SurfaceCard {
                    id: figure
                    required property var modelData
                    width: (figures.width - 4 * figures.spacing) / 5
                    height: 92
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + modelData.value
                    Column {
                        anchors.centerIn: parent
                        spacing: 2
                        Label { anchors.horizontalCenter: parent.horizontalCenter; text: figure.modelData.label; color: Theme.textMuted }
                        // Shrinks to fit a chain's year of takings in the card.
                        Label { anchors.horizontalCenter: parent.horizontalCenter; text: figure.modelData.value
                                width: figure.width - 2 * Theme.spacing; horizontalAlignment: Text.AlignHCenter
                                fontSizeMode: Text.HorizontalFit; minimumPixelSize: Theme.fontSmall
                                font.pixelSize: Theme.fontHeadline; font.bold: true }
                        Label { anchors.horizontalCenter: parent.horizontalCenter; text: figure.modelData.hint
                                font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                    }
                }
            }
        }

        SurfaceCard {
            Layout.fillWidth: true
            Layout.preferredHeight: 220
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: Theme.padding
                Label { text: view.reports.bars.monthly ? qsTr("Collected by month") : qsTr("Collected by day"); font.bold: true }
                // Bars of our own on the shared theme: one per day (month) of the range.
                Row {
                    id: chart
                    objectName: "reportChart"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    spacing: view.reports.bars.count > 40 ? 1 : 3
                    Repeater {
                        model: view.reports.bars
                        delegate: Item {
                            id: bar
                            required property string label
                            required property var amount
                            required property real fraction
                            required property int index
                            width: (chart.width - (view.reports.bars.count - 1) * chart.spacing) / Math.max(1, view.reports.bars.count)
                            height: chart.height
                            Accessible.role: Accessible.StaticText
                            Accessible.name: bar.label + ": " + view.money(bar.amount)
                            Rectangle {
                                anchors.bottom: barLabel.top
                                anchors.bottomMargin: 2
                                width: parent.width
                                height: (parent.height - 36) * bar.fraction
                                color: Theme.accent
                                radius: 2
                            }
                            Label {
                                id: barLabel
                                anchors.bottom: parent.bottom
                                anchors.horizontalCenter: parent.horizontalCenter
                                // Every label while they fit, else every fifth.
                                text: view.reports.bars.count <= 16 || bar.index % 5 === 0 ? bar.label : ""
                                font.pixelSize: Theme.fontSmall
                                color: Theme.textMuted
                            }
                        }
                    }
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Label { text: qsTr("By method"); font.bold: true }
                Column {
                    Layout.fillWidth: true
                    Repeater {
                        model: view.reports.byMethod
                        delegate: RowLayout {
                            id: methodRow
                            required property var modelData
                            width: parent ? parent.width : 0
                            Label { Layout.preferredWidth: 110; text: methodRow.modelData.method === "cash" ? qsTr("Cash") : methodRow.modelData.method === "card" ? qsTr("Card") : qsTr("E-wallet") }
                            Label { Layout.preferredWidth: 50; text: methodRow.modelData.count; horizontalAlignment: Text.AlignRight }
                            Label { Layout.preferredWidth: 150; text: view.money(methodRow.modelData.total); horizontalAlignment: Text.AlignRight; font.bold: true }
                            Label { Layout.fillWidth: true; text: methodRow.modelData.refunds > 0 ? qsTr("refunds %1").arg(view.money(methodRow.modelData.refunds)) : ""
                                    horizontalAlignment: Text.AlignRight; color: Theme.textMuted }
                        }
                    }
                }
                Label { text: qsTr("Top services"); font.bold: true; Layout.topMargin: Theme.spacing }
                Column {
                    Layout.fillWidth: true
                    Repeater {
                        model: view.reports.byService.slice(0, 5)
                        delegate: RowLayout {
                            id: serviceRow
                            required property var modelData
                            width: parent ? parent.width : 0
                            Label { Layout.fillWidth: true; text: serviceRow.modelData.name; elide: Text.ElideRight }
                            Label { Layout.preferredWidth: 50; text: "×" + serviceRow.modelData.count; horizontalAlignment: Text.AlignRight; color: Theme.textMuted }
                            Label { Layout.preferredWidth: 130; text: view.money(serviceRow.modelData.net); horizontalAlignment: Text.AlignRight }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                Label { text: qsTr("By therapist"); font.bold: true }
                RowLayout {
                    Layout.fillWidth: true
                    Label { Layout.fillWidth: true; text: qsTr("Therapist"); color: Theme.textMuted }
                    Label { Layout.preferredWidth: 70; text: qsTr("Services"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                    Label { Layout.preferredWidth: 125; visible: view.admin; text: qsTr("Commission"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                    Label { Layout.preferredWidth: 115; text: qsTr("Tips"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                    Label { Layout.preferredWidth: 135; visible: view.admin; text: qsTr("Payout"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                }
                Column {
                    Layout.fillWidth: true
                    Repeater {
                        model: view.reports.byTherapist
                        delegate: RowLayout {
                            id: therapistRow
                            required property var modelData
                            width: parent ? parent.width : 0
                            Label { Layout.fillWidth: true; text: therapistRow.modelData.name; elide: Text.ElideRight }
                            Label { Layout.preferredWidth: 70; text: therapistRow.modelData.services; horizontalAlignment: Text.AlignRight }
                            Label { Layout.preferredWidth: 125; visible: view.admin; text: view.money(therapistRow.modelData.commission); horizontalAlignment: Text.AlignRight }
                            Label { Layout.preferredWidth: 115; text: view.money(therapistRow.modelData.tips); horizontalAlignment: Text.AlignRight }
                            Label { Layout.preferredWidth: 135; visible: view.admin; text: view.money(therapistRow.modelData.total); horizontalAlignment: Text.AlignRight; font.bold: true }
                        }
                    }
                }
                EmptyState {
                    Layout.fillWidth: true
                    visible: view.reports.byTherapist.length === 0 && !view.reports.loading
                    text: qsTr("Nothing paid in these days.")
                }
            }
        }
    }
}
