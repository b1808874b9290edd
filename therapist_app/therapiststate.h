// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "client/session.h"
#include "client/socketclient.h"
#include "models/listmodels.h"
#include "mydaymodel.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The therapist tablet's state: who is signed in (Session, PIN over REST), the live view of their
// room (`therapist_queue_updated`: me, my queue, my day, the turn order, today's totals), the
// commands they may send (status, call, start, complete) with busy and error, and the idle lock.
// QML only shows it and forwards taps.
class TherapistState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QUrl serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(Session *session READ session CONSTANT)
    Q_PROPERTY(SocketClient *client READ client CONSTANT)

    // Sign-in: the names to pick from, and the one picked last time on this tablet.
    Q_PROPERTY(TherapistListModel *roster READ roster CONSTANT)
    Q_PROPERTY(bool rosterLoaded READ rosterLoaded NOTIFY rosterChanged)
    Q_PROPERTY(QString rosterError READ rosterError NOTIFY rosterChanged)
    Q_PROPERTY(qint64 lastStaffId READ lastStaffId WRITE setLastStaffId NOTIFY lastStaffIdChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY signedInChanged)
    Q_PROPERTY(qint64 staffId READ staffId NOTIFY signedInChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY signedInChanged)

    // The live view, valid once hasState.
    Q_PROPERTY(bool hasState READ hasState NOTIFY hasStateChanged)
    Q_PROPERTY(QString status READ status NOTIFY meChanged)
    Q_PROPERTY(int turnPosition READ turnPosition NOTIFY meChanged)
    Q_PROPERTY(bool canChangeStatus READ canChangeStatus NOTIFY meChanged)
    Q_PROPERTY(VisitListModel *queue READ queue CONSTANT)
    Q_PROPERTY(VisitListModel *upNext READ upNext CONSTANT)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(bool canCall READ canCall NOTIFY actionsChanged)
    Q_PROPERTY(bool canStart READ canStart NOTIFY actionsChanged)
    Q_PROPERTY(bool canComplete READ canComplete NOTIFY actionsChanged)
    Q_PROPERTY(bool inService READ inService NOTIFY currentChanged)
    Q_PROPERTY(int elapsedSeconds READ elapsedSeconds NOTIFY timerChanged)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY timerChanged)
    Q_PROPERTY(double progress READ progress NOTIFY timerChanged)
    // Complete long before the booked end (more than earlyCompleteSeconds left) asks first:
    // requestComplete() sets confirmingComplete, confirmComplete() or cancelComplete() answers.
    Q_PROPERTY(bool confirmingComplete READ confirmingComplete NOTIFY confirmingCompleteChanged)
    Q_PROPERTY(
        int confirmRemainingMinutes READ confirmRemainingMinutes NOTIFY confirmingCompleteChanged)
    Q_PROPERTY(int earlyCompleteSeconds READ earlyCompleteSeconds WRITE setEarlyCompleteSeconds
                   NOTIFY earlyCompleteSecondsChanged)
    Q_PROPERTY(TherapistListModel *turnOrder READ turnOrder CONSTANT)
    // "My day": today's bookings with me and my walk-ins, and my next booking.
    Q_PROPERTY(MyDayModel *myDay READ myDay CONSTANT)
    Q_PROPERTY(int servedToday READ servedToday NOTIFY todayChanged)
    Q_PROPERTY(int minutesToday READ minutesToday NOTIFY todayChanged)
    Q_PROPERTY(double tipsToday READ tipsToday NOTIFY todayChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY todayChanged)

    // The one intent in flight ("signIn", "unlock", "status", "call", "start", "complete") and the
    // last refusal, as the server worded it.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString busyAction READ busyAction NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

    // Idle lock: after idleLockSeconds without noteActivity() (0: never).
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds WRITE setIdleLockSeconds NOTIFY
                   idleLockSecondsChanged)

public:
    explicit TherapistState(QObject *parent = nullptr);
    ~TherapistState() override;

    QUrl serverUrl() const { return m_session.serverUrl(); }
    void setServerUrl(const QUrl &url);
    Session *session() { return &m_session; }
    SocketClient *client() { return &m_client; }

    TherapistListModel *roster() { return &m_roster; }
    bool rosterLoaded() const { return m_rosterLoaded; }
    QString rosterError() const { return m_rosterError; }
    qint64 lastStaffId() const { return m_lastStaffId; }
    void setLastStaffId(qint64 id);
    bool signedIn() const { return m_session.loggedIn(); }
    qint64 staffId() const { return m_session.staffId(); }
    QString staffName() const { return m_session.staffName(); }

    bool hasState() const { return m_hasState; }
    QString status() const { return m_status; }
    int turnPosition() const { return m_turnPosition; }
    bool canChangeStatus() const { return m_hasState && m_status != QLatin1String("busy"); }
    VisitListModel *queue() { return &m_queue; }
    VisitListModel *upNext() { return &m_upNext; }
    QVariantMap current() const { return m_current; }
    bool canCall() const;
    bool canStart() const;
    bool canComplete() const;
    bool inService() const;
    int elapsedSeconds() const { return m_elapsed; }
    int remainingSeconds() const { return m_remaining; }
    double progress() const;
    bool confirmingComplete() const { return m_confirmVisitId > 0; }
    int confirmRemainingMinutes() const;
    int earlyCompleteSeconds() const { return m_earlyCompleteSeconds; }
    void setEarlyCompleteSeconds(int seconds);
    TherapistListModel *turnOrder() { return &m_turnOrder; }
    MyDayModel *myDay() { return &m_myDay; }
    int servedToday() const { return m_served; }
    int minutesToday() const { return m_minutes; }
    double tipsToday() const { return double(m_tips); }
    QString currency() const { return m_currency; }

    bool busy() const { return !m_busyAction.isEmpty(); }
    QString busyAction() const { return m_busyAction; }
    QString error() const { return m_error; }

    bool locked() const { return m_locked; }
    int idleLockSeconds() const { return m_idleLockSeconds; }
    void setIdleLockSeconds(int seconds);

    // The idle time saved in QSettings (therapist/lockAfterSeconds), 120 s when never set.
    static int savedIdleLockSeconds();
    static void saveIdleLockSeconds(int seconds);

    Q_INVOKABLE void reloadRoster();
    Q_INVOKABLE void signIn(qint64 staffId, const QString &pin);
    Q_INVOKABLE void signOut();
    // Picks up a session saved by an earlier run; it starts locked, since whoever holds the tablet
    // now has not typed the PIN.
    Q_INVOKABLE bool restoreSession();
    Q_INVOKABLE void setStatus(const QString &status);
    Q_INVOKABLE void call(qint64 visitId);
    Q_INVOKABLE void start(qint64 visitId);
    Q_INVOKABLE void complete(qint64 visitId);
    // What the Complete button does: complete(), or first a confirmation when it is early.
    Q_INVOKABLE void requestComplete(qint64 visitId);
    Q_INVOKABLE void confirmComplete();
    Q_INVOKABLE void cancelComplete();
    Q_INVOKABLE void clearError();

    Q_INVOKABLE void noteActivity();
    Q_INVOKABLE void lock();
    Q_INVOKABLE void unlock(const QString &pin);

    // "04:05" or "1:02:03"; negative seconds are shown by their size.
    Q_INVOKABLE static QString clockText(int seconds);

Q_SIGNALS:
    void serverUrlChanged();
    void rosterChanged();
    void lastStaffIdChanged();
    void signedInChanged();
    void hasStateChanged();
    void meChanged();
    void currentChanged();
    void actionsChanged();
    void timerChanged();
    void todayChanged();
    void confirmingCompleteChanged();
    void earlyCompleteSecondsChanged();
    void busyChanged();
    void errorChanged();
    void lockedChanged();
    void idleLockSecondsChanged();
    // An intent was refused or failed; `message` is also in `error`.
    void failed(const QString &action, const QString &message);

private:
    void onSessionChanged();
    void onEvent(const QString &name, const QJsonObject &payload);
    void applyQueue(const QJsonArray &visits);
    void resetView();
    void updateTimer();
    void command(const QString &action, const QString &event, const QJsonObject &payload);
    void setBusyAction(const QString &action);
    void setConfirmVisitId(qint64 id);
    void setError(const QString &e);
    void fail(const QString &action, const QString &message);
    void setLocked(bool locked);
    void restartIdleTimer();
    void rememberPin(const QString &pin);
    bool matchesRememberedPin(const QString &pin) const;

    bool m_shuttingDown = false;
    QNetworkAccessManager m_nam; // revokes the token an unlock check makes

    TherapistListModel m_roster;
    bool m_rosterLoaded = false;
    QString m_rosterError;
    QTimer m_rosterRetry;
    qint64 m_lastStaffId = 0;
    QString m_pendingPin; // between signIn() and the answer, to remember it for an offline unlock

    bool m_hasState = false;
    QString m_status;
    int m_turnPosition = 0;
    VisitListModel m_queue;
    VisitListModel m_upNext;
    QVariantMap m_current;
    int m_elapsed = -1;
    int m_remaining = 0;
    qint64 m_confirmVisitId = 0;
    int m_earlyCompleteSeconds = 10 * 60;
    TherapistListModel m_turnOrder;
    MyDayModel m_myDay;
    int m_served = 0;
    int m_minutes = 0;
    qint64 m_tips = 0;
    QString m_currency;

    QString m_busyAction;
    QString m_error;

    bool m_locked = false;
    int m_idleLockSeconds = 120;
    QTimer m_idleTimer;
    QByteArray m_pinSalt;
    QByteArray m_pinHash;

    // Last, so they go first: their pending callbacks still find every other member alive.
    Session m_session;
    SocketClient m_client;
};
