// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import Spa
import SpaCashier

// Issue 21 #14: in Indonesian a board card in a narrow column cut "Batalkan…" at its edge and its
// price to "฿600.0". The price keeps its whole width, and the actions wrap inside the card.
TestCase {
    id: testCase
    name: "VisitCard"
    when: windowShown
    visible: true
    width: 400
    height: 400

    Component {
        id: cardComponent
        VisitCard {
            width: 260 // a column of the board on a small desk screen
            visit: ({ id: 7, ticket: "007", status: "waiting", customer_name: "Wanida Sukprasert-Rattanakorn",
                      services: [{ name: "Aromatherapy Oil Massage" }], total: 120000, currency: "THB",
                      created_at: new Date().toISOString(), estimated_wait_min: 95 })
        }
    }

    function cleanup() { Language.setCurrent("en") }

    function test_defect14_priceAndActionsFit_data() {
        return [{ tag: "id", lang: "id" }, { tag: "th", lang: "th" }, { tag: "en", lang: "en" }]
    }
    function test_defect14_priceAndActionsFit(data) {
        verify(Language.setCurrent(data.lang))
        const card = createTemporaryObject(cardComponent, testCase)
        verify(card)
        waitForRendering(card)
        const price = findChild(card, "cardPrice")
        verify(price.text.length > 0)
        // Not squeezed: the whole "฿1.200,00" is shown.
        verify(price.width >= price.implicitWidth - 0.5, price.text + " is " + price.width + " of " + price.implicitWidth)
        const right = price.mapToItem(card, price.width, 0).x
        verify(right <= card.width, "price ends at " + right + " in a card " + card.width + " wide")
        const actions = findChild(card, "cardActions")
        for (let i = 0; i < actions.children.length; ++i) {
            const b = actions.children[i]
            if (!b.visible)
                continue
            const r = b.mapToItem(card, 0, 0)
            verify(r.x + b.width <= card.width, b.text + " is cut at the card's edge")
            verify(r.y + b.height <= card.height, b.text + " is below the card")
        }
    }

    // Issue 12: a long name on a card is not cut unseen. It wraps at a word boundary onto a
    // second line (shown whole), and only a name longer than two lines is elided, with the whole
    // name and services in the card's tooltip.
    Component {
        id: longNameComponent
        VisitCard {
            width: 260
            visit: ({ id: 8, ticket: "008", status: "waiting",
                      customer_name: "Khun Somsri Chanthawong Na Ayutthaya Rattanakosin Phra Nakhon",
                      services: [{ name: "Aromatherapy Oil Massage" }, { name: "Herbal Compress" }],
                      total: 120000, currency: "THB", created_at: new Date().toISOString() })
        }
    }
    Component {
        id: twoLineComponent
        VisitCard {
            width: 313 // a column of the board at 1366x768
            visit: ({ id: 9, ticket: "009", status: "waiting", customer_name: "Wanida Sukprasert Rattanakorn",
                      services: [{ name: "Thai Massage" }], total: 45000, currency: "THB",
                      created_at: new Date().toISOString() })
        }
    }
    function test_longNamesWrapOrSayThemselves() {
        const card = createTemporaryObject(twoLineComponent, testCase)
        waitForRendering(card)
        const name = findChild(card, "cardName")
        tryVerify(() => !name.truncated, 1000, "the name is shown whole")
        verify(name.lineCount === 2, "on two lines: " + name.lineCount)
        verify(!card.shortened)

        const longer = createTemporaryObject(longNameComponent, testCase)
        waitForRendering(longer)
        const longName = findChild(longer, "cardName")
        verify(longName.truncated, "a name of more than two lines is elided")
        verify(longer.shortened)
        verify(longer.ToolTip.text.indexOf(longer.visit.customer_name) === 0, "the whole name is in the tooltip")
        verify(longer.ToolTip.text.indexOf("Herbal Compress") > 0, "and the services")
    }

    // Issue 12: in Thai at 1366x768 the primary action's label and a long name were cut. On a
    // card as wide as a board column at 1366x768, in each language and each state with actions,
    // every visible action shows its whole label inside the button and the card, and a long
    // name is shown whole on two lines. labelCut() is the check; a button squeezed on purpose
    // shows it can fail.
    Component {
        id: columnCardComponent
        VisitCard {
            width: 313 // a column of the board at 1366x768
            visit: ({ id: 10, ticket: "010", status: "waiting", customer_name: "Kanya Deeprom-Srisawat",
                      services: [{ name: "Aromatherapy Oil Massage" }], total: 120000, currency: "THB",
                      created_at: new Date().toISOString(), estimated_wait_min: 95,
                      therapist: { id: 3, name: "Anna" }, room: { id: 1, name: "Room 1" } })
        }
    }
    Component {
        id: squeezedComponent
        ActionButton { compact: true; kind: "primary"; iconName: "avatar-default"; text: "Assign…"; width: 60 }
    }
    // "" when `b` shows its whole label inside itself and inside `card`; else what is cut.
    function labelCut(b, card) {
        const label = findChild(b, "actionLabel")
        if (!label)
            return b.text + ": no label"
        if (label.width < label.implicitWidth - 0.5)
            return b.text + ": label squeezed to " + label.width + " of " + label.implicitWidth
        const l = label.mapToItem(b, 0, 0)
        if (l.x < -0.5 || l.x + label.implicitWidth > b.width + 0.5)
            return b.text + ": label from " + l.x + " to " + (l.x + label.implicitWidth) + " in a button " + b.width + " wide"
        const r = b.mapToItem(card, 0, 0)
        if (r.x < 0 || r.x + b.width > card.width + 0.5 || r.y + b.height > card.height + 0.5)
            return b.text + ": button at " + r.x + "," + r.y + " outside the card " + card.width + "x" + card.height
        return ""
    }
    function test_issue12_labelsAndNamesFitAt1366_data() {
        const rows = []
        for (const lang of ["th", "id", "en"])
            for (const status of ["waiting", "assigned", "awaiting_payment"])
                rows.push({ tag: lang + " " + status, lang: lang, status: status })
        return rows
    }
    function test_issue12_labelsAndNamesFitAt1366(data) {
        verify(Language.setCurrent(data.lang))
        const card = createTemporaryObject(columnCardComponent, testCase)
        verify(card)
        const v = Object.assign({}, card.visit)
        v.status = data.status
        if (data.status === "awaiting_payment")
            v.balance_due = v.total
        card.visit = v
        waitForRendering(card)
        const actions = findChild(card, "cardActions")
        let shown = 0
        for (let i = 0; i < actions.children.length; ++i) {
            const b = actions.children[i]
            if (!b.visible || b.text === undefined)
                continue
            ++shown
            const cut = labelCut(b, card)
            compare(cut, "", cut)
        }
        verify(shown >= 1, "the card shows its actions")
        const name = findChild(card, "cardName")
        tryVerify(() => !name.truncated, 1000, name.text + " is cut: " + name.width + " px wide, " + name.lineCount + " line(s)")
        verify(name.lineCount <= 2, "in two lines at most: " + name.lineCount)
        verify(!card.shortened)
    }
    function test_issue12_labelCutIsSeen() {
        const card = createTemporaryObject(columnCardComponent, testCase)
        const b = createTemporaryObject(squeezedComponent, card)
        waitForRendering(b)
        verify(labelCut(b, card) !== "", "a 60 px wide Assign… button is seen as cut")
    }
}
