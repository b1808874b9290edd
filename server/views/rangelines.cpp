// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "rangelines.h"

#include "store/database.h"

#include <QHash>
#include <QSqlQuery>

#include <algorithm>

namespace {
using ReportSources::Kind;

qint64 val(const QSqlQuery &q, int i)
{
    return q.value(i).toLongLong();
}
} // namespace

RangeLines::Lines RangeLines::read(Database &db, const ReportSources::Coverage &c,
                                   const QString &from, const QString &to,
                                   const QMap<qint64, qint64> &tips)
{
    QMap<qint64, TherapistRow> rows;
    struct Service {
        QString name;
        qint64 count = 0, gross = 0, net = 0, commission = 0;
    };
    QMap<QPair<qint64, QString>, Service> services;
    ReportSources::forEachRow(db, Kind::Lines, c, from, to, [&](const QSqlQuery &s) {
        Service &sv = services[{ val(s, 2), s.value(3).toString() }];
        sv.name = s.value(3).toString();
        sv.count += val(s, 4);
        sv.gross += val(s, 5);
        sv.net += val(s, 6);
        sv.commission += val(s, 7);
        if (s.value(0).isNull())
            return; // a bill without a therapist counts for its service only
        TherapistRow &r = rows[val(s, 0)];
        r.id = val(s, 0);
        r.name = s.value(1).toString();
        r.services += val(s, 4);
        r.net += val(s, 6);
        r.commission += val(s, 7);
    });
    if (!tips.isEmpty()) {
        QSqlQuery names = db.exec(QStringLiteral("SELECT id, display_name FROM staff"));
        QHash<qint64, QString> byId;
        while (names.next())
            byId.insert(val(names, 0), names.value(1).toString());
        for (auto it = tips.cbegin(); it != tips.cend(); ++it) {
            if (it.value() == 0 && !rows.contains(it.key()))
                continue;
            TherapistRow &r = rows[it.key()];
            r.id = it.key();
            r.name = byId.value(it.key());
            r.tips = it.value();
        }
    }
    Lines out;
    out.therapists = QVector<TherapistRow>(rows.cbegin(), rows.cend());
    std::stable_sort(out.therapists.begin(), out.therapists.end(),
                     [](const TherapistRow &a, const TherapistRow &b) {
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
    QVector<QPair<QPair<qint64, QString>, Service>> list;
    for (auto it = services.cbegin(); it != services.cend(); ++it)
        list.append({ it.key(), it.value() });
    std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
        return a.second.gross != b.second.gross ? a.second.gross > b.second.gross
                                                : a.second.name < b.second.name;
    });
    for (const auto &[key, sv] : list)
        out.services.append(QJsonObject { { QStringLiteral("service_id"), key.first },
                                          { QStringLiteral("name"), sv.name },
                                          { QStringLiteral("count"), sv.count },
                                          { QStringLiteral("gross"), sv.gross },
                                          { QStringLiteral("net"), sv.net },
                                          { QStringLiteral("commission"), sv.commission } });
    return out;
}

QMap<qint64, qint64> RangeLines::tipsOf(Database &db, const ReportSources::Coverage &c,
                                        const QString &from, const QString &to)
{
    QMap<qint64, qint64> tips;
    ReportSources::forEachRow(db, Kind::Tips, c, from, to,
                              [&](const QSqlQuery &t) { tips[val(t, 0)] += val(t, 1); });
    return tips;
}
