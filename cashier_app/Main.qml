// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Spa
import SpaCashier

// The front desk: sign in, then the queue board, the day view and (for admins) the back office.
// F1/F2/F3/F4/F5 switch pages (F5: the appointment book), Ctrl+N checks a customer in.
ApplicationWindow {
    id: window
    required property CashierState state
    required property string serverUrl
    required property ScreenshotGate gate

    width: 1366
    height: 768
    visible: true
    title: state.venueName === "" ? qsTr("Spa Suite — Front desk") : qsTr("%1 — Front desk").arg(state.venueName)
    color: Theme.background
    font.pixelSize: Theme.fontBody

    property int page: 0 // 0 queue, 1 day, 2 admin, 3 audit, 4 bookings
    readonly property alias passwordDialog: passwordDialog // the user menu's, for tests

    Component.onCompleted: {
        if (gate.page === "printer-offline") DeskPrinter.printTestPage(state.venueName || "Spa Suite")
        if (gate.page === "day" || gate.page === "shift" || gate.page === "reports" || gate.page === "refund" || gate.page === "cashmove") page = 1
        else if (gate.page === "admin" || gate.page === "rooms" || gate.page === "settings" || gate.page === "commission") page = 2
        else if (gate.page === "audit") page = 3
        else if (gate.page.startsWith("booking")) page = 4
    }

    // The stock controls still used (ComboBox, SpinBox, RadioButton) in the theme's colours.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.text: Theme.text
    palette.button: Theme.surface
    palette.buttonText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.mid: Theme.borderStrong
    palette.dark: Theme.borderStrong
    palette.light: Theme.surfaceAlt
    palette.midlight: Theme.surfaceAlt
    palette.placeholderText: Theme.textMuted

    // A page of the front desk in the bar: its name, its key, and which one is shown (bold, a bar
    // under it, and the accessible "checked" state: not the colour alone).
    component NavTab: TabButton {
        id: tab
        property string key: ""
        readonly property bool keyboardFocus: activeFocus && focusReason !== Qt.MouseFocusReason
        // A hidden tab (Admin and Audit for a cashier) takes no room: the tab bar's row kept its
        // width, and Bookings stood apart after a gap.
        width: visible ? implicitWidth : 0
        implicitHeight: 52
        leftPadding: Theme.padding
        rightPadding: Theme.padding
        font.pixelSize: Theme.fontBody
        font.bold: checked
        Accessible.name: text
        contentItem: Row {
            spacing: Theme.spacing
            Text { text: tab.text; font: tab.font; color: Theme.textOnAccent; anchors.verticalCenter: parent.verticalCenter }
            Text { text: tab.key; font.pixelSize: Theme.fontSmall; color: Theme.textOnAccent; opacity: 0.85
                   anchors.verticalCenter: parent.verticalCenter }
        }
        background: Item {
            Rectangle { anchors.fill: parent; color: "#ffffff"; opacity: tab.checked ? 0.16 : tab.hovered ? 0.08 : 0 }
            Rectangle { visible: tab.checked; anchors.bottom: parent.bottom; width: parent.width; height: 4; color: Theme.textOnAccent }
            Rectangle {
                visible: tab.keyboardFocus
                anchors.fill: parent
                anchors.margins: 3
                color: "transparent"
                border.color: Theme.textOnAccent
                border.width: Theme.focusWidth
                radius: Theme.radiusSmall
            }
        }
    }

    header: ColumnLayout {
        spacing: 0
        visible: window.state.signedIn
        ConnectionBanner {
            Layout.fillWidth: true
            client: window.state.client
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 56
            color: Theme.accentStrong
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.padding
                anchors.rightMargin: Theme.padding
                spacing: Theme.padding
                Text {
                    text: window.state.venueName
                    color: Theme.textOnAccent
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                TabBar {
                    id: tabs
                    Layout.alignment: Qt.AlignBottom
                    currentIndex: window.page
                    onCurrentIndexChanged: window.page = currentIndex
                    background: null
                    Accessible.name: qsTr("Pages")
                    NavTab { objectName: "tabQueue"; text: qsTr("Queue"); key: "F1" }
                    NavTab { objectName: "tabDay"; text: qsTr("Reports"); key: "F2" }
                    NavTab { objectName: "tabAdmin"; text: qsTr("Admin"); key: "F3"; visible: window.state.isAdmin }
                    NavTab { objectName: "tabAudit"; text: qsTr("Audit"); key: "F4"; visible: window.state.isAdmin }
                    NavTab { objectName: "tabBookings"; text: qsTr("Bookings"); key: "F5" }
                }
                Item { Layout.fillWidth: true }
                LanguageBox { Layout.preferredWidth: 170 }
                // The user menu: who is signed in, and their own password.
                ActionButton {
                    id: userButton
                    objectName: "userMenuButton"
                    iconName: "avatar-default"
                    text: window.state.session.staffName + " · " + window.roleName(window.state.session.role) + "  ▾"
                    Accessible.role: Accessible.ButtonMenu
                    Accessible.name: qsTr("Signed in as %1").arg(window.state.session.staffName + " · " + window.roleName(window.state.session.role))
                    onClicked: userMenu.open()
                    Menu {
                        id: userMenu
                        y: userButton.height
                        MenuItem {
                            objectName: "changePassword"
                            text: qsTr("Change password…")
                            onTriggered: passwordDialog.openForm()
                        }
                        MenuItem {
                            text: qsTr("Sign out")
                            onTriggered: window.state.signOut()
                        }
                    }
                }
                // The cash drawer without a sale: recorded in the open shift first, in this
                // user's name, then it opens.
                ActionButton {
                    id: openDrawerButton
                    objectName: "openDrawerButton"
                    text: qsTr("Open drawer")
                    visible: DeskPrinter.configured && DeskPrinter.drawerPin >= 0
                    enabled: !deskShift.busy
                    onClicked: window.openDrawer()
                }
                ActionButton {
                    objectName: "printerButton"
                    text: qsTr("Printer")
                    iconName: "document-print"
                    onClicked: printerDialog.openForDesk()
                }
                // Sign out is in the user menu: the header has no room for a copy of it at
                // 1366 px beside five pages (the appointment book's too) and Open drawer.
            }
        }
        // A printer that is off or out of paper stays in view until it prints again.
        ProblemStrip {
            objectName: "printerProblem"
            Layout.fillWidth: true
            Layout.margins: visible ? Theme.spacing : 0
            message: DeskPrinter.problem
            actionText: qsTr("Retry")
            onActionClicked: DeskPrinter.retry()
            // The held slips to a PDF instead (and not printed when the printer is back).
            secondaryText: qsTr("Save as PDF")
            onSecondaryClicked: {
                const path = DeskPrinter.saveHeldAsPdf()
                toast.show(path === "" ? qsTr("Nothing to save") : qsTr("Saved to %1").arg(path))
            }
        }
    }

    PrinterDialog {
        id: printerDialog
        venue: window.state.venueName
        onDrawerRequested: window.openDrawer()
    }

    // The open cash shift, for the no-sale openings of the drawer.
    CashShift {
        id: deskShift
        session: window.state.session
        onErrorChanged: if (error !== "") toast.show(error)
        onNoSaleRecorded: toast.show(qsTr("Drawer opened — recorded in the shift"))
    }
    function openDrawer() { DeskPrinter.openDrawerNoSale(deskShift, "") }

    // Scripted screenshot (SPA_PAGE=printer-offline, the desk's printer set to a closed port): a
    // test page that cannot print, the problem strip in view.
    Connections {
        target: DeskPrinter
        function onProblemChanged() { if (window.gate.page === "printer-offline" && DeskPrinter.problem !== "") window.gate.ready = true }
    }

    PasswordDialog {
        id: passwordDialog
        state: window.state
        onChanged: toast.show(qsTr("Password changed"))
    }
    Toast { id: toast }

    function roleName(role) {
        return role === "admin" ? qsTr("Admin") : role === "cashier" ? qsTr("Cashier") : role
    }

    Shortcut { sequence: "F1"; enabled: window.state.signedIn; onActivated: window.page = 0 }
    Shortcut { sequence: "F2"; enabled: window.state.signedIn; onActivated: window.page = 1 }
    Shortcut { sequence: "F3"; enabled: window.state.signedIn && window.state.isAdmin; onActivated: window.page = 2 }
    Shortcut { sequence: "F4"; enabled: window.state.signedIn && window.state.isAdmin; onActivated: window.page = 3 }
    Shortcut { sequence: "F5"; enabled: window.state.signedIn; onActivated: window.page = 4 }

    // A server with no admin yet gets its first-run setup instead of the sign-in. Loaded from its
    // file with initial properties, not from an inline component: this file's components are
    // bound (the pragma above) and Qt 6.4's Loader cannot create a bound one ("Cannot instantiate
    // bound component outside its creation context": the app showed nothing on a new server).
    readonly property alias setupWizard: setupLoader.item // for the tests
    Loader {
        id: setupLoader
        objectName: "setupLoader"
        anchors.fill: parent
        active: !window.state.signedIn && window.state.setupNeeded
        visible: active
        Component.onCompleted: setSource("SetupWizard.qml", {
            state: window.state,
            // Scripted screenshots of each page: SPA_PAGE=setup1 … setup5.
            step: window.gate.page.startsWith("setup") ? Math.max(0, Number(window.gate.page.slice(5)) - 1) : 0
        })
        onLoaded: if (window.gate.page.startsWith("setup")) window.gate.ready = true
    }

    SignInPage {
        anchors.fill: parent
        visible: !window.state.signedIn && !window.state.setupNeeded
        state: window.state
        onShown: if (window.gate.page === "") window.gate.ready = true
    }

    StackLayout {
        anchors.fill: parent
        visible: window.state.signedIn
        currentIndex: window.page
        QueueBoard {
            state: window.state
            serverUrl: window.serverUrl
            gate: window.gate
        }
        DayPage {
            state: window.state
            gate: window.gate
            active: window.page === 1 && window.state.signedIn
        }
        AdminPage {
            state: window.state
            gate: window.gate
            active: window.page === 2 && window.state.signedIn
        }
        AuditPage {
            state: window.state
            gate: window.gate
            active: window.page === 3 && window.state.signedIn && window.state.isAdmin
        }
        BookingsPage {
            state: window.state
            gate: window.gate
            active: window.page === 4 && window.state.signedIn
        }
    }
}
