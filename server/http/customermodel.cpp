// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customermodel.h"

#include "customerwords.h"
#include "domain/visitstatus.h"

#include <QJsonArray>
#include <QStringList>

namespace {

// One pass, so a name that itself contains "%2" stays as it is.
QString fmt(const QString &s, const QString &a1, const QString &a2 = QString())
{
    return a2.isNull() ? s.arg(a1) : s.arg(a1, a2);
}

} // namespace

QString CustomerModel::money(qint64 minor, const QString &currency, const CustomerWords &S)
{
    QString symbol = currency + QLatin1Char(' ');
    if (currency == QLatin1String("THB"))
        symbol = QStringLiteral("฿");
    else if (currency == QLatin1String("IDR"))
        symbol = QStringLiteral("Rp");
    else if (currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    const qint64 abs = minor < 0 ? -minor : minor;
    QString whole = QString::number(abs / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, S(QStringLiteral("thousands")));
    return (minor < 0 ? QStringLiteral("-") : QString()) + symbol + whole +
        S(QStringLiteral("decimal")) + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString CustomerModel::minutes(int m, const CustomerWords &S)
{
    if (m < 60)
        return fmt(S(QStringLiteral("min")), QString::number(m));
    if (m % 60 == 0)
        return fmt(S(QStringLiteral("h")), QString::number(m / 60));
    return fmt(S(QStringLiteral("h_min")), QString::number(m / 60), QString::number(m % 60));
}

CustomerModel CustomerModel::of(const QJsonObject &v, const CustomerWords &S)
{
    CustomerModel m;
    const QString st = v.value(QLatin1String("status")).toString();
    const bool called =
        st == VisitStatus::Assigned && !v.value(QLatin1String("called_at")).toString().isEmpty();
    const bool queued = (st == VisitStatus::Waiting || st == VisitStatus::Assigned) && !called;
    const QString therapist = v.value(QLatin1String("therapist")).toString();
    const QString room = v.value(QLatin1String("room")).toString();
    const QString currency = v.value(QLatin1String("currency")).toString();
    m.state = called ? QStringLiteral("called") : st;
    const QString statusKey = QStringLiteral("st_") + m.state;
    m.status = S(statusKey);
    if (m.status == statusKey) // a status the page has no words for
        m.status = st;
    if (queued)
        m.hint = S(QStringLiteral("hint_wait"));
    else if (st == VisitStatus::InService)
        m.hint = S(QStringLiteral("hint_service"));
    else if (st == VisitStatus::Cancelled || st == VisitStatus::NoShow)
        m.hint = S(QStringLiteral("hint_closed"));
    if (called)
        m.called = room.isEmpty() ? fmt(S(QStringLiteral("called")), therapist)
                                  : fmt(S(QStringLiteral("called_room")), therapist, room);
    m.paid = st == VisitStatus::Paid;
    const qint64 due = qint64(v.value(QLatin1String("balance_due")).toDouble());
    if (st == VisitStatus::AwaitingPayment && due > 0)
        m.due = fmt(S(QStringLiteral("pay_at_desk")), money(due, currency, S));
    const int position = v.value(QLatin1String("position")).toInt();
    if (queued && position > 0)
        m.position = position == 1 ? S(QStringLiteral("next")) : QString::number(position);
    if (queued) {
        const QJsonValue wait = v.value(QLatin1String("estimated_wait_min"));
        if (!wait.isDouble())
            m.wait = S(QStringLiteral("wait_unknown"));
        else if (wait.toInt() <= 0)
            m.wait = S(QStringLiteral("wait_now"));
        else
            m.wait = fmt(S(QStringLiteral("about")), minutes(wait.toInt(), S));
    }
    m.therapist = therapist;
    if (st == VisitStatus::Assigned || st == VisitStatus::InService)
        m.room = room;
    QStringList services;
    for (const QJsonValue &s : v.value(QLatin1String("services")).toArray())
        services.append(s.toString());
    m.services = services.join(QLatin1String(", "));
    const qint64 total = qint64(v.value(QLatin1String("total")).toDouble());
    if (total > 0)
        m.total = money(total, currency, S);
    const qint64 discount = qint64(v.value(QLatin1String("discount")).toDouble());
    const qint64 serviceCharge = qint64(v.value(QLatin1String("service_charge")).toDouble());
    const qint64 tax = qint64(v.value(QLatin1String("tax")).toDouble());
    if (total > 0 && (discount > 0 || serviceCharge > 0 || tax > 0)) {
        m.subtotal = money(qint64(v.value(QLatin1String("subtotal")).toDouble()), currency, S);
        if (discount > 0)
            m.discount = QStringLiteral("\u2212") + money(discount, currency, S);
        if (serviceCharge > 0) {
            m.serviceCharge = money(serviceCharge, currency, S);
            m.serviceChargeLabel = S(QStringLiteral("service_charge"));
        }
        if (tax > 0) {
            m.tax = money(tax, currency, S);
            const QString label = v.value(QLatin1String("tax_label")).toString();
            m.taxLabel = label.isEmpty() ? S(QStringLiteral("tax")) : label;
        }
    }
    return m;
}
