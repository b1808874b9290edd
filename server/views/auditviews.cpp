// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The audit trail's read side: GET /api/audit (who changed what, when, from where).
#include "auditviews.h"

#include "core/clock.h"
#include "domain/venue.h"
#include "views/visitviews.h"

#include "domain/fields.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

namespace {
constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 500;

QString money(const QJsonValue &minor, const QJsonValue &currency)
{
    const qint64 v = qint64(minor.toDouble());
    const QString s = QStringLiteral("%1%2.%3")
                          .arg(v < 0 ? QStringLiteral("-") : QString())
                          .arg(qAbs(v) / 100)
                          .arg(qAbs(v) % 100, 2, 10, QLatin1Char('0'));
    return currency.isString() ? s + QLatin1Char(' ') + currency.toString() : s;
}

// One line, mostly names and numbers (the apps translate the type): "#017 Somchai J. · cash
// 450.00 THB". Customers appear as the wall screen shows them, never by full name.
QString summarize(const QString &type, const QJsonObject &p)
{
    QStringList parts;
    const QJsonObject visit = p.value(QLatin1String("visit")).toObject();
    if (!visit.isEmpty()) {
        parts << QStringLiteral("#%1 %2").arg(
            visit.value(QLatin1String("ticket")).toString(),
            VisitViews::publicName(visit.value(QLatin1String("customer_name")).toString()));
        QJsonObject payment = p.value(QLatin1String("payment")).toObject();
        if (payment.isEmpty())
            payment = p.value(QLatin1String("void")).toObject(); // payment.voided: the negated row
        const QJsonValue currency = visit.value(QLatin1String("currency"));
        if (!payment.isEmpty()) {
            QString s = payment.value(QLatin1String("method")).toString() + QLatin1Char(' ') +
                money(payment.value(QLatin1String("amount")), currency);
            if (payment.value(QLatin1String("tip")).toDouble() != 0)
                s += QStringLiteral(" + tip ") +
                    money(payment.value(QLatin1String("tip")), currency);
            if (payment.value(QLatin1String("reason")).isString())
                s += QStringLiteral(" (") + payment.value(QLatin1String("reason")).toString() +
                    QLatin1Char(')');
            parts << s;
        } else if (type == QLatin1String("visit.discounted")) {
            parts << QStringLiteral("-") + money(visit.value(QLatin1String("discount")), currency);
        } else {
            parts << visit.value(QLatin1String("status")).toString();
        }
        const QJsonValue therapist = visit.value(QLatin1String("therapist"));
        if (therapist.isObject() && type != QLatin1String("payment_completed"))
            parts << therapist.toObject().value(QLatin1String("name")).toString();
    } else if (p.contains(QLatin1String("ticket"))) { // notices: visit_called, payment_completed
        parts << QStringLiteral("#%1 %2").arg(p.value(QLatin1String("ticket")).toString(),
                                              p.value(QLatin1String("name")).toString());
        if (p.contains(QLatin1String("total")))
            parts << money(p.value(QLatin1String("total")), p.value(QLatin1String("currency")));
    } else if (p.contains(QLatin1String("display_name"))) { // staff, therapist status
        parts << p.value(QLatin1String("display_name")).toString();
        parts << p.value(QLatin1String("role")).toString();
        if (p.value(QLatin1String("status")).isString())
            parts << p.value(QLatin1String("status")).toString();
        if (p.value(QLatin1String("active")) == QJsonValue(false))
            parts << QStringLiteral("inactive");
    } else if (p.contains(QLatin1String("date"))) { // day.closed
        parts << p.value(QLatin1String("date")).toString();
    } else if (p.contains(QLatin1String("name"))) { // service, device
        parts << p.value(QLatin1String("name")).toString();
        if (p.contains(QLatin1String("price")))
            parts << money(p.value(QLatin1String("price")), QJsonValue());
        if (p.value(QLatin1String("active")) == QJsonValue(false))
            parts << QStringLiteral("inactive");
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}
} // namespace

Reply AuditViews::auditLog(const QUrlQuery &query)
{
    const auto value = [&query](const char *key) {
        return query.queryItemValue(QLatin1String(key), QUrl::FullyDecoded);
    };
    // Business days of the venue (its time zone), both inclusive; each defaults to today.
    const QString fromText = value("from").isEmpty() ? m_venue.today() : value("from");
    const QString toText = value("to").isEmpty() ? fromText : value("to");
    const QDate from = Fields::strictDate(fromText);
    const QDate to = Fields::strictDate(toText);
    if (!from.isValid())
        return Errors::invalid(QStringLiteral("'from' must be a date written YYYY-MM-DD"));
    if (!to.isValid())
        return Errors::invalid(QStringLiteral("'to' must be a date written YYYY-MM-DD"));
    if (to < from)
        return Errors::invalid(QStringLiteral("'to' must not be before 'from'"));

    // who: a staff id ("3"), "device:<id>" or "system".
    QString actor;
    const QString who = value("who");
    if (!who.isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^(device:)?([1-9][0-9]{0,17})$"));
        const QRegularExpressionMatch m = re.match(who);
        if (who == QLatin1String("system"))
            actor = who;
        else if (m.hasMatch())
            actor = (m.capturedView(1).isEmpty() ? QStringLiteral("staff:")
                                                 : QStringLiteral("device:")) +
                m.captured(2);
        else
            return Errors::invalid(
                QStringLiteral("'who' must be a staff id, device:<id> or system"));
    }
    const auto number = [&](const char *key, qint64 fallback, qint64 min,
                            qint64 max) -> std::optional<qint64> {
        const QString s = value(key);
        if (s.isEmpty())
            return fallback;
        static const QRegularExpression digits(QStringLiteral("^[0-9]{1,18}$"));
        if (!digits.match(s).hasMatch())
            return std::nullopt;
        const qint64 n = s.toLongLong();
        return n < min || n > max ? std::nullopt : std::optional(n);
    };
    const auto limit = number("limit", kDefaultLimit, 1, kMaxLimit);
    if (!limit)
        return Errors::invalid(
            QStringLiteral("'limit' must be a number from 1 to %1").arg(kMaxLimit));
    const auto after = number("after_seq", 0, 0, std::numeric_limits<qint64>::max() / 2);
    if (!after)
        return Errors::invalid(
            QStringLiteral("'after_seq' must be a whole number (the last seq seen)"));

    const QTimeZone tz = m_venue.timeZone();
    const QString begin = isoUtc(QDateTime(from, QTime(0, 0), tz).toUTC());
    const QString end = isoUtc(QDateTime(to.addDays(1), QTime(0, 0), tz).toUTC());
    const QString columns =
        QStringLiteral("SELECT seq, created_at, type, actor, actor_role, actor_name, address, "
                       "payload FROM events WHERE created_at >= ? AND created_at < ? AND seq > ? ");
    QSqlQuery q = actor.isEmpty()
        ? m_db.exec(columns + QStringLiteral("ORDER BY seq LIMIT ?"),
                    { begin, end, *after, *limit + 1 })
        : m_db.exec(columns + QStringLiteral("AND actor = ? ORDER BY seq LIMIT ?"),
                    { begin, end, *after, actor, *limit + 1 });
    if (!m_db.lastOk())
        return Errors::internal();
    QJsonArray entries;
    qint64 last = 0;
    bool more = false;
    while (q.next()) {
        if (entries.size() == *limit) {
            more = true;
            break;
        }
        last = q.value(0).toLongLong();
        const auto text = [&q](int i) {
            return q.value(i).isNull() ? QJsonValue() : QJsonValue(q.value(i).toString());
        };
        const QString type = q.value(2).toString();
        entries.append(QJsonObject {
            { QStringLiteral("seq"), last },
            { QStringLiteral("time"), q.value(1).toString() },
            { QStringLiteral("type"), type },
            { QStringLiteral("actor"), text(3) },
            { QStringLiteral("actor_role"), text(4) },
            { QStringLiteral("actor_name"), text(5) },
            { QStringLiteral("address"), text(6) },
            { QStringLiteral("summary"),
              summarize(type,
                        QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object()) } });
    }
    return Reply::ok(
        { { QStringLiteral("from"), from.toString(Qt::ISODate) },
          { QStringLiteral("to"), to.toString(Qt::ISODate) },
          { QStringLiteral("timezone"), QString::fromUtf8(tz.id()) },
          { QStringLiteral("entries"), entries },
          { QStringLiteral("next_after_seq"), more ? QJsonValue(last) : QJsonValue() } });
}
