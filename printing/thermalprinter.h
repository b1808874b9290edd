// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>

class QTcpSocket;

// Where a desk's printer is: a network printer's raw port (host:9100) or a USB printer's device.
struct PrinterTarget {
    QString host;
    quint16 port = 9100;
    QString device; // e.g. /dev/usb/lp0; set instead of host

    bool isSet() const { return !host.isEmpty() || !device.isEmpty(); }
    QString describe() const;
    // "printer-host", "10.0.0.7:9100" or "/dev/usb/lp0"; an empty target when it reads as none.
    static PrinterTarget parse(const QString &text);
};

// Sends print jobs (ESC/POS bytes) to one printer, one job at a time, in order, never on the
// caller's thread's time: sockets are asynchronous, a device is written on a worker thread. A
// printer that is off, unplugged or out of paper makes a job fail with a message a desk can act
// on ("Printer not answering — 10.0.0.7:9100"); that job and those after it wait, in order, until
// retry() (or discard()). A job that was sent whole is never sent again.
class ThermalPrinter : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY waitingChanged)
public:
    explicit ThermalPrinter(QObject *parent = nullptr);
    ~ThermalPrinter() override;

    void setTarget(const PrinterTarget &target);
    PrinterTarget target() const { return m_target; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    // A network printer is asked its real-time status (DLE EOT 2 and 4) before each job and
    // given `ms` to answer; one that answers "paper out" or "cover open" gets no job and the
    // problem says so. A printer that does not answer is sent the job anyway. 0: do not ask.
    void setStatusWaitMs(int ms) { m_statusWaitMs = ms; }

    // Queues a job; returns its id.
    int submit(const QString &title, const QByteArray &bytes);
    // What stops printing now, or empty.
    QString problem() const { return m_problem; }
    // Jobs not yet printed (the one being sent included).
    int waiting() const { return int(m_jobs.size()); }
    QStringList waitingTitles() const;
    QList<int> waitingIds() const;

    Q_INVOKABLE void retry();
    Q_INVOKABLE void discard(); // drops the jobs held by a problem (printed another way)

Q_SIGNALS:
    void printed(int id, const QString &title);
    void failed(int id, const QString &title, const QString &message);
    void problemChanged();
    void waitingChanged();

private:
    struct Job {
        int id = 0;
        QString title;
        QByteArray bytes;
    };
    void pump();
    void sendToSocket(const Job &job);
    void writeJob(QTcpSocket *socket, const Job &job);
    void sendToDevice(const Job &job);
    void finish(bool ok, const QString &message);
    void lateDeviceResult(int jobId, bool ok);
    void setProblem(const QString &problem);

    PrinterTarget m_target;
    QList<Job> m_jobs;
    int m_nextId = 1;
    bool m_sending = false;
    QString m_problem;
    int m_timeoutMs = 8000;
    int m_statusWaitMs = 400;
    QTcpSocket *m_socket = nullptr;
    qint64 m_written = 0;
    qint64 m_toWrite = 0; // the status query and the job: what a whole send writes
    // Each send is an attempt with its own number: a result that arrives after its attempt was
    // given up (a device write the deadline ended) is never taken for a later attempt's.
    int m_attempt = 0;
    bool m_deviceWriting = false; // a device write still runs on a worker thread
    QTimer m_deadline;
    std::shared_ptr<bool> m_alive; // device writes finishing after this printer is gone
};
