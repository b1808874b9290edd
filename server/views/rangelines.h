// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "views/reportsources.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

class Database;

// The range report's per-therapist and per-service lines (RangeReport::report and ::payouts):
// the service lines of paid bills grouped by (therapist, service), with each therapist's tips.
namespace RangeLines {

struct TherapistRow {
    qint64 id = 0;
    QString name;
    qint64 services = 0, net = 0, commission = 0, tips = 0;
    QJsonObject json() const
    {
        return { { QStringLiteral("therapist_id"), id },        { QStringLiteral("name"), name },
                 { QStringLiteral("services"), services },      { QStringLiteral("net"), net },
                 { QStringLiteral("commission"), commission },  { QStringLiteral("tips"), tips },
                 { QStringLiteral("total"), commission + tips } };
    }
};

// What the range's bills and payments say per therapist and per service, read in one pass each.
struct Lines {
    QVector<TherapistRow> therapists; // by name
    QJsonArray services; // by gross, then name
};

// The lines over [from, to] as `c` covers it; `tips` per therapist add rows for therapists
// with tips and no services.
Lines read(Database &db, const ReportSources::Coverage &c, const QString &from, const QString &to,
           const QMap<qint64, qint64> &tips);
// Tips per therapist over the range (payments and voids), when the caller has not summed them.
QMap<qint64, qint64> tipsOf(Database &db, const ReportSources::Coverage &c, const QString &from,
                            const QString &to);

} // namespace RangeLines
