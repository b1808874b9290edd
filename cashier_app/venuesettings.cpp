// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "venuesettings.h"

#include "fielderror.h"
#include "knowncurrencies.h"

namespace {
// The settings the page edits as text or a choice; opening_hours goes through the model.
const QStringList &textKeys()
{
    static const QStringList k { QStringLiteral("venue_name"),
                                 QStringLiteral("address"),
                                 QStringLiteral("phone"),
                                 QStringLiteral("tax_id"),
                                 QStringLiteral("currency"),
                                 QStringLiteral("timezone"),
                                 QStringLiteral("language"),
                                 QStringLiteral("receipt_footer"),
                                 QStringLiteral("public_url"),
                                 QStringLiteral("announce_seconds"),
                                 QStringLiteral("announce_replay_max_age_seconds"),
                                 QStringLiteral("announce_second_language") };
    return k;
}

// Typed as text, sent as the number the server expects; text that is not a whole number is
// sent as it is, so the server's refusal names the field.
QJsonValue wire(const QString &key, const QString &text)
{
    if (key != QLatin1String("announce_seconds") &&
        key != QLatin1String("announce_replay_max_age_seconds"))
        return text;
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue(text);
}
} // namespace

VenueSettings::VenueSettings(QObject *parent)
    : QObject(parent)
{
}

QStringList VenueSettings::currencies() const
{
    return knownCurrencies();
}

void VenueSettings::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void VenueSettings::take(const QJsonObject &settings)
{
    m_stored = settings.toVariantMap();
    m_hours.load(settings.value(QLatin1String("opening_hours")).toObject());
    Q_EMIT storedChanged();
}

void VenueSettings::refresh()
{
    if (!m_session)
        return;
    ++m_busy;
    Q_EMIT busyChanged();
    m_session->call("GET", QStringLiteral("/api/settings"), {},
                    [this](int status, const QJsonObject &answer) {
                        --m_busy;
                        if (status == 200)
                            take(answer);
                        else
                            setError(FieldError::text(answer, status));
                        Q_EMIT busyChanged();
                    });
}

QStringList VenueSettings::changedKeys(const QVariantMap &edited) const
{
    QStringList keys;
    for (const QString &k : textKeys()) {
        if (!edited.contains(k))
            continue;
        const QString v = k == QLatin1String("receipt_footer")
            ? edited.value(k).toString()
            : edited.value(k).toString().trimmed();
        if (v != m_stored.value(k).toString())
            keys.append(k);
    }
    if (m_hours.modified())
        keys.append(QStringLiteral("opening_hours"));
    return keys;
}

bool VenueSettings::save(const QVariantMap &edited)
{
    if (!m_session || busy())
        return false;
    if (!m_hours.valid()) {
        setError(QString(),
                 { { QStringLiteral("opening_hours"),
                     tr("Some opening hours are not valid; see the days marked.") } });
        return false;
    }
    const QStringList keys = changedKeys(edited);
    if (keys.isEmpty())
        return false;
    QJsonObject body;
    for (const QString &k : keys)
        body.insert(k,
                    k == QLatin1String("opening_hours") ? QJsonValue(m_hours.toJson())
                        : k == QLatin1String("receipt_footer")
                        ? QJsonValue(edited.value(k).toString())
                        : wire(k, edited.value(k).toString().trimmed()));
    setError(QString());
    ++m_busy;
    Q_EMIT busyChanged();
    m_session->call("PUT", QStringLiteral("/api/settings"), body,
                    [this](int status, const QJsonObject &answer) {
                        --m_busy;
                        if (status == 200) {
                            take(answer);
                            Q_EMIT saved();
                        } else {
                            QStringList all = textKeys();
                            all.append(QStringLiteral("opening_hours"));
                            const QString key = FieldError::key(answer, all);
                            const QString text = FieldError::text(answer, status);
                            // The currency's 409 is about the field too: show it there.
                            const QString field = !key.isEmpty() ? key
                                : Session::errorCode(answer) == QLatin1String("currency_locked")
                                ? QStringLiteral("currency")
                                : QString();
                            setError(field.isEmpty() ? text : QString(),
                                     field.isEmpty() ? QVariantMap()
                                                     : QVariantMap { { field, text } });
                        }
                        Q_EMIT busyChanged();
                    });
    return true;
}

void VenueSettings::clearError()
{
    setError(QString());
}

void VenueSettings::setError(const QString &e, const QVariantMap &fieldErrors)
{
    if (e == m_error && fieldErrors == m_fieldErrors)
        return;
    m_error = e;
    m_fieldErrors = fieldErrors;
    Q_EMIT errorChanged();
}
