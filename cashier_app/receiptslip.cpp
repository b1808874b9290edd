// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "receiptslip.h"

#include "format.h"
#include "slip.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}

QString str(const QVariantMap &m, const char *key)
{
    return m.value(QLatin1String(key)).toString();
}
} // namespace

QString ReceiptSlip::methodName(const QString &m)
{
    if (m == QLatin1String("cash"))
        return tr("Cash");
    if (m == QLatin1String("card"))
        return tr("Card");
    return tr("E-wallet");
}

QDateTime ReceiptSlip::paidAt(const QVariantMap &result)
{
    const QVariantMap v = result.value(QStringLiteral("visit")).toMap();
    QDateTime at = QDateTime::fromString(str(v, "paid_at"), Qt::ISODate);
    const QVariantList taken = result.value(QStringLiteral("payments")).toList();
    if (!at.isValid() && !taken.isEmpty())
        at = QDateTime::fromString(str(taken.last().toMap(), "created_at"), Qt::ISODate);
    if (!at.isValid())
        at = QDateTime::fromString(str(v, "closed_at"), Qt::ISODate);
    return at;
}

bool ReceiptSlip::tookCash(const QVariantMap &result)
{
    for (const QVariant &p : result.value(QStringLiteral("payments")).toList())
        if (str(p.toMap(), "method") == QLatin1String("cash"))
            return true;
    return false;
}

QImage ReceiptSlip::render(const QVariantMap &result, const SlipVenue &venue, bool copy,
                           int widthDots)
{
    const bool narrow = widthDots < 500;
    const int body = narrow ? 20 : 24;
    const int small = narrow ? 18 : 21;
    const QVariantMap v = result.value(QStringLiteral("visit")).toMap();
    const QString cur = str(v, "currency");
    auto money = [&cur](qint64 m) { return Format::money(double(m), cur); };
    const QString therapist =
        v.value(QStringLiteral("therapist")).toMap().value(QStringLiteral("name")).toString();

    Slip slip(widthDots);
    if (copy)
        slip.text(QStringLiteral("*** %1 ***").arg(tr("COPY")), narrow ? 30 : 38, true,
                  Slip::Align::Center);
    slip.text(venue.name, narrow ? 26 : 32, true, Slip::Align::Center);
    if (!venue.address.isEmpty())
        slip.text(venue.address, small, false, Slip::Align::Center);
    if (!venue.taxId.isEmpty())
        slip.text(tr("Tax ID: %1").arg(venue.taxId), small, false, Slip::Align::Center);
    slip.space(6);
    // A full tax invoice (the buyer recorded on request) is the same bill under its own title,
    // with the buyer's block; the number stays the receipt's, so the books have one sequence.
    const QVariantMap invoice = v.value(QStringLiteral("tax_invoice")).toMap();
    if (!invoice.isEmpty())
        slip.text(tr("TAX INVOICE"), narrow ? 28 : 34, true, Slip::Align::Center);
    const QVariant receiptNo = v.value(QStringLiteral("receipt_no"));
    if (receiptNo.isValid() && !receiptNo.isNull())
        slip.text(tr("Receipt No. %1").arg(qint64(receiptNo.toDouble()), 6, 10, QLatin1Char('0')),
                  body + 2, true, Slip::Align::Center);
    if (!invoice.isEmpty()) {
        slip.rule();
        slip.text(tr("Buyer"), small, true);
        slip.text(str(invoice, "buyer_name"), body, true);
        for (const QString &line : str(invoice, "buyer_address").split(QLatin1Char('\n')))
            slip.text(line, small);
        slip.text(tr("Tax ID: %1").arg(str(invoice, "buyer_tax_id")), small);
        slip.rule();
    }
    // The month spelled out: "12/4/26" reads differently in every country.
    const QDateTime paid = paidAt(result);
    if (paid.isValid())
        slip.pair(tr("Paid"),
                  QLocale().toString(paid.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm")),
                  body);
    slip.pair(tr("Ticket %1").arg(str(v, "ticket")), str(v, "customer_name"), body);
    if (!therapist.isEmpty())
        slip.text(tr("Therapist: %1").arg(therapist), body);
    slip.rule();
    for (const QVariant &s : v.value(QStringLiteral("services")).toList()) {
        const QVariantMap service = s.toMap();
        slip.pair(str(service, "name"), money(num(service, "price")), body);
    }
    slip.rule();
    const qint64 discount = num(v, "discount");
    const qint64 serviceCharge = num(v, "service_charge");
    const qint64 tax = num(v, "tax");
    const qint64 rounding = num(v, "rounding");
    const bool included = v.value(QStringLiteral("prices_include_tax")).toBool();
    if (discount > 0 || serviceCharge != 0 || tax != 0 || rounding != 0)
        slip.pair(tr("Subtotal"), money(num(v, "subtotal")), body);
    if (discount > 0) {
        const QString reason = str(v, "discount_reason");
        slip.pair(reason.isEmpty() ? tr("Discount") : tr("Discount (%1)").arg(reason),
                  money(-discount), body);
    }
    const QString sc =
        QLocale().toString(v.value(QStringLiteral("service_charge_percent")).toDouble(), 'g', 4);
    const QString tp =
        QLocale().toString(v.value(QStringLiteral("tax_percent")).toDouble(), 'g', 4);
    QString taxName = str(v, "tax_label");
    if (taxName.isEmpty())
        taxName = tr("Tax");
    // At net prices the charges are parts of the total, shown as "included".
    if (serviceCharge != 0)
        slip.pair(included ? tr("Service charge %1% (included)").arg(sc)
                           : tr("Service charge %1%").arg(sc),
                  money(serviceCharge), body);
    if (tax != 0)
        slip.pair(included ? tr("%1 %2% (included)").arg(taxName, tp)
                           : tr("%1 %2%").arg(taxName, tp),
                  money(tax), body);
    if (rounding != 0)
        slip.pair(tr("Cash rounding"), money(rounding), body);
    slip.pair(tr("Total"), money(num(v, "total")), narrow ? 26 : 32, true);
    const qint64 tip = num(v, "tips");
    if (tip > 0)
        slip.pair(therapist.isEmpty() ? tr("Tip") : tr("Tip for %1").arg(therapist), money(tip),
                  body);
    slip.rule();
    qint64 change = 0;
    for (const QVariant &p : result.value(QStringLiteral("payments")).toList()) {
        const QVariantMap pay = p.toMap();
        // What was charged on this payment: its amount and the tip taken with it.
        slip.pair(methodName(str(pay, "method")), money(num(pay, "amount") + num(pay, "tip")),
                  body);
        if (num(pay, "tip") > 0)
            slip.text(QStringLiteral("  ") +
                          tr("%1 + tip %2").arg(money(num(pay, "amount")), money(num(pay, "tip"))),
                      small);
        const QVariant tendered = pay.value(QStringLiteral("tendered"));
        if (tendered.isValid() && !tendered.isNull()) {
            slip.pair(QStringLiteral("  ") + tr("Tendered"), money(num(pay, "tendered")), small);
            change += num(pay, "change_due");
        }
    }
    if (change > 0)
        slip.pair(tr("Change"), money(change), body + 2, true);
    slip.space(8);
    slip.text(tr("Thank you — see you again soon!"), body, false, Slip::Align::Center);
    if (copy)
        slip.text(tr("Reprinted %1")
                      .arg(QLocale().toString(QDateTime::currentDateTime(),
                                              QStringLiteral("d MMM yyyy, HH:mm"))),
                  small, false, Slip::Align::Center);
    return slip.render();
}
