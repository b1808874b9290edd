// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "models/jsonlistmodel.h"

#include <QDateTime>
#include <QtQml/qqmlregistration.h>

// The wall's "arriving soon": the bookings the monitor's state carries (`arriving_soon`: name as
// "Somchai K." and start, nothing else), those starting within the next `windowMinutes` by this
// wall's clock, until `lateMinutes` after their start (a guest running a little late); the desk
// marking them arrived takes them off at once. The state only comes when something changes, so
// the window follows the clock (WallClock) here. Rows: id, name, start, time ("15:00", local).
class ArrivingSoonModel : public JsonListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("MonitorState makes it")
    Q_PROPERTY(int windowMinutes READ windowMinutes WRITE setWindowMinutes NOTIFY windowChanged)

public:
    static constexpr int kLateMinutes = 10;

    explicit ArrivingSoonModel(QObject *parent = nullptr);

    int windowMinutes() const { return m_windowMinutes; }
    // 0 shows none.
    void setWindowMinutes(int minutes);

    // The monitor state's `arriving_soon` list.
    void setBookings(const QJsonArray &bookings);
    // Picks the rows again for the time `now` (called as the wall clock ticks).
    void refresh(const QDateTime &now);

Q_SIGNALS:
    void windowChanged();

private:
    QJsonArray m_all;
    int m_windowMinutes = 30;
};
