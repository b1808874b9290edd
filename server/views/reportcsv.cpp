// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportcsv.h"

#include <QJsonArray>
#include <QStringList>

namespace {
QByteArray cell(const QJsonValue &v)
{
    if (v.isDouble())
        return QByteArray::number(v.toInteger());
    if (v.isNull() || v.isUndefined())
        return {};
    return ReportCsv::field(v.toVariant().toString());
}

// One table: a header row of `columns` (the first cell the table's name) and a row per object.
void table(QByteArray &out, const QString &name, const QStringList &keys, const QJsonArray &rows)
{
    out += ReportCsv::field(name);
    for (const QString &k : keys.mid(1))
        out += ',' + ReportCsv::field(k);
    out += "\r\n";
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        QByteArray line;
        for (int i = 0; i < keys.size(); ++i) {
            if (i > 0)
                line += ',';
            line += cell(o.value(keys.at(i)));
        }
        out += line + "\r\n";
    }
}

const QStringList kTherapist { QStringLiteral("therapist_id"), QStringLiteral("name"),
                               QStringLiteral("services"),     QStringLiteral("net"),
                               QStringLiteral("commission"),   QStringLiteral("tips"),
                               QStringLiteral("total") };
} // namespace

QByteArray ReportCsv::field(const QString &text)
{
    QString t = text;
    // A cell starting with = + - @ is a formula to a spreadsheet: a customer or service name
    // must not run as one (CSV injection), so it gets a leading apostrophe.
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.at(0)) && !t.at(0).isDigit()) {
        bool number = false;
        t.toLongLong(&number);
        if (!number)
            t.prepend(QLatin1Char('\''));
    }
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) ||
        t.contains(QLatin1Char('\n')) || t.contains(QLatin1Char('\r')))
        t = QLatin1Char('"') + t.replace(QLatin1String("\""), QLatin1String("\"\"")) +
            QLatin1Char('"');
    return t.toUtf8();
}

QByteArray ReportCsv::report(const QJsonObject &r)
{
    QByteArray out;
    const QJsonObject waits = r.value(QLatin1String("waits")).toObject();
    QJsonArray summary;
    const auto add = [&](const QString &key, const QJsonValue &v) {
        summary.append(
            QJsonObject { { QStringLiteral("summary"), key }, { QStringLiteral("value"), v } });
    };
    add(QStringLiteral("from"), r.value(QLatin1String("from")));
    add(QStringLiteral("to"), r.value(QLatin1String("to")));
    add(QStringLiteral("currency"), r.value(QLatin1String("currency")));
    for (const char *k : { "revenue", "tips", "collected", "net_collected", "service_charge", "tax",
                           "commission", "rounding", "cancellations", "no_shows" })
        add(QLatin1String(k), r.value(QLatin1String(k)));
    for (const char *k : { "discounts", "voids", "refunds" }) {
        const QJsonObject o = r.value(QLatin1String(k)).toObject();
        add(QLatin1String(k) + QLatin1String("_count"), o.value(QLatin1String("count")));
        add(QLatin1String(k) + QLatin1String("_amount"), o.value(QLatin1String("amount")));
    }
    for (const char *k : { "count", "quoted_avg_min", "actual_avg_min", "quoted_p90_min",
                           "actual_p90_min", "longer_than_quoted" }) {
        const QJsonValue v = waits.value(QLatin1String(k));
        // Averages keep their decimal (minutes, not money).
        add(QLatin1String("waits_") + QLatin1String(k),
            v.isDouble() && v.toDouble() != double(v.toInteger())
                ? QJsonValue(QString::number(v.toDouble(), 'f', 1))
                : v);
    }
    table(out, QStringLiteral("summary"), { QStringLiteral("summary"), QStringLiteral("value") },
          summary);
    out += "\r\n";
    table(out, QStringLiteral("date"),
          { QStringLiteral("date"), QStringLiteral("visits"), QStringLiteral("cancelled"),
            QStringLiteral("no_show"), QStringLiteral("bills"), QStringLiteral("subtotal"),
            QStringLiteral("discount"), QStringLiteral("net"), QStringLiteral("service_charge"),
            QStringLiteral("tax"), QStringLiteral("bill_total"), QStringLiteral("taken"),
            QStringLiteral("tips"), QStringLiteral("voids"), QStringLiteral("refunds"),
            QStringLiteral("net_collected") },
          r.value(QLatin1String("by_day")).toArray());
    out += "\r\n";
    table(out, QStringLiteral("method"),
          { QStringLiteral("method"), QStringLiteral("count"), QStringLiteral("amount"),
            QStringLiteral("tips"), QStringLiteral("total"), QStringLiteral("refunds") },
          r.value(QLatin1String("by_method")).toArray());
    out += "\r\n";
    table(out, QStringLiteral("service"),
          { QStringLiteral("name"), QStringLiteral("service_id"), QStringLiteral("count"),
            QStringLiteral("gross"), QStringLiteral("net"), QStringLiteral("commission") },
          r.value(QLatin1String("by_service")).toArray());
    out += "\r\n";
    QStringList therapist = kTherapist;
    therapist.move(1, 0); // the name first, where the table's title goes
    table(out, QStringLiteral("name"), therapist, r.value(QLatin1String("by_therapist")).toArray());
    return out;
}

QByteArray ReportCsv::payouts(const QJsonObject &p)
{
    QByteArray out;
    QJsonArray rows = p.value(QLatin1String("therapists")).toArray();
    QJsonObject total = p.value(QLatin1String("totals")).toObject();
    total.insert(QStringLiteral("name"), QStringLiteral("total"));
    rows.append(total);
    QStringList keys = kTherapist;
    keys.move(1, 0);
    table(out, QStringLiteral("name"), keys, rows);
    return out;
}
