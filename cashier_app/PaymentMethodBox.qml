// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import Spa
import SpaCashier

// The method of one payment line: cash, card or e-wallet. It shows `method` (the model's) and
// reports the cashier's choice with chosen(method); the line it belongs to is the caller's business,
// so no row number travels through the ComboBox's own signals (whose `index` is the item picked).
SelectBox {
    id: box
    required property string method
    signal chosen(string method)

    model: [{ v: "cash", t: qsTr("Cash") }, { v: "card", t: qsTr("Card") }, { v: "ewallet", t: qsTr("E-wallet") }]
    textRole: "t"
    valueRole: "v"
    Accessible.name: qsTr("Payment method")
    Component.onCompleted: currentIndex = indexOfValue(method)
    onMethodChanged: currentIndex = indexOfValue(method)
    onActivated: chosen(currentValue)
}
