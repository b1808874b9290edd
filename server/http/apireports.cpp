// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// GET /api/reports and /api/reports/payouts: a range report run on the report thread, answered
// as JSON or CSV when it is done.

#include "apiserver.h"
#include "http/requestparts.h"

#include "domain/spa.h"
#include "http/reportrunner.h"
#include "views/rangereport.h"
#include "views/reportcsv.h"

using namespace RequestParts;

void ApiServer::rangeReport(const RequestContext &c, bool payouts,
                            std::function<void(const HttpResponse &)> done)
{
    RangeReport::Range range;
    if (auto bad = RangeReport::parse(c.query, &range))
        return done(HttpResponse::fromReply(*bad));
    const QString currency = m_domain.venue().currency();
    // Commissions are the owner's business (as in the services list): a cashier's report comes
    // without them; payouts are an admin's route anyway.
    const bool withCommission = c.who.role == Principal::Role::Admin;
    m_reports->run(
        [range, currency, payouts](Database *db) -> QJsonObject {
            if (!db)
                return {};
            return payouts ? RangeReport::payouts(*db, range, currency)
                           : RangeReport::report(*db, range, currency);
        },
        this,
        [range, payouts, done, withCommission](const QJsonObject &answer) {
            if (answer.isEmpty())
                return done(HttpResponse::fromReply(Errors::storage()));
            const QJsonObject result =
                withCommission ? answer : RangeReport::withoutCommission(answer);
            if (!range.csv)
                return done(HttpResponse::json(result));
            HttpResponse csv =
                HttpResponse::text(payouts ? ReportCsv::payouts(result) : ReportCsv::report(result),
                                   QByteArrayLiteral("text/csv; charset=utf-8"));
            const QString name =
                QStringLiteral("%1-%2-%3.csv")
                    .arg(payouts ? QStringLiteral("payouts") : QStringLiteral("report"),
                         result.value(QLatin1String("from")).toString(),
                         result.value(QLatin1String("to")).toString());
            csv.headers.append(
                { QByteArrayLiteral("Content-Disposition"),
                  QByteArrayLiteral("attachment; filename=\"") + name.toLatin1() + '"' });
            done(csv);
        });
}
