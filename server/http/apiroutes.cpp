// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "apiserver.h"
#include "http/publicaddress.h"
#include "http/requestparts.h"

#include "core/clock.h"
#include "core/lagmonitor.h"
#include "domain/commands.h"
#include "domain/selfcheckin.h"
#include "domain/spa.h"
#include "domain/tillcommands.h"
#include "events.h"
#include "http/customerpage.h"
#include "http/guardedtcpserver.h"
#include "http/reportrunner.h"
#include "hub/hub.h"
#include "store/database.h"
#include "views/checkinview.h"

#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>

#include <fcntl.h>

// The REST routes: each path, its roles and what runs it.

namespace {
using namespace RequestParts;
using Role = Principal::Role;
using Method = QHttpServerRequest::Method;
const QSet<Role> kAdmin { Role::Admin };
const QSet<Role> kDesk { Role::Admin, Role::Cashier };
const QSet<Role> kStaff { Role::Admin, Role::Cashier, Role::Therapist };
const QSet<Role> kAnyToken { Role::Admin, Role::Cashier, Role::Therapist, Role::Monitor };
} // namespace

Reply ApiServer::withCustomerBaseUrl(const Reply &settings) const
{
    if (!settings.isOk())
        return settings;
    QJsonObject body = settings.body();
    body.insert(QStringLiteral("customer_base_url"),
                PublicAddress::customerBaseUrl(body.value(QLatin1String("public_url")).toString(),
                                               m_listen, m_guard ? m_guard->serverPort() : 0,
                                               isTls()));
    return Reply::ok(body, settings.status());
}

void ApiServer::setupRoutes()
{
    auto reply = [](const Reply &r) { return HttpResponse::fromReply(r); };
    auto withId = [](const RequestContext &c, const std::function<Reply(qint64)> &fn) {
        const auto id = pathId(c.args.value(0));
        return HttpResponse::fromReply(
            id ? fn(*id)
               : Errors::notFound(QStringLiteral("no such id '%1'").arg(c.args.value(0))));
    };
    Router &r = m_router;

    r.add(Method::Get, QStringLiteral("/health"), {},
          [this](const RequestContext &) { return health(); });
    r.add(Method::Get, QStringLiteral("/metrics"), {},
          [this](const RequestContext &) { return metrics(); });

    // The customer's page (the code on the printed ticket) and its Server-Sent Events stream.
    r.add(Method::Get, QStringLiteral("/t/{code}"), {}, [this](const RequestContext &c) {
        return m_customerPage->page(*c.request, c.args.value(0));
    });
    r.addAsync(Method::Get, QStringLiteral("/t/{code}/events"), {},
               [this](const RequestContext &c, std::function<void(const HttpResponse &)> done) {
                   QTcpSocket *socket = c.responder ? c.responder->socket() : nullptr;
                   if (auto refused =
                           m_customerPage->openStream(*c.request, c.responder, c.args.value(0)))
                       done(*refused);
                   else
                       GuardedTcpServer::markStreaming(socket); // no idle limit on a stream
               });

    r.addAsync(Method::Post, QStringLiteral("/api/login"), {},
               [this](const RequestContext &c, std::function<void(const HttpResponse &)> done) {
                   login(c, done);
               });
    r.add(Method::Post, QStringLiteral("/api/logout"), kAnyToken,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.signIn().logout(c.token));
          });

    r.add(Method::Get, QStringLiteral("/api/services"), kAnyToken,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().catalog().listServices(c.who));
          });
    r.add(Method::Post, QStringLiteral("/api/services"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.catalog().create(c.body, c.who));
          });
    r.add(Method::Put, QStringLiteral("/api/services/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(
                  c, [&](qint64 id) { return m_domain.catalog().update(id, c.body, c.who); });
          });
    r.add(Method::Delete, QStringLiteral("/api/services/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.catalog().retire(id, c.who); });
          });

    r.add(Method::Get, QStringLiteral("/api/staff"), kStaff, [this, reply](const RequestContext &) {
        return reply(m_domain.views().staff().listStaff());
    });
    r.add(Method::Post, QStringLiteral("/api/staff"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.staff().create(c.body, c.who));
          });
    r.add(Method::Put, QStringLiteral("/api/staff/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c,
                            [&](qint64 id) { return m_domain.staff().update(id, c.body, c.who); });
          });
    r.add(Method::Delete, QStringLiteral("/api/staff/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.staff().deactivate(id, c.who); });
          });

    // Both answers add `customer_base_url`, what the apps put in ticket QR codes.
    r.add(Method::Get, QStringLiteral("/api/settings"), kAnyToken,
          [this, reply](const RequestContext &) {
              return reply(withCustomerBaseUrl(m_domain.venue().publicSettings()));
          });
    r.add(Method::Put, QStringLiteral("/api/settings"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(withCustomerBaseUrl(m_domain.venue().update(c.body, c.who)));
          });
    // Your own secret, proving the old one; an admin resets others' with PUT /api/staff/{id}.
    r.add(Method::Post, QStringLiteral("/api/me/password"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.credentials().changePassword(c.body, c.who));
          });
    // Therapists sign in with a PIN; admins approve refunds at the desk with one.
    r.add(Method::Post, QStringLiteral("/api/me/pin"), { Role::Therapist, Role::Admin },
          [this, reply](const RequestContext &c) {
              return reply(m_domain.credentials().changePin(c.body, c.who));
          });
    // Treatment rooms: the desk and the tablets read them, an admin changes them.
    r.add(Method::Get, QStringLiteral("/api/rooms"), kStaff, [this, reply](const RequestContext &) {
        return reply(m_domain.views().rooms().listRooms());
    });
    r.add(Method::Post, QStringLiteral("/api/rooms"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.rooms().create(c.body, c.who));
          });
    r.add(Method::Put, QStringLiteral("/api/rooms/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c,
                            [&](qint64 id) { return m_domain.rooms().update(id, c.body, c.who); });
          });
    r.add(Method::Delete, QStringLiteral("/api/rooms/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.rooms().retire(id, c.who); });
          });
    // First run: public, since nobody can sign in yet; the one-time code is the credential.
    // The venue's name rides along so a desk's sign-in can say where it signs in before anyone
    // has a token; the kiosk and the customer page show it to anyone anyway.
    r.add(Method::Get, QStringLiteral("/api/setup"), {}, [this](const RequestContext &) {
        return HttpResponse::json({ { QStringLiteral("needed"), m_domain.setup().needed() },
                                    { QStringLiteral("venue_name"),
                                      m_domain.venue().setting(QStringLiteral("venue_name")) } });
    });
    r.add(Method::Post, QStringLiteral("/api/setup"), {}, [this, reply](const RequestContext &c) {
        Principal who = Principal::system();
        who.address = c.client;
        return reply(m_domain.setup().withCode(c.body, who));
    });
    // Public: first names the wall screen shows anyway, for the tablets' sign-in screen.
    r.add(Method::Get, QStringLiteral("/api/roster"), {}, [this, reply](const RequestContext &) {
        return reply(m_domain.views().staff().roster());
    });
    r.add(Method::Get, QStringLiteral("/api/therapists"), kAnyToken,
          [this, reply](const RequestContext &) {
              return reply(m_domain.views().staff().listTherapists());
          });
    // Routes that run a command take its roles from the command table (domain/commands.cpp).
    const auto rolesOf = [this](const char *name) { return m_commands.roles(QLatin1String(name)); };
    r.add(Method::Put, QStringLiteral("/api/therapists/{id}/status"),
          rolesOf(Events::TherapistStatus), [this](const RequestContext &c) {
              return command(Events::TherapistStatus, c, "therapist_id");
          });

    // Working hours, bookings, the appointment book's reads, customers (issue 16), here in
    // the order the router matches them.
    setupBookingRoutes();

    r.add(Method::Post, QStringLiteral("/api/visits"), rolesOf(Events::VisitCheckin),
          [this](const RequestContext &c) { return command(Events::VisitCheckin, c); });
    // The self check-in kiosk (role `checkin`): its screen's data and its one command. An admin
    // may read the screen too, to see what a kiosk shows.
    r.add(Method::Get, QStringLiteral("/api/checkin"), { Role::Checkin, Role::Admin },
          [this](const RequestContext &) {
              Views &views = m_domain.views();
              CheckinView view(m_domain.database(), m_domain.venue(), m_domain.clock(),
                               views.visits(), views.staff());
              QJsonObject body = view.screen();
              body.insert(QStringLiteral("customer_base_url"),
                          withCustomerBaseUrl(m_domain.venue().publicSettings())
                              .body()
                              .value(QLatin1String("customer_base_url")));
              return HttpResponse::json(body);
          });
    r.add(Method::Post, QStringLiteral("/api/checkin"), rolesOf(SelfCheckin::Command),
          [this](const RequestContext &c) { return command(SelfCheckin::Command, c); });
    r.add(Method::Get, QStringLiteral("/api/visits"), kStaff,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().visits().listVisits(c.query, c.who));
          });
    // A therapist reads other therapists' and unassigned visits without phone, notes, ticket code
    // or full name (issue 19 #11).
    r.add(Method::Get, QStringLiteral("/api/visits/{id}"), kStaff,
          [this, withId](const RequestContext &c) {
              return withId(
                  c, [&](qint64 id) { return m_domain.views().visits().getVisit(id, c.who); });
          });
    const std::pair<const char *, const char *> visitActions[] = {
        { "assign", Events::VisitAssign },        { "call", Events::VisitCall },
        { "start", Events::VisitStart },          { "complete", Events::VisitComplete },
        { "cancel", Events::VisitCancel },        { "no-show", Events::VisitNoShow },
        { "payments", Events::VisitPay },         { "discount", Events::VisitDiscount },
        { "refunds", TillCommands::VisitRefund }, { "tax-invoice", TillCommands::VisitTaxInvoice },
    };
    for (const auto &[action, name] : visitActions) {
        const char *commandName = name;
        r.add(Method::Post, QStringLiteral("/api/visits/{id}/") + QLatin1String(action),
              rolesOf(commandName), [this, commandName](const RequestContext &c) {
                  return command(commandName, c, "visit_id");
              });
    }
    r.add(
        Method::Post, QStringLiteral("/api/payments/{id}/void"), rolesOf(Events::PaymentVoid),
        [this](const RequestContext &c) { return command(Events::PaymentVoid, c, "payment_id"); });

    // The cash drawer's shifts: the open one and a day's, opening, pay-ins/outs and the close.
    r.add(Method::Get, QStringLiteral("/api/shifts"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().shifts().listShifts(
                  c.query.queryItemValue(QStringLiteral("date"))));
          });
    r.add(Method::Post, QStringLiteral("/api/shifts"), rolesOf(TillCommands::ShiftOpen),
          [this](const RequestContext &c) { return command(TillCommands::ShiftOpen, c); });
    r.add(Method::Post, QStringLiteral("/api/shifts/{id}/cash"), rolesOf(TillCommands::ShiftCash),
          [this](const RequestContext &c) {
              return command(TillCommands::ShiftCash, c, "shift_id");
          });
    r.add(Method::Post, QStringLiteral("/api/shifts/{id}/no-sale"),
          rolesOf(TillCommands::ShiftNoSale), [this](const RequestContext &c) {
              return command(TillCommands::ShiftNoSale, c, "shift_id");
          });
    r.add(Method::Post, QStringLiteral("/api/shifts/{id}/close"), rolesOf(TillCommands::ShiftClose),
          [this](const RequestContext &c) {
              return command(TillCommands::ShiftClose, c, "shift_id");
          });

    r.add(Method::Get, QStringLiteral("/api/payments"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().till().listPayments(
                  c.query.queryItemValue(QStringLiteral("date"))));
          });
    r.add(Method::Get, QStringLiteral("/api/reports/daily"), kDesk,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().till().dailyReport(
                  c.query.queryItemValue(QStringLiteral("date"))));
          });
    // Reports over any dates run on the report thread (http/reportrunner.h) and answer when
    // done; the event loop goes on serving the screens meanwhile.
    r.addAsync(Method::Get, QStringLiteral("/api/reports"), kDesk,
               [this](const RequestContext &c, std::function<void(const HttpResponse &)> done) {
                   rangeReport(c, false, std::move(done));
               });
    r.addAsync(Method::Get, QStringLiteral("/api/payouts"), kAdmin,
               [this](const RequestContext &c, std::function<void(const HttpResponse &)> done) {
                   rangeReport(c, true, std::move(done));
               });
    r.add(Method::Put, QStringLiteral("/api/services/{id}/commission"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(
                  c, [&](qint64 id) { return m_domain.commissions().set(id, c.body, c.who); });
          });
    r.add(Method::Post, QStringLiteral("/api/days/{date}/close"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.till().closeDay(c.args.value(0), c.who));
          });

    // The audit trail: who changed what, when, from where (docs/api.md "Audit").
    r.add(Method::Get, QStringLiteral("/api/audit"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.views().audit().auditLog(c.query));
          });

    r.add(Method::Get, QStringLiteral("/api/devices"), kAdmin,
          [this, reply](const RequestContext &) {
              return reply(m_domain.views().staff().listDevices());
          });
    r.add(Method::Post, QStringLiteral("/api/devices"), kAdmin,
          [this, reply](const RequestContext &c) {
              return reply(m_domain.staff().createDevice(c.body, c.who));
          });
    // A lost or stolen kiosk: revoked by its id, its live connections closed at once.
    r.add(Method::Delete, QStringLiteral("/api/devices/{id}"), kAdmin,
          [this, withId](const RequestContext &c) {
              return withId(c, [&](qint64 id) { return m_domain.staff().revokeDevice(id, c.who); });
          });
}

HttpResponse ApiServer::command(const char *name, const RequestContext &c, const char *idKey)
{
    // One loop of check-ins over REST made 35,000 open visits in 20 s (issue 19 #7).
    if (m_commandBuckets.size() > 10000)
        m_commandBuckets.removeIf([this](const auto &it) {
            return it.value().isFull(m_limits.commandsPerSecond, m_limits.commandBurst);
        });
    if (!m_commandBuckets[c.token].take(m_limits.commandsPerSecond, m_limits.commandBurst)) {
        HttpResponse r = HttpResponse::fromReply(Reply::error(
            429, QStringLiteral("rate_limited"), QStringLiteral("too many commands; slow down")));
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1") });
        return r;
    }
    QJsonObject params = c.body;
    if (idKey) {
        const auto id = pathId(c.args.value(0));
        if (!id)
            return errorResponse(404, "not_found",
                                 QStringLiteral("no such id '%1'").arg(c.args.value(0)));
        params.insert(QLatin1String(idKey), *id);
    }
    return HttpResponse::fromReply(m_commands.run(QLatin1String(name), params, c.who));
}
