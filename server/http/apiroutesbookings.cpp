// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The REST routes of bookings (issue 16): working hours, bookings, the appointment book's reads,
// availability and customers. Writes go through the command table like every other route's.

#include "apiserver.h"
#include "http/requestparts.h"

#include "domain/bookingcommands.h"
#include "domain/commands.h"
#include "domain/spa.h"
#include "views/views.h"

namespace {
using namespace RequestParts;
using Role = Principal::Role;
using Method = QHttpServerRequest::Method;
const QSet<Role> kDesk { Role::Admin, Role::Cashier };
const QSet<Role> kStaff { Role::Admin, Role::Cashier, Role::Therapist };
} // namespace

void ApiServer::setupBookingRoutes()
{
    auto reply = [](const Reply &r) { return HttpResponse::fromReply(r); };
    auto withId = [](const RequestContext &c, const std::function<Reply(qint64)> &fn) {
        const auto id = pathId(c.args.value(0));
        return HttpResponse::fromReply(
            id ? fn(*id)
               : Errors::notFound(QStringLiteral("no such id '%1'").arg(c.args.value(0))));
    };
    const auto rolesOf = [this](const char *name) { return m_commands.roles(QLatin1String(name)); };
    Router &r = m_router;

    r.add(Method::Get, QStringLiteral("/api/therapists/{id}/hours"), kStaff,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.views().bookings().hoursOf(id); });
          });
    r.add(Method::Put, QStringLiteral("/api/therapists/{id}/hours"),
          rolesOf(BookingCommands::TherapistHours), [this](const RequestContext &c) {
              return command(BookingCommands::TherapistHours, c, "therapist_id");
          });
    r.add(Method::Get, QStringLiteral("/api/therapists/{id}/day"), kStaff,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) {
                  return m_domain.views().bookings().therapistDay(id, c.query, c.who);
              });
          });
    r.add(Method::Get, QStringLiteral("/api/availability"), kStaff,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().bookings().availability(c.query));
          });
    r.add(Method::Get, QStringLiteral("/api/bookings"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().bookings().listBookings(c.query));
          });
    r.add(Method::Get, QStringLiteral("/api/bookings/day"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().bookings().dayView(c.query));
          });
    r.add(Method::Post, QStringLiteral("/api/bookings"), rolesOf(BookingCommands::BookingCreate),
          [this](const RequestContext &c) { return command(BookingCommands::BookingCreate, c); });
    r.add(Method::Get, QStringLiteral("/api/bookings/{id}"), kDesk,
          [this, withId](const RequestContext &c) {
              return withId(c,
                            [&](qint64 id) { return m_domain.views().bookings().getBooking(id); });
          });
    r.add(Method::Put, QStringLiteral("/api/bookings/{id}"),
          rolesOf(BookingCommands::BookingUpdate), [this](const RequestContext &c) {
              return command(BookingCommands::BookingUpdate, c, "booking_id");
          });
    const std::pair<const char *, const char *> bookingActions[] = {
        { "arrive", BookingCommands::BookingArrive },
        { "cancel", BookingCommands::BookingCancel },
        { "no-show", BookingCommands::BookingNoShow },
    };
    for (const auto &[action, name] : bookingActions) {
        const char *commandName = name;
        r.add(Method::Post, QStringLiteral("/api/bookings/{id}/") + QLatin1String(action),
              rolesOf(commandName), [this, commandName](const RequestContext &c) {
                  return command(commandName, c, "booking_id");
              });
    }
    r.add(Method::Get, QStringLiteral("/api/customers"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().customers().search(
                  c.query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded)));
          });
    r.add(Method::Post, QStringLiteral("/api/customers"), rolesOf(BookingCommands::CustomerCreate),
          [this](const RequestContext &c) { return command(BookingCommands::CustomerCreate, c); });
    r.add(Method::Get, QStringLiteral("/api/customers/{id}"), kDesk,
          [this, withId](const RequestContext &c) {
              return withId(
                  c, [&](qint64 id) { return m_domain.views().customers().getCustomer(id); });
          });
    r.add(Method::Put, QStringLiteral("/api/customers/{id}"),
          rolesOf(BookingCommands::CustomerUpdate), [this](const RequestContext &c) {
              return command(BookingCommands::CustomerUpdate, c, "customer_id");
          });
}
