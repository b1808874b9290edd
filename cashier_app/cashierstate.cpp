// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cashierstate.h"

#include "events.h"
#include "freetime.h"
#include "servererrors.h"

#include <QJsonArray>
#include <QSettings>

namespace {
// The venue's name as this desk last heard it, for the sign-in page before the server answers
// (GET /api/setup tells it to anyone) or when it cannot be reached.
const char *const kLastVenueKey = "cashier/lastVenueName";
} // namespace

CashierState::CashierState(QObject *parent)
    : QObject(parent)
    , m_services({ "id", "name", "duration_min", "price", "active" }, this)
{
    m_venueName = QSettings().value(QLatin1String(kLastVenueKey)).toString();
    connect(&m_client, &SocketClient::eventReceived, this, &CashierState::onEvent);
    connect(&m_session, &Session::changed, this, &CashierState::onSessionChanged);
    // The menu and settings may have changed while we were away: reload on every (re)connect.
    connect(&m_client, &SocketClient::connected, this, [this] {
        // "Not connected to the server" is stale once the connection is back.
        if (ServerErrors::isConnectionError(m_errorCode))
            setError(QString());
        if (m_session.loggedIn())
            loadReference();
    });
    // The server no longer takes this token (signed out elsewhere, deactivated, a new password):
    // only a new sign-in helps, so the desk goes back to it instead of retrying for ever.
    connect(&m_client, &SocketClient::connectionRejected, this, [this] {
        if (m_session.loggedIn())
            m_session.logout();
    });
}

void CashierState::setServerUrl(const QUrl &url)
{
    m_session.setServerUrl(url);
    m_client.setServerUrl(url);
    checkServer();
}

void CashierState::checkServer()
{
    if (!m_session.serverUrl().isValid() || m_session.serverUrl().isEmpty())
        return;
    const QUrl asked = m_session.serverUrl();
    m_session.call("GET", QStringLiteral("/api/setup"), {},
                   [this, asked](int status, const QJsonObject &body) {
                       // An answer from the address before the last change says nothing now.
                       if (status != 200 || asked != m_session.serverUrl())
                           return;
                       const bool needed = body.value(QLatin1String("needed")).toBool();
                       if (needed != m_setupNeeded) {
                           m_setupNeeded = needed;
                           Q_EMIT setupNeededChanged();
                       }
                       const QString venue = body.value(QLatin1String("venue_name")).toString();
                       if (venue != m_venueName && (!venue.isEmpty() || needed)) {
                           m_venueName = venue;
                           QSettings().setValue(QLatin1String(kLastVenueKey), m_venueName);
                           Q_EMIT settingsChanged();
                       }
                   });
}

qint64 CashierState::suggestedTherapistId() const
{
    for (const QJsonObject &t : m_therapists.rows())
        if (t.value(QLatin1String("turn_position")).toInt() == 1)
            return qint64(t.value(QLatin1String("id")).toDouble());
    return 0;
}

void CashierState::signIn(const QString &username, const QString &password)
{
    m_session.login(username.trimmed(), password);
}

void CashierState::signOut()
{
    m_session.logout();
}

void CashierState::onSessionChanged()
{
    if (m_session.loggedIn()) {
        if (m_setupNeeded) { // someone signed in: the server has its admin now
            m_setupNeeded = false;
            Q_EMIT setupNeededChanged();
        }
        m_client.setToken(m_session.token());
        m_client.open();
        loadReference();
    } else {
        m_client.close();
        m_client.setToken(QString());
        for (VisitListModel *m : { &m_waiting, &m_assigned, &m_inService, &m_awaitingPayment })
            m->setItems({});
        m_therapists.setItems({});
        setError(QString()); // the next user does not inherit the last one's messages
        setBusy(false);
        if (m_hasState) {
            m_hasState = false;
            Q_EMIT hasStateChanged();
        }
    }
    Q_EMIT signedInChanged();
}

void CashierState::loadReference()
{
    m_session.call("GET", QStringLiteral("/api/services"), {},
                   [this](int status, const QJsonObject &body) {
                       if (status == 200)
                           m_services.setItems(body.value(QLatin1String("services")).toArray());
                   });
    m_session.call(
        "GET", QStringLiteral("/api/settings"), {}, [this](int status, const QJsonObject &body) {
            if (status != 200)
                return;
            m_venueName = body.value(QLatin1String("venue_name")).toString();
            QSettings().setValue(QLatin1String(kLastVenueKey), m_venueName);
            m_currency = body.value(QLatin1String("currency")).toString();
            m_venueAddress = body.value(QLatin1String("address")).toString();
            m_venueTaxId = body.value(QLatin1String("tax_id")).toString();
            m_businessDate = body.value(QLatin1String("business_date")).toString();
            m_customerBaseUrl = body.value(QLatin1String("customer_base_url")).toString();
            Q_EMIT settingsChanged();
        });
}

void CashierState::onEvent(const QString &name, const QJsonObject &payload)
{
    if (name != QLatin1String(Events::CashierQueueUpdated))
        return;
    QJsonArray waiting, assigned, inService, awaiting;
    for (const QJsonValue &v : payload.value(QLatin1String("visits")).toArray()) {
        const QString status = v.toObject().value(QLatin1String("status")).toString();
        if (status == QLatin1String("waiting"))
            waiting.append(v);
        else if (status == QLatin1String("assigned"))
            assigned.append(v);
        else if (status == QLatin1String("in_service"))
            inService.append(v);
        else if (status == QLatin1String("awaiting_payment"))
            awaiting.append(v);
    }
    m_waiting.setItems(waiting);
    m_assigned.setItems(assigned);
    m_inService.setItems(inService);
    m_awaitingPayment.setItems(awaiting);
    // Therapists in turn order first, then the rest by name, as the desk reads them.
    QJsonArray therapists = payload.value(QLatin1String("therapists")).toArray();
    QVector<QJsonObject> sorted;
    for (const QJsonValue &t : therapists)
        sorted.append(t.toObject());
    std::stable_sort(sorted.begin(), sorted.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const int pa = a.value(QLatin1String("turn_position")).toInt(INT_MAX);
        const int pb = b.value(QLatin1String("turn_position")).toInt(INT_MAX);
        return pa < pb;
    });
    QJsonArray ordered;
    for (const QJsonObject &t : sorted)
        ordered.append(t);
    m_therapists.setItems(ordered);
    const QString currency = payload.value(QLatin1String("currency")).toString();
    if (!currency.isEmpty() && currency != m_currency) {
        m_currency = currency;
        Q_EMIT settingsChanged();
    }
    m_hasState = true;
    Q_EMIT hasStateChanged();
}

int CashierState::minutesUntilFree(qint64 therapistId, const QDateTime &now) const
{
    for (const QJsonObject &t : m_therapists.rows())
        if (qint64(t.value(QLatin1String("id")).toDouble()) == therapistId)
            return FreeTime::minutesUntilFree(t, m_inService.rows(), m_assigned.rows(), now);
    return -1;
}

QVariantMap CashierState::visit(qint64 visitId) const
{
    for (const VisitListModel *m : { &m_waiting, &m_assigned, &m_inService, &m_awaitingPayment }) {
        const int row = m->indexOfId(visitId);
        if (row >= 0)
            return m->get(row);
    }
    return {};
}

void CashierState::command(const QString &name, const QJsonObject &payload,
                           std::function<void(const QJsonObject &)> onOk)
{
    setBusy(true);
    setError(QString());
    m_client.request(name, payload, [this, name, onOk](const QJsonObject &reply) {
        setBusy(false);
        if (!reply.value(QLatin1String("ok")).toBool()) {
            setError(Session::errorText(reply), Session::errorCode(reply));
            return;
        }
        if (onOk)
            onOk(reply);
        Q_EMIT commandDone(name);
    });
}

void CashierState::checkIn(const QString &name, const QString &phone,
                           const QVariantList &serviceIds, qint64 therapistId, const QString &notes,
                           qint64 customerId)
{
    QJsonArray ids;
    for (const QVariant &id : serviceIds)
        ids.append(id.toLongLong());
    QJsonObject body { { QStringLiteral("customer_name"), name.trimmed() },
                       { QStringLiteral("service_ids"), ids } };
    if (!phone.trimmed().isEmpty())
        body.insert(QStringLiteral("phone"), phone.trimmed());
    if (!notes.trimmed().isEmpty())
        body.insert(QStringLiteral("notes"), notes.trimmed());
    if (therapistId > 0)
        body.insert(QStringLiteral("therapist_id"), therapistId);
    if (customerId > 0)
        body.insert(QStringLiteral("customer_id"), customerId);
    command(QLatin1String(Events::VisitCheckin), body, [this](const QJsonObject &reply) {
        Q_EMIT checkedIn(reply.value(QLatin1String("visit")).toObject().toVariantMap());
    });
}

void CashierState::assign(qint64 visitId, qint64 therapistId)
{
    QJsonObject body { { QStringLiteral("visit_id"), visitId } };
    if (therapistId > 0)
        body.insert(QStringLiteral("therapist_id"), therapistId);
    command(QLatin1String(Events::VisitAssign), body);
}

void CashierState::cancel(qint64 visitId, const QString &reason)
{
    command(QLatin1String(Events::VisitCancel),
            { { QStringLiteral("visit_id"), visitId },
              { QStringLiteral("reason"), reason.trimmed() } });
}

void CashierState::noShow(qint64 visitId, const QString &reason)
{
    QJsonObject body { { QStringLiteral("visit_id"), visitId } };
    if (!reason.trimmed().isEmpty())
        body.insert(QStringLiteral("reason"), reason.trimmed());
    command(QLatin1String(Events::VisitNoShow), body);
}

void CashierState::clearError()
{
    setError(QString());
}

void CashierState::setBusy(bool b)
{
    if (b == m_busy)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
}

void CashierState::setError(const QString &e, const QString &code)
{
    m_errorCode = e.isEmpty() ? QString() : code;
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
