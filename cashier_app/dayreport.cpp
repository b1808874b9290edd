// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "dayreport.h"

#include "format.h"
#include "session.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTextStream>

DayReport::DayReport(QObject *parent)
    : QObject(parent)
    , m_payments({ "id", "ticket", "customer_name", "therapist_name", "kind", "method", "amount",
                   "tip", "reason", "voided", "created_at", "voids_payment_id" },
                 this)
{
}

void DayReport::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void DayReport::setDate(const QString &date)
{
    if (date == m_date)
        return;
    m_date = date;
    Q_EMIT dateChanged();
}

void DayReport::request(const QByteArray &verb, const QString &path, const QJsonObject &body,
                        std::function<void(const QJsonObject &)> ok)
{
    if (!m_session)
        return;
    ++m_loading;
    Q_EMIT loadingChanged();
    m_session->call(verb, path, body, [this, ok](int status, const QJsonObject &answer) {
        --m_loading;
        Q_EMIT loadingChanged();
        if (status >= 200 && status < 300) {
            ok(answer);
            return;
        }
        setError(Session::errorText(answer, status));
    });
}

void DayReport::refresh()
{
    setError(QString());
    const QString q = m_date.isEmpty() ? QString() : QStringLiteral("?date=") + m_date;
    request("GET", QStringLiteral("/api/reports/daily") + q, {}, [this](const QJsonObject &r) {
        m_report = r.toVariantMap();
        if (m_date.isEmpty()) {
            m_date = r.value(QLatin1String("date")).toString();
            Q_EMIT dateChanged();
        }
        Q_EMIT reportChanged();
    });
    request("GET", QStringLiteral("/api/payments") + q, {}, [this](const QJsonObject &r) {
        m_payments.setItems(r.value(QLatin1String("payments")).toArray());
    });
}

QVariantList DayReport::byMethod() const
{
    QVariantList out;
    const QVariantMap methods = m_report.value(QStringLiteral("by_method")).toMap();
    for (const char *m : { "cash", "card", "ewallet" }) {
        QVariantMap row = methods.value(QLatin1String(m)).toMap();
        row.insert(QStringLiteral("method"), QLatin1String(m));
        out.append(row);
    }
    return out;
}

QVariantList DayReport::byHour() const
{
    QVariantList hours;
    for (int h = 0; h < 24; ++h)
        hours.append(0);
    for (const QVariant &v : m_report.value(QStringLiteral("by_hour")).toList()) {
        const QVariantMap m = v.toMap();
        const int h = m.value(QStringLiteral("hour")).toInt();
        if (h >= 0 && h < 24)
            hours[h] = m.value(QStringLiteral("visits")).toInt();
    }
    return hours;
}

int DayReport::maxPerHour() const
{
    int most = 0;
    for (const QVariant &v : byHour())
        most = std::max(most, v.toInt());
    return most;
}

void DayReport::voidPayment(qint64 paymentId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setError(tr("Give a reason for the void"));
        return;
    }
    request("POST", QStringLiteral("/api/payments/%1/void").arg(paymentId),
            { { QStringLiteral("reason"), reason.trimmed() } },
            [this](const QJsonObject &) { refresh(); });
}

void DayReport::closeDay()
{
    if (m_date.isEmpty()) {
        setError(tr("Load the day first"));
        return;
    }
    request("POST", QStringLiteral("/api/days/%1/close").arg(m_date), {},
            [this](const QJsonObject &) {
                refresh();
                Q_EMIT dayClosed();
            });
}

QString DayReport::exportCsv(const QString &directory)
{
    const QString dir = directory.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("SpaSuite"))
        : directory;
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("day-%1.csv").arg(m_date));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        setError(tr("Cannot write %1").arg(path));
        return QString();
    }
    QTextStream out(&f);
    // Amounts in major units with a dot, the way spreadsheets read them in any locale.
    auto major = [](qint64 minor) -> QString {
        return QStringLiteral("%1%2.%3")
            .arg(minor < 0 ? QStringLiteral("-") : QString())
            .arg(std::abs(minor) / 100)
            .arg(std::abs(minor) % 100, 2, 10, QLatin1Char('0'));
    };
    // Explicit QString: with QStringBuilder an `auto` return would point into the dead argument.
    // Text a person typed (a name, a reason) that starts like a formula is opened by spreadsheets
    // as one (`=HYPERLINK(...)`): a leading apostrophe makes it plain text (OWASP's CSV advice).
    auto quote = [](QString s) -> QString {
        static const QString formulaStart = QStringLiteral("=+-@\t\r");
        if (!s.isEmpty() && formulaStart.contains(s.front()))
            s.prepend(QLatin1Char('\''));
        return QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
            QLatin1Char('"');
    };
    out << "payment_id,time,ticket,customer,therapist,kind,method,amount,tip,reason\n";
    for (const QJsonObject &p : m_payments.rows())
        out << qint64(p.value(QLatin1String("id")).toDouble()) << ','
            << p.value(QLatin1String("created_at")).toString() << ','
            << p.value(QLatin1String("ticket")).toString() << ','
            << quote(p.value(QLatin1String("customer_name")).toString()) << ','
            << quote(p.value(QLatin1String("therapist_name")).toString()) << ','
            << p.value(QLatin1String("kind")).toString() << ','
            << p.value(QLatin1String("method")).toString() << ','
            << major(qint64(p.value(QLatin1String("amount")).toDouble())) << ','
            << major(qint64(p.value(QLatin1String("tip")).toDouble())) << ','
            << quote(p.value(QLatin1String("reason")).toString()) << '\n';
    out << "\nmethod,amount,tips,total,count\n";
    for (const QVariant &v : byMethod()) {
        const QVariantMap m = v.toMap();
        out << m.value(QStringLiteral("method")).toString() << ','
            << major(m.value(QStringLiteral("amount")).toLongLong()) << ','
            << major(m.value(QStringLiteral("tips")).toLongLong()) << ','
            << major(m.value(QStringLiteral("total")).toLongLong()) << ','
            << m.value(QStringLiteral("count")).toInt() << '\n';
    }
    out << "revenue," << major(m_report.value(QStringLiteral("revenue")).toLongLong()) << '\n';
    out << "tips," << major(m_report.value(QStringLiteral("tips")).toLongLong()) << '\n';
    out << "collected," << major(m_report.value(QStringLiteral("collected")).toLongLong()) << '\n';
    return path;
}

void DayReport::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
