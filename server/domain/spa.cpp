// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "spa.h"

#include "store/auditchain.h"
#include "store/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDomain, "spa.domain")

SpaDomain::SpaDomain(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(clock)
{
}

QString SpaDomain::setting(const QString &key, const QString &fallback)
{
    if (m_settingsRollbacks != m_db.rollbacks()) {
        m_settings.clear();
        m_settingsRollbacks = m_db.rollbacks();
    }
    auto it = m_settings.constFind(key);
    if (it == m_settings.cend()) {
        QSqlQuery q =
            m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
        const bool found = q.next();
        if (!m_db.lastOk())
            return fallback; // not kept: the next call asks again
        it = m_settings.insert(key, found ? std::optional(q.value(0).toString()) : std::nullopt);
    }
    return it->value_or(fallback);
}

void SpaDomain::setSetting(const QString &key, const QString &value)
{
    m_settings.clear();
    m_db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
              { key, value });
}

QString SpaDomain::currency()
{
    return setting(QStringLiteral("currency"), QStringLiteral("THB"));
}

QTimeZone SpaDomain::timeZone()
{
    // Making a QTimeZone reads the zone's rules: once per setting, not once per command.
    const QString id = setting(QStringLiteral("timezone"));
    if (m_zoneId == id)
        return m_zone;
    QTimeZone tz(id.toUtf8());
    m_zone = !id.isEmpty() && tz.isValid() ? tz : QTimeZone::systemTimeZone();
    m_zoneId = id;
    return m_zone;
}

QString SpaDomain::businessDate(const QDateTime &utc)
{
    return utc.toTimeZone(timeZone()).date().toString(Qt::ISODate);
}

Reply SpaDomain::mutate(const Principal &who, const std::function<Reply()> &work)
{
    m_pendingSeq = 0;
    const Principal *outer = m_actor;
    m_actor = &who;
    const auto restore = qScopeGuard([&] { m_actor = outer; });
    std::optional<Reply> result;
    const bool committed = m_db.transaction([&] {
        result = work();
        return result->isOk() && m_db.lastOk();
    });
    // A statement failed, the commit failed, or the work gave up half way on a failed statement:
    // 503 when the database refuses writes (full disk, read-only or deleted file), else a bug.
    if (!result || (!committed && (result->isOk() || result->status() == 500))) {
        qCWarning(lcDomain) << "transaction failed; nothing was written";
        return m_db.storageProblem().isEmpty() ? Errors::internal() : Errors::storage();
    }
    if (committed && m_pendingSeq > 0)
        Q_EMIT this->committed(m_pendingSeq);
    return *result;
}

qint64 SpaDomain::journal(const QString &type, const QStringList &rooms, const QJsonObject &payload,
                          bool notify)
{
    const Principal system = Principal::system();
    const Principal &who = m_actor ? *m_actor : system;
    AuditChain::Row row;
    row.createdAt = isoUtc(m_clock.now());
    row.type = type;
    row.rooms = rooms.join(QLatin1Char(' '));
    row.notify = notify ? 1 : 0;
    row.payload = QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
    row.actor = who.actorId();
    row.actorRole = who.isValid() ? who.roleName() : QStringLiteral("system");
    row.actorName = who.isValid() ? who.name : QStringLiteral("system");
    row.address = who.address;
    // The chain: the previous row's hash, read in this transaction (the store has one writer).
    QSqlQuery prev = m_db.exec(QStringLiteral("SELECT hash FROM events ORDER BY seq DESC LIMIT 1"));
    const QString previousHash = prev.next() ? prev.value(0).toString() : QString();
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "INSERT INTO events (created_at, type, rooms, notify, payload, actor, actor_role, "
            "actor_name, address) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq"),
        { row.createdAt, row.type, row.rooms, row.notify, row.payload, row.actor, row.actorRole,
          row.actorName, row.address });
    if (!q.next())
        return m_pendingSeq;
    row.seq = q.value(0).toLongLong();
    m_db.exec(QStringLiteral("UPDATE events SET hash = ? WHERE seq = ?"),
              { AuditChain::hash(previousHash, row), row.seq });
    m_pendingSeq = row.seq;
    return m_pendingSeq;
}

qint64 SpaDomain::lastSeq()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool SpaDomain::dayClosed(const QString &date)
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT 1 FROM day_closes WHERE business_date = ?"), { date });
    return q.next();
}

QString SpaDomain::publicName(const QString &full)
{
    const QStringList parts = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return full.trimmed();
    return parts.first() + QLatin1Char(' ') + parts.last().left(1) + QLatin1Char('.');
}

Reply SpaDomain::publicSettings()
{
    return Reply::ok({ { QStringLiteral("venue_name"),
                         setting(QStringLiteral("venue_name"), QStringLiteral("Spa")) },
                       { QStringLiteral("currency"), currency() },
                       { QStringLiteral("timezone"), QString::fromUtf8(timeZone().id()) },
                       { QStringLiteral("business_date"), today() } });
}
