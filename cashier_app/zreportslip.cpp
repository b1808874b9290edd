// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "zreportslip.h"

#include "format.h"
#include "slip.h"

#include <QDateTime>
#include <QLocale>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}

QVariantMap map(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toMap();
}

QString str(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString();
}
} // namespace

QImage ZReportSlip::render(const QVariantMap &report, const SlipVenue &venue, int widthDots)
{
    const bool narrow = widthDots < 500;
    const int body = narrow ? 20 : 24;
    const int small = narrow ? 18 : 21;
    const QString cur = str(report, "currency");
    auto money = [&cur](qint64 m) { return Format::money(double(m), cur); };
    const QString stamp = QStringLiteral("d MMM yyyy, HH:mm");

    Slip slip(widthDots);
    slip.text(venue.name, narrow ? 26 : 30, true, Slip::Align::Center);
    if (!venue.taxId.isEmpty())
        slip.text(tr("Tax ID: %1").arg(venue.taxId), small, false, Slip::Align::Center);
    slip.text(report.value(QStringLiteral("closed")).toBool() ? tr("Z report")
                                                              : tr("X report (day still open)"),
              narrow ? 28 : 36, true, Slip::Align::Center);
    const QDate day = QDate::fromString(str(report, "date"), Qt::ISODate);
    slip.text(day.isValid() ? QLocale().toString(day, QStringLiteral("d MMMM yyyy"))
                            : str(report, "date"),
              body, true, Slip::Align::Center);
    const QDateTime closedAt = QDateTime::fromString(str(report, "closed_at"), Qt::ISODate);
    if (closedAt.isValid())
        slip.text(tr("Closed %1").arg(QLocale().toString(closedAt.toLocalTime(), stamp)), small,
                  false, Slip::Align::Center);
    slip.rule();

    const QVariantMap bills = map(report, "bills");
    slip.pair(tr("Bills"), QString::number(num(bills, "count")), body);
    if (num(bills, "count") > 0)
        slip.pair(tr("Receipts"),
                  QStringLiteral("%1 – %2")
                      .arg(num(bills, "first_receipt_no"), 6, 10, QLatin1Char('0'))
                      .arg(num(bills, "last_receipt_no"), 6, 10, QLatin1Char('0')),
                  body);
    slip.pair(tr("Net sales"), money(num(bills, "net")), body);
    if (num(report, "service_charge") != 0)
        slip.pair(tr("Service charge"), money(num(report, "service_charge")), body);
    if (num(report, "tax") != 0)
        slip.pair(tr("Tax"), money(num(report, "tax")), body);
    if (num(report, "rounding") != 0)
        slip.pair(tr("Cash rounding"), money(num(report, "rounding")), body);
    slip.pair(tr("Revenue"), money(num(report, "revenue")), body, true);
    slip.rule();

    slip.text(tr("By method"), body, true);
    const QVariantMap byMethod = map(report, "by_method");
    const QList<QPair<const char *, QString>> methods { { "cash", tr("Cash") },
                                                        { "card", tr("Card") },
                                                        { "ewallet", tr("E-wallet") } };
    for (const auto &m : methods) {
        const QVariantMap one = map(byMethod, m.first);
        slip.pair(QStringLiteral("%1 × %2").arg(m.second).arg(num(one, "count")),
                  money(num(one, "total")), body);
    }
    slip.pair(tr("Collected"), money(num(report, "collected")), body, true);
    slip.rule();

    slip.pair(tr("Tips"), money(num(report, "tips")), body);
    for (const QVariant &t : report.value(QStringLiteral("tips_by_therapist")).toList())
        slip.pair(QStringLiteral("  ") + str(t.toMap(), "name"), money(num(t.toMap(), "tips")),
                  small);
    const QVariantMap voids = map(report, "voids");
    slip.pair(tr("Voids × %1").arg(num(voids, "count")),
              money(-(num(voids, "amount") + num(voids, "tips"))), body);
    const QVariantMap discounts = map(report, "discounts");
    if (!discounts.isEmpty())
        slip.pair(tr("Discounts × %1").arg(num(discounts, "count")),
                  money(-num(discounts, "amount")), body);
    const QVariantMap refunds = map(report, "refunds");
    slip.pair(tr("Refunds × %1").arg(num(refunds, "count")), money(-num(refunds, "amount")), body);
    slip.pair(tr("Net collected"), money(num(report, "net_collected")), body, true);
    slip.rule();

    const QVariantList services = report.value(QStringLiteral("by_service")).toList();
    if (!services.isEmpty()) {
        slip.text(tr("By service"), body, true);
        for (const QVariant &s : services)
            slip.pair(
                QStringLiteral("%1 × %2").arg(str(s.toMap(), "name")).arg(num(s.toMap(), "count")),
                money(num(s.toMap(), "revenue")), small);
        slip.rule();
    }

    const QVariantList shifts = report.value(QStringLiteral("shifts")).toList();
    if (!shifts.isEmpty()) {
        slip.text(tr("Cash shifts"), body, true);
        for (const QVariant &v : shifts) {
            const QVariantMap s = v.toMap();
            const bool closed = str(s, "status") == QLatin1String("closed");
            slip.pair(tr("Shift %1").arg(num(s, "id")),
                      closed ? tr("counted %1").arg(money(num(s, "counted"))) : tr("open"), small);
            slip.pair(QStringLiteral("  ") + tr("Expected"), money(num(s, "expected")), small);
            if (closed)
                slip.pair(QStringLiteral("  ") +
                              (num(s, "over_short") < 0 ? tr("Short") : tr("Over")),
                          money(num(s, "over_short")), small);
            slip.pair(QStringLiteral("  ") + tr("Drawer opened without a sale"),
                      QString::number(num(s, "no_sales")), small);
        }
        slip.rule();
    }
    slip.text(tr("Printed %1").arg(QLocale().toString(QDateTime::currentDateTime(), stamp)), small,
              false, Slip::Align::Center);
    return slip.render();
}
