// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QSqlDatabase;

// The journal's hash chain (docs/architecture.md "Audit trail"). Each `events` row written since
// migration 3 stores
//
//     hash = lowercase hex SHA-256( previous row's hash (64 hex characters, or nothing for the
//                                   first chained row) || canonical(row) )
//
// where canonical(row) is the row's fields, each as a netstring `<UTF-8 byte length>:<bytes>,`
// in this order: seq, created_at, type, rooms, notify, payload, actor, actor_role, actor_name,
// address (numbers in decimal, NULL as the empty string). The stored payload text is hashed as it
// is, never re-serialized. Table audit_chain (one row, migration 3) holds the first chained seq.
namespace AuditChain {

struct Row {
    qint64 seq = 0;
    QString createdAt;
    QString type;
    QString rooms;
    int notify = 0;
    QString payload;
    QString actor;
    QString actorRole;
    QString actorName;
    QString address;
};

QByteArray canonical(const Row &row);
QString hash(const QString &previousHash, const Row &row);

struct Verdict {
    bool ok = false;
    qint64 verified = 0; // chained rows whose hash matched
    qint64 notChained = 0; // rows from before the chain started
    qint64 brokenSeq = 0; // the first row whose hash does not match (0: none)
    QString problem; // why it failed (or could not be checked)
};

// Walks the whole journal in seq order with a forward-only query (constant memory).
Verdict verify(QSqlDatabase &db);

// `spa-server verify-audit`: opens the SQLite file read-only, verifies, prints the verdict.
// Returns the process exit code: 0 verified, 1 broken, 2 the database could not be read.
int verifyFile(const QString &path);

} // namespace AuditChain
