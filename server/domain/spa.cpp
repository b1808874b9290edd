#include "spa.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDomain, "spa.domain")

SpaDomain::SpaDomain(Database &db, const Clock &clock, QObject *parent)
    : QObject(parent), m_db(db), m_clock(clock)
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
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                { key });
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

Reply SpaDomain::mutate(const std::function<Reply()> &work)
{
    m_pendingSeq = 0;
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
    QSqlQuery q = m_db.exec(
            QStringLiteral("INSERT INTO events (created_at, type, rooms, notify, payload) "
                           "VALUES (?, ?, ?, ?, ?) RETURNING seq"),
            { isoUtc(m_clock.now()), type, rooms.join(QLatin1Char(' ')), notify ? 1 : 0,
              QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)) });
    if (q.next())
        m_pendingSeq = q.value(0).toLongLong();
    return m_pendingSeq;
}

qint64 SpaDomain::lastSeq()
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events"));
    return q.next() ? q.value(0).toLongLong() : 0;
}

bool SpaDomain::dayClosed(const QString &date)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT 1 FROM day_closes WHERE business_date = ?"),
                            { date });
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
    return Reply::ok({ { QStringLiteral("venue_name"), setting(QStringLiteral("venue_name"), QStringLiteral("Spa")) },
                       { QStringLiteral("currency"), currency() },
                       { QStringLiteral("timezone"), QString::fromUtf8(timeZone().id()) },
                       { QStringLiteral("business_date"), today() } });
}
