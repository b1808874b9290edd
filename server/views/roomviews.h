// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

#include "therapistdays.h"

class SpaDomain;
struct JournalEntry;

// What each room shows, built from the current state (small for one venue). A state event
// carries the whole view, so a client has one code path: replace what it shows.
class RoomViews {
public:
    explicit RoomViews(SpaDomain &domain);

    // The event name a room's state goes out under: monitor → monitor_updated, ...
    static QString stateEvent(const QString &room);
    QJsonObject view(const QString &room);

    // Views are cached until the next committed change (or 30 s, as waits move with the clock),
    // so a storm of reconnecting screens costs one query pass, not one per screen.
    void invalidate();
    // The same after a commit whose journal entries are `entries`, keeping each therapist's day
    // (served visits, tips) but what the entries say changed: every write to a visit or its
    // payments names the visit's customer room and its therapist's room (Visits::rooms).
    void invalidate(const QVector<JournalEntry> &entries);
    // The room's state event as one ready-to-send Engine.IO message (UTF-8), built once per
    // change.
    QByteArray frame(const QString &room, qint64 seq);
    // The view behind frame(room, seq) serialized without its seq (empty until frame() built it),
    // so the hub can tell an unchanged view from a changed one.
    QByteArray body(const QString &room, qint64 seq) const;

private:
    QJsonArray activeVisits();
    QJsonArray therapists();

    QJsonObject monitorView();
    QJsonObject cashierView();
    // Without "served" when `served` is false: frame() splices in the day's kept text.
    QJsonObject therapistView(qint64 staffId, bool served = true);
    void dropViews();
    QJsonObject customerView(qint64 visitId);

    SpaDomain &m_domain;
    std::optional<QJsonArray> m_active;
    QHash<qint64, int> m_activeIndex; // visit id → its place in m_active, for customer views
    std::optional<QJsonArray> m_therapists;
    QHash<QString, QByteArray> m_frames;
    QHash<QString, QByteArray> m_bodies;
    QElapsedTimer m_age;
    TherapistDays m_days;
    // Each ticket's view with the visit (and venue name) it was made from: kept while they
    // compare equal, so an unchanged ticket costs a comparison, not a rebuild.
    struct CustomerView {
        QJsonObject visit;
        QString venue;
        QJsonObject view;
    };
    QHash<qint64, CustomerView> m_customerViews;
};
