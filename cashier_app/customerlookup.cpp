// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerlookup.h"

#include <QJsonArray>
#include <QUrl>

CustomerLookup::CustomerLookup(QObject *parent)
    : QObject(parent)
    , m_results({ "id", "name", "phone", "language", "notes", "visit_count", "no_show_count",
                  "spend", "preferred_therapist" },
                this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &CustomerLookup::search);
}

void CustomerLookup::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void CustomerLookup::setQuery(const QString &q)
{
    if (q == m_query)
        return;
    m_query = q;
    Q_EMIT queryChanged();
    ++m_generation; // whatever is on its way answers an older query
    if (m_query.trimmed().size() < kMinimumLength) {
        m_timer.stop();
        m_results.setItems({});
        setSearching(false, false);
        return;
    }
    setSearching(true, false);
    m_timer.start();
}

void CustomerLookup::setDelay(int ms)
{
    if (ms == m_timer.interval())
        return;
    m_timer.setInterval(std::max(0, ms));
    Q_EMIT delayChanged();
}

void CustomerLookup::clear()
{
    setQuery(QString());
}

void CustomerLookup::search()
{
    if (!m_session)
        return;
    const quint64 generation = m_generation;
    setError(QString());
    m_session->call("GET",
                    QStringLiteral("/api/customers?q=%1")
                        .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_query.trimmed()))),
                    {}, [this, generation](int status, const QJsonObject &answer) {
                        if (generation != m_generation)
                            return;
                        if (status == 200)
                            m_results.setItems(answer.value(QLatin1String("customers")).toArray());
                        else
                            setError(Session::errorText(answer, status));
                        setSearching(false, status == 200);
                    });
}

void CustomerLookup::create(const QString &name, const QString &phone)
{
    if (!m_session)
        return;
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        setError(tr("Type the customer's name first."));
        return;
    }
    setError(QString());
    QJsonObject body { { QStringLiteral("name"), n } };
    if (!phone.trimmed().isEmpty())
        body.insert(QStringLiteral("phone"), phone.trimmed());
    m_session->call("POST", QStringLiteral("/api/customers"), body,
                    [this](int status, const QJsonObject &answer) {
                        if (status == 201)
                            Q_EMIT created(
                                answer.value(QLatin1String("customer")).toObject().toVariantMap());
                        else
                            setError(Session::errorText(answer, status));
                    });
}

void CustomerLookup::setSearching(bool searching, bool answered)
{
    if (searching == m_searching && answered == m_answered)
        return;
    m_searching = searching;
    m_answered = answered;
    Q_EMIT searchingChanged();
}

void CustomerLookup::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
