// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The store: migrations from an empty file, re-opening an up-to-date database, the connection
// pragmas, a failing migration rolling back whole, transaction() and data surviving a re-open.
// Under SPA_TEST_ENGINE=postgres (ctest tst_store_pg) the same on a throwaway PostgreSQL cluster,
// SQLite's own mechanics skipped, plus the instances' change feed (LISTEN/NOTIFY).
#include "store/changefeed.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/pgurl.h"
#include "testengine.h"

#include <QFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

// Inside a test function: what follows is about SQLite's own mechanics (files, pragmas, kept
// statements), not something PostgreSQL has.
#define SQLITE_ONLY(why)                                                                           \
    if (TestEngine::postgres())                                                                    \
    QSKIP("SQLite only: " why)

namespace {

// Every table the schema is meant to have, whatever migration adds it.
const QStringList kTables { QStringLiteral("settings"),         QStringLiteral("staff"),
                            QStringLiteral("services"),         QStringLiteral("rooms"),
                            QStringLiteral("therapist_state"),  QStringLiteral("visits"),
                            QStringLiteral("visit_services"),   QStringLiteral("payments"),
                            QStringLiteral("day_closes"),       QStringLiteral("devices"),
                            QStringLiteral("tokens"),           QStringLiteral("events"),
                            QStringLiteral("schema_migrations") };

QStringList rows(Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    QStringList out;
    while (q.next()) {
        QStringList cols;
        for (int i = 0; i < q.record().count(); ++i)
            cols.append(q.value(i).isNull() ? QStringLiteral("<null>") : q.value(i).toString());
        out.append(cols.join(QLatin1Char('|')));
    }
    return out;
}

QString scalar(Database &db, const QString &sql)
{
    QSqlQuery q = db.exec(sql);
    return q.next() ? q.value(0).toString() : QStringLiteral("<no row>");
}

QStringList schema(Database &db)
{
    if (db.engine() == Database::Engine::Postgres)
        return rows(db,
                    QStringLiteral("SELECT table_name, column_name, data_type, column_default, "
                                   "is_identity FROM information_schema.columns WHERE "
                                   "table_schema = 'public' ORDER BY table_name, column_name")) +
            rows(db,
                 QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                                "'public' ORDER BY indexname"));
    return rows(db,
                QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master "
                               "ORDER BY type, name"));
}

QStringList tableNames(Database &db)
{
    if (db.engine() == Database::Engine::Postgres)
        return rows(db,
                    QStringLiteral("SELECT table_name FROM information_schema.tables WHERE "
                                   "table_schema = 'public' ORDER BY table_name"));
    return rows(db,
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
}

// Indexes made by CREATE INDEX (not the ones primary keys bring along).
QString indexCount(Database &db)
{
    if (db.engine() == Database::Engine::Postgres)
        return scalar(db,
                      QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = 'public' "
                                     "AND indexname NOT LIKE '%_pkey'"));
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'index'"));
}

QStringList appliedMigrations(Database &db)
{
    return rows(db,
                QStringLiteral("SELECT version, name, applied_at FROM schema_migrations "
                               "ORDER BY version"));
}

int latestVersion()
{
    int v = 0;
    for (const Migration &m : migrations())
        v = std::max(v, m.version);
    return v;
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();

    void migrationsAreOrdered();
    void migrateFromEmptyFile();
    void reopenUpToDateChangesNothing();
    void migrateTwiceInOneSession();
    void pragmas();
    void foreignKeysEnforced();
    void failingMigrationRollsBackWhole();
    void transactionRollsBackWhenWorkFails();
    void transactionCommitsWhenWorkSucceeds();
    void dataSurvivesCloseAndReopen();
    void execReportsFailure();
    void twoConnectionsOnOneFile();
    void pingAndBackup();
    void badPostgresUrlsRefusedClearly_data();
    void badPostgresUrlsRefusedClearly();
    void postgresUrlParts();
    // PostgreSQL: several instances
    void feedHearsCommitsOnlyAfterCommit();
    void writeTransactionsNoteOtherWriters();
    void feedAndWritesHealAfterServerRestart();
    void openFailsOnUnwritablePath();

    // The kept (cached) statements behind exec().
    void statementsAreKeptAndReused();
    void sameSqlNestedWhileReading();
    void failedStatementLeavesCacheUsable();
    void untypedPlaceholderInsideATransaction();
    void keptStatementsAfterRollback();
    void valuesKeepTheirTypes();
    void schemaChangeSeenByKeptStatements();
    void closeWithKeptStatements();
    void writesFailTheirTransaction();

private:
    QString freshPath();

    QTemporaryDir m_dir;
    int m_counter = 0;
};

void TestStore::init()
{
    QVERIFY(m_dir.isValid());
    if (const QString why = TestEngine::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(QStringLiteral("PostgreSQL tests skipped: ") + why));
}

QString TestStore::freshPath()
{
    return TestEngine::fresh(m_dir, QStringLiteral("store-%1").arg(++m_counter));
}

void TestStore::migrationsAreOrdered()
{
    // Versions start at 1, strictly increase, and every step has a name and statements.
    const auto &all = migrations();
    QVERIFY(!all.isEmpty());
    int previous = 0;
    for (const Migration &m : all) {
        QVERIFY2(m.version > previous,
                 qPrintable(QStringLiteral("version %1 after %2").arg(m.version).arg(previous)));
        QVERIFY(m.name && *m.name);
        QVERIFY(!m.statements.isEmpty());
        previous = m.version;
    }
    QCOMPARE(all.first().version, 1);
}

void TestStore::migrateFromEmptyFile()
{
    const QString path = freshPath();
    const bool pg = TestEngine::postgres();
    QVERIFY(pg || !QFile::exists(path));
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY(pg || QFile::exists(path));
    QCOMPARE(tableNames(db), QStringList());

    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), latestVersion());

    // One row per migration, with its name and an ISO UTC time.
    const QStringList applied = appliedMigrations(db);
    QCOMPARE(applied.size(), migrations().size());
    for (int i = 0; i < migrations().size(); ++i) {
        const QStringList cols = applied[i].split(QLatin1Char('|'));
        QCOMPARE(cols[0].toInt(), migrations()[i].version);
        QCOMPARE(cols[1], QString::fromUtf8(migrations()[i].name));
        const QDateTime at = QDateTime::fromString(cols[2], Qt::ISODateWithMs);
        QVERIFY2(at.isValid() && cols[2].endsWith(QLatin1Char('Z')), qPrintable(cols[2]));
    }

    const QStringList tables = tableNames(db);
    for (const QString &t : kTables)
        QVERIFY2(tables.contains(t), qPrintable(QStringLiteral("missing table ") + t));

    if (pg) {
        // The {{ID}} placeholder became an identity column.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT is_identity || ' ' || data_type FROM "
                                       "information_schema.columns WHERE table_name = 'events' "
                                       "AND column_name = 'seq'")),
                 QStringLiteral("YES bigint"));
    }
    // The {{ID}} placeholder became SQLite's auto-increment key everywhere.
    const QString allSql = pg
        ? QString()
        : rows(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
              .join(QLatin1Char('\n'));
    QVERIFY(!allSql.contains(QLatin1String("{{")));
    QVERIFY(pg ||
            scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'events'"))
                .contains(QLatin1String("seq INTEGER PRIMARY KEY AUTOINCREMENT")));

    // The journal has the columns the design names.
    QSqlRecord events = db.handle().record(QStringLiteral("events"));
    for (const char *col : { "seq", "created_at", "type", "rooms", "notify", "payload" })
        QVERIFY2(events.contains(QLatin1String(col)), col);

    // The money and state CHECKs are there: a bad status or a bad method is refused.
    db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'b')"));
    QVERIFY(db.lastOk());
    db.exec(QStringLiteral(
        "INSERT INTO staff (display_name, role, created_at) VALUES ('x', 'janitor', 'now')"));
    QVERIFY(!db.lastOk());
}

void TestStore::reopenUpToDateChangesNothing()
{
    const QString path = freshPath();
    QStringList schemaBefore, migrationsBefore;
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(db.migrate(&error), qPrintable(error));
        schemaBefore = schema(db);
        migrationsBefore = appliedMigrations(db);
        QVERIFY(!schemaBefore.isEmpty());
    }
    // Let a second opening's applied_at differ if a migration were (wrongly) re-run.
    QTest::qWait(5);
    for (int round = 0; round < 2; ++round) {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(db.migrate(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), latestVersion());
        QCOMPARE(schema(db), schemaBefore);
        QCOMPARE(appliedMigrations(db), migrationsBefore);
        if (!TestEngine::postgres())
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }
}

void TestStore::migrateTwiceInOneSession()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    const QStringList before = schema(db);
    const QStringList applied = appliedMigrations(db);
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(schema(db), before);
    QCOMPARE(appliedMigrations(db), applied);
}

void TestStore::pragmas()
{
    SQLITE_ONLY("the connection's pragmas");
    const QString path = freshPath();
    for (int round = 0; round < 2; ++round) { // a new file, then the same file re-opened
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(db.migrate(&error), qPrintable(error));
        QCOMPARE(db.engine(), Database::Engine::Sqlite);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toLower(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")), QStringLiteral("2")); // FULL
        // Still so inside a transaction's connection use.
        QVERIFY(db.transaction([&] {
            return scalar(db, QStringLiteral("PRAGMA foreign_keys")) == QLatin1String("1");
        }));
    }
}

void TestStore::foreignKeysEnforced()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    db.exec(QStringLiteral(
        "INSERT INTO visit_services (visit_id, service_id, name, price, duration_min) "
        "VALUES (999, 999, 'ghost', 1, 1)"));
    QVERIFY2(!db.lastOk(), "a row pointing at no visit must be refused");
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM visit_services")),
             QStringLiteral("0"));
}

void TestStore::failingMigrationRollsBackWhole()
{
    const QString path = freshPath();
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    // The last table of migration 1 already exists (with another shape): its CREATE fails after
    // the migration has created everything before it.
    db.exec(QStringLiteral("CREATE TABLE events (x INTEGER)"));
    QVERIFY(db.lastOk());

    QVERIFY(!db.migrate(&error));
    QVERIFY2(error.contains(QLatin1String("migration 1")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("events")), qPrintable(error));

    // Nothing of migration 1 stayed: no version row, none of its other tables.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = 1")),
             QStringLiteral("0"));
    QCOMPARE(db.schemaVersion(), 0);
    QCOMPARE(tableNames(db),
             QStringList({ QStringLiteral("events"), QStringLiteral("schema_migrations") }));
    QCOMPARE(indexCount(db), QStringLiteral("0"));

    // Once the obstacle is gone, the same file migrates cleanly.
    db.exec(QStringLiteral("DROP TABLE events"));
    QVERIFY(db.lastOk());
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), latestVersion());
    QVERIFY(db.handle().record(QStringLiteral("events")).contains(QStringLiteral("seq")));
}

void TestStore::transactionRollsBackWhenWorkFails()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));

    bool ran = false;
    QString seenInside;
    const bool ok = db.transaction([&] {
        ran = true;
        db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k1', 'v1')"));
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES ('Room X')"));
        seenInside = scalar(db, QStringLiteral("SELECT COUNT(*) FROM rooms"));
        return false; // the work failed
    });
    QVERIFY(ran);
    QVERIFY(!ok);
    // Visible inside the transaction...
    QCOMPARE(seenInside, QStringLiteral("1"));
    // ...and gone after the rollback.
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings")), QStringLiteral("0"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rooms")), QStringLiteral("0"));

    // The connection is usable afterwards and not left inside a transaction.
    QVERIFY(db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('k2', 'v2')"));
        return db.lastOk();
    }));
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'k2'")),
             QStringLiteral("v2"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = 'k1'")),
             QStringLiteral("0"));
}

void TestStore::transactionCommitsWhenWorkSucceeds()
{
    const QString path = freshPath();
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QVERIFY(db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES (?)"),
                { QStringLiteral("Room 1") });
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES (?)"),
                { QStringLiteral("Room 2") });
        return db.lastOk();
    }));
    // Another connection sees the committed rows at once.
    Database other;
    QVERIFY2(other.open(path, &error), qPrintable(error));
    QCOMPARE(scalar(other, QStringLiteral("SELECT COUNT(*) FROM rooms")), QStringLiteral("2"));
}

void TestStore::dataSurvivesCloseAndReopen()
{
    const QString path = freshPath();
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(db.migrate(&error), qPrintable(error));
        QVERIFY(db.transaction([&] {
            db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                    { QStringLiteral("venue_name"), QStringLiteral("Lotus ร้านนวด") });
            db.exec(
                QStringLiteral(
                    "INSERT INTO events (created_at, type, rooms, payload) VALUES (?, ?, ?, ?)"),
                { QStringLiteral("2026-03-02T09:00:00.000Z"), QStringLiteral("test"),
                  QStringLiteral("cashier"), QStringLiteral("{}") });
            db.exec(QStringLiteral("INSERT INTO services (name, duration_min, price, created_at) "
                                   "VALUES (?, ?, ?, ?)"),
                    { QStringLiteral("Thai"), 60, qint64(123456789012LL), QStringLiteral("now") });
            return db.lastOk();
        }));
        db.close();
        QVERIFY(!db.isOpen());
    }
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'venue_name'")),
             QStringLiteral("Lotus ร้านนวด"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT seq || ' ' || type FROM events")),
             QStringLiteral("1 test"));
    QSqlQuery q = db.exec(QStringLiteral("SELECT price FROM services WHERE name = 'Thai'"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 123456789012LL); // money beyond 32 bits is kept exactly
}

void TestStore::execReportsFailure()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    db.exec(QStringLiteral("SELECT * FROM no_such_table"));
    QVERIFY(!db.lastOk());
    db.exec(QStringLiteral("SELECT 1"));
    QVERIFY(db.lastOk());
    // Bindings are values, never SQL.
    db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
            { QStringLiteral("k'); DROP TABLE settings; --"), QStringLiteral("v") });
    QVERIFY(db.lastOk());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings")), QStringLiteral("1"));
    // A duplicate primary key is a failure, not a silent success.
    db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
            { QStringLiteral("k'); DROP TABLE settings; --"), QStringLiteral("v") });
    QVERIFY(!db.lastOk());
}

void TestStore::twoConnectionsOnOneFile()
{
    const QString path = freshPath();
    Database a, b;
    QString error;
    QVERIFY2(a.open(path, &error), qPrintable(error));
    QVERIFY2(a.migrate(&error), qPrintable(error));
    QVERIFY2(b.open(path, &error), qPrintable(error));
    QVERIFY2(b.migrate(&error), qPrintable(error));
    QVERIFY(a.handle().connectionName() != b.handle().connectionName());
    // A reader does not see an uncommitted write (WAL: readers beside the writer).
    QVERIFY(!a.transaction([&] {
        a.exec(QStringLiteral("INSERT INTO rooms (name) VALUES ('R')"));
        return scalar(b, QStringLiteral("SELECT COUNT(*) FROM rooms")) == QLatin1String("1");
    }));
    QCOMPARE(scalar(b, QStringLiteral("SELECT COUNT(*) FROM rooms")), QStringLiteral("0"));
    a.close();
    QCOMPARE(scalar(b, QStringLiteral("SELECT COUNT(*) FROM schema_migrations")),
             QString::number(migrations().size()));
}

void TestStore::pingAndBackup()
{
    const QString path = freshPath();
    Database db;
    QString error;
    QVERIFY2(db.open(path, &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    QVERIFY(db.ping() >= 0);
    if (TestEngine::postgres()) {
        // Backed up with pg_dump (docs/operations.md): refused clearly, nothing written.
        const QString copy = m_dir.filePath(QStringLiteral("backup-pg.db"));
        QVERIFY(!db.backupTo(copy, &error));
        QVERIFY2(error.contains(QLatin1String("own tools")), qPrintable(error));
        QVERIFY(!QFile::exists(copy));
        db.close();
        QCOMPARE(db.ping(), -1.0);
        return;
    }
    db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES ('Room 1')"));
    const QString copy = m_dir.filePath(QStringLiteral("backup-%1.db").arg(m_counter));
    QVERIFY2(db.backupTo(copy, &error), qPrintable(error));
    Database restored;
    QVERIFY2(restored.open(copy, &error), qPrintable(error));
    QVERIFY2(restored.migrate(&error), qPrintable(error));
    QCOMPARE(restored.schemaVersion(), latestVersion());
    QCOMPARE(scalar(restored, QStringLiteral("SELECT name FROM rooms")), QStringLiteral("Room 1"));
    QCOMPARE(schema(restored), schema(db));
    db.close();
    QCOMPARE(db.ping(), -1.0);
}

void TestStore::badPostgresUrlsRefusedClearly_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    QTest::newRow("no database") << "postgresql://spa:pw@localhost:5432/"
                                 << "names no database";
    QTest::newRow("no host") << "postgresql:///spa"
                             << "names no host";
    QTest::newRow("unknown option") << "postgresql://spa@localhost/spa?sslcert=/x"
                                    << "does not know: sslcert";
    QTest::newRow("option with a space") << "postgresql://spa@localhost/spa?sslmode=a%20b"
                                         << "has a space";
    QTest::newRow("nested path") << "postgresql://spa@localhost/spa/x"
                                 << "names no database";
    // Nothing listens on port 1: the connection is refused, and the error says where it went,
    // without the password.
    QTest::newRow("nothing there") << "postgresql://spa:secret@127.0.0.1:1/spa"
                                   << "cannot connect to postgresql://spa:***@127.0.0.1:1/spa";
}

void TestStore::badPostgresUrlsRefusedClearly()
{
    QFETCH(QString, url);
    QFETCH(QString, says);
    Database db;
    QString error;
    QVERIFY(!db.open(url, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("secret")), qPrintable(error));
    QVERIFY(!db.isOpen());
}

void TestStore::postgresUrlParts()
{
    QString error;
    const auto tcp = PgUrl::parse(
        QStringLiteral("postgresql://spa:p%40ss@db.example:6543/venue?sslmode=require"), &error);
    QVERIFY2(tcp, qPrintable(error));
    QCOMPARE(tcp->host, QStringLiteral("db.example"));
    QCOMPARE(tcp->port, 6543);
    QCOMPARE(tcp->user, QStringLiteral("spa"));
    QCOMPARE(tcp->password, QStringLiteral("p@ss"));
    QCOMPARE(tcp->dbname, QStringLiteral("venue"));
    QCOMPARE(tcp->options,
             QStringLiteral("sslmode=require;connect_timeout=5;application_name=spa-server"));
    QCOMPARE(tcp->redacted(), QStringLiteral("postgresql://spa:***@db.example:6543/venue"));
    const auto socket =
        PgUrl::parse(QStringLiteral("postgres://spa@localhost/venue?host=/run/postgresql"), &error);
    QVERIFY2(socket, qPrintable(error));
    QCOMPARE(socket->host, QStringLiteral("/run/postgresql"));
    QCOMPARE(socket->port, 5432);
    QVERIFY(!PgUrl::looksLikeOne(QStringLiteral("/var/lib/spa/postgres.db")));
}

namespace {
#define PG_ONLY()                                                                                  \
    if (!TestEngine::postgres())                                                                   \
    QSKIP("PostgreSQL only (ctest tst_store_pg)")
} // namespace

void TestStore::feedHearsCommitsOnlyAfterCommit()
{
    PG_ONLY();
    const QString url = freshPath();
    Database db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    ChangeFeed feed(url);
    QVERIFY(feed.start());
    QSignalSpy heard(&feed, &ChangeFeed::committed);
    const QString notify = db.dialect().notifyCommitted();
    QVERIFY(!notify.isEmpty());
    // A rolled-back transaction's notification is never delivered...
    QVERIFY(!db.transaction([&] {
        db.exec(notify, { 41 });
        return false;
    }));
    // ...a committed one is, once, with its seq; and in commit order.
    QVERIFY(db.transaction([&] {
        db.exec(notify, { 42 });
        return db.lastOk();
    }));
    QVERIFY(db.transaction([&] {
        db.exec(notify, { 43 });
        return db.lastOk();
    }));
    QTRY_COMPARE(heard.size(), 2);
    QTest::qWait(100);
    QCOMPARE(heard.size(), 2);
    QCOMPARE(heard.at(0).at(0).toLongLong(), 42);
    QCOMPARE(heard.at(1).at(0).toLongLong(), 43);
}

void TestStore::writeTransactionsNoteOtherWriters()
{
    PG_ONLY();
    const QString url = freshPath();
    Database a, b;
    QString error;
    QVERIFY2(a.open(url, &error), qPrintable(error));
    QVERIFY2(a.migrate(&error), qPrintable(error));
    QVERIFY2(b.open(url, &error), qPrintable(error));
    QVERIFY2(b.migrate(&error), qPrintable(error));
    const QString append = QStringLiteral("INSERT INTO events (created_at, type, rooms, payload) "
                                          "VALUES ('2026-03-02T09:00:00.000Z', 't', '', '{}') "
                                          "RETURNING seq");
    auto write = [&](Database &db) {
        qint64 seq = 0;
        const bool ok = db.transaction([&] {
            QSqlQuery q = db.exec(append);
            seq = q.next() ? q.value(0).toLongLong() : 0;
            return seq > 0;
        });
        if (ok)
            db.noteOwnCommit(seq);
        return ok;
    };
    QVERIFY(write(a)); // the first write learns the journal's head
    const quint64 epoch = a.cacheEpoch();
    QVERIFY(write(a));
    QCOMPARE(a.cacheEpoch(), epoch); // its own writes leave its caches alone
    QVERIFY(write(b));
    QVERIFY(write(a));
    QVERIFY2(a.cacheEpoch() > epoch, "another instance wrote: caches read before are stale");
    // Writers hold one lock from BEGIN to COMMIT: while `a` is inside a write transaction, a
    // third connection cannot take it.
    QVERIFY(a.transaction([&] {
        QSqlQuery q = b.exec(QStringLiteral("SELECT pg_try_advisory_xact_lock(7565601)"));
        return q.next() && !q.value(0).toBool();
    }));
}

void TestStore::feedAndWritesHealAfterServerRestart()
{
    PG_ONLY();
    const QString url = freshPath();
    Database db;
    QString error;
    QVERIFY2(db.open(url, &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    ChangeFeed feed(url);
    QVERIFY(feed.start());
    QSignalSpy lost(&feed, &ChangeFeed::lost);
    QSignalSpy resumed(&feed, &ChangeFeed::resumed);
    QVERIFY(PgCluster::instance()->restart());
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(resumed.size(), 1, 10000);
    QVERIFY(feed.isListening());
    // The command connection was cut too: the next write finds out at BEGIN, connects again
    // and goes through; nothing is left marked as failing.
    QVERIFY(db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES ('R')"));
        return db.lastOk();
    }));
    QVERIFY(!db.connectionLost());
    QCOMPARE(db.storageProblem(), QString());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rooms")), QStringLiteral("1"));
    // While the server is down, a write is refused as a storage failure (503, not 500) and
    // the database says why; once it is back, the next write heals it.
    QVERIFY(PgCluster::instance()->stopServer());
    QVERIFY(!db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES ('S')"));
        return db.lastOk();
    }));
    QVERIFY(db.connectionLost());
    QVERIFY2(!db.storageProblem().isEmpty(), "a lost server is a storage problem");
    QCOMPARE(db.ping(), -1.0);
    QVERIFY(PgCluster::instance()->startServer());
    QTRY_VERIFY_WITH_TIMEOUT(db.ping() >= 0, 10000); // tries again with backoff (0.25-5 s)
    QVERIFY(db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES ('T')"));
        return db.lastOk();
    }));
    QCOMPARE(db.storageProblem(), QString());
    QCOMPARE(rows(db, QStringLiteral("SELECT name FROM rooms ORDER BY id")),
             QStringList({ "R", "T" }));
}

void TestStore::openFailsOnUnwritablePath()
{
    SQLITE_ONLY("a file path");
    Database db;
    QString error;
    QVERIFY(!db.open(m_dir.filePath(QStringLiteral("no/such/dir/spa.db")), &error));
    QVERIFY(!error.isEmpty());
}

void TestStore::statementsAreKeptAndReused()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    const int before = db.cachedStatements();
    const QString insert = QStringLiteral("INSERT INTO rooms (name) VALUES (?)");
    for (int i = 0; i < 5; ++i)
        db.exec(insert, { QStringLiteral("Room %1").arg(i) });
    if (!TestEngine::postgres()) // PostgreSQL's statements go through Qt Sql, kept by nobody
        QCOMPARE(db.cachedStatements(), before + 1);
    // Each run binds its own values: none leak from the run before.
    QCOMPARE(rows(db, QStringLiteral("SELECT name FROM rooms ORDER BY id")),
             QStringList({ "Room 0", "Room 1", "Room 2", "Room 3", "Room 4" }));
    QSqlQuery q = db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES (?) RETURNING id"),
                          { QStringLiteral("Room 5") });
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), 6);
    QCOMPARE(q.numRowsAffected(), 1);
}

void TestStore::sameSqlNestedWhileReading()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    for (const char *name : { "A", "B", "C" })
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES (?)"),
                { QString::fromLatin1(name) });
    // The same SQL runs again (and to the end) while the outer rows are being read.
    const QString byId = QStringLiteral("SELECT id, name FROM rooms WHERE id >= ? ORDER BY id");
    QSqlQuery outer = db.exec(byId, { 1 });
    QStringList seen;
    while (outer.next()) {
        QSqlQuery inner = db.exec(byId, { outer.value(0) });
        QStringList names;
        while (inner.next())
            names.append(inner.value(1).toString());
        seen.append(outer.value(1).toString() + QLatin1Char(':') + names.join(QLatin1Char(',')));
    }
    QCOMPARE(seen, QStringList({ "A:A,B,C", "B:B,C", "C:C" }));
    // Rows read earlier stay as they were when a later write changes the table.
    QSqlQuery before = db.exec(byId, { 1 });
    db.exec(QStringLiteral("UPDATE rooms SET name = 'Z'"));
    QVERIFY(before.next());
    QCOMPARE(before.value(1).toString(), QStringLiteral("A"));
    QCOMPARE(before.record().fieldName(1), QStringLiteral("name"));
    // Nothing stays open: an online backup (VACUUM INTO) needs no statement running.
    if (!TestEngine::postgres())
        QVERIFY2(db.backupTo(m_dir.filePath(QStringLiteral("nested-%1.db").arg(m_counter)), &error),
                 qPrintable(error));
}

void TestStore::untypedPlaceholderInsideATransaction()
{
    // PostgreSQL cannot prepare `? IS NULL` (nothing decides the placeholder's type): the
    // statement goes as text instead, and the transaction it is in still commits. Without the
    // savepoint around the failed prepare, the transaction would be aborted and roll back.
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    const QString untyped =
        QStringLiteral("SELECT CASE WHEN ? IS NULL THEN 'none' ELSE 'some' END");
    QString seen;
    QVERIFY(db.transaction([&] {
        db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                { QStringLiteral("before"), QStringLiteral("1") });
        QSqlQuery q = db.exec(untyped, { QVariant() });
        seen = q.next() ? q.value(0).toString() : QString();
        db.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                { QStringLiteral("after"), QStringLiteral("2") });
        return db.lastOk();
    }));
    QCOMPARE(seen, QStringLiteral("none"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM settings WHERE key IN "
                                   "('before', 'after')")),
             QStringLiteral("2"));
    // And again, now known not to prepare: straight to text, with a value this time.
    QSqlQuery again = db.exec(untyped, { QStringLiteral("x") });
    QVERIFY(db.lastOk());
    QVERIFY(again.next());
    QCOMPARE(again.value(0).toString(), QStringLiteral("some"));
}

void TestStore::failedStatementLeavesCacheUsable()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)");
    db.exec(insert, { QStringLiteral("k"), QStringLiteral("v") });
    QVERIFY(db.lastOk());
    // A constraint failure of a kept statement: reported, and the statement runs again later.
    QSqlQuery dup = db.exec(insert, { QStringLiteral("k"), QStringLiteral("v2") });
    QVERIFY(!db.lastOk());
    QVERIFY(dup.lastError().isValid());
    QVERIFY(dup.lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive));
    QVERIFY(!dup.next());
    db.exec(insert, { QStringLiteral("k2"), QStringLiteral("v2") });
    QVERIFY(db.lastOk());
    // Wrong parameter count, SQL that does not compile, and two statements at once fail cleanly.
    db.exec(insert, { QStringLiteral("k3") });
    QVERIFY(!db.lastOk());
    db.exec(QStringLiteral("SELEC 1"));
    QVERIFY(!db.lastOk());
    db.exec(QStringLiteral("SELECT 1; DELETE FROM settings"));
    QVERIFY(!db.lastOk());
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings")), QStringLiteral("2"));
    QVERIFY(db.lastOk());
    // A failed statement inside transaction() rolls the whole transaction back.
    QVERIFY(!db.transaction([&] {
        db.exec(insert, { QStringLiteral("k4"), QStringLiteral("v4") });
        db.exec(insert, { QStringLiteral("k"), QStringLiteral("again") });
        return true;
    }));
    QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM settings")), QStringLiteral("2"));
}

void TestStore::keptStatementsAfterRollback()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    const QString insert = QStringLiteral("INSERT INTO rooms (name) VALUES (?)");
    const QString count = QStringLiteral("SELECT COUNT(*) FROM rooms");
    const quint64 rollbacks = db.rollbacks();
    QVERIFY(!db.transaction([&] {
        db.exec(insert, { QStringLiteral("gone") });
        return scalar(db, count) == QLatin1String("1") && false;
    }));
    QCOMPARE(db.rollbacks(), rollbacks + 1);
    // The same kept statements, after the rollback, see and write committed state only.
    QCOMPARE(scalar(db, count), QStringLiteral("0"));
    QVERIFY(db.transaction([&] {
        db.exec(insert, { QStringLiteral("kept") });
        return db.lastOk();
    }));
    QCOMPARE(db.rollbacks(), rollbacks + 1);
    QCOMPARE(rows(db, QStringLiteral("SELECT name FROM rooms")), QStringList({ "kept" }));
    // Another connection sees the commit: nothing was left uncommitted or open.
    Database other;
    QVERIFY2(other.open(db.location(), &error), qPrintable(error));
    QCOMPARE(scalar(other, count), QStringLiteral("1"));
}

void TestStore::valuesKeepTheirTypes()
{
    SQLITE_ONLY("untyped parameters; the domain tests cover PostgreSQL's types");
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QSqlQuery q = db.exec(QStringLiteral("SELECT ?, ?, ?, ?, ?, ?, ?, NULL"),
                          { qint64(1) << 40, 2.5, QStringLiteral("Dewi ✓"), QByteArray("\0\1", 2),
                            true, QString(), QVariant() });
    QVERIFY(db.lastOk());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).typeId(), int(QMetaType::LongLong));
    QCOMPARE(q.value(0).toLongLong(), qint64(1) << 40);
    QCOMPARE(q.value(1).toDouble(), 2.5);
    QCOMPARE(q.value(2).toString(), QStringLiteral("Dewi ✓"));
    QCOMPARE(q.value(3).toByteArray(), QByteArray("\0\1", 2));
    QCOMPARE(q.value(4).toLongLong(), 1);
    for (int i = 5; i < 8; ++i) // a null string binds NULL, as Qt's driver binds it
        QVERIFY2(q.value(i).isNull(), qPrintable(QString::number(i)));
    QVERIFY(!q.next());
}

void TestStore::schemaChangeSeenByKeptStatements()
{
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    db.exec(QStringLiteral("CREATE TABLE scratch (a INTEGER)"));
    db.exec(QStringLiteral("INSERT INTO scratch (a) VALUES (1)"));
    const QString all = QStringLiteral("SELECT * FROM scratch");
    QCOMPARE(rows(db, all), QStringList({ "1" }));
    db.exec(QStringLiteral("ALTER TABLE scratch ADD COLUMN b TEXT DEFAULT 'x'"));
    QVERIFY(db.lastOk());
    QSqlQuery q = db.exec(all);
    QVERIFY(q.next());
    QCOMPARE(q.record().count(), 2);
    QCOMPARE(q.record().fieldName(1), QStringLiteral("b"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("x"));
}

void TestStore::closeWithKeptStatements()
{
    SQLITE_ONLY("the write-ahead log file");
    const QString path = freshPath();
    {
        Database db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QVERIFY2(db.migrate(&error), qPrintable(error));
        db.exec(QStringLiteral("INSERT INTO rooms (name) VALUES ('R')"));
        QVERIFY(db.cachedStatements() > 0);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        db.close();
        QCOMPARE(db.cachedStatements(), 0);
        // Closed for real (SQLite refuses while statements are left): the last connection
        // checkpoints and removes the write-ahead log.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        db.exec(QStringLiteral("SELECT 1"));
        QVERIFY(!db.lastOk());
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM rooms")), QStringLiteral("1"));
    }
}

QTEST_GUILESS_MAIN(TestStore)
void TestStore::writesFailTheirTransaction()
{
    // Database::write(): on PostgreSQL the write travels with the next statement that must be
    // answered (or the savepoint's end, or the COMMIT); whichever way, a write that fails fails
    // its transaction or its command's savepoint, and the others are untouched.
    Database db;
    QString error;
    QVERIFY2(db.open(freshPath(), &error), qPrintable(error));
    QVERIFY2(db.migrate(&error), qPrintable(error));
    const QString insert = QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)");
    const auto stored = [&db](const char *key) {
        QSqlQuery q = db.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key = ?"),
                              { QString::fromLatin1(key) });
        return q.next() ? q.value(0).toInt() : -1;
    };

    // In order: the next read sees the write.
    QVERIFY(db.transaction([&] {
        db.write(insert, { QStringLiteral("a"), QStringLiteral("1") });
        QSqlQuery q = db.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'a'"));
        return q.next() && q.value(0).toString() == QLatin1String("1");
    }));
    // A duplicate key among the writes: the read after it fails, and so does the transaction.
    QVERIFY(!db.transaction([&] {
        db.write(insert, { QStringLiteral("b"), QStringLiteral("1") });
        db.write(insert, { QStringLiteral("a"), QStringLiteral("2") });
        db.exec(QStringLiteral("SELECT 1"));
        return db.lastOk();
    }));
    // Nothing read after it: the COMMIT carries it, and fails.
    QVERIFY(!db.transaction([&] {
        db.write(insert, { QStringLiteral("b"), QStringLiteral("1") });
        db.write(insert, { QStringLiteral("a"), QStringLiteral("2") });
        return true;
    }));
    QCOMPARE(stored("b"), 0);
    // In a group: the command whose write fails is undone alone.
    QVERIFY(db.beginGroup());
    QVERIFY(db.transaction([&] {
        db.write(insert, { QStringLiteral("c"), QStringLiteral("1") });
        return true;
    }));
    QVERIFY(!db.transaction([&] {
        db.write(insert, { QStringLiteral("d"), QStringLiteral("1") });
        db.write(insert, { QStringLiteral("a"), QStringLiteral("3") });
        return true;
    }));
    QVERIFY(db.transaction([&] {
        db.write(insert, { QStringLiteral("e"), QStringLiteral("1") });
        return true;
    }));
    // A command that gives up after writing: its kept writes are undone with its savepoint.
    QVERIFY(!db.transaction([&] {
        db.write(insert, { QStringLiteral("f"), QStringLiteral("1") });
        return false;
    }));
    QVERIFY(db.commitGroup());
    QCOMPARE(stored("f"), 0);
    QCOMPARE(stored("c"), 1);
    QCOMPARE(stored("d"), 0);
    QCOMPARE(stored("e"), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'a'")),
             QStringLiteral("1"));
}

#include "tst_store.moc"
