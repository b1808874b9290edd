// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "visitviews.h"

#include "core/clock.h"
#include "domain/fields.h"
#include "domain/queueplanner.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "store/database.h"
#include "views/staffviews.h"
#include "views/tillviews.h"

#include <QSqlQuery>

namespace {
const QString kVisitSelect = QStringLiteral(
    "SELECT v.id, v.business_date, v.ticket_no, v.code, v.customer_name, v.phone, v.notes, "
    " v.status, v.therapist_id, s.display_name, v.room_id, r.name, v.total, v.duration_min, "
    " v.created_at, v.assigned_at, v.called_at, v.started_at, v.completed_at, v.closed_at, "
    " v.cancel_reason, "
    " (SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.visit_id = v.id), "
    " (SELECT COALESCE(SUM(p.tip), 0) FROM payments p WHERE p.visit_id = v.id), "
    " v.discount, v.discount_reason "
    "FROM visits v LEFT JOIN staff s ON s.id = v.therapist_id "
    "LEFT JOIN rooms r ON r.id = v.room_id ");
const QString kOpenStatuses =
    QStringLiteral("('waiting', 'assigned', 'in_service', 'awaiting_payment')");

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
}

} // namespace

// One visit from a row of kVisitSelect; services are added by the caller.
static QJsonObject visitFromRow(const QSqlQuery &q, const QString &currency)
{
    QJsonObject v;
    v.insert(QStringLiteral("id"), q.value(0).toLongLong());
    v.insert(QStringLiteral("business_date"), q.value(1).toString());
    v.insert(QStringLiteral("ticket_no"), q.value(2).toInt());
    v.insert(QStringLiteral("ticket"), VisitViews::ticketLabel(q.value(2).toInt()));
    v.insert(QStringLiteral("code"), q.value(3).toString());
    v.insert(QStringLiteral("customer_name"), q.value(4).toString());
    v.insert(QStringLiteral("phone"), textOrNull(q.value(5)));
    v.insert(QStringLiteral("notes"), textOrNull(q.value(6)));
    v.insert(QStringLiteral("status"), q.value(7).toString());
    v.insert(QStringLiteral("therapist"),
             q.value(8).isNull()
                 ? QJsonValue()
                 : QJsonObject { { QStringLiteral("id"), q.value(8).toLongLong() },
                                 { QStringLiteral("name"), q.value(9).toString() } });
    v.insert(QStringLiteral("room"),
             q.value(10).isNull()
                 ? QJsonValue()
                 : QJsonObject { { QStringLiteral("id"), q.value(10).toLongLong() },
                                 { QStringLiteral("name"), q.value(11).toString() } });
    const qint64 subtotal = q.value(12).toLongLong();
    const qint64 discount = q.value(23).toLongLong();
    const qint64 total = subtotal - discount;
    const qint64 paid = q.value(21).toLongLong();
    v.insert(QStringLiteral("subtotal"), subtotal);
    v.insert(QStringLiteral("discount"), discount);
    v.insert(QStringLiteral("discount_reason"), textOrNull(q.value(24)));
    v.insert(QStringLiteral("total"), total);
    v.insert(QStringLiteral("duration_min"), q.value(13).toInt());
    v.insert(QStringLiteral("paid"), paid);
    v.insert(QStringLiteral("tips"), q.value(22).toLongLong());
    v.insert(QStringLiteral("balance_due"), total - paid);
    v.insert(QStringLiteral("currency"), currency);
    const char *times[] = { "created_at", "assigned_at",  "called_at",
                            "started_at", "completed_at", "closed_at" };
    for (int i = 0; i < 6; ++i)
        v.insert(QLatin1String(times[i]), textOrNull(q.value(14 + i)));
    v.insert(QStringLiteral("cancel_reason"), textOrNull(q.value(20)));
    return v;
}

QJsonObject VisitViews::visitJson(qint64 id)
{
    QSqlQuery q = m_db.exec(kVisitSelect + QStringLiteral("WHERE v.id = ?"), { id });
    if (!q.next())
        return {};
    QJsonObject v = visitFromRow(q, m_venue.currency());
    QSqlQuery s = m_db.exec(QStringLiteral("SELECT service_id, name, price, duration_min FROM "
                                           "visit_services WHERE visit_id = ? ORDER BY id"),
                            { id });
    QJsonArray services;
    while (s.next())
        services.append(rowJson(s));
    v.insert(QStringLiteral("services"), services);
    return v;
}

QVector<QJsonObject> VisitViews::openVisits()
{
    // Two statements for the whole queue, however long: screens rebuild it after every change.
    const QString cur = m_venue.currency();
    QSqlQuery q = m_db.exec(kVisitSelect + QStringLiteral("WHERE v.status IN ") + kOpenStatuses +
                            QStringLiteral(" ORDER BY v.created_at, v.id"));
    QVector<QJsonObject> visits;
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), int(visits.size()));
        visits.append(visitFromRow(q, cur));
    }
    QVector<QJsonArray> services(visits.size());
    QSqlQuery s = m_db.exec(
        QStringLiteral("SELECT vs.visit_id, vs.service_id, vs.name, vs.price, vs.duration_min "
                       "FROM visit_services vs JOIN visits v ON v.id = vs.visit_id "
                       "WHERE v.status IN ") +
        kOpenStatuses + QStringLiteral(" ORDER BY vs.id"));
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it == index.cend())
            continue;
        services[*it].append(
            QJsonObject { { QStringLiteral("service_id"), s.value(1).toLongLong() },
                          { QStringLiteral("name"), s.value(2).toString() },
                          { QStringLiteral("price"), s.value(3).toLongLong() },
                          { QStringLiteral("duration_min"), s.value(4).toInt() } });
    }
    for (int i = 0; i < visits.size(); ++i)
        visits[i].insert(QStringLiteral("services"), services[i]);
    return visits;
}

QJsonArray VisitViews::activeVisits()
{
    const QVector<QJsonObject> visits = openVisits();
    QVector<QueuePlanner::QueuedVisit> queued;
    queued.reserve(visits.size());
    for (const QJsonObject &v : visits)
        queued.append({ idOf(v), v.value(QLatin1String("status")).toString(),
                        idOf(v.value(QLatin1String("therapist")).toObject()),
                        v.value(QLatin1String("duration_min")).toInt(),
                        fromIsoUtc(v.value(QLatin1String("started_at")).toString()) });
    const auto estimates = QueuePlanner::estimate(m_staff.therapistStates(), queued, m_clock.now());
    QJsonArray items;
    for (QJsonObject v : visits) {
        const auto it = estimates.constFind(idOf(v));
        if (it != estimates.cend()) {
            v.insert(QStringLiteral("position"), it->position);
            v.insert(QStringLiteral("estimated_wait_min"),
                     it->waitMin >= 0 ? QJsonValue(it->waitMin) : QJsonValue());
        }
        items.append(v);
    }
    return items;
}

QJsonObject VisitViews::visitFor(QJsonObject visit, const Principal &who)
{
    if (visit.isEmpty() || who.role != Principal::Role::Therapist ||
        idOf(visit.value(QLatin1String("therapist")).toObject()) == who.staffId)
        return visit;
    visit.remove(QStringLiteral("code"));
    for (const char *key : { "phone", "notes", "cancel_reason", "discount_reason" })
        visit.insert(QLatin1String(key), QJsonValue());
    visit.insert(QStringLiteral("customer_name"),
                 publicName(visit.value(QLatin1String("customer_name")).toString()));
    return visit;
}

Reply VisitViews::getVisit(qint64 id, const Principal &who)
{
    const QJsonObject v = visitFor(visitJson(id), who);
    if (v.isEmpty())
        return Errors::notFound(QStringLiteral("no visit with id %1").arg(id));
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id FROM payments WHERE visit_id = ? ORDER BY id"), { id });
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray payments;
    for (qint64 pid : ids)
        payments.append(m_till.paymentJson(pid));
    QJsonObject out = v;
    out.insert(QStringLiteral("payments"), payments);
    return Reply::ok({ { QStringLiteral("visit"), out } });
}

Reply VisitViews::listVisits(const QUrlQuery &query, const Principal &who)
{
    static const QStringList statuses {
        QStringLiteral("waiting"),    QStringLiteral("assigned"),
        QStringLiteral("in_service"), QStringLiteral("awaiting_payment"),
        QStringLiteral("paid"),       QStringLiteral("cancelled"),
        QStringLiteral("no_show")
    };
    const QString status = query.queryItemValue(QStringLiteral("status"));
    QString date = query.queryItemValue(QStringLiteral("date"));
    if (!status.isEmpty() && !statuses.contains(status))
        return Errors::invalid(
            QStringLiteral("'status' must be one of: %1").arg(statuses.join(QStringLiteral(", "))));
    if (!date.isEmpty() && !Fields::strictDate(date).isValid())
        return Errors::invalid(QStringLiteral("'date' must be YYYY-MM-DD"));
    if (date.isEmpty() && status.isEmpty()) {
        // No filter: what is open now (any day), the queue screens' view.
        QJsonArray open = activeVisits();
        if (who.role == Principal::Role::Therapist)
            for (qsizetype i = 0; i < open.size(); ++i)
                open[i] = visitFor(open.at(i).toObject(), who);
        return Reply::ok({ { QStringLiteral("visits"), open } });
    }
    if (date.isEmpty())
        date = m_venue.today();
    QSqlQuery q = status.isEmpty()
        ? m_db.exec(
              QStringLiteral("SELECT id FROM visits WHERE business_date = ? ORDER BY ticket_no"),
              { date })
        : m_db.exec(QStringLiteral("SELECT id FROM visits WHERE business_date = ? AND status = ? "
                                   "ORDER BY ticket_no"),
                    { date, status });
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray items;
    for (qint64 id : ids)
        items.append(visitFor(visitJson(id), who));
    return Reply::ok({ { QStringLiteral("visits"), items }, { QStringLiteral("date"), date } });
}

QString VisitViews::ticketLabel(int ticketNo)
{
    return QStringLiteral("%1").arg(ticketNo, 3, 10, QLatin1Char('0'));
}

QString VisitViews::publicName(const QString &full)
{
    const QStringList parts = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return full.trimmed();
    return parts.first() + QLatin1Char(' ') + parts.last().left(1) + QLatin1Char('.');
}
