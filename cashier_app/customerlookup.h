// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "jsonlistmodel.h"
#include "session.h"

#include <QPointer>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The customer records that match what the desk types at check-in (a phone number or part of
// a name): GET /api/customers?q= once typing pauses (`debounceMs`), an answer to an older query
// dropped. One of them may be picked (`selected`, whose id the check-in sends as customer_id), or
// a new record made from a name and phone (POST /api/customers), which is then the picked one.
// Rows: id, name, phone, language, notes, health_notes, preferred_therapist (a name, "" for
// none) and preferred_therapist_id (0 for none), visit_count, spend (minor units), no_show_count.
class CustomerLookup : public JsonListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int debounceMs READ debounceMs WRITE setDebounceMs NOTIFY debounceMsChanged)
    Q_PROPERTY(bool searching READ searching NOTIFY searchingChanged)
    // The newest query was answered (with or without matches), so "no match" can be said.
    Q_PROPERTY(bool answered READ answered NOTIFY answeredChanged)
    Q_PROPERTY(bool creating READ creating NOTIFY creatingChanged)
    Q_PROPERTY(QVariantMap selected READ selected NOTIFY selectedChanged)
    Q_PROPERTY(qint64 selectedId READ selectedId NOTIFY selectedChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit CustomerLookup(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QString query() const { return m_query; }
    // Searches after the pause; under 3 digits of a phone or 2 letters of a name, lists none.
    void setQuery(const QString &q);
    int debounceMs() const { return m_debounce.interval(); }
    void setDebounceMs(int ms);
    bool searching() const { return m_searching; }
    bool answered() const { return m_answered; }
    bool creating() const { return m_creating; }
    QVariantMap selected() const { return m_selected; }
    qint64 selectedId() const { return m_selected.value(QStringLiteral("id")).toLongLong(); }
    QString error() const { return m_error; }

    Q_INVOKABLE void select(int row);
    Q_INVOKABLE void clearSelection();
    // A new record (name required, phone required here: a customer is found again by phone);
    // picked once the server made it, `created` then. A refusal (the phone is someone else's)
    // stays in `error`.
    Q_INVOKABLE void create(const QString &name, const QString &phone);
    // Empties the query, the matches, the pick and the error (the dialog opening again).
    Q_INVOKABLE void reset();

    // Whether `q` is enough to search: a phone number by its digits, else a name.
    static bool searchable(const QString &q);

Q_SIGNALS:
    void sessionChanged();
    void queryChanged();
    void debounceMsChanged();
    void searchingChanged();
    void answeredChanged();
    void creatingChanged();
    void selectedChanged();
    void errorChanged();
    void created(const QVariantMap &customer);

private:
    void search();
    void setSearching(bool on);
    void setAnswered(bool answered);
    void setError(const QString &e);
    void setSelected(const QJsonObject &customer);
    static QJsonObject flatten(const QJsonObject &customer);

    QPointer<Session> m_session;
    QString m_query;
    QTimer m_debounce;
    quint64 m_generation = 0; // the newest query's; an answer for an older one is dropped
    bool m_searching = false;
    bool m_answered = false;
    bool m_creating = false;
    QVariantMap m_selected;
    QString m_error;
};
