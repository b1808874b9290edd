// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>

class CustomerWords;

// What the customer page shows for a visit (the customer room's view), in the visitor's words.
// The page's script (customerpage/page.js, model()) computes the same from the same view for
// every `update`; keep the two in step.
struct CustomerModel {
    QString state; // the visit's status, or "called"
    QString status, hint, called, due, position, wait, therapist, room, services, total;
    // The bill's lines when there is more to it than the prices: subtotal, discount, service
    // charge and tax (their labels carry the rate: "VAT 7%"), empty otherwise.
    QString subtotal, discount, serviceCharge, serviceChargeLabel, tax, taxLabel;
    bool paid = false;

    static CustomerModel of(const QJsonObject &visit, const CustomerWords &words);
    // Integer minor units, never floating point; the same rules as the apps' Format::money.
    static QString money(qint64 minor, const QString &currency, const CustomerWords &words);
    static QString minutes(int minutes, const CustomerWords &words);
};
