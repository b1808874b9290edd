// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class SpaDomain;

struct DemoSummary {
    QString kioskToken;
    QString therapists; // "3 Anna (PIN 1111), ..."
};

// Adds the demo venue (services, rooms, staff, a kiosk device) where missing; safe to run at
// every start. The kiosk token is kept in <dataDir>/demo-kiosk.token so it stays the same.
DemoSummary seedDemo(SpaDomain &domain, const QString &dataDir);
