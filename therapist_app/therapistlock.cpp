// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TherapistState's idle lock: it locks after the idle time, and the PIN opens it again (checked by
// the server, or offline against the PIN typed at sign-in, kept salted and hashed in memory).

#include "therapiststate.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>

namespace {
const QString kIdleKey = QStringLiteral("therapist/lockAfterSeconds");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}
} // namespace

int TherapistState::savedIdleLockSeconds()
{
    bool ok = false;
    const int s = QSettings().value(kIdleKey).toInt(&ok);
    return ok && s >= 0 ? s : 120;
}

void TherapistState::saveIdleLockSeconds(int seconds)
{
    QSettings().setValue(kIdleKey, std::max(0, seconds));
}

void TherapistState::setIdleLockSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds == m_idleLockSeconds)
        return;
    m_idleLockSeconds = seconds;
    Q_EMIT idleLockSecondsChanged();
    restartIdleTimer();
}

void TherapistState::restartIdleTimer()
{
    if (m_session.loggedIn() && !m_locked && m_idleLockSeconds > 0)
        m_idleTimer.start(m_idleLockSeconds * 1000);
    else
        m_idleTimer.stop();
}

void TherapistState::noteActivity()
{
    restartIdleTimer();
}

void TherapistState::lock()
{
    if (m_session.loggedIn())
        setLocked(true);
}

void TherapistState::setLocked(bool locked)
{
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (locked && m_busyAction == QLatin1String("unlock"))
        setBusyAction(QString());
    if (locked) {
        setError(QString()); // a message from before the lock means nothing to whoever unlocks
        setConfirmVisitId(0); // nor a question
    }
    Q_EMIT lockedChanged();
    restartIdleTimer();
}

void TherapistState::unlock(const QString &pin)
{
    if (!m_locked || busy())
        return;
    setError(QString());
    setBusyAction(QStringLiteral("unlock"));
    // The server checks the PIN (and counts failures against the same limit as sign-ins).
    const QJsonObject body { { QStringLiteral("staff_id"), m_session.staffId() },
                             { QStringLiteral("pin"), pin } };
    m_session.call("POST", QStringLiteral("/api/login"), body,
                   [this, pin](int status, const QJsonObject &answer) {
                       if (m_shuttingDown)
                           return;
                       if (m_busyAction == QLatin1String("unlock"))
                           setBusyAction(QString());
                       if (!m_locked)
                           return;
                       if (status == 200) {
                           // The check made a session of its own; it is not needed.
                           const QString extra = str(answer, "token");
                           if (!extra.isEmpty()) {
                               QUrl url = m_session.serverUrl();
                               url.setPath(QStringLiteral("/api/logout"));
                               QNetworkRequest req(url);
                               req.setHeader(QNetworkRequest::ContentTypeHeader,
                                             QByteArrayLiteral("application/json"));
                               req.setRawHeader("Authorization", "Bearer " + extra.toLatin1());
                               QNetworkReply *reply = m_nam.post(req, QByteArrayLiteral("{}"));
                               connect(reply, &QNetworkReply::finished, reply,
                                       &QObject::deleteLater);
                           }
                           rememberPin(pin);
                           setLocked(false);
                           return;
                       }
                       // Offline, the PIN typed at sign-in (kept salted and hashed in memory only)
                       // opens it.
                       if (status == 0 && matchesRememberedPin(pin)) {
                           setLocked(false);
                           return;
                       }
                       QString message = Session::errorText(answer, status);
                       if (status == 401)
                           message = tr("Wrong PIN");
                       else if (status == 429)
                           message = tr("Too many attempts; wait a few minutes");
                       fail(QStringLiteral("unlock"), message);
                   });
}

void TherapistState::rememberPin(const QString &pin)
{
    m_pinSalt = QByteArray::number(QRandomGenerator::system()->generate64(), 16);
    m_pinHash =
        QCryptographicHash::hash(QByteArray(m_pinSalt + pin.toUtf8()), QCryptographicHash::Sha256);
}

bool TherapistState::matchesRememberedPin(const QString &pin) const
{
    return !m_pinHash.isEmpty() &&
        QCryptographicHash::hash(QByteArray(m_pinSalt + pin.toUtf8()),
                                 QCryptographicHash::Sha256) == m_pinHash;
}
