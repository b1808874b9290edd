// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Check-in and the visit state machine: waiting → assigned → in_service → awaiting_payment → paid,
// with cancelled and no_show from waiting or assigned.
#include "visits.h"

#include "auth/secrets.h"
#include "core/clock.h"
#include "domain/billing.h"
#include "domain/commissions.h"
#include "domain/customers.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/queueplanner.h"
#include "domain/receipts.h"
#include "domain/rows.h"
#include "domain/therapists.h"
#include "domain/venue.h"
#include "domain/visitstatus.h"
#include "rooms.h"
#include "store/database.h"
#include "views/staffviews.h"
#include "views/visitviews.h"

#include <QSqlQuery>

Visits::Visits(CommandPipeline &pipeline, Venue &venue, VisitViews &views, StaffViews &staffViews,
               Therapists &therapists, Customers &customers, BookingCalendar &calendar)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_clock(pipeline.clock())
    , m_venue(venue)
    , m_views(views)
    , m_staffViews(staffViews)
    , m_therapists(therapists)
    , m_customers(customers)
    , m_rooms(m_db, calendar)
{
}

QStringList Visits::rooms(const QJsonObject &visit, qint64 otherTherapist)
{
    QStringList rooms { Room::cashier(), Room::monitor(), Room::therapists(),
                        Room::customer(idOf(visit)) };
    if (const qint64 therapist = idOf(visit.value(QLatin1String("therapist")).toObject());
        therapist > 0)
        rooms.append(Room::therapist(therapist));
    if (otherTherapist > 0 && !rooms.contains(Room::therapist(otherTherapist)))
        rooms.append(Room::therapist(otherTherapist));
    return rooms;
}

bool Visits::therapistMayAct(const Principal &who, const QJsonObject &visit) const
{
    if (who.role != Principal::Role::Therapist)
        return true;
    return idOf(visit.value(QLatin1String("therapist")).toObject()) == who.staffId;
}

Reply Visits::transition(qint64 id, const Principal &who, const QStringList &from,
                         const std::function<Reply(const QJsonObject &)> &apply)
{
    // The visit is read inside the transaction: on PostgreSQL, once this instance holds the
    // write lock, so no other instance changes it between the check and the write.
    return m_pipeline.run(who, [&] {
        const QJsonObject visit = m_views.visitJson(id);
        if (visit.isEmpty())
            return Errors::notFound(QStringLiteral("no visit with id %1").arg(id));
        if (!therapistMayAct(who, visit))
            return Errors::forbidden(QStringLiteral("visit %1 is not assigned to you").arg(id));
        const QString status = visit.value(QLatin1String("status")).toString();
        if (!from.contains(status))
            return Errors::conflict(QStringLiteral("illegal_state"),
                                    QStringLiteral("visit %1 is %2; this needs it to be %3")
                                        .arg(id)
                                        .arg(status, from.join(QStringLiteral(" or "))));
        return apply(visit);
    });
}

Reply Visits::assign(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    auto therapistId = f.integer("therapist_id", false, 1, std::numeric_limits<qint32>::max());
    const auto roomId = f.integer("room_id", false, 1, std::numeric_limits<qint32>::max());
    if (!f.ok())
        return f.error();
    return transition(
        id, who, { QString(VisitStatus::Waiting), QString(VisitStatus::Assigned) },
        [&](const QJsonObject &visit) -> Reply {
            // Inside the transaction: another instance may have sent the therapist off.
            if (therapistId) {
                if (auto bad = m_therapists.checkAssignable(*therapistId))
                    return *bad;
            } else {
                // Walk-ins are fitted between bookings: a therapist whose next booking starts
                // before this visit's services (and the clean-up buffer) would end is passed
                // over for the next in turn.
                const QDateTime now = m_clock.now();
                const auto states = m_staffViews.therapistStates(now);
                const QVector<qint64> order = QueuePlanner::walkInOrder(
                    states, now, visit.value(QLatin1String("duration_min")).toInt(),
                    m_venue.setting(QStringLiteral("booking_buffer_minutes")).toInt());
                if (order.isEmpty())
                    return Errors::conflict(
                        QStringLiteral("no_therapist_available"),
                        QueuePlanner::turnOrder(states).isEmpty()
                            ? QStringLiteral("no therapist is free; pick one or wait")
                            : QStringLiteral("every free therapist has a booking before this "
                                             "visit would end; pick one or wait"));
                therapistId = order.first();
            }
            const qint64 previous = idOf(visit.value(QLatin1String("therapist")).toObject());
            qint64 room = idOf(visit.value(QLatin1String("room")).toObject());
            if (roomId) {
                if (*roomId != room && !m_rooms.hasPlace(*roomId))
                    return Errors::conflict(
                        QStringLiteral("room_taken"),
                        QStringLiteral("room %1 is in use or does not exist").arg(*roomId));
                room = *roomId;
            } else if (room == 0) {
                room = m_rooms.pickFree(m_clock.now(),
                                        visit.value(QLatin1String("duration_min")).toInt());
            }
            const QString now = isoUtc(m_clock.now());
            m_db.write(QStringLiteral(
                           "UPDATE visits SET status = 'assigned', therapist_id = ?, room_id = ?, "
                           "assigned_at = ? WHERE id = ?"),
                       { *therapistId, room > 0 ? QVariant(room) : QVariant(), now, id });
            // turn_since is left alone: a therapist with a customer of their own is out of the turn
            // order anyway, and one whose customer cancels keeps the place they had.
            const QJsonObject v = m_views.visitJson(id);
            m_pipeline.journal(QStringLiteral("visit.assigned"), rooms(v, previous),
                               { { QStringLiteral("visit"), v } });
            return Reply::ok({ { QStringLiteral("visit"), v } });
        });
}

Reply Visits::call(qint64 id, const Principal &who)
{
    return transition(id, who, { QString(VisitStatus::Assigned) }, [&](const QJsonObject &) {
        m_db.write(QStringLiteral("UPDATE visits SET called_at = ? WHERE id = ?"),
                   { isoUtc(m_clock.now()), id });
        const QJsonObject v = m_views.visitJson(id);
        m_pipeline.journal(QStringLiteral("visit.updated"), rooms(v),
                           { { QStringLiteral("visit"), v } });
        // The "your therapist is ready" notice is journaled so a reconnecting screen still gets it.
        const QJsonObject notice {
            { QStringLiteral("visit_id"), id },
            { QStringLiteral("ticket"), v.value(QLatin1String("ticket")) },
            { QStringLiteral("name"),
              VisitViews::publicName(v.value(QLatin1String("customer_name")).toString()) },
            { QStringLiteral("therapist"), v.value(QLatin1String("therapist")) },
            { QStringLiteral("room"), v.value(QLatin1String("room")) }
        };
        m_pipeline.journal(QStringLiteral("visit_called"), { Room::monitor(), Room::customer(id) },
                           notice, true);
        return Reply::ok({ { QStringLiteral("visit"), v } });
    });
}

Reply Visits::start(qint64 id, const Principal &who)
{
    return transition(
        id, who, { QString(VisitStatus::Assigned) }, [&](const QJsonObject &visit) -> Reply {
            const qint64 therapist = idOf(visit.value(QLatin1String("therapist")).toObject());
            QSqlQuery t =
                m_db.exec(QStringLiteral("SELECT status FROM therapist_state WHERE staff_id = ?"),
                          { therapist });
            const QString tStatus = t.next() ? t.value(0).toString() : QString();
            if (tStatus == QLatin1String("busy"))
                return Errors::conflict(
                    QStringLiteral("therapist_busy"),
                    QStringLiteral("the therapist is already serving another customer"));
            if (tStatus == QLatin1String("off"))
                return Errors::conflict(QStringLiteral("therapist_off"),
                                        QStringLiteral("the therapist is off shift"));
            qint64 room = idOf(visit.value(QLatin1String("room")).toObject());
            const QDateTime startedAt = m_clock.now();
            if (room == 0)
                room =
                    m_rooms.pickFree(startedAt, visit.value(QLatin1String("duration_min")).toInt());
            const QString now = isoUtc(startedAt);
            // The wait from check-in to start, in seconds, for the quoted-vs-actual report.
            const qint64 waited = std::max<qint64>(
                0,
                fromIsoUtc(visit.value(QLatin1String("created_at")).toString()).secsTo(startedAt));
            m_db.write(QStringLiteral(
                           "UPDATE visits SET status = 'in_service', started_at = ?, room_id = ?, "
                           "wait_s = ? WHERE id = ?"),
                       { now, room > 0 ? QVariant(room) : QVariant(), waited, id });
            m_db.write(
                QStringLiteral("UPDATE therapist_state SET status = 'busy', status_since = ? "
                               "WHERE staff_id = ?"),
                { now, therapist });
            const QJsonObject v = m_views.visitJson(id);
            m_pipeline.journal(QStringLiteral("visit.started"), rooms(v),
                               { { QStringLiteral("visit"), v } });
            return Reply::ok({ { QStringLiteral("visit"), v } });
        });
}

Reply Visits::complete(qint64 id, const Principal &who)
{
    return transition(id, who, { QString(VisitStatus::InService) }, [&](const QJsonObject &visit) {
        const qint64 therapist = idOf(visit.value(QLatin1String("therapist")).toObject());
        const QString now = isoUtc(m_clock.now());
        // A free service (total 0) has nothing to collect.
        const bool free = visit.value(QLatin1String("total")).toDouble() == 0;
        if (free &&
            Receipts::issue(m_db, visit, m_venue.businessDate(m_clock.now()), m_clock.now()) == 0)
            return Errors::internal();
        // A free service is paid now: its commission (a fixed one still counts) is kept too.
        if (free && !Commissions::snapshot(m_db, id, therapist, 0))
            return Errors::internal();
        m_db.write(
            QStringLiteral(
                "UPDATE visits SET status = ?, completed_at = ?, closed_at = ? WHERE id = ?"),
            { free ? QString(VisitStatus::Paid) : QString(VisitStatus::AwaitingPayment), now,
              free ? QVariant(now) : QVariant(), id });
        // "Waited longest since their last customer": the clock restarts now.
        m_db.write(
            QStringLiteral("UPDATE therapist_state SET status = 'available', status_since = ?, "
                           "turn_since = ? WHERE staff_id = ? AND status = 'busy'"),
            { now, now, therapist });
        const QJsonObject v = m_views.visitJson(id);
        m_pipeline.journal(QStringLiteral("visit.completed"), rooms(v),
                           { { QStringLiteral("visit"), v } });
        return Reply::ok({ { QStringLiteral("visit"), v } });
    });
}

Reply Visits::cancel(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString reason = f.string("reason", true, 500);
    if (!f.ok())
        return f.error();
    return transition(
        id, who, { QString(VisitStatus::Waiting), QString(VisitStatus::Assigned) },
        [&](const QJsonObject &) {
            m_db.write(
                QStringLiteral(
                    "UPDATE visits SET status = 'cancelled', closed_at = ?, cancel_reason = ? "
                    "WHERE id = ?"),
                { isoUtc(m_clock.now()), reason, id });
            const QJsonObject v = m_views.visitJson(id);
            m_pipeline.journal(QStringLiteral("visit.cancelled"), rooms(v),
                               { { QStringLiteral("visit"), v } });
            return Reply::ok({ { QStringLiteral("visit"), v } });
        });
}

Reply Visits::noShow(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const QString reason = f.string("reason", false, 500);
    if (!f.ok())
        return f.error();
    return transition(
        id, who, { QString(VisitStatus::Waiting), QString(VisitStatus::Assigned) },
        [&](const QJsonObject &) {
            m_db.write(QStringLiteral(
                           "UPDATE visits SET status = 'no_show', closed_at = ?, cancel_reason = ? "
                           "WHERE id = ?"),
                       { isoUtc(m_clock.now()), reason.isEmpty() ? QVariant() : reason, id });
            const QJsonObject v = m_views.visitJson(id);
            m_pipeline.journal(QStringLiteral("visit.no_show"), rooms(v),
                               { { QStringLiteral("visit"), v } });
            return Reply::ok({ { QStringLiteral("visit"), v } });
        });
}

Reply Visits::discount(qint64 id, const QJsonObject &body, const Principal &who)
{
    Fields f(body);
    const auto amount = f.integer("amount", false, 0, std::numeric_limits<qint64>::max() / 4);
    const auto percent = f.integer("percent", false, 0, 100);
    const QString reason =
        f.string("reason", (amount && *amount > 0) || (percent && *percent > 0), 200);
    if (f.ok() && amount.has_value() == percent.has_value())
        f.fail(QStringLiteral("give either 'amount' (minor units) or 'percent' (0 to 100)"));
    if (!f.ok())
        return f.error();
    return transition(
        id, who,
        { QString(VisitStatus::Waiting), QString(VisitStatus::Assigned),
          QString(VisitStatus::InService), QString(VisitStatus::AwaitingPayment) },
        [&](const QJsonObject &visit) -> Reply {
            const qint64 subtotal = qint64(visit.value(QLatin1String("subtotal")).toDouble());
            const qint64 paid = qint64(visit.value(VisitStatus::Paid).toDouble()) -
                qint64(visit.value(QLatin1String("rounding")).toDouble());
            // Percent of the services' prices, rounded half up to a whole minor unit.
            const qint64 value = amount ? *amount : (subtotal * *percent + 50) / 100;
            if (value > subtotal)
                return Errors::invalid(QStringLiteral("a discount of %1 is more than the bill (%2)")
                                           .arg(value)
                                           .arg(subtotal));
            // What the bill comes to with service charge and tax on the discounted amount.
            const qint64 billTotal =
                Billing::compute(subtotal, value, m_venue.billingRates()).total;
            if (billTotal < paid)
                return Errors::conflict(
                    QStringLiteral("already_paid"),
                    QStringLiteral(
                        "%1 is already paid; the discount would leave less than that due")
                        .arg(paid));
            m_db.write(
                QStringLiteral("UPDATE visits SET discount = ?, discount_reason = ? WHERE id = ?"),
                { value, value > 0 ? QVariant(reason) : QVariant(), id });
            // A completed service discounted down to what is already paid has nothing left to take.
            if (visit.value(QLatin1String("status")).toString() == VisitStatus::AwaitingPayment &&
                billTotal == paid) {
                const QDateTime now = m_clock.now();
                if (Receipts::issue(m_db, m_views.visitJson(id), m_venue.businessDate(now), now) ==
                    0)
                    return Errors::internal();
                m_db.write(
                    QStringLiteral("UPDATE visits SET status = 'paid', closed_at = ? WHERE id = ?"),
                    { isoUtc(now), id });
            }
            const QJsonObject v = m_views.visitJson(id);
            m_pipeline.journal(QStringLiteral("visit.discounted"), rooms(v),
                               { { QStringLiteral("visit"), v } });
            return Reply::ok({ { QStringLiteral("visit"), v } });
        });
}
