// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// Reports: a range of days (today, this week, this month or custom). One day is the day as
// before: totals by method, tips by therapist, visits by hour, every payment (voids by an admin,
// with a reason), close the day with its Z report (admin), export CSV. A longer range shows
// RangeReportView (GET /api/reports: figures, bars per day, by method, by therapist, waits).
Item {
    id: page
    required property CashierState state
    required property ScreenshotGate gate
    property bool active: false
    onActiveChanged: if (active) { report.refresh(); cashShift.refresh(); reports.refresh() }

    ReportsState {
        id: reports
        session: page.state.session
        onReportChanged: if (page.gate.page === "reports" && !singleDay) page.gate.ready = true
    }
    property bool todayKnown: false
    // Shows the range now chosen: the day's own view for one day, the range's otherwise.
    function showRange() {
        if (reports.singleDay) { report.date = reports.from; report.refresh() }
        reports.refresh()
    }

    CashShift {
        id: cashShift
        session: page.state.session
        onOpened: report.refresh()
        // The close on paper for the drawer's envelope.
        onClosed: { report.refresh(); if (DeskPrinter.configured) DeskPrinter.printShiftClose(closedShift, page.venue()) }
        // Scripted screenshot (SPA_PAGE=shift): the close of the open shift, counted ฿10 short.
        onShiftChanged: if (page.gate.page === "shift" && isOpen && !shiftDialog.visible && !page.gate.ready) {
            shiftDialog.openFor("close")
            shiftDialog.setCounted(expected - 1000)
            shotTimer.start()
        } else if (page.gate.page === "cashmove" && isOpen && !shiftDialog.visible && !page.gate.ready) {
            // Scripted screenshot (SPA_PAGE=cashmove): a pay-out being typed, the shift's
            // earlier pay-in/out listed with its running figures.
            shiftDialog.openFor("cash")
            shiftDialog.setCounted(15000)
            shiftDialog.setReason(qsTr("tips paid out to Budi"))
            shotTimer.start()
        }
    }
    Timer { id: shotTimer; interval: 300; onTriggered: page.gate.ready = true }
    property bool shotStarted: false
    Timer {
        id: refundShot
        interval: 600
        onTriggered: {
            const d = billDialog.refundDialog
            d.setAmount(20000)
            d.setReason(qsTr("oil allergy: the massage stopped early"))
            page.gate.ready = true
        }
    }

    DayReport {
        id: report
        session: page.state.session
        onReportChanged: {
            // The presets count from the server's business day, which the first answer brings.
            if (loaded && !page.todayKnown) {
                page.todayKnown = true
                reports.today = report.date
                // Scripted screenshot (SPA_PAGE=reports): the last 30 days as a custom range.
                if (page.gate.page === "reports") {
                    const first = new Date(report.date + "T00:00:00Z")
                    first.setUTCDate(first.getUTCDate() - 29)
                    rangeBox.currentIndex = 3
                    fromField.text = first.toISOString().slice(0, 10)
                    toField.text = report.date
                    reports.setCustom(fromField.text, toField.text)
                }
                reports.refresh()
            }
            if (page.gate.page === "day" && loaded) page.gate.ready = true
            // Scripted screenshot (SPA_PAGE=refund): a cashier's part refund of the first bill
            // of the day, the admin chosen, the PIN still to type.
            if (page.gate.page === "refund" && loaded && report.payments.count > 0 && !page.shotStarted) {
                page.shotStarted = true
                const first = report.payments.get(0)
                billDialog.refundDialog.openFor(first.visit_id)
                refundShot.start()
            }
            // The Z report prints once the closed day's stored report is back.
            if (page.printZ && closed) { page.printZ = false; if (DeskPrinter.configured) DeskPrinter.printZReport(report.report, page.venue()) }
        }
        onDayClosed: page.printZ = true
    }
    property bool printZ: false
    function venue() { return { name: page.state.venueName, address: page.state.venueAddress, tax_id: page.state.venueTaxId } }
    Connections {
        target: page.state.client
        // Payments change the day: refresh while it is on screen.
        function onEventReceived(name) { if (page.active && name === "cashier_queue_updated") refreshTimer.restart() }
    }
    Timer { id: refreshTimer; interval: 500; onTriggered: { report.refresh(); cashShift.refresh(); if (reports.to >= reports.today) reports.refresh() } }

    readonly property string cur: page.state.currency
    function money(v) { return Format.money(v || 0, cur) }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.padding

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label { text: qsTr("Reports"); font.pixelSize: Theme.fontTitle; font.bold: true
                    Accessible.role: Accessible.Heading; Accessible.name: text }
            SelectBox {
                id: rangeBox
                objectName: "rangeBox"
                implicitWidth: 170
                textRole: "text"
                valueRole: "value"
                model: [
                    { text: qsTr("Today"), value: "today" },
                    { text: qsTr("This week"), value: "week" },
                    { text: qsTr("This month"), value: "month" },
                    { text: qsTr("Custom"), value: "custom" }
                ]
                Accessible.name: qsTr("Date range")
                onActivated: {
                    if (currentValue === "custom") { fromField.text = reports.from; toField.text = reports.to; fromField.forceActiveFocus(); return }
                    reports.preset = currentValue
                    page.showRange()
                }
            }
            FormField {
                id: fromField
                objectName: "fromField"
                visible: rangeBox.currentValue === "custom"
                inputMask: "9999-99-99"
                implicitWidth: 130
                Accessible.name: qsTr("First day")
                onAccepted: customShow.clicked()
            }
            Label { visible: fromField.visible; text: "–" }
            FormField {
                id: toField
                objectName: "toField"
                visible: fromField.visible
                inputMask: "9999-99-99"
                implicitWidth: 130
                Accessible.name: qsTr("Last day")
                onAccepted: customShow.clicked()
            }
            ActionButton { id: customShow; visible: fromField.visible; text: qsTr("Show"); iconName: "x-office-calendar"
                           onClicked: if (reports.setCustom(fromField.text, toField.text)) page.showRange() }
            Label { visible: !fromField.visible; color: Theme.textMuted
                    text: reports.singleDay ? report.date : qsTr("%1 – %2").arg(reports.from).arg(reports.to) }
            // Open or closed in words and an icon, not the colour alone.
            Chip {
                visible: reports.singleDay
                text: report.closed ? qsTr("Closed at %1").arg(Format.time(report.report.closed_at)) : qsTr("Open")
                iconName: report.closed ? "changes-prevent" : "object-select"
                tone: report.closed ? Theme.textMuted : Theme.successText
                tint: report.closed ? Theme.surfaceAlt : Theme.accentTint
            }
            ProblemStrip { Layout.fillWidth: true; message: report.error || reports.error }
            Item { Layout.fillWidth: true; visible: report.error === "" && reports.error === "" }
            ActionButton {
                iconName: "document-save"
                visible: reports.singleDay
                text: qsTr("Export CSV")
                onClicked: {
                    const path = report.exportCsv()
                    exported.text = path === "" ? "" : qsTr("Saved to %1").arg(path)
                }
            }
            ActionButton {
                kind: "danger"
                iconName: "changes-prevent"
                text: qsTr("Close day…")
                visible: page.state.isAdmin && !report.closed && reports.singleDay
                onClicked: closeConfirm.open()
            }
        }
        RangeReportView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: !reports.singleDay
            reports: reports
            currency: page.cur
            admin: page.state.isAdmin
        }
        Label { id: exported; visible: text !== "" && reports.singleDay; color: Theme.textMuted; font.pixelSize: Theme.fontSmall }

        // The cash drawer: cash is taken only while a shift is open.
        RowLayout {
            visible: reports.singleDay
            Layout.fillWidth: true
            spacing: Theme.spacing
            // The buttons keep their words; the chip gives way, its words ending in "…".
            Chip {
                objectName: "shiftChip"
                Layout.fillWidth: true
                Layout.maximumWidth: implicitWidth
                elide: Text.ElideRight
                text: cashShift.isOpen
                      ? qsTr("Cash shift open since %1 · float %2 · expected %3")
                            .arg(Format.time(cashShift.shift.opened_at)).arg(page.money(cashShift.shift.opening_float)).arg(page.money(cashShift.expected))
                      : qsTr("No cash shift open: cash cannot be taken")
                iconName: cashShift.isOpen ? "object-select" : "dialog-warning"
                tone: cashShift.isOpen ? Theme.successText : Theme.dangerText
                tint: cashShift.isOpen ? Theme.accentTint : Theme.surfaceAlt
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "cashMoveButton"
                visible: cashShift.isOpen
                Layout.minimumWidth: implicitWidth
                text: qsTr("Pay in/out…")
                iconName: "go-next"
                onClicked: { cashShift.refresh(); shiftDialog.openFor("cash") }
            }
            ActionButton {
                objectName: "shiftButton"
                Layout.minimumWidth: implicitWidth
                text: cashShift.isOpen ? qsTr("Close shift…") : qsTr("Open shift…")
                iconName: cashShift.isOpen ? "changes-prevent" : "list-add"
                onClicked: { cashShift.refresh(); shiftDialog.openFor(cashShift.isOpen ? "close" : "open") }
            }
        }

        Row {
            id: cards
            visible: reports.singleDay
            Layout.fillWidth: true
            spacing: Theme.padding
            Repeater {
                model: [
                    { label: qsTr("Revenue"), value: report.report.revenue },
                    { label: qsTr("Tips"), value: report.report.tips },
                    { label: qsTr("Collected"), value: report.report.collected },
                    { label: qsTr("Voids"), value: report.report.voids ? -report.report.voids.amount : 0 },
                    { label: qsTr("Discounts"), value: report.report.discounts ? -report.report.discounts.amount : 0 }
                ]
                delegate: SurfaceCard {
                    id: figureCard
                    required property var modelData
                    width: (cards.width - 4 * cards.spacing) / 5
                    height: 84
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.label + ": " + page.money(modelData.value)
                    Column {
                        anchors.centerIn: parent
                        Label { anchors.horizontalCenter: parent.horizontalCenter; text: figureCard.modelData.label; color: Theme.textMuted }
                        Label { anchors.horizontalCenter: parent.horizontalCenter; text: page.money(figureCard.modelData.value)
                                font.pixelSize: Theme.fontHeadline; font.bold: true }
                    }
                }
            }
        }

        RowLayout {
            visible: reports.singleDay
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.padding

            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                Layout.fillHeight: true
                Label { text: qsTr("By method"); font.bold: true }
                // Equal preferred widths: every row shares the columns out alike, so the figures line up under their headers.
                RowLayout {
                    Layout.fillWidth: true
                    Label { Layout.preferredWidth: 130; text: qsTr("Method"); color: Theme.textMuted }
                    Label { Layout.preferredWidth: 80; text: qsTr("Count"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                    Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Amount"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                    Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Tips"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                    Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: qsTr("Total"); color: Theme.textMuted; horizontalAlignment: Text.AlignRight }
                }
                // Positioners, not layouts, around Repeaters whose model is replaced on every
                // refresh (Qt 6.4's layouts can crash when a Repeater's items go mid-layout).
                Column {
                    Layout.fillWidth: true
                    Repeater {
                        model: report.byMethod
                        delegate: RowLayout {
                            id: methodRow
                            required property var modelData
                            width: parent ? parent.width : 0
                            Label { Layout.preferredWidth: 130; text: methodRow.modelData.method === "cash" ? qsTr("Cash") : methodRow.modelData.method === "card" ? qsTr("Card") : qsTr("E-wallet") }
                            Label { Layout.preferredWidth: 80; text: methodRow.modelData.count || 0; horizontalAlignment: Text.AlignRight }
                            Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: page.money(methodRow.modelData.amount); horizontalAlignment: Text.AlignRight }
                            Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: page.money(methodRow.modelData.tips); horizontalAlignment: Text.AlignRight }
                            Label { Layout.fillWidth: true; Layout.preferredWidth: 1; text: page.money(methodRow.modelData.total); horizontalAlignment: Text.AlignRight; font.bold: true }
                        }
                    }
                }
                Label { text: qsTr("Tips by therapist"); font.bold: true; Layout.topMargin: Theme.padding }
                Column {
                    Layout.fillWidth: true
                    Repeater {
                        model: report.report.tips_by_therapist || []
                        delegate: RowLayout {
                            id: tipRow
                            required property var modelData
                            width: parent ? parent.width : 0
                            Label { Layout.fillWidth: true; text: tipRow.modelData.name }
                            Label { text: page.money(tipRow.modelData.tips) }
                        }
                    }
                }
                Label { text: qsTr("Visits by hour"); font.bold: true; Layout.topMargin: Theme.padding }
                Row {
                    id: chart
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.minimumHeight: 100
                    spacing: 2
                    readonly property int first: 7   // a spa's day, 07:00–22:00
                    readonly property int last: 22
                    Repeater {
                        model: chart.last - chart.first + 1
                        delegate: Item {
                            id: hourBar
                            required property int index
                            readonly property int hour: chart.first + index
                            readonly property int visits: report.byHour[hour] || 0
                            width: (chart.width - (chart.last - chart.first) * chart.spacing) / (chart.last - chart.first + 1)
                            height: chart.height
                            Rectangle {
                                anchors.bottom: hourLabel.top
                                width: parent.width
                                height: report.maxPerHour > 0 ? (parent.height - 40) * parent.visits / report.maxPerHour : 0
                                color: Theme.accent
                                radius: 3
                            }
                            Label { anchors.bottom: hourLabel.top; anchors.bottomMargin: 2 + (report.maxPerHour > 0 ? (parent.height - 40) * parent.visits / report.maxPerHour : 0)
                                    anchors.horizontalCenter: parent.horizontalCenter; text: parent.visits > 0 ? parent.visits : ""; font.pixelSize: Theme.fontSmall }
                            Label { id: hourLabel; anchors.bottom: parent.bottom; anchors.horizontalCenter: parent.horizontalCenter
                                    text: parent.hour; font.pixelSize: Theme.fontSmall; color: Theme.textMuted }
                        }
                    }
                }
            }

            ColumnLayout {
                Layout.preferredWidth: 1
                Layout.fillWidth: true
                Layout.fillHeight: true
                Label { text: qsTr("Payments"); font.bold: true }
                ListView {
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: report.payments
                    delegate: RowLayout {
                        id: paymentRow
                        required property var id
                        required property var visit_id
                        required property string ticket
                        required property string customer_name
                        required property string kind
                        required property string method
                        required property var amount
                        required property var tip
                        required property var reason
                        required property bool voided
                        required property var created_at
                        width: ListView.view.width
                        Label { text: Format.time(paymentRow.created_at); color: Theme.textMuted; Layout.preferredWidth: 50 }
                        Label { text: paymentRow.ticket; font.family: "DejaVu Sans Mono"; Layout.preferredWidth: 40 }
                        Label { Layout.fillWidth: true; elide: Text.ElideRight
                                text: paymentRow.kind === "void" ? qsTr("Void: %1").arg(paymentRow.reason || "") : paymentRow.customer_name
                                color: paymentRow.kind === "void" ? Theme.dangerText : Theme.text
                                font.strikeout: paymentRow.voided }
                        Label { text: paymentRow.method === "cash" ? qsTr("Cash") : paymentRow.method === "card" ? qsTr("Card") : qsTr("E-wallet"); color: Theme.textMuted }
                        Label { text: page.money(paymentRow.amount + paymentRow.tip); Layout.preferredWidth: 100; horizontalAlignment: Text.AlignRight
                                font.strikeout: paymentRow.voided }
                        // Reprint, tax invoice and refund of the bill this payment paid.
                        ActionButton {
                            text: qsTr("Bill…")
                            kind: "quiet"
                            iconName: "document-print"
                            Accessible.name: qsTr("The bill of %1: reprint, tax invoice, refund").arg(paymentRow.ticket)
                            visible: paymentRow.kind === "payment" && !paymentRow.voided
                            onClicked: billDialog.openFor(paymentRow.visit_id, paymentRow.ticket, paymentRow.customer_name)
                        }
                        ActionButton {
                            text: qsTr("Void…")
                            kind: "quiet"
                            iconName: "edit-delete"
                            Accessible.name: qsTr("Void the payment of %1").arg(paymentRow.ticket)
                            visible: page.state.isAdmin && paymentRow.kind === "payment" && !paymentRow.voided && !report.closed
                            onClicked: voidDialog.openFor(paymentRow.id, paymentRow.ticket, paymentRow.amount + paymentRow.tip)
                        }
                    }
                }
            }
        }
    }

    ShiftDialog {
        id: shiftDialog
        objectName: "shiftDialog"
        shift: cashShift
        currency: page.cur
    }

    BillDialog {
        id: billDialog
        objectName: "billDialog"
        session: page.state.session
        venue: page.venue()
        // A refund is money of today: the day's figures and the drawer change.
        onChangedBill: { report.refresh(); cashShift.refresh() }
    }

    VoidDialog {
        id: voidDialog
        report: report
        currency: page.cur
    }

    FormDialog {
        id: closeConfirm
        title: qsTr("Close %1?").arg(report.date)
        width: Math.min(page.width - 80, 520)
        primaryText: qsTr("Close the day")
        primaryKind: "danger"
        primaryIcon: "changes-prevent"
        primaryHint: "↵"
        onPrimaryClicked: { closeConfirm.close(); report.closeDay() }
        Shortcut { sequences: ["Return", "Enter"]; enabled: closeConfirm.visible; onActivated: closeConfirm.primaryClicked() }
        Label {
            Layout.fillWidth: true
            text: qsTr("The day's money will be frozen: no more payments or voids on it. Revenue %1, tips %2.")
                      .arg(page.money(report.report.revenue)).arg(page.money(report.report.tips))
            wrapMode: Text.WordWrap
        }
    }
}
