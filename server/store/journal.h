// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <limits>

class Database;

// One row of the `events` journal as the readers need it.
struct JournalEntry {
    qint64 seq = 0;
    QString createdAt; // ISO 8601 UTC
    QString type; // e.g. "visit.checked_in"
    QStringList rooms; // Room names (protocol/rooms.h)
    bool notify = false; // a notice screens show once (called, paid), replayed on reconnect
    QString payloadText; // the stored JSON, as written

    QJsonObject payload() const; // parsed on demand: most readers need only seq, type and rooms
    bool inRoom(const QString &room) const { return rooms.contains(room); }
};

// Reads the journal: the one place its rows are parsed (the hub's fan-out and replay, the
// customer page's stream). Appending belongs to the command pipeline.
class Journal {
public:
    explicit Journal(Database &db)
        : m_db(db)
    {
    }

    struct Range {
        qint64 after = 0; // seq > after
        qint64 upTo = std::numeric_limits<qint64>::max(); // seq <= upTo
        bool noticesOnly = false; // notify = 1 only
        QString since; // created_at >= since (ISO 8601 UTC), when not empty
        QString room; // only entries for this room, when not empty
        int limit = 0; // at most this many, oldest first (0: all)
    };
    // Entries in `range`, oldest first.
    QVector<JournalEntry> read(const Range &range);
    // The newest seq, 0 on an empty journal.
    qint64 lastSeq();

private:
    Database &m_db;
};
