// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The bookings' and customers' commands: the same names over Socket.IO (with an ack) and behind
// their REST routes (docs/api.md "Bookings and customers").
namespace BookingCommands {
inline constexpr char BookingCreate[] = "booking:create";
inline constexpr char BookingUpdate[] = "booking:update";
inline constexpr char BookingArrive[] = "booking:arrive";
inline constexpr char BookingCancel[] = "booking:cancel";
inline constexpr char BookingNoShow[] = "booking:no_show";
inline constexpr char CustomerCreate[] = "customer:create";
inline constexpr char CustomerUpdate[] = "customer:update";
inline constexpr char TherapistHours[] = "therapist:hours";
} // namespace BookingCommands
