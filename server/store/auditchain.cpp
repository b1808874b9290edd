// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditchain.h"

#include "store/pgurl.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <cstdio>

namespace AuditChain {

namespace {
void field(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ',';
}
} // namespace

QByteArray canonical(const Row &r)
{
    QByteArray out;
    out.reserve(64 + r.payload.size() * 2);
    field(out, QByteArray::number(r.seq));
    field(out, r.createdAt.toUtf8());
    field(out, r.type.toUtf8());
    field(out, r.rooms.toUtf8());
    field(out, QByteArray::number(r.notify));
    field(out, r.payload.toUtf8());
    field(out, r.actor.toUtf8());
    field(out, r.actorRole.toUtf8());
    field(out, r.actorName.toUtf8());
    field(out, r.address.toUtf8());
    return out;
}

QString hash(const QString &previousHash, const Row &row)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash.toLatin1());
    h.addData(canonical(row));
    return QString::fromLatin1(h.result().toHex());
}

Verdict verify(QSqlDatabase &db)
{
    Verdict v;
    qint64 start = -1;
    {
        QSqlQuery q(db);
        // No such table: a database from before migration 3, nothing chained.
        if (q.exec(QStringLiteral("SELECT start_seq FROM audit_chain")) && q.next())
            start = q.value(0).toLongLong();
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (start < 0) {
        // The database predates the audit trail: nothing is chained.
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !q.next()) {
            v.problem = q.lastError().text();
            return v;
        }
        v.notChained = q.value(0).toLongLong();
        v.ok = true;
        return v;
    }
    if (!q.exec(QStringLiteral(
            "SELECT seq, created_at, type, rooms, notify, payload, actor, actor_role, "
            "actor_name, address, hash FROM events ORDER BY seq"))) {
        v.problem = q.lastError().text();
        return v;
    }
    QString previous;
    while (q.next()) {
        Row r;
        r.seq = q.value(0).toLongLong();
        if (r.seq < start) {
            ++v.notChained;
            continue;
        }
        r.createdAt = q.value(1).toString();
        r.type = q.value(2).toString();
        r.rooms = q.value(3).toString();
        r.notify = q.value(4).toInt();
        r.payload = q.value(5).toString();
        r.actor = q.value(6).toString();
        r.actorRole = q.value(7).toString();
        r.actorName = q.value(8).toString();
        r.address = q.value(9).toString();
        const QString stored = q.value(10).toString();
        if (stored.isEmpty() || stored != hash(previous, r)) {
            v.brokenSeq = r.seq;
            v.problem = stored.isEmpty()
                ? QStringLiteral("seq %1 has no hash").arg(r.seq)
                : QStringLiteral("seq %1 does not match its hash").arg(r.seq);
            return v;
        }
        previous = stored;
        ++v.verified;
    }
    if (q.lastError().isValid()) {
        v.problem = q.lastError().text();
        return v;
    }
    v.ok = true;
    return v;
}

int verifyFile(const QString &path)
{
    // PostgreSQL: a plain connection reads the journal as it is committed (safe beside running
    // instances: it only reads).
    const bool postgres = PgUrl::looksLikeOne(path);
    std::optional<PgUrl> url;
    QString why;
    if (postgres && !(url = PgUrl::parse(path, &why))) {
        std::fprintf(stderr, "verify-audit: %s\n", qPrintable(why));
        return 2;
    }
    if (!postgres && !QFileInfo(path).isFile()) {
        std::fprintf(stderr, "verify-audit: no database at %s\n", qPrintable(path));
        return 2;
    }
    const QString shown = postgres ? url->redacted() : path;
    const QString name =
        QStringLiteral("verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    int code = 2;
    {
        QSqlDatabase db;
        if (postgres) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setUserName(url->user);
            db.setPassword(url->password);
            db.setDatabaseName(url->dbname);
            db.setConnectOptions(url->options);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        }
        if (!db.open()) {
            std::fprintf(stderr, "verify-audit: cannot open %s: %s\n", qPrintable(shown),
                         qPrintable(db.lastError().text()));
        } else {
            const Verdict v = verify(db);
            const QString notChained = v.notChained > 0
                ? QStringLiteral(" (%1 earlier entries not chained)").arg(v.notChained)
                : QString();
            if (v.ok) {
                std::printf("ok: %lld entries verified%s\n", v.verified, qPrintable(notChained));
                code = 0;
            } else if (v.brokenSeq > 0) {
                std::printf("broken at seq %lld: %s; %lld entries before it verified%s\n",
                            v.brokenSeq, qPrintable(v.problem), v.verified, qPrintable(notChained));
                code = 1;
            } else {
                std::fprintf(stderr, "verify-audit: cannot read the journal: %s\n",
                             qPrintable(v.problem));
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return code;
}

} // namespace AuditChain
