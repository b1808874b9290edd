// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The till's commands beyond paying and voiding (protocol/events.h): the same names over
// Socket.IO and behind their REST routes. Kept beside the domain: only the server and the
// cashier's REST calls use them.
namespace TillCommands {
inline constexpr char VisitRefund[] = "visit:refund";
inline constexpr char VisitTaxInvoice[] = "visit:tax_invoice";
inline constexpr char ShiftOpen[] = "shift:open";
inline constexpr char ShiftCash[] = "shift:cash";
inline constexpr char ShiftClose[] = "shift:close";
inline constexpr char ShiftNoSale[] = "shift:no_sale";
} // namespace TillCommands
