// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "reportrunner.h"

#include "store/database.h"

#include <QLoggingCategory>
#include <QPointer>

#include <memory>

namespace {
Q_LOGGING_CATEGORY(lcReports, "spa.reports")

// The worker's side: opens its connection on first use, in the worker thread.
class ReportWorker : public QObject {
public:
    explicit ReportWorker(const QString &location)
        : m_location(location)
    {
    }
    Database *database()
    {
        if (m_db && m_db->isOpen())
            return m_db.get();
        m_db = std::make_unique<Database>();
        QString error;
        if (!m_db->open(m_location, &error)) {
            qCWarning(lcReports) << "report connection failed:" << error;
            m_db.reset();
        }
        return m_db.get();
    }
    void closeDatabase() { m_db.reset(); }

private:
    QString m_location;
    std::unique_ptr<Database> m_db;
};
} // namespace

ReportRunner::ReportRunner(const QString &location, QObject *parent)
    : QObject(parent)
    , m_location(location)
{
    m_thread.setObjectName(QStringLiteral("reports"));
    m_worker = new ReportWorker(location);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

ReportRunner::~ReportRunner()
{
    // The connection is closed on its own thread, then the thread ends (after any job running).
    auto *worker = static_cast<ReportWorker *>(m_worker);
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->closeDatabase(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ReportRunner::run(std::function<QJsonObject(Database *)> job, QObject *context,
                       std::function<void(const QJsonObject &)> done)
{
    m_pending.ref();
    auto *worker = static_cast<ReportWorker *>(m_worker);
    QPointer<QObject> answerTo(context);
    QMetaObject::invokeMethod(
        m_worker, [this, worker, job = std::move(job), answerTo, done = std::move(done)] {
            const QJsonObject result = job(worker->database());
            m_pending.deref();
            if (answerTo)
                QMetaObject::invokeMethod(answerTo, [done, result] { done(result); });
        });
}
