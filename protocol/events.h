// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Event names used on the wire. Plain char arrays so they work with QString, QLatin1String,
// QByteArray and switch-free string comparisons alike, with no static initialisation.

namespace Events {

// Server -> client broadcasts.
inline constexpr char TherapistQueueUpdated[] = "therapist_queue_updated";
inline constexpr char CashierQueueUpdated[] = "cashier_queue_updated";
inline constexpr char MonitorUpdated[] = "monitor_updated";
inline constexpr char CustomerTxnUpdate[] = "customer_txn_update";
inline constexpr char MonitorPaymentCompleted[] = "monitor_payment_completed";

// Server -> client notices, each sent once (and replayed after a reconnect with `offset`).
inline constexpr char MonitorVisitCalled[] = "monitor_visit_called";
inline constexpr char CustomerCalled[] = "customer_called";
inline constexpr char CustomerPaymentCompleted[] = "customer_payment_completed";
// A booking was made, changed, arrived, cancelled or marked a no-show (its id and dates).
inline constexpr char CashierBookingChanged[] = "cashier_booking_changed";

// The customer page's event stream (Server-Sent Events at /t/<code>/events): the customer room's
// state, and its two notices under short names of the page's own.
inline constexpr char PageUpdate[] = "update";
inline constexpr char PageCalled[] = "called"; // CustomerCalled
inline constexpr char PagePaid[] = "paid"; // CustomerPaymentCompleted

// Client -> server commands (sent with an ack id; the server answers with an ACK).
inline constexpr char VisitCheckin[] = "visit:checkin";
inline constexpr char VisitAssign[] = "visit:assign";
inline constexpr char VisitStart[] = "visit:start";
inline constexpr char VisitComplete[] = "visit:complete";
inline constexpr char VisitCancel[] = "visit:cancel";
inline constexpr char VisitNoShow[] = "visit:no_show";
inline constexpr char VisitCall[] = "visit:call";
inline constexpr char VisitPay[] = "visit:pay";
inline constexpr char VisitDiscount[] = "visit:discount";
inline constexpr char PaymentVoid[] = "payment:void";
inline constexpr char TherapistStatus[] = "therapist:status";

} // namespace Events
