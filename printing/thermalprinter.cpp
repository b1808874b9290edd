// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "thermalprinter.h"

#include "escpos.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QTcpSocket>
#include <QtConcurrent/QtConcurrentRun>

QString PrinterTarget::describe() const
{
    return device.isEmpty() ? host + QLatin1Char(':') + QString::number(port) : device;
}

PrinterTarget PrinterTarget::parse(const QString &text)
{
    PrinterTarget t;
    const QString s = text.trimmed();
    if (s.isEmpty())
        return t;
    if (s.startsWith(QLatin1Char('/'))) {
        t.device = s;
        return t;
    }
    // host, host:port, or [IPv6]:port
    QString host = s;
    QString port;
    if (s.startsWith(QLatin1Char('['))) {
        const qsizetype close = s.indexOf(QLatin1Char(']'));
        if (close < 0)
            return {};
        host = s.mid(1, close - 1);
        if (s.mid(close + 1).startsWith(QLatin1Char(':')))
            port = s.mid(close + 2);
        else if (close + 1 != s.size())
            return {};
    } else if (s.count(QLatin1Char(':')) == 1) {
        host = s.section(QLatin1Char(':'), 0, 0);
        port = s.section(QLatin1Char(':'), 1);
    }
    if (host.isEmpty() || host.contains(QLatin1Char(' ')))
        return {};
    t.host = host;
    if (!port.isEmpty()) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (!ok || n == 0 || n > 65535)
            return {};
        t.port = quint16(n);
    }
    return t;
}

ThermalPrinter::ThermalPrinter(QObject *parent)
    : QObject(parent)
    , m_alive(std::make_shared<bool>(true))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->abort();
        // Past the status query (6 bytes) on a network printer: the slip itself stopped.
        const qint64 asked =
            m_target.device.isEmpty() && m_statusWaitMs > 0 ? EscPos::statusQuery().size() : 0;
        finish(false,
               m_written > asked
                   ? tr("Printer stopped mid-slip — %1 (out of paper?)").arg(m_target.describe())
                   : tr("Printer not answering — %1").arg(m_target.describe()));
    });
}

ThermalPrinter::~ThermalPrinter()
{
    *m_alive = false;
}

void ThermalPrinter::setTarget(const PrinterTarget &target)
{
    m_target = target;
}

QStringList ThermalPrinter::waitingTitles() const
{
    QStringList out;
    for (const Job &j : m_jobs)
        out << j.title;
    return out;
}

QList<int> ThermalPrinter::waitingIds() const
{
    QList<int> out;
    for (const Job &j : m_jobs)
        out << j.id;
    return out;
}

int ThermalPrinter::submit(const QString &title, const QByteArray &bytes)
{
    const int id = m_nextId++;
    m_jobs.append({ id, title, bytes });
    Q_EMIT waitingChanged();
    if (m_problem.isEmpty())
        pump();
    return id;
}

void ThermalPrinter::retry()
{
    setProblem({});
    pump();
}

void ThermalPrinter::discard()
{
    if (m_sending)
        return;
    m_jobs.clear();
    setProblem({});
    Q_EMIT waitingChanged();
}

void ThermalPrinter::pump()
{
    // A device write the deadline gave up on may still be running: a second write to the same
    // device now could print the slip twice; it is sent again only once that one has ended.
    if (m_sending || m_jobs.isEmpty() || m_deviceWriting)
        return;
    if (!m_target.isSet()) {
        setProblem(tr("No printer set up for this desk"));
        return;
    }
    m_sending = true;
    m_written = 0;
    ++m_attempt;
    const Job job = m_jobs.first();
    if (m_target.device.isEmpty())
        sendToSocket(job);
    else
        sendToDevice(job);
}

void ThermalPrinter::sendToSocket(const Job &job)
{
    delete m_socket;
    m_socket = new QTcpSocket(this);
    QTcpSocket *socket = m_socket;
    const bool ask = m_statusWaitMs > 0;
    m_toWrite = job.bytes.size() + (ask ? EscPos::statusQuery().size() : 0);
    auto *statusWait = new QTimer(socket); // dies with its socket
    statusWait->setSingleShot(true);
    auto answer = std::make_shared<QByteArray>();
    connect(socket, &QTcpSocket::connected, this, [this, socket, job, ask, statusWait] {
        if (!ask) {
            writeJob(socket, job);
            return;
        }
        socket->write(EscPos::statusQuery());
        statusWait->start(m_statusWaitMs);
    });
    // No answer in time: a printer (or an interface) that does not report status prints anyway.
    connect(statusWait, &QTimer::timeout, this, [this, socket, job] { writeJob(socket, job); });
    connect(socket, &QTcpSocket::readyRead, this, [this, socket, job, statusWait, answer] {
        *answer += socket->readAll();
        if (!statusWait->isActive() || answer->size() < 2)
            return; // late answers, after the job went, are not read
        statusWait->stop();
        const EscPos::Status st = EscPos::readStatus(answer->at(0), answer->at(1));
        if (st.valid && (st.coverOpen || st.paperOut)) {
            socket->abort();
            finish(false,
                   st.coverOpen && st.paperOut
                       ? tr("Printer cover open and out of paper — %1").arg(m_target.describe())
                       : st.coverOpen ? tr("Printer cover open — %1").arg(m_target.describe())
                                      : tr("Printer out of paper — %1").arg(m_target.describe()));
            return;
        }
        writeJob(socket, job);
    });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket](qint64 n) {
        m_written += n;
        if (m_written >= m_toWrite)
            socket->disconnectFromHost(); // the printer has it all once the close completes
    });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        if (socket != m_socket)
            return;
        if (m_written >= m_toWrite)
            finish(true, {});
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        if (socket != m_socket || m_written >= m_toWrite)
            return; // the close after a whole job; disconnected() handles it
        socket->abort();
        finish(false,
               m_written > EscPos::statusQuery().size()
                   ? tr("Printer stopped mid-slip — %1 (out of paper?)").arg(m_target.describe())
                   : tr("Printer not answering — %1").arg(m_target.describe()));
    });
    m_deadline.start(m_timeoutMs);
    socket->connectToHost(m_target.host, m_target.port);
}

void ThermalPrinter::writeJob(QTcpSocket *socket, const Job &job)
{
    if (socket != m_socket || !m_sending)
        return;
    m_deadline.start(m_timeoutMs); // the slip's own time, after the status wait
    socket->write(job.bytes);
}

void ThermalPrinter::sendToDevice(const Job &job)
{
    // A USB printer's device can block on write while the printer is busy or out of paper: on a
    // worker thread, so the desk's screen never waits for it.
    const QString path = m_target.device;
    const int attempt = m_attempt;
    const int jobId = job.id;
    m_deviceWriting = true;
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, attempt, jobId] {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_deviceWriting = false;
        if (m_sending && attempt == m_attempt) {
            finish(error.isEmpty(), error);
            return;
        }
        lateDeviceResult(jobId, error.isEmpty()); // this attempt's deadline already decided
    });
    m_deadline.start(m_timeoutMs);
    watcher->setFuture(QtConcurrent::run([path, bytes = job.bytes]() -> QString {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return QCoreApplication::translate("ThermalPrinter", "Printer not connected — %1")
                .arg(path);
        if (f.write(bytes) != bytes.size())
            return QCoreApplication::translate("ThermalPrinter",
                                               "Printer stopped mid-slip — %1 (out of paper?)")
                .arg(path);
        return {};
    }));
}

void ThermalPrinter::lateDeviceResult(int jobId, bool ok)
{
    // The write the deadline gave up on went through after all: that job printed — it is not
    // printed again by a retry. It is only ever this job's result, never the next one's.
    if (ok && !m_sending && !m_jobs.isEmpty() && m_jobs.first().id == jobId) {
        const Job job = m_jobs.takeFirst();
        setProblem({});
        Q_EMIT waitingChanged();
        Q_EMIT printed(job.id, job.title);
    }
    if (m_problem.isEmpty())
        pump(); // a retry asked for while it ran, or the jobs behind it
}

void ThermalPrinter::finish(bool ok, const QString &message)
{
    if (!m_sending)
        return; // a late signal after the deadline already decided
    m_deadline.stop();
    m_sending = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const Job job = m_jobs.first();
    if (ok) {
        m_jobs.removeFirst();
        Q_EMIT waitingChanged();
        Q_EMIT printed(job.id, job.title);
        pump();
        return;
    }
    setProblem(message);
    Q_EMIT failed(job.id, job.title, message);
}

void ThermalPrinter::setProblem(const QString &problem)
{
    if (problem == m_problem)
        return;
    m_problem = problem;
    Q_EMIT problemChanged();
}
