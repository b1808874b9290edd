// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Which engine a store or domain test runs on: SQLite files by default, a throwaway PostgreSQL
// cluster (pgcluster.h) when SPA_TEST_ENGINE=postgres (ctest's tst_store_pg, tst_domain_pg, ...).

#include "pgcluster.h"

#include <QTemporaryDir>

namespace TestEngine {

inline bool postgres()
{
    return qEnvironmentVariable("SPA_TEST_ENGINE") == QLatin1String("postgres");
}

// Null reason: the engine is ready. Otherwise why the test must be skipped.
inline QString unavailable()
{
    if (!postgres())
        return QString();
    return PgCluster::instance() ? QString() : PgCluster::unavailableReason();
}

// A fresh database: a new SQLite file in `dir`, or a new PostgreSQL database (a copy of
// `templateName` when given). `name` is unique within the test process.
inline QString fresh(const QTemporaryDir &dir, const QString &name,
                     const QString &templateName = QString())
{
    if (!postgres())
        return dir.filePath(name + QStringLiteral(".db"));
    PgCluster *pg = PgCluster::instance();
    if (!pg || !pg->createDatabase(name, templateName))
        return QString();
    return pg->url(name);
}

// Drops what fresh() made (PostgreSQL); SQLite files go with the temporary directory.
inline void discard(const QString &location, const QString &name)
{
    if (postgres()) {
        if (PgCluster *pg = PgCluster::instance())
            pg->dropDatabase(name);
    } else {
        QFile::remove(location);
    }
}

} // namespace TestEngine
