// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/reply.h"

#include <QJsonObject>

class Visits;
class VisitViews;

// A walk-in checking themselves in at the self check-in kiosk (role `checkin`). Narrower than the
// desk's `visit:checkin`: a first name, an optional phone and the services, nothing else — a
// kiosk anyone can touch must not pick a therapist, write notes or give a discount. The answer is
// the customer's own ticket (number, code for the QR, place and estimated wait), nothing of
// anyone else.
namespace SelfCheckin {
inline constexpr char Command[] = "visit:self_checkin";
inline constexpr int MaxFirstName = 40;
inline constexpr int MaxServices = 10;

Reply run(Visits &visits, VisitViews &views, const QJsonObject &body, const Principal &who);
} // namespace SelfCheckin
