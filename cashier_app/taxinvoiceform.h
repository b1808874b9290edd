// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DeskPrinter;
class Session;

// A full tax invoice asked for at the desk, at payment or later: the buyer's name, address and
// tax ID recorded against the paid bill (POST /api/visits/{id}/tax-invoice), then the bill printed
// as a "TAX INVOICE" with the buyer's block. A bill that already has one shows it, and prints it
// again as a copy; the server keeps one per receipt.
class TaxInvoiceForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(DeskPrinter *printer READ printer WRITE setPrinter NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap venue MEMBER m_venue NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap visit READ visit NOTIFY changed)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString buyerName READ buyerName WRITE setBuyerName NOTIFY changed)
    Q_PROPERTY(QString buyerAddress READ buyerAddress WRITE setBuyerAddress NOTIFY changed)
    Q_PROPERTY(QString buyerTaxId READ buyerTaxId WRITE setBuyerTaxId NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool done READ done NOTIFY changed)

public:
    explicit TaxInvoiceForm(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    DeskPrinter *printer() const { return m_printer; }
    void setPrinter(DeskPrinter *p);
    QVariantMap visit() const { return m_visit; }
    bool exists() const;
    QString buyerName() const { return m_name; }
    void setBuyerName(const QString &v);
    QString buyerAddress() const { return m_address; }
    void setBuyerAddress(const QString &v);
    QString buyerTaxId() const { return m_taxId; }
    void setBuyerTaxId(const QString &v);
    QString problem() const;
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }
    bool done() const { return m_done; }

    // Starts over for the paid visit `visitId` (asked of the server: an invoice it already has
    // is shown).
    Q_INVOKABLE void open(qint64 visitId);
    // Records the buyer, then prints the tax invoice (the original).
    Q_INVOKABLE void submit();
    // The recorded invoice printed again, marked COPY.
    Q_INVOKABLE void printCopy();

    // The same characters the server takes: digits, with ASCII letters, spaces and - . /.
    static bool plausibleTaxId(const QString &id);

Q_SIGNALS:
    void sessionChanged();
    void changed();
    void recorded();

private:
    void load(qint64 visitId, bool print);
    void setError(const QString &e);

    QPointer<Session> m_session;
    QPointer<DeskPrinter> m_printer;
    QVariantMap m_venue;
    QVariantMap m_visit;
    QString m_name;
    QString m_address;
    QString m_taxId;
    QString m_error;
    bool m_busy = false;
    bool m_done = false;
};
