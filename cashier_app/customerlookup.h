// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonlistmodel.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// Finds customer records as the desk types a phone number or a name (GET /api/customers?q=),
// once the typing pauses, and makes a new one (POST /api/customers). Answers to an older query
// are dropped, so the list always matches what is typed.
class CustomerLookup : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // Milliseconds of quiet before the query is sent.
    Q_PROPERTY(int delay READ delay WRITE setDelay NOTIFY delayChanged)
    // id, name, phone, language, notes, visit_count, no_show_count, spend, preferred_therapist
    Q_PROPERTY(JsonListModel *results READ results CONSTANT)
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    // The query was answered (with or without matches), so "no match" can be said.
    Q_PROPERTY(bool answered READ answered NOTIFY searchingChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit CustomerLookup(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QString query() const { return m_query; }
    void setQuery(const QString &q);
    int delay() const { return m_timer.interval(); }
    void setDelay(int ms);
    JsonListModel *results() { return &m_results; }
    bool searching() const { return m_searching; }
    bool answered() const { return m_answered; }
    QString error() const { return m_error; }

    // A query of fewer characters finds nothing (too many names share a letter).
    static constexpr int kMinimumLength = 2;

    Q_INVOKABLE void clear();
    // Makes a record; `created(customer)` or `error`.
    Q_INVOKABLE void create(const QString &name, const QString &phone);

Q_SIGNALS:
    void sessionChanged();
    void queryChanged();
    void delayChanged();
    void searchingChanged();
    void errorChanged();
    void created(const QVariantMap &customer);

private:
    void search();
    void setSearching(bool searching, bool answered);
    void setError(const QString &e);

    QPointer<Session> m_session;
    QString m_query;
    QTimer m_timer;
    JsonListModel m_results;
    bool m_searching = false;
    bool m_answered = false;
    quint64 m_generation = 0;
    QString m_error;
};
