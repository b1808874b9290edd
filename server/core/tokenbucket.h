// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QElapsedTimer>

#include <algorithm>

// A token bucket for commands: refilled by elapsed time, one token per command. Shared by the
// Socket.IO connections (one bucket each) and REST (one bucket per bearer token), so a client
// gets the same rate whichever way it sends.
struct TokenBucket {
    double tokens = 0;
    QElapsedTimer refill;

    // perSecond 0: no limit.
    bool take(int perSecond, int burst)
    {
        if (perSecond <= 0)
            return true;
        if (!refill.isValid()) {
            refill.start();
            tokens = burst;
        }
        tokens = std::min<double>(burst, tokens + refill.restart() / 1000.0 * perSecond);
        if (tokens < 1)
            return false;
        tokens -= 1;
        return true;
    }
    // Idle long enough to be full again: no need to keep it.
    bool isFull(int perSecond, int burst) const
    {
        return !refill.isValid() || tokens + refill.elapsed() / 1000.0 * perSecond >= burst;
    }
};
