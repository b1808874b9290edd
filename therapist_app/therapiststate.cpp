// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "therapiststate.h"

#include "tlstrust.h"

#include "servererrors.h"

#include "events.h"
#include "format.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSettings>

#include <algorithm>

namespace {
const QString kIdleKey = QStringLiteral("therapist/lockAfterSeconds");
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

// --- the live view -------------------------------------------------------------------------------

void TherapistState::onEvent(const QString &name, const QJsonObject &payload)
{
    if (name != QLatin1String(Events::TherapistQueueUpdated))
        return;
    const QJsonObject me = payload.value(QLatin1String("therapist")).toObject();
    const QString status = str(me, "status");
    const QJsonValue turn = me.value(QLatin1String("turn_position"));
    const int position = turn.isDouble() ? turn.toInt() : 0;
    if (status != m_status || position != m_turnPosition) {
        m_status = status;
        m_turnPosition = position;
        Q_EMIT meChanged();
    }

    // The turn order in the server's order (next in turn first), a therapist on break where
    // their kept turn stands. Its rows name the place `position` (none while on break); the
    // therapist model calls it turn_position.
    QJsonArray order;
    for (const QJsonValue &v : payload.value(QLatin1String("turn_order")).toArray()) {
        QJsonObject o = v.toObject();
        o.insert(QStringLiteral("turn_position"), o.value(QLatin1String("position")));
        order.append(o);
    }
    m_turnOrder.setItems(order);

    applyQueue(payload.value(QLatin1String("queue")).toArray());

    const QJsonObject today = payload.value(QLatin1String("today")).toObject();
    const int served = today.value(QLatin1String("served")).toInt();
    const int minutes = today.value(QLatin1String("minutes")).toInt();
    const qint64 tips = qint64(today.value(QLatin1String("tips")).toDouble());
    const QString currency = str(payload, "currency");
    if (served != m_served || minutes != m_minutes || tips != m_tips || currency != m_currency) {
        m_served = served;
        m_minutes = minutes;
        m_tips = tips;
        m_currency = currency;
        Q_EMIT todayChanged();
    }
    Q_EMIT actionsChanged(); // they depend on my status as well as on the visit

    if (!m_hasState) {
        m_hasState = true;
        Q_EMIT hasStateChanged();
        Q_EMIT meChanged(); // canChangeStatus needs a state
    }
}

void TherapistState::applyQueue(const QJsonArray &visits)
{
    // The customer on the table comes first, then the assigned ones in the order they came.
    QJsonArray ordered;
    for (const QJsonValue &v : visits)
        if (str(v.toObject(), "status") == QLatin1String("in_service"))
            ordered.append(v);
    for (const QJsonValue &v : visits)
        if (str(v.toObject(), "status") != QLatin1String("in_service"))
            ordered.append(v);
    m_queue.setItems(ordered);
    QJsonArray rest = ordered;
    if (!rest.isEmpty())
        rest.removeFirst();
    m_upNext.setItems(rest);

    const QVariantMap current =
        ordered.isEmpty() ? QVariantMap() : ordered.first().toObject().toVariantMap();
    if (current != m_current) {
        m_current = current;
        Q_EMIT currentChanged();
        updateTimer();
    }
    // A question about a visit no longer in service (completed at the desk, say) is moot.
    if (m_confirmVisitId > 0 &&
        (!inService() || m_current.value(QStringLiteral("id")).toLongLong() != m_confirmVisitId))
        setConfirmVisitId(0);
}

void TherapistState::resetView()
{
    const bool had = m_hasState;
    m_hasState = false;
    m_status.clear();
    m_turnPosition = 0;
    m_queue.setItems({});
    m_upNext.setItems({});
    m_turnOrder.setItems({});
    m_current.clear();
    setConfirmVisitId(0);
    m_served = m_minutes = 0;
    m_tips = 0;
    m_currency.clear();
    Q_EMIT meChanged();
    Q_EMIT currentChanged();
    Q_EMIT actionsChanged();
    Q_EMIT todayChanged();
    updateTimer();
    if (had)
        Q_EMIT hasStateChanged();
}

bool TherapistState::inService() const
{
    return m_current.value(QStringLiteral("status")).toString() == QLatin1String("in_service");
}

bool TherapistState::canCall() const
{
    return !busy() &&
        m_current.value(QStringLiteral("status")).toString() == QLatin1String("assigned");
}

bool TherapistState::canStart() const
{
    // The server refuses a start while off shift or with someone else on the table.
    return canCall() && m_status != QLatin1String("off") && m_status != QLatin1String("busy");
}

bool TherapistState::canComplete() const
{
    return !busy() && inService();
}

void TherapistState::updateTimer()
{
    int elapsed = -1, remaining = 0;
    if (inService()) {
        const QDateTime started = QDateTime::fromString(
            m_current.value(QStringLiteral("started_at")).toString(), Qt::ISODateWithMs);
        elapsed = Format::secondsBetween(started, WallClock::instance()->now());
        remaining =
            m_current.value(QStringLiteral("duration_min")).toInt() * 60 - std::max(0, elapsed);
    }
    if (elapsed == m_elapsed && remaining == m_remaining)
        return;
    m_elapsed = elapsed;
    m_remaining = remaining;
    Q_EMIT timerChanged();
}

double TherapistState::progress() const
{
    const int total = m_current.value(QStringLiteral("duration_min")).toInt() * 60;
    if (m_elapsed < 0 || total <= 0)
        return 0;
    return std::clamp(double(m_elapsed) / total, 0.0, 1.0);
}

QString TherapistState::clockText(int seconds)
{
    seconds = std::abs(seconds);
    const int h = seconds / 3600, m = seconds / 60 % 60, s = seconds % 60;
    const auto two = [](int n) { return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0')); };
    const QString ms = two(m) + QLatin1Char(':') + two(s);
    return h > 0 ? QString::number(h) + QLatin1Char(':') + ms : ms;
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

// --- idle lock -----------------------------------------------------------------------------------

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
