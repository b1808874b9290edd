// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "refundform.h"

#include "staffchoices.h"

#include "deskprinter.h"
#include "format.h"
#include "session.h"

#include <QJsonArray>
#include <QUuid>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}
} // namespace

RefundForm::RefundForm(QObject *parent)
    : QObject(parent)
{
}

void RefundForm::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
    Q_EMIT changed();
}

void RefundForm::setPrinter(DeskPrinter *p)
{
    if (p == m_printer)
        return;
    m_printer = p;
    Q_EMIT sessionChanged();
}

QString RefundForm::currency() const
{
    return m_visit.value(QStringLiteral("currency")).toString();
}

qint64 RefundForm::refundable() const
{
    return std::max<qint64>(0, num(m_visit, "paid") - num(m_visit, "refunded"));
}

bool RefundForm::needsApproval() const
{
    return !m_session || m_session->role() != QLatin1String("admin");
}

QString RefundForm::newKey()
{
    return QStringLiteral("rf-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void RefundForm::setAmount(qint64 a)
{
    if (a == m_amount)
        return;
    m_amount = a;
    Q_EMIT changed();
}

void RefundForm::setMethod(const QString &m)
{
    if (m == m_method ||
        !QStringList { QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("ewallet") }
             .contains(m))
        return;
    m_method = m;
    Q_EMIT changed();
}

void RefundForm::setReason(const QString &r)
{
    if (r == m_reason)
        return;
    m_reason = r;
    Q_EMIT changed();
}

void RefundForm::setApproverId(qint64 id)
{
    if (id == m_approverId)
        return;
    m_approverId = id;
    Q_EMIT changed();
}

void RefundForm::setPin(const QString &p)
{
    if (p == m_pin)
        return;
    m_pin = p;
    Q_EMIT changed();
}

void RefundForm::setError(const QString &e)
{
    m_error = e;
    Q_EMIT changed();
}

QString RefundForm::problem() const
{
    if (m_visit.isEmpty())
        return tr("Loading the bill…");
    if (m_visit.value(QStringLiteral("status")).toString() != QLatin1String("paid"))
        return tr("Only a paid bill can be refunded");
    if (refundable() <= 0)
        return tr("Everything paid on this bill has been refunded");
    if (m_amount <= 0)
        return tr("Type the amount to give back");
    if (m_amount > refundable())
        return tr("At most %1 is left to refund on this bill")
            .arg(Format::money(double(refundable()), currency()));
    if (m_reason.trimmed().isEmpty())
        return tr("Give a reason for the refund");
    if (needsApproval() && m_approverId <= 0)
        return tr("A cashier's refund needs an admin: the admin chooses their name");
    if (needsApproval() && m_pin.isEmpty())
        return tr("The admin types their PIN");
    return QString();
}

void RefundForm::open(qint64 visitId)
{
    m_visit.clear();
    m_amount = 0;
    m_method = QStringLiteral("cash");
    m_reason.clear();
    m_approverId = 0;
    m_pin.clear();
    m_error.clear();
    m_done = false;
    m_refund.clear();
    m_key = newKey();
    Q_EMIT visitChanged();
    Q_EMIT changed();
    load(visitId, true);
    if (needsApproval())
        loadApprovers();
}

void RefundForm::load(qint64 visitId, bool resetAmount)
{
    if (!m_session)
        return;
    m_session->call("GET", QStringLiteral("/api/visits/%1").arg(visitId), {},
                    [this, resetAmount](int status, const QJsonObject &answer) {
                        if (status != 200) {
                            setError(Session::errorText(answer, status));
                            return;
                        }
                        m_visit = answer.value(QLatin1String("visit")).toObject().toVariantMap();
                        if (resetAmount) {
                            m_amount = refundable();
                            // Back the way it was paid, by default: the bill's first payment.
                            for (const QVariant &p :
                                 m_visit.value(QStringLiteral("payments")).toList())
                                if (p.toMap().value(QStringLiteral("kind")).toString() ==
                                    QLatin1String("payment")) {
                                    m_method = p.toMap().value(QStringLiteral("method")).toString();
                                    break;
                                }
                        }
                        Q_EMIT visitChanged();
                        Q_EMIT changed();
                    });
}

void RefundForm::loadApprovers()
{
    if (!m_session)
        return;
    m_session->call("GET", QStringLiteral("/api/staff"), {},
                    [this](int status, const QJsonObject &answer) {
                        if (status != 200)
                            return;
                        m_approvers = staffChoices(answer, QStringLiteral("admin"));
                        // The list first, then the choice: a picker bound to both finds it.
                        Q_EMIT approversChanged();
                        // One admin: they are the one who approves.
                        if (m_approvers.size() == 1 && m_approverId <= 0)
                            setApproverId(num(m_approvers.first().toMap(), "id"));
                    });
}

QString RefundForm::approverName() const
{
    for (const QVariant &a : m_approvers)
        if (num(a.toMap(), "id") == m_approverId)
            return a.toMap().value(QStringLiteral("name")).toString();
    return QString();
}

QString RefundForm::deskWords(int status, const QJsonObject &answer) const
{
    const QString code = Session::errorCode(answer);
    const QString message =
        answer.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (code == QLatin1String("over_refund"))
        return tr("Less is left to refund on this bill than that (another refund was made "
                  "meanwhile): at most %1")
            .arg(Format::money(double(refundable()), currency()));
    if (code == QLatin1String("no_open_shift"))
        return tr("No cash shift is open: open one on the Reports page, or give the refund by "
                  "card or e-wallet");
    if (code == QLatin1String("not_enough_cash"))
        return tr("The drawer does not hold that much cash: give the refund by card or e-wallet");
    if (status == 429)
        return tr("Too many wrong PINs for this admin: wait 15 minutes, or ask another admin");
    if (status == 403) {
        // The server's words tell which approval failed; the desk's are in its language.
        if (message.contains(QLatin1String("PIN is wrong")))
            return tr("Wrong PIN: %1 types it again").arg(approverName());
        if (message.contains(QLatin1String("no approval PIN")))
            return tr("%1 has no approval PIN yet: an admin sets one under Admin, Staff")
                .arg(approverName());
        if (message.contains(QLatin1String("active admin")))
            return tr("Only an active admin can approve a refund");
        return tr("A cashier's refund needs an admin's approval");
    }
    return Session::errorText(answer, status);
}

void RefundForm::submit()
{
    if (!m_session || m_busy || m_done || !problem().isEmpty())
        return;
    const qint64 visitId = num(m_visit, "id");
    QJsonObject body { { QStringLiteral("amount"), m_amount },
                       { QStringLiteral("method"), m_method },
                       { QStringLiteral("reason"), m_reason.trimmed() },
                       { QStringLiteral("idempotency_key"), m_key } };
    if (needsApproval())
        body.insert(QStringLiteral("approval"),
                    QJsonObject { { QStringLiteral("staff_id"), m_approverId },
                                  { QStringLiteral("pin"), m_pin } });
    m_busy = true;
    m_error.clear();
    Q_EMIT changed();
    m_session->call(
        "POST", QStringLiteral("/api/visits/%1/refunds").arg(visitId), body,
        [this, visitId](int status, const QJsonObject &answer) {
            m_busy = false;
            if (status != 201) {
                // No answer: the refund may be stored, so a retry keeps the key. A refusal stored
                // nothing: the next try is a new refund.
                if (status != 0)
                    m_key = newKey();
                if (status == 403)
                    m_pin.clear();
                setError(deskWords(status, answer));
                if (Session::errorCode(answer) == QLatin1String("over_refund"))
                    load(visitId, false);
                return;
            }
            m_refund = answer.value(QLatin1String("refund")).toObject().toVariantMap();
            m_refund.insert(QStringLiteral("staff_name"), m_session->staffName());
            if (needsApproval())
                m_refund.insert(QStringLiteral("approved_by_name"), approverName());
            const QVariantMap payments { { QStringLiteral("payments"),
                                           m_visit.value(QStringLiteral("payments")) } };
            m_visit = answer.value(QLatin1String("visit")).toObject().toVariantMap();
            m_visit.insert(payments);
            m_pin.clear();
            m_done = true;
            Q_EMIT visitChanged();
            Q_EMIT changed();
            if (m_printer && m_printer->configured())
                m_printer->printRefund(m_refund, m_visit, m_venue);
            Q_EMIT refunded();
        });
}
