// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "http/httpresponse.h"

#include <QHttpServerRequest>
#include <QJsonObject>
#include <QSet>
#include <QStringList>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QHttpServerResponder;

struct RequestContext {
    // Only while the request is dispatched: a command that waits for the write turn
    // (CommandPipeline::whenOurTurn) runs with a copy of the rest, and this null. Only GET
    // routes, which never wait, read it.
    const QHttpServerRequest *request = nullptr;
    QStringList args; // the path's {placeholders}, in order
    QJsonObject body; // parsed JSON body (empty object when there is none)
    Principal who;
    QString token;
    // The connection's responder, for a route that streams (Server-Sent Events): it may take it
    // and answer over time instead of calling `done`.
    std::shared_ptr<QHttpServerResponder> responder;
    QUrlQuery query; // the request's query string
    QString client; // the caller's address (ApiServer::clientOf: proxies trusted or not)
};

// Exact path routes with {placeholder} segments. Unlike QHttpServer's router it tells a wrong
// method (405) from an unknown path (404), and it checks the caller's role before the handler runs.
class Router {
public:
    using Method = QHttpServerRequest::Method;
    using Handler = std::function<HttpResponse(const RequestContext &)>;
    // For slow work off the event loop: answer later through `done` (once).
    using AsyncHandler =
        std::function<void(const RequestContext &, std::function<void(const HttpResponse &)> done)>;

    struct Route {
        Method method;
        QStringList segments;
        QSet<Principal::Role> roles; // empty: no token needed
        Handler handler;
        AsyncHandler asyncHandler;
    };

    void add(Method method, const QString &pattern, QSet<Principal::Role> roles, Handler handler)
    {
        m_routes.append(Route { method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                                std::move(roles), std::move(handler), nullptr });
    }

    struct Match {
        const Route *route = nullptr;
        QStringList args;
        QStringList allowed; // methods that would match the path, for 405
    };

    void addAsync(Method method, const QString &pattern, QSet<Principal::Role> roles,
                  AsyncHandler handler)
    {
        m_routes.append(Route { method, pattern.split(QLatin1Char('/'), Qt::SkipEmptyParts),
                                std::move(roles), nullptr, std::move(handler) });
    }

    Match match(Method method, const QString &path) const
    {
        Match m;
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (path.endsWith(QLatin1Char('/')) && path.size() > 1)
            return m; // one spelling per resource: /api/visits/ is not /api/visits
        for (const Route &r : m_routes) {
            QStringList args;
            if (!matches(r.segments, parts, &args))
                continue;
            if (r.method == method) {
                m.route = &r;
                m.args = args;
                return m;
            }
            m.allowed.append(methodName(r.method));
        }
        return m;
    }

    // Every route as "METHOD /pattern" (e.g. "GET /api/visits/{id}"), in the order added: the
    // role-table test checks that each has a row in docs/security.md.
    QStringList patterns() const
    {
        QStringList out;
        for (const Route &r : m_routes)
            out.append(methodName(r.method) + QLatin1String(" /") +
                       r.segments.join(QLatin1Char('/')));
        return out;
    }

    static QString methodName(Method m)
    {
        switch (m) {
        case Method::Get:
            return QStringLiteral("GET");
        case Method::Post:
            return QStringLiteral("POST");
        case Method::Put:
            return QStringLiteral("PUT");
        case Method::Delete:
            return QStringLiteral("DELETE");
        case Method::Patch:
            return QStringLiteral("PATCH");
        case Method::Options:
            return QStringLiteral("OPTIONS");
        case Method::Head:
            return QStringLiteral("HEAD");
        default:
            return QStringLiteral("OTHER");
        }
    }

private:
    static bool matches(const QStringList &pattern, const QStringList &parts, QStringList *args)
    {
        if (pattern.size() != parts.size())
            return false;
        for (int i = 0; i < pattern.size(); ++i) {
            if (pattern[i].startsWith(QLatin1Char('{')))
                args->append(parts[i]);
            else if (pattern[i] != parts[i])
                return false;
        }
        return true;
    }

    QVector<Route> m_routes;
};
