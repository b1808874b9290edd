// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cashshift.h"

CashShift::CashShift(QObject *parent)
    : QObject(parent)
{
}

void CashShift::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

qint64 CashShift::expected() const
{
    return qint64(m_shift.value(QStringLiteral("expected")).toDouble());
}

void CashShift::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}

void CashShift::setBusy(bool b)
{
    if (b == m_busy)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
}

void CashShift::send(const QByteArray &verb, const QString &path, const QJsonObject &body,
                     std::function<void(const QJsonObject &)> ok)
{
    if (!m_session)
        return;
    setBusy(true);
    m_session->call(verb, path, body, [this, ok](int status, const QJsonObject &answer) {
        setBusy(false);
        if (status >= 200 && status < 300) {
            setError(QString());
            ok(answer);
            return;
        }
        setError(deskWords(answer, status));
    });
}

QString CashShift::deskWords(const QJsonObject &answer, int status)
{
    const QString code = Session::errorCode(answer);
    if (code == QLatin1String("not_enough_cash"))
        return tr("The drawer should not hold that much cash: pay out less, or count the drawer "
                  "first");
    if (code == QLatin1String("shift_closed") || code == QLatin1String("no_open_shift"))
        return tr("This cash shift is closed: open a new one first");
    return Session::errorText(answer, status);
}

void CashShift::refresh()
{
    send("GET", QStringLiteral("/api/shifts"), {}, [this](const QJsonObject &r) {
        m_shift = r.value(QLatin1String("open")).toObject().toVariantMap();
        m_closed.clear();
        Q_EMIT shiftChanged();
    });
}

void CashShift::openShift(qint64 openingFloat)
{
    send("POST", QStringLiteral("/api/shifts"), { { QStringLiteral("float"), openingFloat } },
         [this](const QJsonObject &r) {
             m_shift = r.value(QLatin1String("shift")).toObject().toVariantMap();
             m_closed.clear();
             Q_EMIT shiftChanged();
             Q_EMIT opened();
         });
}

void CashShift::closeShift(qint64 counted, const QString &note)
{
    if (!isOpen())
        return;
    QJsonObject body { { QStringLiteral("counted"), counted } };
    if (!note.trimmed().isEmpty())
        body.insert(QStringLiteral("note"), note.trimmed());
    const qint64 id = qint64(m_shift.value(QStringLiteral("id")).toDouble());
    send("POST", QStringLiteral("/api/shifts/%1/close").arg(id), body,
         [this](const QJsonObject &r) {
             m_closed = r.value(QLatin1String("shift")).toObject().toVariantMap();
             m_shift.clear();
             Q_EMIT shiftChanged();
             Q_EMIT closed();
         });
}

void CashShift::recordNoSale(const QString &reason, std::function<void()> done)
{
    // The open shift as the server has it now: another desk may have closed or opened one.
    send("GET", QStringLiteral("/api/shifts"), {}, [this, reason, done](const QJsonObject &r) {
        m_shift = r.value(QLatin1String("open")).toObject().toVariantMap();
        Q_EMIT shiftChanged();
        if (m_shift.isEmpty()) {
            setError(tr("No cash shift is open: open one (Day page) before opening the drawer"));
            return;
        }
        QJsonObject body;
        if (!reason.trimmed().isEmpty())
            body.insert(QStringLiteral("reason"), reason.trimmed());
        const qint64 id = qint64(m_shift.value(QStringLiteral("id")).toDouble());
        send("POST", QStringLiteral("/api/shifts/%1/no-sale").arg(id), body,
             [this, done](const QJsonObject &answer) {
                 m_shift = answer.value(QLatin1String("shift")).toObject().toVariantMap();
                 Q_EMIT shiftChanged();
                 Q_EMIT noSaleRecorded();
                 if (done)
                     done();
             });
    });
}

void CashShift::moveCash(const QString &kind, qint64 amount, const QString &reason,
                         std::function<void()> done)
{
    if (kind != QLatin1String("pay_in") && kind != QLatin1String("pay_out"))
        return setError(tr("Choose pay-in or pay-out"));
    if (amount <= 0)
        return setError(tr("Type the amount"));
    if (reason.trimmed().isEmpty())
        return setError(tr("Give a reason (for example: tips paid out to Budi)"));
    if (!isOpen())
        return setError(tr("No cash shift is open: open one before moving cash"));
    const qint64 id = qint64(m_shift.value(QStringLiteral("id")).toDouble());
    send("POST", QStringLiteral("/api/shifts/%1/cash").arg(id),
         { { QStringLiteral("kind"), kind },
           { QStringLiteral("amount"), amount },
           { QStringLiteral("reason"), reason.trimmed() } },
         [this, kind, done](const QJsonObject &answer) {
             m_shift = answer.value(QLatin1String("shift")).toObject().toVariantMap();
             Q_EMIT shiftChanged();
             Q_EMIT cashMoved(kind);
             if (done)
                 done();
         });
}
