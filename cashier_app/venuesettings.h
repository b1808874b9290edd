// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "openinghours.h"
#include "session.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The Settings page (admins): the venue's settings as GET /api/settings answers them (`stored`,
// keyed as the server keys them: venue_name, address, phone, tax_id, currency, timezone,
// language, receipt_footer, public_url, and the wall's announce_seconds,
// announce_replay_max_age_seconds and announce_second_language) and its opening hours per weekday;
// save() sends only what changed to PUT /api/settings. A 422 comes back under the field it names
// (`fieldErrors`), a 409 (the currency after money was taken) in `error`; nothing is changed by a
// refused save.
class VenueSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap stored READ stored NOTIFY storedChanged)
    Q_PROPERTY(OpeningHoursModel *openingHours READ openingHours CONSTANT)
    Q_PROPERTY(QStringList currencies READ currencies CONSTANT)
    Q_PROPERTY(bool loaded READ loaded NOTIFY storedChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(QVariantMap fieldErrors READ fieldErrors NOTIFY errorChanged)

public:
    explicit VenueSettings(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QVariantMap stored() const { return m_stored; }
    OpeningHoursModel *openingHours() { return &m_hours; }
    QStringList currencies() const; // knownCurrencies(): the codes the server takes
    bool loaded() const { return !m_stored.isEmpty(); }
    bool busy() const { return m_busy > 0; }
    QString error() const { return m_error; }
    QVariantMap fieldErrors() const { return m_fieldErrors; }

    Q_INVOKABLE void refresh();
    // `edited`: the page's text fields by key; those equal to what is stored are not sent.
    // Returns false (and sends nothing) when nothing changed or the hours are not valid.
    Q_INVOKABLE bool save(const QVariantMap &edited);
    // The keys of `edited` that differ from what is stored, opening hours included.
    Q_INVOKABLE QStringList changedKeys(const QVariantMap &edited) const;
    Q_INVOKABLE void clearError();

Q_SIGNALS:
    void sessionChanged();
    void storedChanged();
    void busyChanged();
    void errorChanged();
    void saved();

private:
    void take(const QJsonObject &settings);
    void setError(const QString &e, const QVariantMap &fieldErrors = {});

    QPointer<Session> m_session;
    QVariantMap m_stored;
    OpeningHoursModel m_hours;
    int m_busy = 0;
    QString m_error;
    QVariantMap m_fieldErrors;
};
