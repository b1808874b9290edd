// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "databaseepoch.h"

#include "store/database.h"

#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
const QString kUpsert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
} // namespace

QString DatabaseEpoch::make()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

QString DatabaseEpoch::ensure(Database &db)
{
    const QString key = QString::fromLatin1(kSettingKey);
    QSqlQuery q = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    if (!db.lastOk())
        return QString();
    if (q.next() && !q.value(0).toString().isEmpty())
        return q.value(0).toString();
    const QString epoch = make();
    // INSERT ... ON CONFLICT DO NOTHING: a setup command beside a starting server may race us;
    // whichever wrote first wins and both read it back.
    bool ok = db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                               "ON CONFLICT (key) DO NOTHING"),
                { key, epoch });
        return db.lastOk();
    });
    if (!ok)
        return QString();
    q = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = ?"), { key });
    return q.next() ? q.value(0).toString() : QString();
}

QString DatabaseEpoch::renewFile(const QString &path, QString *error)
{
    const QString name = QStringLiteral("spa-epoch-") + QUuid::createUuid().toString();
    QString epoch = make();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QSqlQuery q(db);
        if (!db.open() || !q.prepare(kUpsert)) {
            *error = db.lastError().text() + q.lastError().text();
            epoch.clear();
        } else {
            q.addBindValue(QString::fromLatin1(kSettingKey));
            q.addBindValue(epoch);
            if (!q.exec()) {
                *error = q.lastError().text();
                epoch.clear();
            }
        }
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return epoch;
}
