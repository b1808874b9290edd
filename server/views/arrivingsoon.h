// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonArray>

class Database;

// The wall monitor's "arriving soon": bookings still to arrive, as a wall may name people
// ("Somchai K.", the start, nothing else: no phone, notes or surname).
namespace ArrivingSoon {
// How far ahead and behind `now` the monitor's state carries bookings. The state is sent again
// when something changes, not as time passes, so it carries more than the wall shows and the
// wall picks its own window (the next N minutes) by its clock; a guest running late stays for
// the hour after the start unless marked arrived or a no-show first.
constexpr int kAheadMinutes = 12 * 60;
constexpr int kLateMinutes = 60;

// Booked (not arrived, cancelled or no-show) bookings starting within the window, in start order:
// `[{"booking_id", "name", "start"}]`.
QJsonArray forMonitor(Database &db, const QDateTime &now);
} // namespace ArrivingSoon
