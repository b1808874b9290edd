// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The checkout's sending (Checkout, checkout.h): what stops Pay, then the discount and each unpaid
// line in order, each with its idempotency key, a lost answer keeping the key for the retry.
#include "checkout.h"

#include "events.h"
#include "format.h"
#include "servererrors.h"
#include "session.h"
#include "socketclient.h"

#include <QJsonArray>
#include <QUuid>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}
} // namespace

bool Checkout::offline() const
{
    // A client with a token is meant to be connected; without one (not signed in) it is not asked.
    return m_client && !m_client->token().isEmpty() &&
        m_client->status() != SocketClient::Connected;
}

QString Checkout::newKey()
{
    return QStringLiteral("co-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Checkout::problem() const
{
    if (m_visit.isEmpty())
        return tr("Open a visit to check out");
    if (m_visit.value(QStringLiteral("status")).toString() != QLatin1String("awaiting_payment") &&
        !m_completed)
        return tr("Only a completed service can be paid");
    if (offline() && !m_completed)
        return tr("Not connected to the server: Pay waits for the connection");
    if (discount() > subtotal())
        return tr("The discount is more than the bill");
    if (discount() > 0 && m_discountReason.trimmed().isEmpty())
        return tr("Give a reason for the discount");
    if (total() < alreadyPaid())
        return tr("The discount would leave less than is already paid");
    if (m_lines.isEmpty() || allocated() == 0) {
        if (due() == 0) // a discount that settles the bill is all there is to send
            return discount() != num(m_visit, "discount") ? QString() : tr("Nothing is due");
        return tr("Add a payment");
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines[i];
        if (l.paid)
            continue;
        if (l.amount <= 0 && i != m_balanceRow) // a balance line left at 0 is dropped at Pay
            return tr("Each payment needs an amount");
        if (l.method == QLatin1String("cash") && l.tendered >= 0 &&
            l.tendered < l.amount + lineTip(i))
            return tr("The cash tendered is less than the amount");
    }
    if (remaining() > 0)
        return tr("Still to allocate: %1").arg(Format::money(remaining(), currency()));
    if (remaining() < 0)
        return tr("The payments are more than the balance by %1")
            .arg(Format::money(-remaining(), currency()));
    return QString();
}

void Checkout::setBusy(bool b)
{
    if (b == m_busy)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
    Q_EMIT changed();
}

void Checkout::setError(const QString &e, const QString &code)
{
    m_errorCode = e.isEmpty() ? QString() : code;
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}

void Checkout::pay()
{
    if (!canPay() || !m_client)
        return;
    // A balance line left at 0 is not a payment; the tip stays where it is while this runs.
    dropEmptyLines();
    m_tipRow = tipRow();
    setBusy(true);
    setError(QString());
    const qint64 visitId = num(m_visit, "id");
    if (discount() != num(m_visit, "discount")) {
        QJsonObject body { { QStringLiteral("visit_id"), visitId },
                           { QStringLiteral("amount"), discount() } };
        if (discount() > 0)
            body.insert(QStringLiteral("reason"), m_discountReason.trimmed());
        m_client->request(
            QLatin1String(Events::VisitDiscount), body, [this](const QJsonObject &reply) {
                if (!reply.value(QLatin1String("ok")).toBool()) {
                    setError(Session::errorText(reply), Session::errorCode(reply));
                    setBusy(false);
                    return;
                }
                m_visit = reply.value(QLatin1String("visit")).toObject().toVariantMap();
                Q_EMIT visitChanged();
                dropEmptyLines();
                sendNext();
            });
        return;
    }
    sendNext();
}

void Checkout::sendNext()
{
    int row = -1;
    for (int i = 0; i < m_lines.size(); ++i)
        if (!m_lines[i].paid) {
            row = i;
            break;
        }
    if (row < 0 || !m_client) {
        finish();
        return;
    }
    m_lines[row].sentTip = lineTip(row); // a retry after a lost answer sends the same tip
    const Line &l = m_lines[row];
    QJsonObject body { { QStringLiteral("visit_id"), num(m_visit, "id") },
                       { QStringLiteral("method"), l.method },
                       { QStringLiteral("amount"), l.amount },
                       { QStringLiteral("idempotency_key"), l.key } };
    if (lineTip(row) > 0)
        body.insert(QStringLiteral("tip"), lineTip(row));
    if (l.method == QLatin1String("cash") && l.tendered >= 0)
        body.insert(QStringLiteral("tendered"), l.tendered);
    m_client->request(QLatin1String(Events::VisitPay), body, [this, row](const QJsonObject &reply) {
        if (row >= m_lines.size())
            return;
        Line &line = m_lines[row];
        if (reply.value(QLatin1String("ok")).toBool()) {
            line.paid = true;
            line.uncertain = false;
            m_payments.append(reply.value(QLatin1String("payment")).toObject().toVariantMap());
            m_visit = reply.value(QLatin1String("visit")).toObject().toVariantMap();
            Q_EMIT visitChanged();
            touchLines();
            sendNext();
            return;
        }
        const QString code = Session::errorCode(reply);
        // A lost answer may mean the payment was taken: keep the key so a retry cannot take it
        // twice.
        if (code == QLatin1String("timeout") || code == QLatin1String("disconnected"))
            line.uncertain = true;
        else if (code != QLatin1String("offline"))
            line.key = newKey(); // refused: nothing was stored under the old key
        if (code == QLatin1String("no_open_shift"))
            setError(tr("No cash shift is open. Open one on the Day page (Open shift), or take "
                        "this payment by card or e-wallet."),
                     code);
        else
            setError(Session::errorText(reply), code);
        touchLines();
        setBusy(false);
    });
}

void Checkout::finish()
{
    m_completed = true;
    m_result = { { QStringLiteral("visit"), m_visit },
                 { QStringLiteral("payments"), m_payments },
                 { QStringLiteral("change_due"), changeDue() },
                 { QStringLiteral("tip"), tip() } };
    setBusy(false);
    Q_EMIT completedChanged();
    Q_EMIT changed();
}
