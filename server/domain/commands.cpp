// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commands.h"

#include "domain/bookingcommands.h"
#include "domain/fields.h"
#include "domain/selfcheckin.h"
#include "domain/spa.h"
#include "domain/tillcommands.h"

#include "events.h"
#include "store/database.h"

namespace {
using Role = Principal::Role;

// Reads a required positive id from the parameters, or explains what is wrong.
std::optional<qint64> idParam(const QJsonObject &params, const char *key, Reply *error)
{
    Fields f(params);
    const auto id = f.integer(key, true, 1, std::numeric_limits<qint64>::max() / 2);
    if (!f.ok())
        *error = f.error();
    return id;
}

QJsonObject without(QJsonObject o, const char *key)
{
    o.remove(QLatin1String(key));
    return o;
}
} // namespace

Commands::Commands(SpaDomain &domain)
    : m_domain(domain)
{
    const QSet<Role> desk { Role::Admin, Role::Cashier };
    const QSet<Role> floor { Role::Admin, Role::Cashier, Role::Therapist };

    // Pointers, copied into the handlers: they outlive this constructor.
    Visits *visits = &m_domain.visits();
    Till *till = &m_domain.till();
    using VisitCall = Reply (Visits::*)(qint64, const Principal &);
    using VisitBodyCall = Reply (Visits::*)(qint64, const QJsonObject &, const Principal &);
    auto onVisit = [visits](VisitCall fn) {
        return [visits, fn](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "visit_id", &err);
            return id ? (visits->*fn)(*id, who) : err;
        };
    };
    auto onVisitBody = [visits](VisitBodyCall fn) {
        return [visits, fn](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "visit_id", &err);
            return id ? (visits->*fn)(*id, without(p, "visit_id"), who) : err;
        };
    };

    add(QLatin1String(Events::VisitCheckin), desk,
        [visits](const QJsonObject &p, const Principal &who) { return visits->checkIn(p, who); });
    // The self check-in kiosk's one command: a walk-in with a first name, a phone and services.
    add(QLatin1String(SelfCheckin::Command), { Role::Checkin },
        [this, visits](const QJsonObject &p, const Principal &who) {
            return SelfCheckin::run(*visits, m_domain.views().visits(), p, who);
        });
    add(QLatin1String(Events::VisitAssign), desk, onVisitBody(&Visits::assign));
    add(QLatin1String(Events::VisitCall), floor, onVisit(&Visits::call));
    add(QLatin1String(Events::VisitStart), floor, onVisit(&Visits::start));
    add(QLatin1String(Events::VisitComplete), floor, onVisit(&Visits::complete));
    add(QLatin1String(Events::VisitCancel), desk, onVisitBody(&Visits::cancel));
    add(QLatin1String(Events::VisitNoShow), desk, onVisitBody(&Visits::noShow));
    add(QLatin1String(Events::VisitPay), desk, [till](const QJsonObject &p, const Principal &who) {
        Reply err = Reply::ok({});
        const auto id = idParam(p, "visit_id", &err);
        return id ? till->pay(*id, without(p, "visit_id"), who) : err;
    });
    add(QLatin1String(Events::VisitDiscount), desk, onVisitBody(&Visits::discount));
    add(QLatin1String(Events::PaymentVoid), { Role::Admin },
        [till](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "payment_id", &err);
            return id ? till->voidPayment(*id, without(p, "payment_id"), who) : err;
        });
    // A cashier's refund carries an admin's approval (checked by Refunds, recorded with it).
    add(QLatin1String(TillCommands::VisitRefund), desk,
        [this](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "visit_id", &err);
            return id ? m_domain.refunds().refund(*id, without(p, "visit_id"), who) : err;
        });
    add(QLatin1String(TillCommands::VisitTaxInvoice), desk,
        [this](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "visit_id", &err);
            return id ? m_domain.taxInvoices().issue(*id, without(p, "visit_id"), who) : err;
        });
    add(QLatin1String(TillCommands::ShiftOpen), desk,
        [this](const QJsonObject &p, const Principal &who) {
            return m_domain.shifts().open(p, who);
        });
    add(QLatin1String(TillCommands::ShiftCash), desk,
        [this](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "shift_id", &err);
            return id ? m_domain.shifts().moveCash(*id, without(p, "shift_id"), who) : err;
        });
    add(QLatin1String(TillCommands::ShiftNoSale), desk,
        [this](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "shift_id", &err);
            return id ? m_domain.shifts().noSale(*id, without(p, "shift_id"), who) : err;
        });
    add(QLatin1String(TillCommands::ShiftClose), desk,
        [this](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "shift_id", &err);
            return id ? m_domain.shifts().close(*id, without(p, "shift_id"), who) : err;
        });
    // Bookings and customers: the desk's (docs/security.md).
    Bookings *bookings = &m_domain.bookings();
    add(QLatin1String(BookingCommands::BookingCreate), desk,
        [bookings](const QJsonObject &p, const Principal &who) {
            return bookings->create(p, who);
        });
    using BookingCall = Reply (Bookings::*)(qint64, const QJsonObject &, const Principal &);
    auto onBooking = [bookings](BookingCall fn) {
        return [bookings, fn](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "booking_id", &err);
            return id ? (bookings->*fn)(*id, without(p, "booking_id"), who) : err;
        };
    };
    add(QLatin1String(BookingCommands::BookingUpdate), desk, onBooking(&Bookings::update));
    add(QLatin1String(BookingCommands::BookingCancel), desk, onBooking(&Bookings::cancel));
    add(QLatin1String(BookingCommands::BookingNoShow), desk, onBooking(&Bookings::noShow));
    add(QLatin1String(BookingCommands::BookingArrive), desk,
        [bookings](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "booking_id", &err);
            return id ? bookings->arrive(*id, who) : err;
        });
    add(QLatin1String(BookingCommands::CustomerCreate), desk,
        [this](const QJsonObject &p, const Principal &who) {
            return m_domain.customers().create(p, who);
        });
    add(QLatin1String(BookingCommands::CustomerUpdate), desk,
        [this](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "customer_id", &err);
            return id ? m_domain.customers().update(*id, without(p, "customer_id"), who) : err;
        });
    add(QLatin1String(BookingCommands::TherapistHours), desk,
        [this](const QJsonObject &p, const Principal &who) {
            Reply err = Reply::ok({});
            const auto id = idParam(p, "therapist_id", &err);
            return id ? m_domain.therapistHours().set(*id, without(p, "therapist_id"), who) : err;
        });
    add(QLatin1String(Events::TherapistStatus), floor,
        [this](const QJsonObject &p, const Principal &who) {
            Therapists &therapists = m_domain.therapists();
            QJsonObject params = p;
            // A therapist changing their own status need not name themselves.
            if (who.role == Role::Therapist && !params.contains(QLatin1String("therapist_id")))
                params.insert(QStringLiteral("therapist_id"), who.staffId);
            Reply err = Reply::ok({});
            const auto id = idParam(params, "therapist_id", &err);
            return id ? therapists.setStatus(*id, without(params, "therapist_id"), who) : err;
        });
}

void Commands::add(const QString &name, QSet<Principal::Role> roles,
                   std::function<Reply(const QJsonObject &, const Principal &)> handler)
{
    m_commands.insert(name, Command { std::move(roles), std::move(handler) });
}

Reply Commands::run(const QString &name, const QJsonObject &params, const Principal &who) const
{
    const auto it = m_commands.constFind(name);
    if (it == m_commands.cend())
        return Reply::error(404, QStringLiteral("unknown_command"),
                            QStringLiteral("unknown command '%1'").arg(name));
    if (!who.isValid())
        return Errors::unauthorized();
    if (!it->roles.contains(who.role))
        return Errors::forbidden(
            QStringLiteral("role '%1' may not send '%2'").arg(who.roleName(), name));
    const Reply reply = it->handler(params, who);
    // A read the store could not answer (PostgreSQL away) can look like "no such visit": when
    // the last statement failed and the store reports why, the answer is 503, not 404 or 409.
    Database &db = m_domain.database();
    if (!reply.isOk() && reply.status() != 503 && !db.lastOk() && !db.storageProblem().isEmpty())
        return Errors::storage();
    return reply;
}
