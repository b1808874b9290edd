// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "journal.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

QJsonObject JournalEntry::payload() const
{
    return QJsonDocument::fromJson(payloadText.toUtf8()).object();
}

QVector<JournalEntry> Journal::read(const Range &range)
{
    // One statement text per shape, so each is compiled once and kept.
    QString sql = QStringLiteral("SELECT seq, created_at, type, rooms, notify, payload FROM events "
                                 "WHERE seq > ? AND seq <= ?");
    if (range.noticesOnly)
        sql += QStringLiteral(" AND notify = 1");
    if (!range.since.isEmpty())
        sql += QStringLiteral(" AND created_at >= ?");
    if (!range.room.isEmpty())
        sql += QStringLiteral(" AND (' ' || rooms || ' ') LIKE ?");
    sql += QStringLiteral(" ORDER BY seq");
    if (range.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(range.limit);

    QVariantList binds { range.after, range.upTo };
    if (!range.since.isEmpty())
        binds.append(range.since);
    if (!range.room.isEmpty())
        binds.append(QString(QLatin1String("% ") + range.room + QLatin1String(" %")));
    QSqlQuery q = m_db.exec(sql, binds);

    QVector<JournalEntry> out;
    while (q.next()) {
        JournalEntry e;
        e.seq = q.value(0).toLongLong();
        e.createdAt = q.value(1).toString();
        e.type = q.value(2).toString();
        e.rooms = q.value(3).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        e.notify = q.value(4).toInt() == 1;
        e.payloadText = q.value(5).toString();
        out.append(std::move(e));
    }
    return out;
}

qint64 Journal::lastSeq()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}
