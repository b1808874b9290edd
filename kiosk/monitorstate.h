// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "announcementqueue.h"
#include "arrivingsoon.h"
#include "client/socketclient.h"
#include "models/listmodels.h"

#include <QObject>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The wall monitor's state: what `monitor_updated` says, plus the notices to announce one after
// another (AnnouncementQueue). QML only shows it.
class MonitorState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SocketClient *client READ client CONSTANT)
    Q_PROPERTY(QString venueName READ venueName NOTIFY venueNameChanged)
    Q_PROPERTY(bool hasState READ hasState NOTIFY hasStateChanged)
    Q_PROPERTY(VisitListModel *nowServing READ nowServing CONSTANT)
    Q_PROPERTY(VisitListModel *waiting READ waiting CONSTANT)
    Q_PROPERTY(TherapistListModel *therapists READ therapists CONSTANT)
    Q_PROPERTY(NoticeListModel *notices READ notices CONSTANT)
    Q_PROPERTY(ArrivingSoonModel *arrivingSoon READ arrivingSoon CONSTANT)
    Q_PROPERTY(QVariantMap currentNotice READ currentNotice NOTIFY currentNoticeChanged)
    Q_PROPERTY(int noticeDurationMs READ noticeDurationMs WRITE setNoticeDurationMs NOTIFY
                   noticeDurationMsChanged)

public:
    explicit MonitorState(QObject *parent = nullptr);

    SocketClient *client() { return &m_client; }
    QString venueName() const { return m_venueName; }
    bool hasState() const { return m_hasState; }
    VisitListModel *nowServing() { return &m_nowServing; }
    VisitListModel *waiting() { return &m_waiting; }
    TherapistListModel *therapists() { return &m_therapists; }
    NoticeListModel *notices() { return &m_notices; }
    ArrivingSoonModel *arrivingSoon() { return &m_arrivingSoon; }
    QVariantMap currentNotice() const { return m_queue.current().toVariantMap(); }
    int noticeDurationMs() const { return m_queue.displayMs(); }
    void setNoticeDurationMs(int ms);
    AnnouncementQueue *announcements() { return &m_queue; }
    // Keeps this wall's place in `server`'s journal and what it announced there in QSettings,
    // so a restarted wall catches up on what it missed and announces none of it twice. Call
    // after client()->setServerUrl().
    void keepHistory(const QUrl &server);

Q_SIGNALS:
    void venueNameChanged();
    void hasStateChanged();
    void currentNoticeChanged();
    void noticeDurationMsChanged();

private:
    void onEvent(const QString &name, const QJsonObject &payload);
    void showNotice(const QString &kind, const QJsonObject &payload);

    SocketClient m_client;
    QString m_venueName;
    bool m_hasState = false;
    VisitListModel m_nowServing;
    VisitListModel m_waiting;
    TherapistListModel m_therapists;
    NoticeListModel m_notices;
    ArrivingSoonModel m_arrivingSoon;
    AnnouncementQueue m_queue;
    QString m_historyGroup;
};
