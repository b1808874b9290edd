// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deskprinter.h"

#include "cashshift.h"
#include "escpos.h"
#include "receiptslip.h"
#include "refundslip.h"
#include "session.h"
#include "shiftslip.h"
#include "testpageslip.h"
#include "ticketslip.h"
#include "zreportslip.h"

#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QSettings>
#include <QStandardPaths>

namespace {
constexpr int kFeedLines = 4; // clears the cutter on common 80 mm printers
constexpr int kMaxCopies = 3;

SlipVenue venueOf(const QVariantMap &v)
{
    return { v.value(QStringLiteral("name")).toString(),
             v.value(QStringLiteral("address")).toString(),
             v.value(QStringLiteral("tax_id")).toString() };
}
} // namespace

DeskPrinter::DeskPrinter(QObject *parent)
    : QObject(parent)
{
    connect(&m_printer, &ThermalPrinter::problemChanged, this, &DeskPrinter::problemChanged);
    connect(&m_printer, &ThermalPrinter::waitingChanged, this, &DeskPrinter::waitingChanged);
    connect(&m_printer, &ThermalPrinter::printed, this, [this](int id, const QString &title) {
        m_slips.remove(id);
        Q_EMIT printed(title);
    });
    load();
}

void DeskPrinter::load()
{
    QSettings s;
    m_target = s.value(QStringLiteral("printer/target")).toString();
    m_paperMm = s.value(QStringLiteral("printer/paperMm"), 80).toInt() == 58 ? 58 : 80;
    m_cut = s.value(QStringLiteral("printer/cut"), true).toBool();
    m_drawerPin = std::clamp(s.value(QStringLiteral("printer/drawerPin"), 0).toInt(), -1, 1);
    m_autoTicket = s.value(QStringLiteral("printer/autoTicket"), false).toBool();
    m_receiptCopies =
        std::clamp(s.value(QStringLiteral("printer/receiptCopies"), 1).toInt(), 1, kMaxCopies);
    m_printer.setTarget(PrinterTarget::parse(m_target));
    Q_EMIT settingsChanged();
}

int DeskPrinter::dots() const
{
    return m_paperMm == 58 ? EscPos::kDots58mm : EscPos::kDots80mm;
}

QString DeskPrinter::apply(const QString &target, int paperMm, bool cut, int drawerPin,
                           bool autoTicket, int receiptCopies)
{
    const QString t = target.trimmed();
    if (!t.isEmpty() && !PrinterTarget::parse(t).isSet())
        return tr("Give the printer as host, host:port or a device such as /dev/usb/lp0");
    if (paperMm != 58 && paperMm != 80)
        return tr("Paper is 58 or 80 mm wide");
    if (drawerPin < -1 || drawerPin > 1)
        return tr("Choose the drawer's pin");
    if (receiptCopies < 1 || receiptCopies > kMaxCopies)
        return tr("Print 1 to %1 copies of the receipt").arg(kMaxCopies);
    QSettings s;
    s.setValue(QStringLiteral("printer/target"), t);
    s.setValue(QStringLiteral("printer/paperMm"), paperMm);
    s.setValue(QStringLiteral("printer/cut"), cut);
    s.setValue(QStringLiteral("printer/drawerPin"), drawerPin);
    s.setValue(QStringLiteral("printer/autoTicket"), autoTicket);
    s.setValue(QStringLiteral("printer/receiptCopies"), receiptCopies);
    load();
    return {};
}

void DeskPrinter::printSlip(const QString &title, const QImage &slip, int copies, bool drawer)
{
    QByteArray job = EscPos::initialize();
    if (drawer && m_drawerPin >= 0)
        job += EscPos::openDrawer(m_drawerPin);
    const QByteArray page = EscPos::raster(slip) + EscPos::feedAndCut(kFeedLines, m_cut);
    for (int i = 0; i < std::max(1, copies); ++i)
        job += page;
    const int id = m_printer.submit(title, job); // one job: a retry prints the copies once
    if (m_printer.waitingIds().contains(id))
        m_slips.insert(id, slip);
}

void DeskPrinter::printTicket(const QVariantMap &visit, const QString &venue, const QString &url)
{
    printSlip(tr("Ticket %1").arg(visit.value(QStringLiteral("ticket")).toString()),
              TicketSlip::render(visit, venue, url, QDateTime::currentDateTime(), dots()), 1,
              false);
}

void DeskPrinter::printTestPage(const QString &venue)
{
    printSlip(
        tr("Test page"),
        TestPageSlip::render(venue, m_target, m_paperMm, QDateTime::currentDateTime(), dots()), 1,
        false);
}

void DeskPrinter::printReceipt(const QVariantMap &result, const QVariantMap &venue, bool copy)
{
    const QVariantMap v = result.value(QStringLiteral("visit")).toMap();
    const QVariant no = v.value(QStringLiteral("receipt_no"));
    const QString number = no.isValid() && !no.isNull()
        ? QStringLiteral("%1").arg(qint64(no.toDouble()), 6, 10, QLatin1Char('0'))
        : v.value(QStringLiteral("ticket")).toString();
    const QImage slip = ReceiptSlip::render(result, venueOf(venue), copy, dots());
    if (copy)
        printSlip(tr("Receipt %1 (copy)").arg(number), slip, 1, false);
    else
        printSlip(tr("Receipt %1").arg(number), slip, m_receiptCopies,
                  ReceiptSlip::tookCash(result));
}

namespace {
// A paid visit as the receipt has it: the payments that stand (not voided, not the voids).
QVariantMap receiptOf(const QVariantMap &visit)
{
    QVariantList payments;
    for (const QVariant &p : visit.value(QStringLiteral("payments")).toList()) {
        const QVariantMap pay = p.toMap();
        if (pay.value(QStringLiteral("kind")).toString() == QLatin1String("payment") &&
            !pay.value(QStringLiteral("voided")).toBool())
            payments << pay;
    }
    return { { QStringLiteral("visit"), visit }, { QStringLiteral("payments"), payments } };
}
} // namespace

void DeskPrinter::reprintVisit(const QVariantMap &visit, const QVariantMap &venue)
{
    printReceipt(receiptOf(visit), venue, true);
}

void DeskPrinter::printTaxInvoice(const QVariantMap &visit, const QVariantMap &venue, bool copy)
{
    const QString number = QStringLiteral("%1").arg(
        qint64(visit.value(QStringLiteral("receipt_no")).toDouble()), 6, 10, QLatin1Char('0'));
    printSlip(copy ? tr("Tax invoice %1 (copy)").arg(number) : tr("Tax invoice %1").arg(number),
              ReceiptSlip::render(receiptOf(visit), venueOf(venue), copy, dots()), 1, false);
}

void DeskPrinter::reprintPaidVisit(Session *session, qint64 visitId, const QVariantMap &venue)
{
    if (!session)
        return;
    session->call("GET", QStringLiteral("/api/visits/%1").arg(visitId), {},
                  [this, venue](int status, const QJsonObject &answer) {
                      const QVariantMap visit =
                          answer.value(QLatin1String("visit")).toObject().toVariantMap();
                      if (status != 200 || visit.value(QStringLiteral("receipt_no")).isNull()) {
                          Q_EMIT reprintFailed(status == 200 ? tr("That visit has no receipt")
                                                             : Session::errorText(answer, status));
                          return;
                      }
                      reprintVisit(visit, venue);
                  });
}

void DeskPrinter::printShiftClose(const QVariantMap &shift, const QVariantMap &venue)
{
    printSlip(tr("Shift %1 close").arg(qint64(shift.value(QStringLiteral("id")).toDouble())),
              ShiftSlip::render(shift, venueOf(venue), dots()), 1, false);
}

void DeskPrinter::printZReport(const QVariantMap &report, const QVariantMap &venue)
{
    printSlip(tr("Z report %1").arg(report.value(QStringLiteral("date")).toString()),
              ZReportSlip::render(report, venueOf(venue), dots()), 1, false);
}

void DeskPrinter::openDrawer()
{
    // No printer at this desk: no drawer wired to one either (and no job to hold as a problem).
    if (m_drawerPin < 0 || !configured())
        return;
    m_printer.submit(tr("Open drawer"), EscPos::initialize() + EscPos::openDrawer(m_drawerPin));
}

void DeskPrinter::openDrawerNoSale(CashShift *shift, const QString &reason)
{
    if (!shift)
        return;
    shift->recordNoSale(reason, [this] { openDrawer(); });
}

void DeskPrinter::moveCash(CashShift *shift, const QString &kind, qint64 amount,
                           const QString &reason)
{
    if (!shift)
        return;
    shift->moveCash(kind, amount, reason, [this] { openDrawer(); });
}

void DeskPrinter::printRefund(const QVariantMap &refund, const QVariantMap &visit,
                              const QVariantMap &venue)
{
    const bool cash = refund.value(QStringLiteral("method")).toString() == QLatin1String("cash");
    printSlip(tr("Refund on receipt %1")
                  .arg(qint64(refund.value(QStringLiteral("receipt_no")).toDouble()), 6, 10,
                       QLatin1Char('0')),
              RefundSlip::render(refund, visit, venueOf(venue), dots()), 1, cash);
}

void DeskPrinter::discard()
{
    m_printer.discard();
    if (m_printer.waiting() == 0)
        m_slips.clear();
}

QString DeskPrinter::saveHeldAsPdf(const QString &directory)
{
    const QList<int> held = m_printer.waitingIds();
    QList<QImage> pages;
    for (int id : held)
        if (m_slips.contains(id))
            pages << m_slips.value(id);
    if (pages.isEmpty())
        return {};
    const QString dir = directory.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .filePath(QStringLiteral("SpaSuite"))
        : directory;
    if (!QDir().mkpath(dir))
        return {};
    const QString path = QDir(dir).filePath(
        QStringLiteral("held-slips-%1.pdf")
            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    {
        // The slips at the printer's own 203 dpi, a roll page each as long as its slip.
        QPdfWriter pdf(path);
        pdf.setResolution(203);
        pdf.setPageMargins({});
        QPainter p;
        for (qsizetype i = 0; i < pages.size(); ++i) {
            const QImage &slip = pages.at(i);
            pdf.setPageSize(QPageSize(QSizeF(slip.width() * 25.4 / 203, slip.height() * 25.4 / 203),
                                      QPageSize::Millimeter, QStringLiteral("Slip")));
            if (i == 0) {
                if (!p.begin(&pdf))
                    return {};
            } else {
                pdf.newPage();
            }
            p.drawImage(0, 0, slip);
        }
        p.end();
    }
    if (!QFile::exists(path))
        return {};
    // Printed another way now: not sent again when the printer comes back.
    m_printer.discard();
    if (m_printer.waiting() == 0)
        m_slips.clear();
    Q_EMIT savedPdf(path);
    return path;
}
