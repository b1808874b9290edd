#pragma once

#include <QString>

#include <functional>

class QQuickWindow;

// Saves `window` to `file` once `ready()` holds (polled), after the scene has settled, then quits
// the application: exit code 0 on success, 1 when not ready within `timeoutMs` or on a write error.
void screenshotWhenReady(QQuickWindow *window, const QString &file, std::function<bool()> ready,
                         int timeoutMs = 30000);
