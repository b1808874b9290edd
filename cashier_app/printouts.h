// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QSet>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The receipt after a checkout and the check-in ticket with the QR code of the customer's page,
// as HTML for the on-screen preview and as PDF files (Qt PrintSupport) for the printer.
class Printouts : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString outputDir READ outputDir WRITE setOutputDir NOTIFY outputDirChanged)
    Q_PROPERTY(QString lastSaved READ lastSaved NOTIFY lastSavedChanged)
    // Printed on every receipt: the venue's address and tax ID (settings).
    Q_PROPERTY(QString venueAddress MEMBER m_venueAddress NOTIFY venueChanged)
    Q_PROPERTY(QString venueTaxId MEMBER m_venueTaxId NOTIFY venueChanged)

public:
    explicit Printouts(QObject *parent = nullptr);

    QString outputDir() const { return m_outputDir; }
    void setOutputDir(const QString &dir);
    QString lastSaved() const { return m_lastSaved; }

    // `result` is Checkout::result: {visit, payments, change_due, tip}. `copy`: a reprint,
    // marked "COPY" so it cannot pass for a second original.
    Q_INVOKABLE QString receiptHtml(const QVariantMap &result, const QString &venue,
                                    bool copy = false) const;
    // Writes the receipt PDF (80 mm roll) and returns its path, or "" on failure. The first PDF
    // of a receipt number is the original; every later one of the same number says "COPY".
    Q_INVOKABLE QString saveReceiptPdf(const QVariantMap &result, const QString &venue);
    // The customer's page for a ticket: <server>/t/<code>.
    Q_INVOKABLE static QString ticketUrl(const QString &server, const QString &code);
    Q_INVOKABLE QString saveTicketPdf(const QVariantMap &visit, const QString &venue,
                                      const QString &server);

Q_SIGNALS:
    void outputDirChanged();
    void lastSavedChanged();
    void venueChanged();

private:
    QString writePdf(const QString &name, const QString &html, const QImage &qr, double heightMm);

    QString m_outputDir;
    QString m_lastSaved;
    QString m_venueAddress;
    QString m_venueTaxId;
    QSet<qint64> m_printedReceipts; // receipt numbers already printed once by this desk
};
