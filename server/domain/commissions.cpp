// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commissions.h"

#include "domain/billing.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "rooms.h"
#include "store/database.h"
#include "views/catalogviews.h"

#include <QSqlQuery>

namespace {
constexpr qint64 kMaxFixed = 100000000000LL; // as a service's price

Commissions::Rate rateFrom(const QSqlQuery &q, int at)
{
    return { q.value(at).toString(), q.value(at + 1).toLongLong() };
}

} // namespace

Commissions::Commissions(CommandPipeline &pipeline, CatalogViews &views)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_views(views)
{
}

QJsonObject Commissions::rateJson(const Rate &rate)
{
    QJsonObject o { { QStringLiteral("type"), rate.type } };
    if (rate.type == QLatin1String("percent"))
        o.insert(QStringLiteral("percent"), Billing::percentText(int(rate.value)));
    else if (rate.type == QLatin1String("fixed"))
        o.insert(QStringLiteral("amount"), rate.value);
    return o;
}

Reply Commissions::set(qint64 serviceId, const QJsonObject &body, const Principal &who)
{
    QSqlQuery exists =
        m_db.exec(QStringLiteral("SELECT 1 FROM services WHERE id = ?"), { serviceId });
    if (!exists.next())
        return Errors::notFound(QStringLiteral("no service with id %1").arg(serviceId));
    Fields f(body);
    const auto therapist = f.integer("therapist_id", false, 1, std::numeric_limits<qint32>::max());
    QStringList types { QStringLiteral("none"), QStringLiteral("percent"),
                        QStringLiteral("fixed") };
    if (therapist)
        types.append(QStringLiteral("default"));
    const QString type = f.choice("type", true, types);
    if (!f.ok())
        return f.error();
    Rate rate { type, 0 };
    if (type == QLatin1String("percent")) {
        const QJsonValue p = body.value(QLatin1String("percent"));
        const auto bp =
            Billing::parsePercent(p.isDouble() ? QString::number(p.toDouble()) : p.toString());
        if (!bp)
            return Errors::invalid(
                QStringLiteral("'percent' must be a number from 0 to 100 with at most two "
                               "decimals, e.g. \"12.5\""));
        rate.value = *bp;
    } else if (type == QLatin1String("fixed")) {
        const auto amount = f.integer("amount", true, 0, kMaxFixed);
        if (!f.ok())
            return f.error();
        rate.value = *amount;
    }
    if (therapist) {
        QSqlQuery t =
            m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND role = 'therapist'"),
                      { *therapist });
        if (!t.next())
            return Errors::invalid(QStringLiteral("no therapist with id %1").arg(*therapist));
    }
    return m_pipeline.run(who, [&] {
        if (!therapist)
            m_db.exec(QStringLiteral("UPDATE services SET commission_type = ?, "
                                     "commission_value = ? WHERE id = ?"),
                      { rate.type, rate.value, serviceId });
        else if (type == QLatin1String("default"))
            m_db.exec(QStringLiteral("DELETE FROM commission_overrides WHERE staff_id = ? AND "
                                     "service_id = ?"),
                      { *therapist, serviceId });
        else
            m_db.exec(
                QStringLiteral(
                    "INSERT INTO commission_overrides (staff_id, service_id, commission_type, "
                    "commission_value) VALUES (?, ?, ?, ?) ON CONFLICT (staff_id, service_id) "
                    "DO UPDATE SET commission_type = excluded.commission_type, "
                    "commission_value = excluded.commission_value"),
                { *therapist, serviceId, rate.type, rate.value });
        if (!m_db.lastOk())
            return Errors::internal();
        const QJsonObject c = m_views.commissionJson(serviceId);
        m_pipeline.journal(QStringLiteral("service.commission_set"), { Room::cashier() }, c);
        return Reply::ok({ { QStringLiteral("commission"), c } });
    });
}

QVector<qint64> Commissions::split(const QVector<qint64> &prices, qint64 base)
{
    QVector<qint64> out(prices.size(), 0);
    if (prices.isEmpty())
        return out;
    qint64 subtotal = 0;
    for (qint64 p : prices)
        subtotal += p;
    qint64 given = 0;
    for (int i = 0; i + 1 < prices.size(); ++i) {
        // base x price / subtotal, half up, in integers (no floating point with money).
        out[i] = subtotal > 0 ? (2 * base * prices[i] + subtotal) / (2 * subtotal) : 0;
        given += out[i];
    }
    out.last() = base - given;
    return out;
}

qint64 Commissions::commissionOn(const Rate &rate, qint64 net)
{
    if (rate.type == QLatin1String("percent"))
        return Billing::percentOf(std::max<qint64>(net, 0), int(rate.value));
    if (rate.type == QLatin1String("fixed"))
        return rate.value;
    return 0;
}

bool Commissions::snapshot(Database &db, qint64 visitId, qint64 therapistId, qint64 base)
{
    // The service's rate, or the therapist's own for it when there is one.
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT vs.id, vs.price, "
                       " COALESCE(o.commission_type, s.commission_type, 'none'), "
                       " COALESCE(o.commission_value, s.commission_value, 0) "
                       "FROM visit_services vs LEFT JOIN services s ON s.id = vs.service_id "
                       "LEFT JOIN commission_overrides o ON o.service_id = vs.service_id "
                       " AND o.staff_id = ? "
                       "WHERE vs.visit_id = ? ORDER BY vs.id"),
        { therapistId, visitId });
    QVector<qint64> ids, prices;
    QVector<Rate> rates;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        prices.append(q.value(1).toLongLong());
        rates.append(rateFrom(q, 2));
    }
    const QVector<qint64> nets = split(prices, base);
    for (int i = 0; i < ids.size(); ++i) {
        db.write(QStringLiteral("UPDATE visit_services SET net = ?, commission = ?, "
                                "commission_type = ?, commission_value = ? WHERE id = ?"),
                 { nets[i], therapistId > 0 ? commissionOn(rates[i], nets[i]) : 0, rates[i].type,
                   rates[i].value, ids[i] });
        if (!db.lastOk())
            return false;
    }
    return true;
}
