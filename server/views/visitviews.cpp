// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "visitviews.h"

#include "core/clock.h"
#include "domain/billing.h"
#include "domain/fields.h"
#include "domain/queueplanner.h"
#include "domain/rows.h"
#include "domain/venue.h"
#include "domain/visitstatus.h"
#include "store/database.h"
#include "views/staffviews.h"
#include "views/taxinvoiceviews.h"
#include "views/tillviews.h"

#include <QSqlQuery>

namespace {
const QString kVisitSelect = QStringLiteral(
    "SELECT v.id, v.business_date, v.ticket_no, v.code, v.customer_name, v.phone, v.notes, "
    " v.status, v.therapist_id, s.display_name, v.room_id, r.name, v.total, v.duration_min, "
    " v.created_at, v.assigned_at, v.called_at, v.started_at, v.completed_at, v.closed_at, "
    " v.cancel_reason, "
    " (SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.visit_id = v.id), "
    " (SELECT COALESCE(SUM(p.tip), 0) FROM payments p WHERE p.visit_id = v.id), "
    " v.discount, v.discount_reason, "
    " (SELECT COALESCE(SUM(p.rounding), 0) FROM payments p WHERE p.visit_id = v.id), "
    " (SELECT COALESCE(SUM(f.amount), 0) FROM refunds f WHERE f.visit_id = v.id), "
    " rc.receipt_no, rc.paid_at, rc.base, rc.service_charge, rc.tax, rc.total, "
    " rc.service_charge_bp, rc.tax_bp, rc.tax_label, rc.prices_include_tax "
    "FROM visits v LEFT JOIN staff s ON s.id = v.therapist_id "
    "LEFT JOIN rooms r ON r.id = v.room_id "
    // A paid visit's bill is its receipt's (the newest, should a void have re-opened it).
    "LEFT JOIN receipts rc ON v.status = 'paid' AND rc.receipt_no = "
    " (SELECT MAX(x.receipt_no) FROM receipts x WHERE x.visit_id = v.id) ");
const QString kOpenStatuses =
    QStringLiteral("('waiting', 'assigned', 'in_service', 'awaiting_payment')");

// kVisitSelect's columns, in order: rows are read by these names, not by bare numbers.
enum VisitColumn {
    ColId,
    ColBusinessDate,
    ColTicketNo,
    ColCode,
    ColCustomerName,
    ColPhone,
    ColNotes,
    ColStatus,
    ColTherapistId,
    ColTherapistName,
    ColRoomId,
    ColRoomName,
    ColSubtotal,
    ColDurationMin,
    ColCreatedAt,
    ColAssignedAt,
    ColCalledAt,
    ColStartedAt,
    ColCompletedAt,
    ColClosedAt,
    ColCancelReason,
    ColPaid,
    ColTips,
    ColDiscount,
    ColDiscountReason,
    ColRounding,
    ColRefunded,
    ColReceiptNo,
    ColPaidAt,
    ColReceiptBase,
    ColReceiptServiceCharge,
    ColReceiptTax,
    ColReceiptTotal,
    ColReceiptServiceChargeBp,
    ColReceiptTaxBp,
    ColReceiptTaxLabel,
    ColReceiptPricesIncludeTax
};

QJsonValue textOrNull(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue() : QJsonValue(v.toString());
}

} // namespace

// The venue's bill settings, read once per view build.
struct BillSettings {
    QString currency;
    Billing::Rates rates;
    qint64 cashStep = 0;
};

// The bill's lines: a paid visit's from its receipt, any other's from today's rates.
static void insertBill(QJsonObject &v, const QSqlQuery &q, const BillSettings &settings)
{
    const qint64 subtotal = q.value(ColSubtotal).toLongLong();
    const qint64 discount = q.value(ColDiscount).toLongLong();
    Billing::Bill bill;
    Billing::Rates rates = settings.rates;
    if (!q.value(ColReceiptNo).isNull()) {
        bill.subtotal = subtotal;
        bill.discount = discount;
        bill.base = q.value(ColReceiptBase).toLongLong();
        bill.serviceCharge = q.value(ColReceiptServiceCharge).toLongLong();
        bill.tax = q.value(ColReceiptTax).toLongLong();
        bill.total = q.value(ColReceiptTotal).toLongLong();
        rates.serviceChargeBp = q.value(ColReceiptServiceChargeBp).toInt();
        rates.taxBp = q.value(ColReceiptTaxBp).toInt();
        rates.taxLabel = q.value(ColReceiptTaxLabel).toString();
        rates.pricesIncludeTax = q.value(ColReceiptPricesIncludeTax).toInt() != 0;
    } else {
        bill = Billing::compute(subtotal, discount, rates);
    }
    const qint64 rounding = q.value(ColRounding).toLongLong();
    const qint64 total = bill.total + rounding;
    const qint64 paid = q.value(ColPaid).toLongLong();
    const qint64 balance = total - paid;
    v.insert(QStringLiteral("subtotal"), subtotal);
    v.insert(QStringLiteral("discount"), discount);
    v.insert(QStringLiteral("discount_reason"), textOrNull(q.value(ColDiscountReason)));
    v.insert(QStringLiteral("net"), bill.base);
    v.insert(QStringLiteral("service_charge"), bill.serviceCharge);
    v.insert(QStringLiteral("service_charge_percent"), rates.serviceChargeBp / 100.0);
    v.insert(QStringLiteral("tax"), bill.tax);
    v.insert(QStringLiteral("tax_percent"), rates.taxBp / 100.0);
    v.insert(QStringLiteral("tax_label"), rates.taxLabel);
    v.insert(QStringLiteral("prices_include_tax"), rates.pricesIncludeTax);
    v.insert(QStringLiteral("bill_total"), bill.total);
    v.insert(QStringLiteral("rounding"), rounding);
    v.insert(QStringLiteral("total"), total);
    v.insert(QStringLiteral("paid"), paid);
    v.insert(QStringLiteral("tips"), q.value(ColTips).toLongLong());
    v.insert(QStringLiteral("balance_due"), balance);
    // What settles the balance in cash: rounded to the venue's smallest cash step.
    v.insert(QStringLiteral("cash_due"),
             balance > 0 ? Billing::roundToIncrement(balance, settings.cashStep) : balance);
    v.insert(QStringLiteral("refunded"), q.value(ColRefunded).toLongLong());
    v.insert(QStringLiteral("receipt_no"),
             q.value(ColReceiptNo).isNull() ? QJsonValue()
                                            : QJsonValue(q.value(ColReceiptNo).toLongLong()));
    v.insert(QStringLiteral("paid_at"), textOrNull(q.value(ColPaidAt)));
}

// One visit from a row of kVisitSelect; services are added by the caller.
static QJsonObject visitFromRow(const QSqlQuery &q, const BillSettings &settings)
{
    QJsonObject v;
    v.insert(QStringLiteral("id"), q.value(ColId).toLongLong());
    v.insert(QStringLiteral("business_date"), q.value(ColBusinessDate).toString());
    v.insert(QStringLiteral("ticket_no"), q.value(ColTicketNo).toInt());
    v.insert(QStringLiteral("ticket"), VisitViews::ticketLabel(q.value(ColTicketNo).toInt()));
    v.insert(QStringLiteral("code"), q.value(ColCode).toString());
    v.insert(QStringLiteral("customer_name"), q.value(ColCustomerName).toString());
    v.insert(QStringLiteral("phone"), textOrNull(q.value(ColPhone)));
    v.insert(QStringLiteral("notes"), textOrNull(q.value(ColNotes)));
    v.insert(QStringLiteral("status"), q.value(ColStatus).toString());
    v.insert(
        QStringLiteral("therapist"),
        q.value(ColTherapistId).isNull()
            ? QJsonValue()
            : QJsonObject { { QStringLiteral("id"), q.value(ColTherapistId).toLongLong() },
                            { QStringLiteral("name"), q.value(ColTherapistName).toString() } });
    v.insert(QStringLiteral("room"),
             q.value(ColRoomId).isNull()
                 ? QJsonValue()
                 : QJsonObject { { QStringLiteral("id"), q.value(ColRoomId).toLongLong() },
                                 { QStringLiteral("name"), q.value(ColRoomName).toString() } });
    insertBill(v, q, settings);
    v.insert(QStringLiteral("duration_min"), q.value(ColDurationMin).toInt());
    v.insert(QStringLiteral("currency"), settings.currency);
    const char *times[] = { "created_at", "assigned_at",  "called_at",
                            "started_at", "completed_at", "closed_at" };
    for (int i = 0; i < 6; ++i)
        v.insert(QLatin1String(times[i]), textOrNull(q.value(ColCreatedAt + i)));
    v.insert(QStringLiteral("cancel_reason"), textOrNull(q.value(ColCancelReason)));
    return v;
}

BillSettings VisitViews::billSettings()
{
    return { m_venue.currency(), m_venue.billingRates(), m_venue.cashRounding() };
}

QJsonObject VisitViews::visitFromRowKept(const QSqlQuery &q, const BillSettings &settings)
{
    const QString settingsKey = settings.currency + QLatin1Char('|') +
        QString::number(settings.rates.serviceChargeBp) + QLatin1Char('|') +
        QString::number(settings.rates.taxBp) + QLatin1Char('|') +
        QString::number(int(settings.rates.pricesIncludeTax)) + QLatin1Char('|') +
        settings.rates.taxLabel + QLatin1Char('|') + QString::number(settings.cashStep);
    if (settingsKey != m_keptSettings) {
        m_kept.clear();
        m_keptSettings = settingsKey;
    }
    QVariantList row;
    row.reserve(ColReceiptPricesIncludeTax + 1);
    for (int i = 0; i <= ColReceiptPricesIncludeTax; ++i)
        row.append(q.value(i));
    const qint64 id = row.at(ColId).toLongLong();
    const auto it = m_kept.constFind(id);
    if (it != m_kept.cend()) {
        // Same type, same nullness, same value: QVariant's == alone takes a NULL for 0 or "".
        bool same = true;
        for (int i = 0; same && i < row.size(); ++i) {
            const QVariant &a = row.at(i), &b = it->row.at(i);
            same = a.metaType() == b.metaType() && a.isNull() == b.isNull() && a == b;
        }
        if (same)
            return it->json;
    }
    const QJsonObject v = visitFromRow(q, settings);
    if (m_kept.size() >= 1024) // a day's open queue and the visits just read fit many times
        m_kept.clear();
    m_kept.insert(id, { row, v });
    return v;
}

QJsonObject VisitViews::visitJson(qint64 id)
{
    QSqlQuery q = m_db.exec(kVisitSelect + QStringLiteral("WHERE v.id = ?"), { id });
    if (!q.next())
        return {};
    QJsonObject v = visitFromRowKept(q, billSettings());
    if (m_servicesRollbacks != m_db.rollbacks()) {
        m_services.clear();
        m_servicesRollbacks = m_db.rollbacks();
    }
    auto kept = m_services.constFind(id);
    if (kept == m_services.cend()) {
        QSqlQuery s = m_db.exec(QStringLiteral("SELECT service_id, name, price, duration_min FROM "
                                               "visit_services WHERE visit_id = ? ORDER BY id"),
                                { id });
        QJsonArray services;
        while (s.next())
            services.append(rowJson(s));
        if (!m_db.lastOk()) {
            v.insert(QStringLiteral("services"), services);
            return v; // not kept: the next read asks again
        }
        if (m_services.size() >= 4096) // a busy day's visits, many times over
            m_services.clear();
        kept = m_services.insert(id, services);
    }
    v.insert(QStringLiteral("services"), *kept);
    return v;
}

QVector<QJsonObject> VisitViews::openVisits()
{
    // Two statements for the whole queue, however long: screens rebuild it after every change.
    const BillSettings settings = billSettings();
    QSqlQuery q = m_db.exec(kVisitSelect + QStringLiteral("WHERE v.status IN ") + kOpenStatuses +
                            QStringLiteral(" ORDER BY v.created_at, v.id"));
    QVector<QJsonObject> visits;
    QHash<qint64, int> index;
    while (q.next()) {
        index.insert(q.value(ColId).toLongLong(), int(visits.size()));
        visits.append(visitFromRowKept(q, settings));
    }
    QVector<QJsonArray> services(visits.size());
    QSqlQuery s = m_db.exec(
        QStringLiteral("SELECT vs.visit_id, vs.service_id, vs.name, vs.price, vs.duration_min "
                       "FROM visit_services vs JOIN visits v ON v.id = vs.visit_id "
                       "WHERE v.status IN ") +
        kOpenStatuses + QStringLiteral(" ORDER BY vs.id"));
    while (s.next()) {
        const auto it = index.constFind(s.value(0).toLongLong());
        if (it == index.cend())
            continue;
        services[*it].append(
            QJsonObject { { QStringLiteral("service_id"), s.value(1).toLongLong() },
                          { QStringLiteral("name"), s.value(2).toString() },
                          { QStringLiteral("price"), s.value(3).toLongLong() },
                          { QStringLiteral("duration_min"), s.value(4).toInt() } });
    }
    for (int i = 0; i < visits.size(); ++i)
        visits[i].insert(QStringLiteral("services"), services[i]);
    return visits;
}

QHash<qint64, QueuePlanner::Estimate>
VisitViews::plan(const QVector<QueuePlanner::QueuedVisit> &queued)
{
    const QDateTime now = m_clock.now();
    return QueuePlanner::estimate(
        m_staff.therapistStates(now), queued, now,
        m_venue.setting(QStringLiteral("booking_buffer_minutes")).toInt());
}

std::optional<QueuePlanner::Estimate> VisitViews::estimateFor(qint64 visitId)
{
    // The queue's plan from the few columns it needs: a check-in quotes its wait without
    // building every open visit's JSON (the fan-out after the commit does that once).
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, status, therapist_id, duration_min, started_at FROM visits "
                       "WHERE status IN ") +
        kOpenStatuses + QStringLiteral(" ORDER BY created_at, id"));
    QVector<QueuePlanner::QueuedVisit> queued;
    while (q.next())
        queued.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
                        q.value(3).toInt(), fromIsoUtc(q.value(4).toString()) });
    const auto estimates = plan(queued);
    const auto it = estimates.constFind(visitId);
    if (it == estimates.cend())
        return std::nullopt;
    return *it;
}

QJsonArray VisitViews::activeVisits()
{
    const QVector<QJsonObject> visits = openVisits();
    QVector<QueuePlanner::QueuedVisit> queued;
    queued.reserve(visits.size());
    for (const QJsonObject &v : visits)
        queued.append({ idOf(v), v.value(QLatin1String("status")).toString(),
                        idOf(v.value(QLatin1String("therapist")).toObject()),
                        v.value(QLatin1String("duration_min")).toInt(),
                        fromIsoUtc(v.value(QLatin1String("started_at")).toString()) });
    const auto estimates = plan(queued);
    QJsonArray items;
    for (QJsonObject v : visits) {
        const auto it = estimates.constFind(idOf(v));
        if (it != estimates.cend()) {
            v.insert(QStringLiteral("position"), it->position);
            v.insert(QStringLiteral("estimated_wait_min"),
                     it->waitMin >= 0 ? QJsonValue(it->waitMin) : QJsonValue());
        }
        items.append(v);
    }
    return items;
}

QJsonObject VisitViews::visitFor(QJsonObject visit, const Principal &who)
{
    if (visit.isEmpty() || who.role != Principal::Role::Therapist ||
        idOf(visit.value(QLatin1String("therapist")).toObject()) == who.staffId)
        return visit;
    visit.remove(QStringLiteral("code"));
    for (const char *key : { "phone", "notes", "cancel_reason", "discount_reason" })
        visit.insert(QLatin1String(key), QJsonValue());
    visit.insert(QStringLiteral("customer_name"),
                 publicName(visit.value(QLatin1String("customer_name")).toString()));
    return visit;
}

QString VisitViews::ticketLabel(int ticketNo)
{
    return QStringLiteral("%1").arg(ticketNo, 3, 10, QLatin1Char('0'));
}

QString VisitViews::publicName(const QString &full)
{
    const QStringList parts = full.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return full.trimmed();
    return parts.first() + QLatin1Char(' ') + parts.last().left(1) + QLatin1Char('.');
}
