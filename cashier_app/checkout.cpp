// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The checkout (checkout.h): the model's rows, the visit it opens, the bill with its discount,
// service charge, tax and tip. The split lines are in checkoutlines.cpp, Pay in checkoutpay.cpp.
#include "checkout.h"

#include "servererrors.h"
#include "socketclient.h"

#include <QLocale>
#include <cmath>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}
} // namespace

Checkout::Checkout(QObject *parent)
    : QAbstractListModel(parent)
{
}

int Checkout::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant Checkout::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines[index.row()];
    switch (role) {
    case MethodRole:
        return l.method;
    case AmountRole:
        return l.amount;
    case TenderedRole:
        return l.tendered;
    case TipRole:
        return lineTip(index.row());
    case ChangeRole:
        return lineChange(index.row());
    case PaidRole:
        return l.paid;
    case KeyRole:
        return l.key;
    case LockedRole:
        return l.paid || l.uncertain;
    case ChargedRole:
        return l.amount + lineTip(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> Checkout::roleNames() const
{
    return { { MethodRole, "method" }, { AmountRole, "amount" }, { TenderedRole, "tendered" },
             { TipRole, "tip" },       { ChangeRole, "change" }, { PaidRole, "paid" },
             { KeyRole, "key" },       { LockedRole, "locked" }, { ChargedRole, "charged" } };
}

void Checkout::setClient(SocketClient *c)
{
    if (c == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = c;
    if (m_client)
        connect(m_client, &SocketClient::statusChanged, this, [this] {
            // "Not connected to the server" is stale once the connection is back.
            if (m_client->status() == SocketClient::Connected &&
                ServerErrors::isConnectionError(m_errorCode))
                setError(QString());
            Q_EMIT changed();
        });
    Q_EMIT clientChanged();
    Q_EMIT changed();
}

void Checkout::setVisit(const QVariantMap &visit)
{
    beginResetModel();
    m_visit = visit;
    m_lines.clear();
    m_payments.clear();
    const qint64 existing = num(visit, "discount");
    m_discountMode = existing > 0 ? QStringLiteral("amount") : QStringLiteral("none");
    m_discountValue = existing;
    m_discountReason = visit.value(QStringLiteral("discount_reason")).toString();
    // A tip the visit already has (a payment voided after it was tipped) is the tip to start
    // from: it is shown, and not taken again.
    const qint64 tipped = tipsRecorded();
    m_tipMode = tipped > 0 ? QStringLiteral("amount") : QStringLiteral("none");
    m_tipValue = tipped;
    m_completed = false;
    m_balanceRow = -1;
    m_tipRow = -1;
    m_result.clear();
    if (due() > 0) {
        m_lines.append(Line { QStringLiteral("cash"), due(), -1, newKey() });
        m_balanceRow = 0;
    }
    endResetModel();
    setError(QString());
    Q_EMIT visitChanged();
    Q_EMIT changed();
    Q_EMIT completedChanged();
}

qint64 Checkout::subtotal() const
{
    // Older visits (before discounts) have no subtotal: the total was the subtotal.
    return m_visit.contains(QStringLiteral("subtotal")) ? num(m_visit, "subtotal")
                                                        : num(m_visit, "total");
}

qint64 Checkout::alreadyPaid() const
{
    return num(m_visit, "paid");
}

qint64 Checkout::tipsRecorded() const
{
    return num(m_visit, "tips");
}

void Checkout::setDiscountMode(const QString &mode)
{
    if (mode == m_discountMode ||
        !QStringList { QStringLiteral("none"), QStringLiteral("amount"), QStringLiteral("percent") }
             .contains(mode))
        return;
    m_discountMode = mode;
    m_discountValue = 0;
    touchLines();
}

void Checkout::setDiscountValue(qint64 v)
{
    if (v == m_discountValue)
        return;
    m_discountValue = std::max<qint64>(0, v);
    touchLines();
}

void Checkout::setDiscountReason(const QString &r)
{
    if (r == m_discountReason)
        return;
    m_discountReason = r;
    Q_EMIT changed();
}

void Checkout::setTipMode(const QString &mode)
{
    if (mode == m_tipMode ||
        !QStringList { QStringLiteral("none"), QStringLiteral("amount"), QStringLiteral("percent") }
             .contains(mode))
        return;
    m_tipMode = mode;
    m_tipValue = 0;
    touchLines();
}

void Checkout::setTipValue(qint64 v)
{
    if (v == m_tipValue)
        return;
    m_tipValue = std::max<qint64>(0, v);
    touchLines();
}

Billing::Bill Checkout::bill() const
{
    Billing::Rates rates;
    rates.serviceChargeBp =
        int(std::lround(m_visit.value(QStringLiteral("service_charge_percent")).toDouble() * 100));
    rates.taxBp = int(std::lround(m_visit.value(QStringLiteral("tax_percent")).toDouble() * 100));
    rates.pricesIncludeTax = pricesIncludeTax();
    return Billing::compute(subtotal(), discount(), rates);
}

bool Checkout::pricesIncludeTax() const
{
    return m_visit.value(QStringLiteral("prices_include_tax")).toBool();
}

qint64 Checkout::rounding() const
{
    return num(m_visit, "rounding");
}

QString Checkout::serviceChargeLabel() const
{
    const QString pct = QLocale().toString(
        m_visit.value(QStringLiteral("service_charge_percent")).toDouble(), 'g', 4);
    return pricesIncludeTax() ? tr("Service charge %1% (included)").arg(pct)
                              : tr("Service charge %1%").arg(pct);
}

QString Checkout::taxLabel() const
{
    QString label = m_visit.value(QStringLiteral("tax_label")).toString();
    if (label.isEmpty())
        label = tr("Tax");
    const QString pct =
        QLocale().toString(m_visit.value(QStringLiteral("tax_percent")).toDouble(), 'g', 4);
    return pricesIncludeTax() ? tr("%1 %2% (included)").arg(label, pct)
                              : tr("%1 %2%").arg(label, pct);
}

qint64 Checkout::discount() const
{
    if (m_discountMode == QLatin1String("amount"))
        return m_discountValue;
    if (m_discountMode == QLatin1String("percent"))
        return (subtotal() * std::min<qint64>(m_discountValue, 100) + 50) /
            100; // as the server rounds
    return 0;
}

qint64 Checkout::tip() const
{
    if (m_tipMode == QLatin1String("amount"))
        return m_tipValue;
    if (m_tipMode == QLatin1String("percent"))
        return (std::max<qint64>(0, total()) * m_tipValue + 50) / 100;
    return 0;
}
