// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QVector>

// When a therapist will next be free, as the desk can tell from the board: the rest of the visit
// they are giving (its start plus its duration) and then the visits already assigned to them,
// one after another. Minutes from `now`, 0 when free now; -1 for someone off or on break (no
// time can be promised). Pure, so the assign dialog's figure is tested without a server.
namespace FreeTime {
int minutesUntilFree(const QJsonObject &therapist, const QVector<QJsonObject> &inService,
                     const QVector<QJsonObject> &assigned, const QDateTime &now);
}
