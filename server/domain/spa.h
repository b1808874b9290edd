// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/clock.h"
#include "core/reply.h"
#include "domain/queueplanner.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QTimeZone>
#include <QUrlQuery>

#include <functional>
#include <optional>

class Database;

// A sign-in split in three so the slow part (PBKDF2) can run off the event loop:
// prepareLogin() reads the account, verify() may run on any thread, finishLogin() issues the token.
struct LoginAttempt {
    std::optional<Reply> error; // malformed request: answer this, verify nothing
    bool byPin = false;
    QString secret;
    QString storedHash;
    qint64 staffId = 0;
    bool verify() const;
};

// The spa's rules: visits and their states, the turn order, payments, voids, reports and day
// closes, staff and services. Each change is one SQL transaction that also appends to the
// `events` journal; `committed` fires only after the commit.
class SpaDomain : public QObject {
    Q_OBJECT
public:
    SpaDomain(Database &db, const Clock &clock, QObject *parent = nullptr);

    // Settings kept in the database (venue name, currency, time zone).
    QString setting(const QString &key, const QString &fallback = QString());
    void setSetting(const QString &key, const QString &value);
    QString currency();
    QTimeZone timeZone();
    QString businessDate(const QDateTime &utc);
    QString today() { return businessDate(m_clock.now()); }

    // Auth
    Reply login(const QJsonObject &body); // all three steps, on this thread
    LoginAttempt prepareLogin(const QJsonObject &body);
    Reply finishLogin(const LoginAttempt &attempt, bool verified);
    Reply logout(const QString &token);
    std::optional<Principal> resolveToken(const QString &token);
    std::optional<Principal> resolveTicketCode(const QString &code);
    QString issueToken(Principal::Role role, qint64 staffId, qint64 deviceId, qint64 ttlSecs);

    // Catalog and staff
    Reply listServices(const Principal &who);
    Reply createService(const QJsonObject &body, const Principal &who = Principal::system());
    Reply updateService(qint64 id, const QJsonObject &body,
                        const Principal &who = Principal::system());
    Reply deleteService(qint64 id, const Principal &who = Principal::system());
    Reply listStaff();
    Reply createStaff(const QJsonObject &body, const Principal &who = Principal::system());
    Reply updateStaff(qint64 id, const QJsonObject &body,
                      const Principal &who = Principal::system());
    Reply deleteStaff(qint64 id, const Principal &who);
    Reply createDevice(const QJsonObject &body, const Principal &who = Principal::system());
    Reply listDevices();
    // Deactivates a device (a lost kiosk) and revokes its tokens, by id: no token needed.
    Reply revokeDevice(qint64 id, const Principal &who = Principal::system());

    // Therapists
    Reply listTherapists();
    // Active therapists' ids and names, for a tablet's "pick your name" screen before sign-in.
    Reply roster();
    // Venue settings the apps show (venue name, currency, time zone).
    Reply publicSettings();
    Reply setTherapistStatus(qint64 id, const QJsonObject &body, const Principal &who);

    // Visits
    // A bound on open visits: one token's loop of check-ins must not grow every screen's state
    // without end (0: no bound).
    void setMaxOpenVisits(int n) { m_maxOpenVisits = n; }
    Reply checkIn(const QJsonObject &body, const Principal &who);
    Reply assign(qint64 id, const QJsonObject &body, const Principal &who);
    Reply call(qint64 id, const Principal &who);
    Reply start(qint64 id, const Principal &who);
    Reply complete(qint64 id, const Principal &who);
    Reply cancel(qint64 id, const QJsonObject &body, const Principal &who);
    Reply noShow(qint64 id, const QJsonObject &body, const Principal &who);
    Reply discount(qint64 id, const QJsonObject &body, const Principal &who);
    // `who` decides what each visit carries: see visitFor().
    Reply listVisits(const QUrlQuery &query, const Principal &who = {});
    Reply getVisit(qint64 id, const Principal &who = {});
    // A visit as `who` may read it. A therapist reads their own visits in full; other
    // therapists' and unassigned visits come without phone and notes (null), without the
    // ticket's secret `code` (the customer's credential), and with the public name ("Somchai J.")
    // and no cancel or discount reason (issue 19 #11). Everyone else: unchanged.
    static QJsonObject visitFor(QJsonObject visit, const Principal &who);

    // Money
    Reply pay(qint64 visitId, const QJsonObject &body, const Principal &who);
    Reply voidPayment(qint64 paymentId, const QJsonObject &body, const Principal &who);
    Reply dailyReport(const QString &date);
    // Every payment and void row of a business day, with ticket and customer, for the day view.
    Reply listPayments(const QString &date);
    Reply closeDay(const QString &date, const Principal &who);

    // The audit trail: journal entries in a range of business days, optionally of one actor,
    // paged by seq (GET /api/audit; query: from, to, who, limit, after_seq).
    Reply auditLog(const QUrlQuery &query);

    // Views for screens: the whole current state a room shows.
    QJsonObject visitJson(qint64 id);
    QJsonArray activeVisits(); // waiting .. awaiting_payment, with positions and waits
    QVector<QJsonObject> openVisits(); // the same, without positions, in two statements
    QJsonArray therapistsJson();
    qint64 lastSeq();

    // What a wall screen may show of a customer: "Somchai J.", never the full name.
    static QString publicName(const QString &fullName);
    // The per-day ticket number as screens show it: 17 → "017".
    static QString ticketLabel(int ticketNo);

    const Clock &clock() const { return m_clock; }
    Database &database() { return m_db; }

Q_SIGNALS:
    // A transaction that journaled events has committed; `seq` is the newest.
    void committed(qint64 seq);
    // A credential stopped being valid (logout, deactivation, password or PIN change, device
    // revoked), after the commit: the transports close the live connections that used it.
    void credentialsRevoked();

private:
    // Runs `work` in a transaction: commits if it returns a success Reply, rolls back otherwise.
    // Every journal() row written by `work` names `who` (and its address) as the actor.
    Reply mutate(const Principal &who, const std::function<Reply()> &work);
    qint64 journal(const QString &type, const QStringList &rooms, const QJsonObject &payload,
                   bool notify = false);
    // The rooms a change to `visit` (as visitJson() gives it, after the change) concerns.
    QStringList visitRooms(const QJsonObject &visit, qint64 otherTherapist = 0);
    bool dayClosed(const QString &date);
    Reply transition(qint64 id, const Principal &who, const QStringList &from,
                     const std::function<Reply(const QJsonObject &visit)> &apply);
    bool therapistMayAct(const Principal &who, const QJsonObject &visit) const;
    std::optional<Reply> validateTherapistForAssign(qint64 therapistId);
    qint64 pickRoom(qint64 preferred);
    QJsonObject staffJson(qint64 id);
    QJsonObject paymentJson(qint64 id);
    QJsonObject buildReport(const QString &date);
    QVector<QueuePlanner::Therapist> therapistStates();

    Database &m_db;
    const Clock &m_clock;
    qint64 m_pendingSeq = 0;
    const Principal *m_actor = nullptr; // who the running mutate() acts for
    int m_maxOpenVisits = 0;
    // Settings are read by most commands (currency, time zone) and change rarely: kept until
    // setSetting(), or until a rollback (a value read inside it may never have been committed).
    QHash<QString, std::optional<QString>> m_settings;
    quint64 m_settingsRollbacks = 0;
    std::optional<QString> m_zoneId; // the setting m_zone was made from
    QTimeZone m_zone;
};
