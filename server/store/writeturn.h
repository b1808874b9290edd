// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;
struct pg_conn;

// PostgreSQL only: this instance's turn to write, waited for without blocking the event loop.
//
// Every write transaction still takes the journal's lock (SqlDialect::serializeWrites, a
// transaction-level advisory lock) in its BEGIN round trip: that lock is what makes the
// instances' writes take turns, and it alone is relied on for correctness. Waiting for it,
// though, blocks the waiting instance's event loop for the whole of the other instance's turn:
// no request parsed, no answer or event sent. So, before a group of commands begins, the
// instance queues for a second, session-level advisory lock on a connection of its own, asked
// for asynchronously: while the other instance writes, this one goes on serving, and gathers
// the commands that arrive into its next group. Holding the turn, its BEGIN finds the journal's
// lock free. A command that did not wait for the turn (a path that does not ask for it, or
// while this connection is down) simply waits for the journal's lock as before.
class WriteTurn : public QObject {
    Q_OBJECT
public:
    // `url`: the same postgresql:// URL the Database opened.
    explicit WriteTurn(const QString &url, QObject *parent = nullptr);
    ~WriteTurn() override;

    // Starts connecting (in the background); until connected the turn is not usable().
    void start();
    // Connected: ask() will be answered with granted() (or lost()).
    bool usable() const;
    bool held() const { return m_state == State::Held; }
    // Queue for the turn; granted() fires once it is this instance's. Nothing if already asked.
    void ask();
    // The group committed (or rolled back): the turn passes on. Nothing unless held.
    void pass();

    // Turns granted since start (metrics).
    quint64 turns() const { return m_turns; }

Q_SIGNALS:
    void granted();
    // The connection broke (or never came): nothing asked will be granted. It connects again
    // in the background.
    void lost();

private:
    enum class State { Down, Connecting, Free, Asking, Held, Passing };
    void connectNow();
    void pollConnect();
    void onReadable();
    bool send(const char *sql);
    void finished(bool ok); // the statement in flight is answered
    void fail(const QString &why);
    void watch();

    QString m_url;
    pg_conn *m_conn = nullptr;
    std::unique_ptr<QSocketNotifier> m_read;
    std::unique_ptr<QSocketNotifier> m_write;
    State m_state = State::Down;
    bool m_askAfterPass = false;
    bool m_answerOk = true;
    QTimer m_retry;
    int m_backoffMs = 250;
    quint64 m_turns = 0;
};
