// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// POST /api/login: the per-address and per-account lockouts, and the password check off the
// event loop.

#include "apiserver.h"
#include "http/requestparts.h"

#include "core/clock.h"
#include "domain/spa.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace RequestParts;

// PBKDF2 takes ~0.1 s: it runs on the thread pool so sign-ins never stall the event loop.
void ApiServer::login(const RequestContext &c,
                      const std::function<void(const HttpResponse &)> &done)
{
    const QDateTime now = m_domain.clock().now();
    const QString address = QStringLiteral("addr:") + c.client;
    const QJsonValue who = c.body.contains(QLatin1String("staff_id"))
        ? c.body.value(QLatin1String("staff_id"))
        : c.body.value(QLatin1String("username"));
    const QString account = QStringLiteral("acct:") + who.toVariant().toString();
    // Five wrong passwords from one address lock the account for that address only: anyone on
    // the venue's Wi-Fi could otherwise lock the desk out (issue 19 #11). The account as a whole
    // is held only at a much higher count from all addresses together.
    const QString accountAtAddress = account + QLatin1Char(' ') + address;
    const qint64 wait = std::max({ m_addressLimiter.retryAfter(address, now),
                                   m_accountAddressLimiter.retryAfter(accountAtAddress, now),
                                   m_accountLimiter.retryAfter(account, now) });
    if (wait > 0) {
        HttpResponse r =
            errorResponse(429, "too_many_attempts",
                          QStringLiteral("too many failed sign-ins; try again in %1 s").arg(wait));
        r.headers.append({ QByteArrayLiteral("Retry-After"), QByteArray::number(wait) });
        return done(r);
    }
    const LoginAttempt attempt = m_domain.signIn().prepareLogin(c.body);
    if (attempt.error)
        return done(HttpResponse::fromReply(*attempt.error));
    auto *watcher = new QFutureWatcher<bool>(this);
    ++m_loginsInFlight;
    connect(watcher, &QFutureWatcher<bool>::finished, this, [=] {
        watcher->deleteLater();
        const bool verified = watcher->result();
        // The token is written in a transaction: on this instance's write turn, like any command.
        m_domain.pipeline().whenOurTurn([=] {
            --m_loginsInFlight;
            const Reply reply = m_domain.signIn().finishLogin(attempt, verified);
            const QDateTime at = m_domain.clock().now();
            if (reply.status() == 401) {
                m_addressLimiter.recordFailure(address, at);
                m_accountAddressLimiter.recordFailure(accountAtAddress, at);
                m_accountLimiter.recordFailure(account, at);
            } else if (reply.isOk()) {
                // Only this address's count: a success here says nothing about guesses elsewhere.
                m_accountAddressLimiter.reset(accountAtAddress);
            }
            done(HttpResponse::fromReply(reply));
        });
    });
    watcher->setFuture(QtConcurrent::run([attempt] { return attempt.verify(); }));
}
