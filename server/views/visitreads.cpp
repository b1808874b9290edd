// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// GET /api/visits and GET /api/visits/{id}: visits as the REST reads answer them, filtered by
// what the reader may see (VisitViews::visitFor).

#include "visitviews.h"

#include "domain/fields.h"
#include "domain/venue.h"
#include "domain/visitstatus.h"
#include "store/database.h"
#include "views/taxinvoiceviews.h"
#include "views/tillviews.h"

#include <QSqlQuery>

Reply VisitViews::getVisit(qint64 id, const Principal &who)
{
    const QJsonObject v = visitFor(visitJson(id), who);
    if (v.isEmpty())
        return Errors::notFound(QStringLiteral("no visit with id %1").arg(id));
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT id FROM payments WHERE visit_id = ? ORDER BY id"), { id });
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray payments;
    for (qint64 pid : ids)
        payments.append(m_till.paymentJson(pid));
    QJsonObject out = v;
    out.insert(QStringLiteral("payments"), payments);
    // The buyer of a full tax invoice is the desk's to see, like the phone (null for a therapist).
    out.insert(QStringLiteral("tax_invoice"),
               who.role == Principal::Role::Therapist ? QJsonValue()
                                                      : TaxInvoiceViews::ofVisit(m_db, id));
    return Reply::ok({ { QStringLiteral("visit"), out } });
}

Reply VisitViews::listVisits(const QUrlQuery &query, const Principal &who)
{
    static const QStringList statuses = VisitStatus::all();
    const QString status = query.queryItemValue(QStringLiteral("status"));
    QString date = query.queryItemValue(QStringLiteral("date"));
    if (!status.isEmpty() && !statuses.contains(status))
        return Errors::invalid(
            QStringLiteral("'status' must be one of: %1").arg(statuses.join(QStringLiteral(", "))));
    if (!date.isEmpty() && !Fields::strictDate(date).isValid())
        return Errors::invalid(QStringLiteral("'date' must be YYYY-MM-DD"));
    if (date.isEmpty() && status.isEmpty()) {
        // No filter: what is open now (any day), the queue screens' view.
        QJsonArray open = activeVisits();
        if (who.role == Principal::Role::Therapist)
            for (qsizetype i = 0; i < open.size(); ++i)
                open[i] = visitFor(open.at(i).toObject(), who);
        return Reply::ok({ { QStringLiteral("visits"), open } });
    }
    if (date.isEmpty())
        date = m_venue.today();
    QSqlQuery q = status.isEmpty()
        ? m_db.exec(
              QStringLiteral("SELECT id FROM visits WHERE business_date = ? ORDER BY ticket_no"),
              { date })
        : m_db.exec(QStringLiteral("SELECT id FROM visits WHERE business_date = ? AND status = ? "
                                   "ORDER BY ticket_no"),
                    { date, status });
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QJsonArray items;
    for (qint64 id : ids)
        items.append(visitFor(visitJson(id), who));
    return Reply::ok({ { QStringLiteral("visits"), items }, { QStringLiteral("date"), date } });
}
