#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes chime.wav, the wall's call chime: two bell notes (880 Hz, then 660 Hz 0.45 s later),
# each with soft overtones and an exponential decay; 1.6 s, 22,050 Hz, mono, 16-bit, peak at 80 %.
# Made by the project, so it is ours to ship. Run: python3 kiosk/sounds/make-chime.py
import math, os, struct, wave

RATE = 22050


def note(freq, start, length, out):
    for i in range(int(length * RATE)):
        t = i / RATE
        env = math.exp(-3.2 * t) * min(1.0, t * 200)  # 5 ms attack, no click
        v = env * (0.7 * math.sin(2 * math.pi * freq * t) + 0.2 * math.sin(4 * math.pi * freq * t)
                   + 0.1 * math.sin(6 * math.pi * freq * t))
        out[int(start * RATE) + i] += v


out = [0.0] * int(1.6 * RATE)
note(880, 0.0, 1.1, out)
note(660, 0.45, 1.15, out)
peak = max(abs(x) for x in out)
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "chime.wav")
with wave.open(path, "wb") as w:
    w.setnchannels(1)
    w.setsampwidth(2)
    w.setframerate(RATE)
    w.writeframes(b"".join(struct.pack("<h", int(x / peak * 0.8 * 32767)) for x in out))
