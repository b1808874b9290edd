// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "taxinvoiceform.h"

#include "deskprinter.h"
#include "session.h"

TaxInvoiceForm::TaxInvoiceForm(QObject *parent)
    : QObject(parent)
{
}

void TaxInvoiceForm::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void TaxInvoiceForm::setPrinter(DeskPrinter *p)
{
    if (p == m_printer)
        return;
    m_printer = p;
    Q_EMIT sessionChanged();
}

bool TaxInvoiceForm::exists() const
{
    return !m_visit.value(QStringLiteral("tax_invoice")).toMap().isEmpty();
}

void TaxInvoiceForm::setBuyerName(const QString &v)
{
    if (v == m_name)
        return;
    m_name = v;
    Q_EMIT changed();
}

void TaxInvoiceForm::setBuyerAddress(const QString &v)
{
    if (v == m_address)
        return;
    m_address = v;
    Q_EMIT changed();
}

void TaxInvoiceForm::setBuyerTaxId(const QString &v)
{
    if (v == m_taxId)
        return;
    m_taxId = v;
    Q_EMIT changed();
}

void TaxInvoiceForm::setError(const QString &e)
{
    m_error = e;
    Q_EMIT changed();
}

bool TaxInvoiceForm::plausibleTaxId(const QString &id)
{
    bool digit = false;
    for (const QChar c : id.trimmed()) {
        if (c.unicode() >= 128)
            return false;
        if (c.isDigit())
            digit = true;
        else if (!c.isLetter() && !QStringLiteral(" -./").contains(c))
            return false;
    }
    return digit;
}

QString TaxInvoiceForm::problem() const
{
    if (m_visit.isEmpty())
        return tr("Loading the bill…");
    if (m_visit.value(QStringLiteral("status")).toString() != QLatin1String("paid"))
        return tr("A tax invoice is made for a paid bill");
    if (exists())
        return QString();
    if (m_name.trimmed().isEmpty())
        return tr("Type the buyer's name (a person or a company)");
    if (m_address.trimmed().isEmpty())
        return tr("Type the buyer's address");
    if (m_taxId.trimmed().isEmpty())
        return tr("Type the buyer's tax ID");
    if (!plausibleTaxId(m_taxId))
        return tr("A tax ID has digits, and only letters, spaces and - . / besides");
    return QString();
}

void TaxInvoiceForm::open(qint64 visitId)
{
    m_visit.clear();
    m_name.clear();
    m_address.clear();
    m_taxId.clear();
    m_error.clear();
    m_done = false;
    Q_EMIT changed();
    load(visitId, false);
}

void TaxInvoiceForm::load(qint64 visitId, bool print)
{
    if (!m_session)
        return;
    m_session->call("GET", QStringLiteral("/api/visits/%1").arg(visitId), {},
                    [this, print](int status, const QJsonObject &answer) {
                        if (status != 200) {
                            setError(Session::errorText(answer, status));
                            return;
                        }
                        m_visit = answer.value(QLatin1String("visit")).toObject().toVariantMap();
                        const QVariantMap inv =
                            m_visit.value(QStringLiteral("tax_invoice")).toMap();
                        if (!inv.isEmpty()) {
                            m_name = inv.value(QStringLiteral("buyer_name")).toString();
                            m_address = inv.value(QStringLiteral("buyer_address")).toString();
                            m_taxId = inv.value(QStringLiteral("buyer_tax_id")).toString();
                        }
                        Q_EMIT changed();
                        if (print && m_printer && m_printer->configured())
                            m_printer->printTaxInvoice(m_visit, m_venue, false);
                    });
}

void TaxInvoiceForm::submit()
{
    if (!m_session || m_busy || m_done || exists() || !problem().isEmpty())
        return;
    const qint64 visitId = qint64(m_visit.value(QStringLiteral("id")).toDouble());
    m_busy = true;
    m_error.clear();
    Q_EMIT changed();
    m_session->call("POST", QStringLiteral("/api/visits/%1/tax-invoice").arg(visitId),
                    { { QStringLiteral("buyer_name"), m_name.trimmed() },
                      { QStringLiteral("buyer_address"), m_address.trimmed() },
                      { QStringLiteral("buyer_tax_id"), m_taxId.trimmed() } },
                    [this, visitId](int status, const QJsonObject &answer) {
                        m_busy = false;
                        const QString code = Session::errorCode(answer);
                        if (status == 201) {
                            m_done = true;
                            Q_EMIT recorded();
                            // The bill with its payments, as the invoice prints it.
                            load(visitId, true);
                            return;
                        }
                        if (code == QLatin1String("tax_invoice_exists")) {
                            setError(tr("This bill already has a tax invoice: it is shown "
                                        "here, print a copy of it"));
                            load(visitId, false);
                            return;
                        }
                        setError(Session::errorText(answer, status));
                    });
}

void TaxInvoiceForm::printCopy()
{
    if (exists() && m_printer && m_printer->configured())
        m_printer->printTaxInvoice(m_visit, m_venue, true);
}
