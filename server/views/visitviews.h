// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"
#include "domain/queueplanner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <QVariantList>
#include <QVector>

#include <optional>

class Clock;
class QSqlQuery;
class Database;
class StaffViews;
class TillViews;
class Venue;

// Visits as screens and the API show them (the one JSON shape of a visit), and the queue.
struct BillSettings;

class VisitViews {
public:
    VisitViews(Database &db, Venue &venue, const Clock &clock, StaffViews &staff, TillViews &till)
        : m_db(db)
        , m_venue(venue)
        , m_clock(clock)
        , m_staff(staff)
        , m_till(till)
    {
    }

    // One visit with its services; empty when there is none with that id.
    QJsonObject visitJson(qint64 id);
    // Open visits (waiting .. awaiting_payment) in check-in order, in two statements.
    QVector<QJsonObject> openVisits();
    // The same, with each waiting visit's queue position and estimated wait.
    QJsonArray activeVisits();
    // The queue position and estimated wait of one open visit, as activeVisits() gives them.
    std::optional<QueuePlanner::Estimate> estimateFor(qint64 visitId);
    // GET /api/visits (query: status, date); `who` decides what each visit carries.
    Reply listVisits(const QUrlQuery &query, const Principal &who = {});
    // GET /api/visits/{id}: the visit with its payments.
    Reply getVisit(qint64 id, const Principal &who = {});

    // A visit as `who` may read it. A therapist reads their own visits in full; other
    // therapists' and unassigned visits come without phone and notes (null), without the
    // ticket's secret `code` (the customer's credential), and with the public name ("Somchai J.")
    // and no cancel or discount reason (issue 19 #11). Everyone else: unchanged.
    static QJsonObject visitFor(QJsonObject visit, const Principal &who);
    // What a wall screen may show of a customer: "Somchai J.", never the full name.
    static QString publicName(const QString &fullName);
    // The per-day ticket number as screens show it: 17 → "017".
    static QString ticketLabel(int ticketNo);

private:
    QHash<qint64, QueuePlanner::Estimate> plan(const QVector<QueuePlanner::QueuedVisit> &queued);
    BillSettings billSettings();
    // visitFromRow() for the current row of `q`, reused while the row's columns and the bill
    // settings are the same as when it was built: every screen's view rebuilds the whole queue
    // after each change, and most of its visits did not change.
    QJsonObject visitFromRowKept(const QSqlQuery &q, const BillSettings &settings);

    Database &m_db;
    Venue &m_venue;
    const Clock &m_clock;
    StaffViews &m_staff;
    TillViews &m_till;
    struct KeptVisit {
        QVariantList row;
        QJsonObject json;
    };
    QHash<qint64, KeptVisit> m_kept;
    QString m_keptSettings; // the bill settings m_kept was built with
    // A visit's services as visitJson() gives them: written once at check-in and never changed
    // (a commission is kept beside them), so read once; dropped after any rollback, which may
    // have undone the visit they were read for.
    QHash<qint64, QJsonArray> m_services;
    quint64 m_servicesRollbacks = 0;
};
