// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "deskprinter.h"

#include "escpos.h"
#include "slip.h"
#include "ticketslip.h"

#include <QDateTime>
#include <QSettings>

namespace {
constexpr int kFeedLines = 4; // clears the cutter on common 80 mm printers
}

DeskPrinter::DeskPrinter(QObject *parent)
    : QObject(parent)
{
    connect(&m_printer, &ThermalPrinter::problemChanged, this, &DeskPrinter::problemChanged);
    connect(&m_printer, &ThermalPrinter::waitingChanged, this, &DeskPrinter::waitingChanged);
    connect(&m_printer, &ThermalPrinter::printed, this,
            [this](int, const QString &title) { Q_EMIT printed(title); });
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
    m_printer.setTarget(PrinterTarget::parse(m_target));
    Q_EMIT settingsChanged();
}

int DeskPrinter::dots() const
{
    return m_paperMm == 58 ? EscPos::kDots58mm : EscPos::kDots80mm;
}

QString DeskPrinter::apply(const QString &target, int paperMm, bool cut, int drawerPin,
                           bool autoTicket)
{
    const QString t = target.trimmed();
    if (!t.isEmpty() && !PrinterTarget::parse(t).isSet())
        return tr("Give the printer as host, host:port or a device such as /dev/usb/lp0");
    if (paperMm != 58 && paperMm != 80)
        return tr("Paper is 58 or 80 mm wide");
    if (drawerPin < -1 || drawerPin > 1)
        return tr("Choose the drawer's pin");
    QSettings s;
    s.setValue(QStringLiteral("printer/target"), t);
    s.setValue(QStringLiteral("printer/paperMm"), paperMm);
    s.setValue(QStringLiteral("printer/cut"), cut);
    s.setValue(QStringLiteral("printer/drawerPin"), drawerPin);
    s.setValue(QStringLiteral("printer/autoTicket"), autoTicket);
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
    m_printer.submit(title, job); // one job: a retry prints the copies together, once
}

void DeskPrinter::printTicket(const QVariantMap &visit, const QString &venue, const QString &url)
{
    printSlip(tr("Ticket %1").arg(visit.value(QStringLiteral("ticket")).toString()),
              TicketSlip::render(visit, venue, url, QDateTime::currentDateTime(), dots()), 1,
              false);
}

void DeskPrinter::printTestPage(const QString &venue)
{
    Slip slip(dots());
    slip.text(venue, 30, true, Slip::Align::Center);
    slip.text(tr("Printer test page"), 26, false, Slip::Align::Center);
    slip.rule();
    slip.text(QStringLiteral("English · ภาษาไทย · Bahasa Indonesia"), 22, false,
              Slip::Align::Center);
    slip.pair(tr("Printer"), m_target, 22);
    slip.pair(tr("Paper"), tr("%1 mm, %2 dots").arg(m_paperMm).arg(dots()), 22);
    slip.text(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat), 20, false,
              Slip::Align::Center);
    printSlip(tr("Test page"), slip.render(), 1, false);
}

void DeskPrinter::openDrawer()
{
    if (m_drawerPin < 0)
        return;
    m_printer.submit(tr("Open drawer"), EscPos::initialize() + EscPos::openDrawer(m_drawerPin));
}
