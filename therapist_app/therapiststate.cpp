// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// TherapistState: sign-in, the commands and their answers. The live view is in therapistview.cpp,
// the idle lock in therapistlock.cpp.

#include "therapiststate.h"

#include "tlstrust.h"

#include "servererrors.h"

#include "events.h"
#include "format.h"

#include <QJsonArray>
#include <QSettings>

#include <algorithm>

namespace {
const QString kLastStaffKey = QStringLiteral("therapist/lastStaffId");

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

TherapistState::TherapistState(QObject *parent)
    : QObject(parent)
{
    TlsTrust::watch(&m_nam); // a venue's own CA or pinned key, like Session's
    m_idleLockSeconds = savedIdleLockSeconds();
    m_lastStaffId = QSettings().value(kLastStaffKey).toLongLong();

    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &TherapistState::lock);
    // Without the roster nobody can sign in: keep asking while the server is away.
    m_rosterRetry.setSingleShot(true);
    m_rosterRetry.setInterval(5000);
    connect(&m_rosterRetry, &QTimer::timeout, this, &TherapistState::reloadRoster);

    connect(&m_session, &Session::changed, this, &TherapistState::onSessionChanged);
    connect(&m_session, &Session::errorChanged, this, [this] {
        // Expiry and a revoked token end the session from inside Session: say why.
        if (!m_session.error().isEmpty())
            setError(m_session.error());
    });
    connect(&m_session, &Session::loginFailed, this, [this](const QString &message) {
        m_pendingPin.clear();
        if (m_busyAction == QLatin1String("signIn"))
            setBusyAction(QString());
        fail(QStringLiteral("signIn"), message);
    });
    connect(&m_client, &SocketClient::eventReceived, this, &TherapistState::onEvent);
    connect(&m_client, &SocketClient::connectionRejected, this, [this](const QString &message) {
        // The server no longer takes this token (revoked, deactivated, another server's): only
        // a new sign-in helps.
        if (!m_session.loggedIn())
            return;
        m_session.logout();
        setError(tr("Your session ended; please sign in again") + QStringLiteral(" (") + message +
                 QLatin1Char(')'));
    });
    connect(WallClock::instance(), &WallClock::nowChanged, this, &TherapistState::updateTimer);
}

TherapistState::~TherapistState()
{
    // Pending acks and replies are answered while the members go; nobody is listening by then.
    m_shuttingDown = true;
}

void TherapistState::setServerUrl(const QUrl &url)
{
    if (url == m_session.serverUrl())
        return;
    m_session.setServerUrl(url);
    m_client.setServerUrl(url);
    Q_EMIT serverUrlChanged();
    if (!m_session.loggedIn())
        reloadRoster();
}

void TherapistState::setLastStaffId(qint64 id)
{
    if (id == m_lastStaffId)
        return;
    m_lastStaffId = id;
    QSettings().setValue(kLastStaffKey, id);
    Q_EMIT lastStaffIdChanged();
}

// --- roster and sign-in --------------------------------------------------------------------------

void TherapistState::reloadRoster()
{
    m_rosterRetry.stop();
    if (!m_session.serverUrl().isValid())
        return;
    m_session.call("GET", QStringLiteral("/api/roster"), {},
                   [this](int status, const QJsonObject &body) {
                       if (m_shuttingDown)
                           return;
                       if (status == 200) {
                           m_roster.setItems(body.value(QLatin1String("therapists")).toArray());
                           m_rosterLoaded = true;
                           m_rosterError.clear();
                       } else {
                           m_rosterError = Session::errorText(body, status);
                           if (m_rosterError.isEmpty())
                               m_rosterError = tr("The server answered %1").arg(status);
                           if (!m_session.loggedIn())
                               m_rosterRetry.start();
                       }
                       Q_EMIT rosterChanged();
                   });
}

void TherapistState::signIn(qint64 staffId, const QString &pin)
{
    if (busy())
        return;
    setError(QString());
    setBusyAction(QStringLiteral("signIn"));
    m_pendingPin = pin;
    m_session.loginWithPin(staffId, pin);
}

void TherapistState::signOut()
{
    setError(QString());
    m_session.logout();
}

bool TherapistState::restoreSession()
{
    if (!m_session.restore())
        return false;
    if (m_idleLockSeconds > 0)
        setLocked(true);
    return true;
}

void TherapistState::onSessionChanged()
{
    if (m_session.loggedIn()) {
        if (m_busyAction == QLatin1String("signIn"))
            setBusyAction(QString());
        if (!m_pendingPin.isEmpty()) {
            rememberPin(m_pendingPin);
            m_pendingPin.clear();
        }
        setLastStaffId(m_session.staffId());
        m_roster.setItems({}); // the names are for the next sign-in; fetched again then
        m_rosterLoaded = false;
        m_rosterRetry.stop();
        Q_EMIT rosterChanged();
        m_client.setToken(m_session.token());
        m_client.open();
        restartIdleTimer();
    } else {
        m_client.close();
        m_client.setToken(QString());
        m_idleTimer.stop();
        m_pinHash.clear();
        m_pinSalt.clear();
        resetView();
        setLocked(false);
        reloadRoster();
    }
    Q_EMIT signedInChanged();
}

// --- commands ------------------------------------------------------------------------------------

void TherapistState::setStatus(const QString &status)
{
    command(QStringLiteral("status"), QLatin1String(Events::TherapistStatus),
            { { QStringLiteral("status"), status } });
}

void TherapistState::call(qint64 visitId)
{
    command(QStringLiteral("call"), QLatin1String(Events::VisitCall),
            { { QStringLiteral("visit_id"), visitId } });
}

void TherapistState::start(qint64 visitId)
{
    command(QStringLiteral("start"), QLatin1String(Events::VisitStart),
            { { QStringLiteral("visit_id"), visitId } });
}

void TherapistState::complete(qint64 visitId)
{
    command(QStringLiteral("complete"), QLatin1String(Events::VisitComplete),
            { { QStringLiteral("visit_id"), visitId } });
}

void TherapistState::requestComplete(qint64 visitId)
{
    if (!canComplete() || m_current.value(QStringLiteral("id")).toLongLong() != visitId)
        return complete(visitId); // not the one on the table: the server says why
    if (m_remaining > m_earlyCompleteSeconds) {
        setConfirmVisitId(visitId);
        return;
    }
    complete(visitId);
}

void TherapistState::confirmComplete()
{
    const qint64 id = m_confirmVisitId;
    if (id <= 0)
        return;
    setConfirmVisitId(0);
    complete(id);
}

void TherapistState::cancelComplete()
{
    setConfirmVisitId(0);
}

int TherapistState::confirmRemainingMinutes() const
{
    return m_confirmVisitId > 0 ? std::max(0, (m_remaining + 59) / 60) : 0;
}

void TherapistState::setEarlyCompleteSeconds(int seconds)
{
    seconds = std::max(0, seconds);
    if (seconds == m_earlyCompleteSeconds)
        return;
    m_earlyCompleteSeconds = seconds;
    Q_EMIT earlyCompleteSecondsChanged();
}

void TherapistState::setConfirmVisitId(qint64 id)
{
    if (id == m_confirmVisitId)
        return;
    m_confirmVisitId = id;
    Q_EMIT confirmingCompleteChanged();
}

void TherapistState::command(const QString &action, const QString &event,
                             const QJsonObject &payload)
{
    if (busy())
        return; // one at a time; the buttons say so while one is out
    setError(QString());
    setBusyAction(action);
    m_client.request(event, payload, [this, action](const QJsonObject &reply) {
        if (m_shuttingDown)
            return;
        setBusyAction(QString());
        if (reply.value(QLatin1String("ok")).toBool()) {
            // The state event follows; the status is shown at once so the tap feels answered.
            const QJsonObject me = reply.value(QLatin1String("therapist")).toObject();
            if (action == QLatin1String("status") && me.contains(QLatin1String("status")) &&
                str(me, "status") != m_status) {
                m_status = str(me, "status");
                Q_EMIT meChanged();
                Q_EMIT actionsChanged();
            }
            return;
        }
        // In the tablet's language where the code is known (issue 21 #14), else the server's words.
        const QString message = Session::errorText(reply);
        fail(action, message.isEmpty() ? tr("The server refused this") : message);
    });
}

void TherapistState::clearError()
{
    setError(QString());
}

void TherapistState::setBusyAction(const QString &action)
{
    if (action == m_busyAction)
        return;
    m_busyAction = action;
    Q_EMIT busyChanged();
    Q_EMIT actionsChanged();
}

void TherapistState::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}

void TherapistState::fail(const QString &action, const QString &message)
{
    setError(message);
    Q_EMIT failed(action, message);
}
