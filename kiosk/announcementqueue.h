// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

// The wall's announcements: every call and payment notice is shown (and spoken) one after
// another in seq order, each for at least `displayMs`, never two at once and never dropped for a
// newer one. A notice the server replays after a reconnect is announced only while it is recent
// (`maxReplayAgeS`): a call from twenty minutes ago would send the wrong person to a room. What
// was announced is remembered by seq in QSettings, so neither a replay nor a restarted kiosk
// announces it twice.
class AnnouncementQueue : public QObject {
    Q_OBJECT
public:
    explicit AnnouncementQueue(QObject *parent = nullptr);

    void setDisplayMs(int ms) { m_displayMs = ms; }
    int displayMs() const { return m_displayMs; }
    void setGapMs(int ms) { m_gap.setInterval(ms); }
    void setMaxReplayAgeS(int s) { m_maxReplayAgeS = s; }
    int maxReplayAgeS() const { return m_maxReplayAgeS; }
    // The QSettings group the announced seqs are kept under; a different history (another
    // server, a restored database) gets another group, so its seqs do not silence this one's.
    // Without one they are kept in memory only.
    void setHistoryGroup(const QString &group);

    // The server's database was restored: its seqs now count another history. Drops what is
    // queued or showing and what was announced (here and in QSettings).
    void forgetHistory();

    // Takes a notice as the server sent it (`seq`, and `replayed`/`age_s` when it is a replay).
    // False when it is not announced: already announced or queued, or a replay too old.
    bool offer(const QString &kind, const QJsonObject &notice);

    QJsonObject current() const { return m_current; }
    int pending() const { return int(m_pending.size()); }

    // Whoever speaks the announcement keeps it on screen until the words are out.
    void hold() { ++m_holds; }
    void release();

Q_SIGNALS:
    void currentChanged();
    // A notice starts: show it and speak it.
    void started(const QString &kind, const QJsonObject &notice);

private:
    void startNext();
    void finishIfDone();
    void remember(qint64 seq);
    bool announced(qint64 seq) const { return m_announced.contains(seq); }

    struct Item {
        qint64 seq = 0;
        QString kind;
        QJsonObject notice;
    };
    QList<Item> m_pending; // in seq order
    QJsonObject m_current;
    QList<qint64> m_announced; // newest last, capped
    QString m_group;
    int m_displayMs = 8000;
    int m_maxReplayAgeS = 120;
    int m_holds = 0;
    bool m_shownLongEnough = false;
    QTimer m_display;
    QTimer m_gap; // a blank moment between two banners, so two calls read as two
};
