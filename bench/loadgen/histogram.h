// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A fixed-size log-linear histogram of microsecond values (64 buckets per power of two, so any
// reported percentile is within about 1.6 % of the true value). Plain data, so it can live in
// shared memory and be summed across worker processes.

#include <cstdint>
#include <cstring>

struct Histogram {
    static constexpr int kSub = 64;
    static constexpr int kOctaves = 40;
    static constexpr int kBuckets = kSub + kOctaves * kSub;

    uint64_t counts[kBuckets];
    uint64_t total;
    uint64_t maxValue;
    double sum;

    void clear() { std::memset(this, 0, sizeof(*this)); }

    static int bucketOf(uint64_t v)
    {
        if (v < uint64_t(kSub))
            return int(v);
        const int octave = 63 - __builtin_clzll(v); // >= 6
        const int sub = int((v >> (octave - 6)) & (kSub - 1));
        const int idx = kSub + (octave - 6) * kSub + sub;
        return idx < kBuckets ? idx : kBuckets - 1;
    }
    // The middle of a bucket.
    static double valueOf(int idx)
    {
        if (idx < kSub)
            return idx;
        const int octave = (idx - kSub) / kSub + 6;
        const int sub = (idx - kSub) % kSub;
        const double lo = double((uint64_t(kSub) + uint64_t(sub)) << (octave - 6));
        const double width = double(uint64_t(1) << (octave - 6));
        return lo + width / 2;
    }

    void add(uint64_t v)
    {
        ++counts[bucketOf(v)];
        ++total;
        sum += double(v);
        if (v > maxValue)
            maxValue = v;
    }
    void merge(const Histogram &o)
    {
        for (int i = 0; i < kBuckets; ++i)
            counts[i] += o.counts[i];
        total += o.total;
        sum += o.sum;
        if (o.maxValue > maxValue)
            maxValue = o.maxValue;
    }
    // q in [0, 1]; 0 when empty.
    double percentile(double q) const
    {
        if (total == 0)
            return 0;
        const uint64_t rank = uint64_t(q * double(total - 1)) + 1;
        uint64_t seen = 0;
        for (int i = 0; i < kBuckets; ++i) {
            seen += counts[i];
            if (seen >= rank) {
                const double v = valueOf(i);
                return v > double(maxValue) ? double(maxValue) : v;
            }
        }
        return double(maxValue);
    }
    double mean() const { return total ? sum / double(total) : 0; }
};
