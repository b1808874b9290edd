// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Shared between the controller and its worker processes: clocks, the trigger table and each
// worker's counters and results, all in one anonymous shared mapping made before fork().

#include "histogram.h"

#include <atomic>
#include <cstdint>
#include <string>
#include <time.h>
#include <vector>

inline int64_t nowNs()
{
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts); // one clock for every process on this machine
    return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

enum class Role : uint8_t { Monitor, Therapist, Customer };

constexpr int kMaxTriggers = 1 << 17;
constexpr int kMaxKey = 1 << 20;

// Written by the controller before each trigger goes out; read by workers when an event arrives.
struct TriggerTable {
    std::atomic<int64_t> sentNs[kMaxTriggers]; // 0: not sent (yet)
    std::atomic<uint8_t> ok[kMaxTriggers]; // the trigger was answered 2xx
    std::atomic<int32_t> indexOfKey[kMaxKey]; // visit_id -> trigger index + 1 (0: unknown)
    std::atomic<int32_t> issued; // triggers handed out so far
};

enum Phase : int { PhaseRun = 0, PhaseStop = 1 };

struct WorkerShared {
    // live counters
    std::atomic<int64_t> opened, connected, everConnected, connectFailures, connectErrors, drops,
        reconnects, resynced, framesIn, bytesIn, paymentEvents, otherEvents, replayed, unexpected,
        pings, disconnectedNow;
    std::atomic<int> finished;
    // results, written once before the worker exits
    int64_t expected, received, lost, duplicated, connectionsWithLoss, monitors;
    int64_t lastResyncNs;
    int64_t rssKb; // the worker's own resident memory with its connections open
    Histogram latency; // live monitor_payment_completed deliveries, microseconds
    Histogram arrival; // the same, to the kernel's receive timestamp (SO_TIMESTAMPNS)
    Histogram connectTime; // socket() to Socket.IO CONNECT ack, microseconds
    Histogram resync; // storm: from the server's restart to the state event after reconnect
};

struct Control {
    std::atomic<int> phase;
    std::atomic<int64_t> restartNs; // storm: when the server was killed (0: not yet)
};

struct WorkerConfig {
    int index = 0;
    int firstGlobal = 0; // global index of this worker's first connection
    int connections = 0;
    double rate = 1000; // connections per second for this worker
    uint16_t port = 0;
    int monitorPct = 100, therapistPct = 0; // customers: the rest
    std::string monitorToken;
    std::vector<std::string> therapistTokens, customerTokens;
    bool reconnect = false; // reconnect on loss (storm), with offset
    bool sendOffset = false;
    bool stateOnConnect = true; // the server sends each room's state right after CONNECT
    int connectTimeoutMs = 20000;
    int maxTriggers = 0; // size of each monitor's delivery record
};
