// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Check-in: a walk-in (or an arriving booking's guest) written as a new visit with today's next
// ticket number and the wait the screens quote.
#include "visits.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/customers.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/rows.h"
#include "domain/therapists.h"
#include "domain/venue.h"
#include "domain/visitstatus.h"
#include "store/database.h"
#include "views/visitviews.h"

#include <QSqlQuery>

std::optional<Reply> Visits::serviceLines(const QVector<qint64> &ids, QVector<ServiceLine> *lines)
{
    for (qint64 sid : ids) {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT name, price, duration_min FROM services "
                                               "WHERE id = ? AND active = 1"),
                                { sid });
        if (!q.next())
            return Errors::invalid(QStringLiteral("no active service with id %1").arg(sid));
        lines->append({ sid, q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toInt() });
    }
    return std::nullopt;
}

QJsonObject Visits::insert(const NewVisit &nv)
{
    const QDateTime now = m_clock.now();
    const QString date = m_venue.businessDate(now);
    qint64 total = 0;
    int duration = 0;
    for (const ServiceLine &l : nv.lines) {
        total += l.price;
        duration += l.duration;
    }
    QSqlQuery n = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(ticket_no), 0) + 1 FROM visits "
                                           "WHERE business_date = ?"),
                            { date });
    const int ticketNo = n.next() ? n.value(0).toInt() : 1;
    const qint64 therapistId = nv.therapistId;
    const qint64 roomId = nv.roomId > 0 ? nv.roomId
        : therapistId > 0               ? m_rooms.pickFree(now, duration)
                                        : 0;
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    const auto idOrNull = [](qint64 id) { return id > 0 ? QVariant(id) : QVariant(); };
    QSqlQuery ins = m_db.exec(
        QStringLiteral("INSERT INTO visits (business_date, ticket_no, code, customer_name, "
                       "phone, notes, status, therapist_id, room_id, total, duration_min, "
                       "created_at, assigned_at, customer_id, booking_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        { date, ticketNo, Secrets::ticketCode(), nv.customerName, orNull(nv.phone),
          orNull(nv.notes),
          therapistId > 0 ? QString(VisitStatus::Assigned) : QString(VisitStatus::Waiting),
          idOrNull(therapistId), idOrNull(roomId), total, duration, isoUtc(now),
          therapistId > 0 ? QVariant(isoUtc(now)) : QVariant(), idOrNull(nv.customerId),
          idOrNull(nv.bookingId) });
    if (!ins.next())
        return {};
    const qint64 id = ins.value(0).toLongLong();
    for (const ServiceLine &l : nv.lines)
        m_db.write(QStringLiteral("INSERT INTO visit_services (visit_id, service_id, name, price, "
                                  "duration_min) VALUES (?, ?, ?, ?, ?)"),
                   { id, l.id, l.name, l.price, l.duration });
    // The wait the screens quote now, kept for the quoted-vs-actual report.
    if (const auto quoted = m_views.estimateFor(id); quoted && quoted->waitMin >= 0)
        m_db.write(QStringLiteral("UPDATE visits SET quoted_wait_min = ? WHERE id = ?"),
                   { quoted->waitMin, id });
    const QJsonObject v = m_views.visitJson(id);
    m_pipeline.journal(QStringLiteral("visit.checked_in"), rooms(v),
                       { { QStringLiteral("visit"), v } });
    return v;
}

Reply Visits::checkIn(const QJsonObject &body, const Principal &who)
{
    Q_UNUSED(who);
    Fields f(body);
    const auto customerId =
        f.integer("customer_id", false, 1, std::numeric_limits<qint64>::max() / 2);
    // With a customer record the name and phone default to the record's.
    QString name = f.string("customer_name", !customerId, 100);
    QString phone = f.string("phone", false, 32);
    const QString notes = f.string("notes", false, 1000);
    const QVector<qint64> serviceIds = f.idList("service_ids", true);
    const auto therapistId =
        f.integer("therapist_id", false, 1, std::numeric_limits<qint32>::max());
    if (!f.ok())
        return f.error();
    if (customerId) {
        if (auto bad = m_customers.checkExists(*customerId))
            return *bad;
        QSqlQuery c = m_db.exec(QStringLiteral("SELECT name, phone FROM customers WHERE id = ?"),
                                { *customerId });
        if (c.next()) {
            if (name.isEmpty())
                name = c.value(0).toString();
            if (phone.isEmpty())
                phone = c.value(1).toString();
        }
    }
    NewVisit nv;
    if (auto bad = serviceLines(serviceIds, &nv.lines))
        return *bad;
    // The open visits' cap is a soft limit, counted before the transaction: under the write
    // lock it would cost every check-in a round trip there.
    if (m_maxOpenVisits > 0) {
        QSqlQuery open =
            m_db.exec(QStringLiteral("SELECT COUNT(*) FROM visits WHERE status IN "
                                     "('waiting', 'assigned', 'in_service', 'awaiting_payment')"));
        if (open.next() && open.value(0).toLongLong() >= m_maxOpenVisits)
            return Errors::conflict(
                QStringLiteral("too_many_open_visits"),
                QStringLiteral("%1 visits are open, the most this server takes; finish "
                               "or cancel some first")
                    .arg(m_maxOpenVisits));
    }
    nv.customerName = name;
    nv.phone = phone;
    nv.notes = notes;
    nv.customerId = customerId.value_or(0);
    nv.therapistId = therapistId.value_or(0);
    return m_pipeline.run(who, [&]() -> Reply {
        // Checked inside the transaction (after the write lock on PostgreSQL): another instance
        // may have closed the day, or sent the therapist off, meanwhile.
        if (therapistId) {
            if (auto bad = m_therapists.checkAssignable(*therapistId))
                return *bad;
        }
        const QString date = m_venue.businessDate(m_clock.now());
        if (m_venue.dayClosed(date))
            return Errors::conflict(QStringLiteral("day_closed"),
                                    QStringLiteral("business day %1 is closed").arg(date));
        const QJsonObject v = insert(nv);
        if (v.isEmpty())
            return Errors::internal();
        return Reply::ok({ { QStringLiteral("visit"), v } }, 201);
    });
}
