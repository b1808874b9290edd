// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thermalprinter.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// This desk's receipt printer (issue 15): where it is, its paper, cutter and cash drawer, and
// whether a ticket prints by itself at check-in — kept per desk in QSettings ("printer/…"). Jobs go
// through a ThermalPrinter, so the screen never waits for paper; a printer problem is a property
// the desk shows until it is retried or the jobs are discarded (and saved as PDF instead).
class CashShift;
class Session;

class DeskPrinter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString target READ target NOTIFY settingsChanged)
    Q_PROPERTY(int paperMm READ paperMm NOTIFY settingsChanged)
    Q_PROPERTY(bool cut READ cut NOTIFY settingsChanged)
    Q_PROPERTY(int drawerPin READ drawerPin NOTIFY settingsChanged)
    Q_PROPERTY(bool autoTicket READ autoTicket NOTIFY settingsChanged)
    Q_PROPERTY(int receiptCopies READ receiptCopies NOTIFY settingsChanged)
    Q_PROPERTY(bool configured READ configured NOTIFY settingsChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY waitingChanged)

public:
    explicit DeskPrinter(QObject *parent = nullptr);

    QString target() const { return m_target; }
    int paperMm() const { return m_paperMm; }
    bool cut() const { return m_cut; }
    int drawerPin() const { return m_drawerPin; } // -1: no drawer; 0: pin 2; 1: pin 5
    bool autoTicket() const { return m_autoTicket; }
    int receiptCopies() const { return m_receiptCopies; } // 1–3, printed after a payment
    bool configured() const { return m_printer.target().isSet(); }
    QString problem() const { return m_printer.problem(); }
    int waiting() const { return m_printer.waiting(); }
    int dots() const;

    // Checks and saves the settings; returns what is wrong (nothing saved then), or empty.
    Q_INVOKABLE QString apply(const QString &target, int paperMm, bool cut, int drawerPin,
                              bool autoTicket, int receiptCopies = 1);
    Q_INVOKABLE void printTicket(const QVariantMap &visit, const QString &venue,
                                 const QString &url);
    Q_INVOKABLE void printTestPage(const QString &venue);
    // The receipt of a checkout (`result` as Checkout::result) with `venue` {name, address,
    // tax_id}: the settings' number of copies, in one job, the drawer first when cash was taken.
    // `copy`: a reprint — one, marked COPY, no drawer.
    Q_INVOKABLE void printReceipt(const QVariantMap &result, const QVariantMap &venue,
                                  bool copy = false);
    // The receipt of a paid visit as GET /api/visits/{id} returns it, reprinted (COPY).
    Q_INVOKABLE void reprintVisit(const QVariantMap &visit, const QVariantMap &venue);
    // A paid visit with its tax invoice (GET /api/visits/{id}: buyer and payments) as a "TAX
    // INVOICE": one, no drawer; `copy` marks it COPY.
    Q_INVOKABLE void printTaxInvoice(const QVariantMap &visit, const QVariantMap &venue, bool copy);
    // The same for a visit known by its id (the Day page's payments): asked of the server first.
    Q_INVOKABLE void reprintPaidVisit(Session *session, qint64 visitId, const QVariantMap &venue);
    Q_INVOKABLE void printShiftClose(const QVariantMap &shift, const QVariantMap &venue);
    Q_INVOKABLE void printZReport(const QVariantMap &report, const QVariantMap &venue);
    // The drawer's pulse, nothing printed: after a cash refund or a pay-in/out, and after the
    // server recorded a no-sale (openDrawerNoSale).
    Q_INVOKABLE void openDrawer();
    // "Open drawer" at the desk: the server records it in the open shift as a no-sale opening in
    // this user's name first; only then does the drawer open. Refused (no open shift): the
    // shift's error says why and the drawer stays shut.
    Q_INVOKABLE void openDrawerNoSale(CashShift *shift, const QString &reason = QString());
    // A pay-in or pay-out at the desk: the server records it in the open shift first; only then
    // does the drawer open. Refused: the shift's error says why and the drawer stays shut.
    Q_INVOKABLE void moveCash(CashShift *shift, const QString &kind, qint64 amount,
                              const QString &reason);
    // The refund slip (RefundSlip) of a refund the server recorded; a cash refund opens the
    // drawer first, in the same job.
    Q_INVOKABLE void printRefund(const QVariantMap &refund, const QVariantMap &visit,
                                 const QVariantMap &venue);
    // A slip already drawn, `copies` times in one job (a retry prints the copies together, once);
    // the drawer opens first when `drawer`.
    void printSlip(const QString &title, const QImage &slip, int copies, bool drawer);
    Q_INVOKABLE void retry() { m_printer.retry(); }
    Q_INVOKABLE void discard(); // the held jobs are dropped (printed another way)
    // The held jobs' slips into one PDF (a page each), then dropped from the printer's queue:
    // the way round a printer that is out of order. Returns the file, or "" (nothing held, or
    // the file could not be written).
    Q_INVOKABLE QString saveHeldAsPdf(const QString &directory = QString());

    ThermalPrinter *printer() { return &m_printer; }

Q_SIGNALS:
    void settingsChanged();
    void problemChanged();
    void waitingChanged();
    void printed(const QString &title);
    void savedPdf(const QString &path);
    void reprintFailed(const QString &message);

private:
    void load();

    ThermalPrinter m_printer;
    QString m_target;
    int m_paperMm = 80;
    bool m_cut = true;
    int m_drawerPin = 0;
    bool m_autoTicket = false;
    int m_receiptCopies = 1;
    QHash<int, QImage> m_slips; // the held jobs' slips by job id, for saveHeldAsPdf()
};
