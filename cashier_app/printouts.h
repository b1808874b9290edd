// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The receipt after a checkout and the check-in ticket with the QR code of the customer's page,
// as HTML for the on-screen preview and as PDF files (Qt PrintSupport) for the printer.
class Printouts : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString outputDir READ outputDir WRITE setOutputDir NOTIFY outputDirChanged)
    Q_PROPERTY(QString lastSaved READ lastSaved NOTIFY lastSavedChanged)

public:
    explicit Printouts(QObject *parent = nullptr);

    QString outputDir() const { return m_outputDir; }
    void setOutputDir(const QString &dir);
    QString lastSaved() const { return m_lastSaved; }

    // `result` is Checkout::result: {visit, payments, change_due, tip}.
    Q_INVOKABLE QString receiptHtml(const QVariantMap &result, const QString &venue) const;
    // Writes the receipt PDF (80 mm roll) and returns its path, or "" on failure.
    Q_INVOKABLE QString saveReceiptPdf(const QVariantMap &result, const QString &venue);
    // The customer's page for a ticket: <server>/t/<code>.
    Q_INVOKABLE static QString ticketUrl(const QString &server, const QString &code);
    Q_INVOKABLE QString saveTicketPdf(const QVariantMap &visit, const QString &venue,
                                      const QString &server);

Q_SIGNALS:
    void outputDirChanged();
    void lastSavedChanged();

private:
    QString writePdf(const QString &name, const QString &html, const QImage &qr, double heightMm);

    QString m_outputDir;
    QString m_lastSaved;
};
