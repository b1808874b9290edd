// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "commissioneditor.h"

#include "staffchoices.h"

#include "format.h"
#include "session.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}
} // namespace

CommissionEditor::CommissionEditor(QObject *parent)
    : QObject(parent)
{
}

void CommissionEditor::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void CommissionEditor::open(const QVariantMap &service)
{
    m_service = service;
    m_commission = service.value(QStringLiteral("commission")).toMap();
    m_error.clear();
    Q_EMIT changed();
    loadTherapists();
}

void CommissionEditor::loadTherapists()
{
    if (!m_session)
        return;
    m_session->call("GET", QStringLiteral("/api/staff"), {},
                    [this](int status, const QJsonObject &answer) {
                        if (status != 200)
                            return;
                        m_therapists = staffChoices(answer, QStringLiteral("therapist"));
                        Q_EMIT changed();
                    });
}

QVariantList CommissionEditor::overrides() const
{
    QVariantList out;
    for (const QVariant &o : m_commission.value(QStringLiteral("overrides")).toList()) {
        QVariantMap row = o.toMap();
        const qint64 id = num(row, "therapist_id");
        QString name = tr("Therapist %1").arg(id);
        for (const QVariant &t : m_therapists)
            if (num(t.toMap(), "id") == id)
                name = t.toMap().value(QStringLiteral("name")).toString();
        row.insert(QStringLiteral("name"), name);
        row.insert(QStringLiteral("label"), summary(row));
        out.append(row);
    }
    std::sort(out.begin(), out.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap()
                   .value(QStringLiteral("name"))
                   .toString()
                   .localeAwareCompare(b.toMap().value(QStringLiteral("name")).toString()) < 0;
    });
    return out;
}

QString CommissionEditor::summary(const QVariantMap &rate) const
{
    const QString type = rate.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("percent"))
        return tr("%1% of the net price")
            .arg(QLocale().toString(rate.value(QStringLiteral("percent")).toDouble(), 'g', 5));
    if (type == QLatin1String("fixed"))
        return tr("%1 per service").arg(Format::money(double(num(rate, "amount")), m_currency));
    return tr("None");
}

QString CommissionEditor::rateProblem(const QString &type, const QString &percent,
                                      qint64 amount) const
{
    if (type == QLatin1String("percent")) {
        // As the server reads it: 0–100, at most two decimals, a point as the separator.
        static const QRegularExpression shape(QStringLiteral("^\\d{1,3}(\\.\\d{1,2})?$"));
        const QString p = percent.trimmed();
        if (!shape.match(p).hasMatch() || p.toDouble() > 100)
            return tr("A percent from 0 to 100, with at most two decimals (12.5)");
        return QString();
    }
    if (type == QLatin1String("fixed"))
        return amount < 0 ? tr("Type the amount per service") : QString();
    return type == QLatin1String("none") ? QString() : tr("Choose how the commission is counted");
}

void CommissionEditor::save(const QString &type, const QString &percent, qint64 amount,
                            qint64 therapistId)
{
    const QString problem = rateProblem(type, percent, amount);
    if (!problem.isEmpty()) {
        m_error = problem;
        Q_EMIT changed();
        return;
    }
    QJsonObject body { { QStringLiteral("type"), type } };
    if (type == QLatin1String("percent"))
        body.insert(QStringLiteral("percent"), percent.trimmed());
    else if (type == QLatin1String("fixed"))
        body.insert(QStringLiteral("amount"), amount);
    if (therapistId > 0)
        body.insert(QStringLiteral("therapist_id"), therapistId);
    put(body);
}

void CommissionEditor::removeOverride(qint64 therapistId)
{
    put({ { QStringLiteral("type"), QStringLiteral("default") },
          { QStringLiteral("therapist_id"), therapistId } });
}

void CommissionEditor::put(const QJsonObject &body)
{
    const qint64 id = num(m_service, "id");
    if (!m_session || id <= 0 || m_busy)
        return;
    m_busy = true;
    m_error.clear();
    Q_EMIT changed();
    m_session->call("PUT", QStringLiteral("/api/services/%1/commission").arg(id), body,
                    [this](int status, const QJsonObject &answer) {
                        m_busy = false;
                        if (status != 200) {
                            m_error = Session::errorText(answer, status);
                            Q_EMIT changed();
                            return;
                        }
                        m_commission =
                            answer.value(QLatin1String("commission")).toObject().toVariantMap();
                        m_service.insert(QStringLiteral("commission"), m_commission);
                        Q_EMIT changed();
                        Q_EMIT saved();
                    });
}
