// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "screenshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

void screenshotWhenReady(QQuickWindow *window, const QString &file, std::function<bool()> ready,
                         int timeoutMs)
{
    auto *poll = new QTimer(window);
    auto *elapsed = new QElapsedTimer;
    elapsed->start();
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        if (!ready()) {
            if (elapsed->elapsed() > timeoutMs) {
                std::fprintf(stderr, "screenshot: nothing to show after %d ms\n", timeoutMs);
                delete elapsed;
                QCoreApplication::exit(1);
            }
            return;
        }
        poll->stop();
        delete elapsed;
        // Let bindings, layouts and the first animations settle before grabbing.
        QTimer::singleShot(700, window, [window, file] {
            const QImage image = window->grabWindow();
            const bool ok = !image.isNull() && image.save(file);
            std::fprintf(stderr, ok ? "screenshot: wrote %s\n" : "screenshot: could not write %s\n",
                         qPrintable(file));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    });
    poll->start(100);
}
