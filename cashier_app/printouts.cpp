// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "printouts.h"

#include "format.h"
#include "qrimageprovider.h"

#include <QDateTime>
#include <QLocale>

#include <QDir>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString row(const QString &left, const QString &right, bool bold = false)
{
    const QString b1 = bold ? QStringLiteral("<b>") : QString(),
                  b2 = bold ? QStringLiteral("</b>") : QString();
    return QStringLiteral("<tr><td>%1%2%3</td><td align=\"right\">%1%4%3</td></tr>")
        .arg(b1, esc(left), b2, esc(right));
}

qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}

QString methodName(const QString &m)
{
    if (m == QLatin1String("cash"))
        return Printouts::tr("Cash");
    if (m == QLatin1String("card"))
        return Printouts::tr("Card");
    return Printouts::tr("E-wallet");
}
} // namespace

Printouts::Printouts(QObject *parent)
    : QObject(parent)
    , m_outputDir(QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(QStringLiteral("SpaSuite")))
{
}

void Printouts::setOutputDir(const QString &dir)
{
    if (dir == m_outputDir)
        return;
    m_outputDir = dir;
    Q_EMIT outputDirChanged();
}

QString Printouts::receiptHtml(const QVariantMap &result, const QString &venue, bool copy) const
{
    const QVariantMap v = result.value(QStringLiteral("visit")).toMap();
    const QString cur = v.value(QStringLiteral("currency")).toString();
    auto money = [&cur](qint64 m) { return Format::money(m, cur); };
    // The time it was paid (the receipt's own time, else the last payment taken), not the time
    // the receipt is printed, with the month spelled out: "12/4/26" reads differently in every
    // country.
    QDateTime paidAt =
        QDateTime::fromString(v.value(QStringLiteral("paid_at")).toString(), Qt::ISODate);
    const QVariantList taken = result.value(QStringLiteral("payments")).toList();
    if (!paidAt.isValid() && !taken.isEmpty())
        paidAt = QDateTime::fromString(
            taken.last().toMap().value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    if (!paidAt.isValid())
        paidAt =
            QDateTime::fromString(v.value(QStringLiteral("closed_at")).toString(), Qt::ISODate);
    if (!paidAt.isValid())
        paidAt = QDateTime::currentDateTimeUtc();
    QString h = QStringLiteral("<div style=\"font-family:'DejaVu Sans'; font-size:10pt\">");
    if (copy)
        h += QStringLiteral("<p align=\"center\"><b style=\"font-size:14pt\">*** %1 ***</b></p>")
                 .arg(esc(tr("COPY")));
    QString head = QStringLiteral("<b style=\"font-size:13pt\">%1</b>").arg(esc(venue));
    if (!m_venueAddress.isEmpty())
        head += QStringLiteral("<br/>") + esc(m_venueAddress);
    if (!m_venueTaxId.isEmpty())
        head += QStringLiteral("<br/>") + esc(tr("Tax ID: %1").arg(m_venueTaxId));
    h += QStringLiteral("<p align=\"center\">%1</p>").arg(head);
    const QVariant receiptNo = v.value(QStringLiteral("receipt_no"));
    QString receiptLine;
    if (receiptNo.isValid() && !receiptNo.isNull())
        receiptLine =
            esc(tr("Receipt No. %1").arg(qint64(receiptNo.toDouble()), 6, 10, QLatin1Char('0'))) +
            QStringLiteral("<br/>");
    h +=
        QStringLiteral("<p>%1%2 %3<br/>%4 <b>%5</b> · %6<br/>%7</p>")
            .arg(receiptLine, esc(tr("Paid")),
                 esc(QLocale().toString(paidAt.toLocalTime(), QStringLiteral("d MMM yyyy, HH:mm"))),
                 esc(tr("Ticket")), esc(v.value(QStringLiteral("ticket")).toString()),
                 esc(v.value(QStringLiteral("customer_name")).toString()),
                 esc(tr("Therapist: %1")
                         .arg(v.value(QStringLiteral("therapist"))
                                  .toMap()
                                  .value(QStringLiteral("name"))
                                  .toString())));
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\">");
    for (const QVariant &s : v.value(QStringLiteral("services")).toList()) {
        const QVariantMap service = s.toMap();
        h += row(service.value(QStringLiteral("name")).toString(), money(num(service, "price")));
    }
    h += QStringLiteral("<tr><td colspan=\"2\"><hr/></td></tr>");
    const qint64 discount = num(v, "discount");
    const qint64 serviceCharge = num(v, "service_charge");
    const qint64 tax = num(v, "tax");
    const qint64 rounding = num(v, "rounding");
    const bool included = v.value(QStringLiteral("prices_include_tax")).toBool();
    if (discount > 0 || serviceCharge != 0 || tax != 0 || rounding != 0)
        h += row(tr("Subtotal"), money(num(v, "subtotal")));
    if (discount > 0)
        h += row(tr("Discount (%1)").arg(v.value(QStringLiteral("discount_reason")).toString()),
                 money(-discount));
    const QString sc =
        QLocale().toString(v.value(QStringLiteral("service_charge_percent")).toDouble(), 'g', 4);
    const QString tp =
        QLocale().toString(v.value(QStringLiteral("tax_percent")).toDouble(), 'g', 4);
    QString taxName = v.value(QStringLiteral("tax_label")).toString();
    if (taxName.isEmpty())
        taxName = tr("Tax");
    // At net prices the charges are parts of the total, shown as "included".
    if (serviceCharge != 0)
        h += row(included ? tr("Service charge %1% (included)").arg(sc)
                          : tr("Service charge %1%").arg(sc),
                 money(serviceCharge));
    if (tax != 0)
        h +=
            row(included ? tr("%1 %2% (included)").arg(taxName, tp) : tr("%1 %2%").arg(taxName, tp),
                money(tax));
    if (rounding != 0)
        h += row(tr("Cash rounding"), money(rounding));
    h += row(tr("Total"), money(num(v, "total")), true);
    const qint64 tip = num(v, "tips");
    if (tip > 0)
        h += row(tr("Tip for %1")
                     .arg(v.value(QStringLiteral("therapist"))
                              .toMap()
                              .value(QStringLiteral("name"))
                              .toString()),
                 money(tip));
    h += QStringLiteral("<tr><td colspan=\"2\"><hr/></td></tr>");
    for (const QVariant &p : result.value(QStringLiteral("payments")).toList()) {
        const QVariantMap pay = p.toMap();
        // What was charged on this payment: its amount and the tip taken with it.
        h += row(methodName(pay.value(QStringLiteral("method")).toString()),
                 money(num(pay, "amount") + num(pay, "tip")));
        if (num(pay, "tip") > 0)
            h += row(QStringLiteral("  ") +
                         tr("%1 + tip %2").arg(money(num(pay, "amount")), money(num(pay, "tip"))),
                     QString());
        if (pay.value(QStringLiteral("tendered")).isValid() &&
            !pay.value(QStringLiteral("tendered")).isNull()) {
            h += row(QStringLiteral("  ") + tr("Tendered"), money(num(pay, "tendered")));
            h += row(QStringLiteral("  ") + tr("Change"), money(num(pay, "change_due")));
        }
    }
    h += QStringLiteral("</table><p align=\"center\">%1</p></div>")
             .arg(esc(tr("Thank you — see you again soon!")));
    return h;
}

QString Printouts::writePdf(const QString &name, const QString &html, const QImage &qr,
                            double heightMm)
{
    if (!QDir().mkpath(m_outputDir))
        return QString();
    const QString path = QDir(m_outputDir).filePath(name);
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    QTextDocument doc;
    if (!qr.isNull())
        doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr://ticket")), qr);
    doc.setHtml(html);
    // A roll has no fixed page length: the page is as long as the printout (at least
    // `heightMm`), so a ticket or a long receipt is one piece of paper, never two.
    constexpr double kWidthMm = 80, kMarginMm = 4, kPointsPerMm = 72.0 / 25.4;
    doc.setTextWidth((kWidthMm - 2 * kMarginMm) * kPointsPerMm);
    const double contentMm = doc.size().height() / kPointsPerMm + 2 * kMarginMm + 2;
    printer.setPageSize(QPageSize(QSizeF(kWidthMm, std::max(heightMm, contentMm)),
                                  QPageSize::Millimeter, QStringLiteral("Receipt roll")));
    printer.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                           QPageLayout::Millimeter);
    doc.setPageSize(printer.pageLayout().paintRectPoints().size());
    doc.print(&printer);
    if (!QFile::exists(path))
        return QString();
    m_lastSaved = path;
    Q_EMIT lastSavedChanged();
    return path;
}

QString Printouts::saveReceiptPdf(const QVariantMap &result, const QString &venue)
{
    const QVariantMap v = result.value(QStringLiteral("visit")).toMap();
    const QVariant no = v.value(QStringLiteral("receipt_no"));
    const qint64 receiptNo = no.isValid() && !no.isNull() ? qint64(no.toDouble()) : 0;
    const bool copy = receiptNo > 0 && m_printedReceipts.contains(receiptNo);
    const QString name =
        QStringLiteral("receipt-%1-%2%3.pdf")
            .arg(v.value(QStringLiteral("business_date")).toString(),
                 receiptNo > 0 ? QStringLiteral("%1").arg(receiptNo, 6, 10, QLatin1Char('0'))
                               : v.value(QStringLiteral("ticket")).toString(),
                 copy ? QStringLiteral("-copy") : QString());
    const QString path = writePdf(name, receiptHtml(result, venue, copy), {}, 80);
    if (!path.isEmpty() && receiptNo > 0)
        m_printedReceipts.insert(receiptNo);
    return path;
}

QString Printouts::ticketUrl(const QString &server, const QString &code)
{
    QUrl url(server);
    url.setPath(QStringLiteral("/t/") + code);
    url.setQuery(QString());
    return url.toString();
}

QString Printouts::saveTicketPdf(const QVariantMap &visit, const QString &venue,
                                 const QString &server)
{
    const QString url = ticketUrl(server, visit.value(QStringLiteral("code")).toString());
    QString services;
    for (const QVariant &s : visit.value(QStringLiteral("services")).toList())
        services +=
            esc(s.toMap().value(QStringLiteral("name")).toString()) + QStringLiteral("<br/>");
    const QString html =
        QStringLiteral(
            "<div style=\"font-family:'DejaVu Sans'; font-size:10pt\" align=\"center\">"
            "<p><b style=\"font-size:13pt\">%1</b></p><p>%2</p>"
            "<p style=\"font-size:40pt\"><b>%3</b></p><p>%4</p><p>%5</p>"
            "<p><img src=\"qr://ticket\" width=\"160\" height=\"160\"/></p><p>%6<br/>%7</p></div>")
            .arg(esc(venue), esc(tr("Your ticket")),
                 esc(visit.value(QStringLiteral("ticket")).toString()),
                 esc(visit.value(QStringLiteral("customer_name")).toString()), services,
                 esc(tr("Scan to follow your place in the queue")), esc(url));
    const QString name = QStringLiteral("ticket-%1-%2.pdf")
                             .arg(visit.value(QStringLiteral("business_date")).toString(),
                                  visit.value(QStringLiteral("ticket")).toString());
    return writePdf(name, html, QrImageProvider::render(url, 8), 80);
}
