// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common.h"

// Runs one worker process: opens cfg.connections Socket.IO connections over its own minimal
// WebSocket client (non-blocking sockets, one epoll loop), answers pings, records deliveries,
// and returns when control->phase becomes PhaseStop.
void runWorker(const WorkerConfig &cfg, Control *control, TriggerTable *triggers,
               WorkerShared *out);
