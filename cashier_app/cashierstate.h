// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "listmodels.h"
#include "session.h"
#include "socketclient.h"

#include <QDateTime>
#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The front desk's live state: sign-in, the queue board split by state, therapists with the
// turn order, the service menu, and the desk's commands (check in, assign, cancel, no-show).
class CashierState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session CONSTANT)
    Q_PROPERTY(SocketClient *client READ client CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(bool isAdmin READ isAdmin NOTIFY signedInChanged)
    Q_PROPERTY(bool hasState READ hasState NOTIFY hasStateChanged)
    Q_PROPERTY(QString venueName READ venueName NOTIFY settingsChanged)
    // Where customers' phones reach the server (the ticket QR code): the venue's public_url, or
    // the server's LAN address; empty until the settings are read.
    Q_PROPERTY(QString customerBaseUrl READ customerBaseUrl NOTIFY settingsChanged)
    // The server has no admin yet (GET /api/setup): the desk shows the setup wizard.
    Q_PROPERTY(bool setupNeeded READ setupNeeded NOTIFY setupNeededChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY settingsChanged)
    // For the receipt's head: the venue's address and tax ID.
    Q_PROPERTY(QString venueAddress MEMBER m_venueAddress NOTIFY settingsChanged)
    Q_PROPERTY(QString venueTaxId MEMBER m_venueTaxId NOTIFY settingsChanged)
    Q_PROPERTY(QString businessDate READ businessDate NOTIFY settingsChanged)
    Q_PROPERTY(VisitListModel *waiting READ waiting CONSTANT)
    Q_PROPERTY(VisitListModel *assigned READ assigned CONSTANT)
    Q_PROPERTY(VisitListModel *inService READ inService CONSTANT)
    Q_PROPERTY(VisitListModel *awaitingPayment READ awaitingPayment CONSTANT)
    Q_PROPERTY(TherapistListModel *therapists READ therapists CONSTANT)
    Q_PROPERTY(JsonListModel *services READ services CONSTANT)
    Q_PROPERTY(qint64 suggestedTherapistId READ suggestedTherapistId NOTIFY hasStateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit CashierState(QObject *parent = nullptr);

    Session *session() { return &m_session; }
    SocketClient *client() { return &m_client; }
    bool signedIn() const { return m_session.loggedIn(); }
    bool isAdmin() const { return m_session.role() == QLatin1String("admin"); }
    bool hasState() const { return m_hasState; }
    QString venueName() const { return m_venueName; }
    QString customerBaseUrl() const { return m_customerBaseUrl; }
    bool setupNeeded() const { return m_setupNeeded; }
    QString currency() const { return m_currency; }
    QString businessDate() const { return m_businessDate; }
    VisitListModel *waiting() { return &m_waiting; }
    VisitListModel *assigned() { return &m_assigned; }
    VisitListModel *inService() { return &m_inService; }
    VisitListModel *awaitingPayment() { return &m_awaitingPayment; }
    TherapistListModel *therapists() { return &m_therapists; }
    JsonListModel *services() { return &m_services; }
    qint64 suggestedTherapistId() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }

    Q_INVOKABLE void setServerUrl(const QUrl &url);
    // Asks the server (no token) whether it still needs its first-run setup and what the venue
    // is called, for the sign-in page; done again whenever the server address changes.
    Q_INVOKABLE void checkServer();

    Q_INVOKABLE void signIn(const QString &username, const QString &password);
    Q_INVOKABLE void signOut();
    // Check-in: therapistId 0 leaves the visit waiting for the turn order.
    // customerId: the customer record picked at check-in (0: none, a walk-in who gave no phone).
    Q_INVOKABLE void checkIn(const QString &name, const QString &phone,
                             const QVariantList &serviceIds, qint64 therapistId,
                             const QString &notes, qint64 customerId = 0);
    // therapistId 0: the turn order picks.
    Q_INVOKABLE void assign(qint64 visitId, qint64 therapistId);
    Q_INVOKABLE void cancel(qint64 visitId, const QString &reason);
    Q_INVOKABLE void noShow(qint64 visitId, const QString &reason);
    // The visit as last sent by the server (any open state), for checkout and dialogs.
    Q_INVOKABLE QVariantMap visit(qint64 visitId) const;
    Q_INVOKABLE void clearError();
    // Minutes until the therapist is free from what the board shows (FreeTime); -1 when off or on
    // a break, or not on the board.
    Q_INVOKABLE int minutesUntilFree(qint64 therapistId, const QDateTime &now) const;

Q_SIGNALS:
    void signedInChanged();
    void hasStateChanged();
    void settingsChanged();
    void setupNeededChanged();
    void busyChanged();
    void errorChanged();
    void checkedIn(const QVariantMap &visit);
    void commandDone(const QString &command);

private:
    void onEvent(const QString &name, const QJsonObject &payload);
    void onSessionChanged();
    void loadReference();
    void command(const QString &name, const QJsonObject &payload,
                 std::function<void(const QJsonObject &)> onOk = {});
    void setBusy(bool b);
    void setError(const QString &e, const QString &code = QString());

    Session m_session;
    SocketClient m_client;
    bool m_hasState = false;
    QString m_venueName;
    QString m_customerBaseUrl;
    QString m_venueAddress;
    QString m_venueTaxId;
    bool m_setupNeeded = false;
    QString m_currency = QStringLiteral("THB");
    QString m_businessDate;
    VisitListModel m_waiting;
    VisitListModel m_assigned;
    VisitListModel m_inService;
    VisitListModel m_awaitingPayment;
    TherapistListModel m_therapists;
    JsonListModel m_services;
    bool m_busy = false;
    QString m_error;
    QString m_errorCode; // the server's (or the client's) code of m_error
};
