// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Clashes and free slots: pure arithmetic over UTC instants.
#include "availability.h"

#include <algorithm>

namespace Availability {

bool clashes(const QDateTime &start, const QDateTime &end, const Booked &other, int bufferMin)
{
    const qint64 buffer = qint64(bufferMin) * 60;
    return start < other.end.addSecs(buffer) && other.start < end.addSecs(buffer);
}

std::optional<Booked> firstClash(const QVector<Booked> &booked, const QDateTime &start,
                                 const QDateTime &end, int bufferMin)
{
    for (const Booked &b : booked)
        if (clashes(start, end, b, bufferMin))
            return b;
    return std::nullopt;
}

int peakHeld(const QVector<Booked> &booked, const QDateTime &start, const QDateTime &end,
             int bufferMin)
{
    const qint64 buffer = qint64(bufferMin) * 60;
    const QDateTime windowEnd = end.addSecs(buffer);
    // A sweep over the overlapping stretches, clipped to the window: +1 at a start, -1 at an
    // end; an end sorts before a start at the same instant (end exclusive).
    QVector<std::pair<QDateTime, int>> edges;
    for (const Booked &b : booked) {
        const QDateTime s = std::max(b.start, start);
        const QDateTime e = std::min(b.end.addSecs(buffer), windowEnd);
        if (s < e) {
            edges.append({ s, 1 });
            edges.append({ e, -1 });
        }
    }
    std::sort(edges.begin(), edges.end());
    int held = 0, peak = 0;
    for (const auto &edge : edges) {
        held += edge.second;
        peak = std::max(peak, held);
    }
    return peak;
}

QVector<QDateTime> freeStarts(const QVector<Interval> &open, const QVector<Booked> &booked,
                              int durationMin, int bufferMin, int stepMin,
                              const QDateTime &notBefore)
{
    QVector<QDateTime> out;
    if (durationMin <= 0 || stepMin <= 0)
        return out;
    const qint64 step = qint64(stepMin) * 60;
    const qint64 duration = qint64(durationMin) * 60;
    for (const Interval &i : open) {
        QDateTime t = i.start;
        if (notBefore.isValid() && t < notBefore) {
            // The first grid point at or after notBefore.
            const qint64 behind = t.secsTo(notBefore);
            t = t.addSecs((behind + step - 1) / step * step);
        }
        for (; t.addSecs(duration) <= i.end; t = t.addSecs(step))
            if (!firstClash(booked, t, t.addSecs(duration), bufferMin))
                out.append(t);
    }
    return out;
}

} // namespace Availability
