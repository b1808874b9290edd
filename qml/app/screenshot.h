// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <functional>

class QQuickWindow;

// Saves `window` to `file` once `ready()` holds (polled), after the scene has settled, then quits
// the application: exit code 0 on success, 1 when not ready within `timeoutMs` or on a write error.
void screenshotWhenReady(QQuickWindow *window, const QString &file, std::function<bool()> ready,
                         int timeoutMs = 30000);

// Set by a page once what it shows is complete (a form filled in, a report loaded), so a
// scripted screenshot waits for it. C++ owns it; QML only writes `ready`.
class ScreenshotGate : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool ready READ ready WRITE setReady NOTIFY readyChanged)
    Q_PROPERTY(QString page READ page CONSTANT)
public:
    explicit ScreenshotGate(const QString &page = QString(), QObject *parent = nullptr)
        : QObject(parent)
        , m_page(page)
    {
    }
    bool ready() const { return m_ready; }
    void setReady(bool r)
    {
        if (r == m_ready)
            return;
        m_ready = r;
        Q_EMIT readyChanged();
    }
    // Which page a scripted run asked for ("" when not scripted).
    QString page() const { return m_page; }

Q_SIGNALS:
    void readyChanged();

private:
    QString m_page;
    bool m_ready = false;
};
