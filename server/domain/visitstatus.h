// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLatin1String>
#include <QStringList>

// A visit's states, as stored in `visits.status` and sent on the wire: the one home of their
// spelling for C++ (SQL text names them in its own literals).
namespace VisitStatus {
inline constexpr QLatin1String Waiting("waiting");
inline constexpr QLatin1String Assigned("assigned");
inline constexpr QLatin1String InService("in_service");
inline constexpr QLatin1String AwaitingPayment("awaiting_payment");
inline constexpr QLatin1String Paid("paid");
inline constexpr QLatin1String Cancelled("cancelled");
inline constexpr QLatin1String NoShow("no_show");

// Every state, in the order a visit moves through them.
inline QStringList all()
{
    return { Waiting, Assigned, InService, AwaitingPayment, Paid, Cancelled, NoShow };
}
} // namespace VisitStatus
