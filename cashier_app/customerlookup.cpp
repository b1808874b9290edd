// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerlookup.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace {
int digits(const QString &s)
{
    int n = 0;
    for (const QChar c : s)
        n += c.isDigit() ? 1 : 0;
    return n;
}
} // namespace

CustomerLookup::CustomerLookup(QObject *parent)
    : JsonListModel({ "id", "name", "phone", "language", "notes", "health_notes",
                      "preferred_therapist", "preferred_therapist_id", "visit_count", "spend",
                      "no_show_count" },
                    parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, &CustomerLookup::search);
}

void CustomerLookup::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void CustomerLookup::setDebounceMs(int ms)
{
    if (ms == m_debounce.interval())
        return;
    m_debounce.setInterval(std::max(0, ms));
    Q_EMIT debounceMsChanged();
}

bool CustomerLookup::searchable(const QString &q)
{
    const QString t = q.trimmed();
    // Mostly digits is a phone number (the server's rule too): three of them narrow it enough.
    if (digits(t) * 2 > t.size())
        return digits(t) >= 3;
    return t.size() >= 2;
}

void CustomerLookup::setQuery(const QString &q)
{
    if (q == m_query)
        return;
    m_query = q;
    Q_EMIT queryChanged();
    ++m_generation; // whatever is on its way answers an older query
    setAnswered(false);
    if (!searchable(q)) {
        m_debounce.stop();
        setSearching(false);
        setItems({});
        return;
    }
    m_debounce.start();
}

void CustomerLookup::search()
{
    if (!m_session || !searchable(m_query))
        return;
    const quint64 generation = ++m_generation;
    QUrlQuery params;
    params.addQueryItem(QStringLiteral("q"), m_query.trimmed());
    setSearching(true);
    m_session->call(
        "GET", QStringLiteral("/api/customers?") + params.toString(QUrl::FullyEncoded), {},
        [this, self = QPointer(this), generation](int status, const QJsonObject &answer) {
            if (!self || generation != m_generation)
                return; // typed on since; the newer query's answer counts
            setSearching(false);
            if (status != 200) {
                setError(Session::errorText(answer, status));
                return;
            }
            setError(QString());
            QJsonArray rows;
            for (const QJsonValue &c : answer.value(QLatin1String("customers")).toArray())
                rows.append(flatten(c.toObject()));
            setItems(rows);
            setAnswered(true);
        });
}

QJsonObject CustomerLookup::flatten(const QJsonObject &customer)
{
    QJsonObject o = customer;
    const QJsonValue preferred = customer.value(QLatin1String("preferred_therapist"));
    o.insert(QStringLiteral("preferred_therapist"),
             preferred.isObject() ? preferred.toObject().value(QLatin1String("name"))
                                  : QJsonValue(QString()));
    o.insert(QStringLiteral("preferred_therapist_id"),
             preferred.isObject() ? preferred.toObject().value(QLatin1String("id"))
                                  : QJsonValue(0));
    for (const char *key : { "phone", "language", "notes", "health_notes" })
        if (!o.value(QLatin1String(key)).isString())
            o.insert(QLatin1String(key), QString());
    return o;
}

void CustomerLookup::select(int row)
{
    if (row < 0 || row >= count())
        return;
    setSelected(rows().at(row));
}

void CustomerLookup::clearSelection()
{
    setSelected({});
}

void CustomerLookup::setSelected(const QJsonObject &customer)
{
    const QVariantMap map = customer.toVariantMap();
    if (map == m_selected)
        return;
    m_selected = map;
    Q_EMIT selectedChanged();
}

void CustomerLookup::create(const QString &name, const QString &phone)
{
    if (!m_session || m_creating)
        return;
    if (name.trimmed().isEmpty() || phone.trimmed().isEmpty()) {
        setError(tr("A new customer needs a name and a phone number"));
        return;
    }
    m_creating = true;
    Q_EMIT creatingChanged();
    setError(QString());
    const QJsonObject body { { QStringLiteral("name"), name.trimmed() },
                             { QStringLiteral("phone"), phone.trimmed() } };
    m_session->call("POST", QStringLiteral("/api/customers"), body,
                    [this, self = QPointer(this)](int status, const QJsonObject &answer) {
                        if (!self)
                            return; // the dialog went
                        m_creating = false;
                        Q_EMIT creatingChanged();
                        if (status != 201) {
                            setError(Session::errorText(answer, status));
                            return;
                        }
                        const QJsonObject c =
                            flatten(answer.value(QLatin1String("customer")).toObject());
                        setItems(QJsonArray { c });
                        setSelected(c);
                        Q_EMIT created(m_selected);
                    });
}

void CustomerLookup::reset()
{
    m_debounce.stop();
    ++m_generation;
    if (!m_query.isEmpty()) {
        m_query.clear();
        Q_EMIT queryChanged();
    }
    setAnswered(false);
    setSearching(false);
    setItems({});
    setSelected({});
    setError(QString());
}

void CustomerLookup::setAnswered(bool answered)
{
    if (answered == m_answered)
        return;
    m_answered = answered;
    Q_EMIT answeredChanged();
}

void CustomerLookup::setSearching(bool on)
{
    if (on == m_searching)
        return;
    m_searching = on;
    Q_EMIT searchingChanged();
}

void CustomerLookup::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
