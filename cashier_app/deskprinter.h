// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "thermalprinter.h"

#include <QImage>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// This desk's receipt printer (issue 15): where it is, its paper, cutter and cash drawer, and
// whether a ticket prints by itself at check-in — kept per desk in QSettings ("printer/…"). Jobs go
// through a ThermalPrinter, so the screen never waits for paper; a printer problem is a property
// the desk shows until it is retried or the jobs are discarded (and saved as PDF instead).
class DeskPrinter : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString target READ target NOTIFY settingsChanged)
    Q_PROPERTY(int paperMm READ paperMm NOTIFY settingsChanged)
    Q_PROPERTY(bool cut READ cut NOTIFY settingsChanged)
    Q_PROPERTY(int drawerPin READ drawerPin NOTIFY settingsChanged)
    Q_PROPERTY(bool autoTicket READ autoTicket NOTIFY settingsChanged)
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
    bool configured() const { return m_printer.target().isSet(); }
    QString problem() const { return m_printer.problem(); }
    int waiting() const { return m_printer.waiting(); }
    int dots() const;

    // Checks and saves the settings; returns what is wrong (nothing saved then), or empty.
    Q_INVOKABLE QString apply(const QString &target, int paperMm, bool cut, int drawerPin,
                              bool autoTicket);
    Q_INVOKABLE void printTicket(const QVariantMap &visit, const QString &venue,
                                 const QString &url);
    Q_INVOKABLE void printTestPage(const QString &venue);
    Q_INVOKABLE void openDrawer();
    // A slip already drawn (a receipt, a shift or Z report), `copies` times; the drawer opens
    // first when `drawer` (a cash payment or refund).
    void printSlip(const QString &title, const QImage &slip, int copies, bool drawer);
    Q_INVOKABLE void retry() { m_printer.retry(); }
    Q_INVOKABLE void discard() { m_printer.discard(); }

Q_SIGNALS:
    void settingsChanged();
    void problemChanged();
    void waitingChanged();
    void printed(const QString &title);

private:
    void load();

    ThermalPrinter m_printer;
    QString m_target;
    int m_paperMm = 80;
    bool m_cut = true;
    int m_drawerPin = 0;
    bool m_autoTicket = false;
};
