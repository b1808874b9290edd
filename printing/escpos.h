// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QImage>

// ESC/POS as thermal receipt printers speak it, for the one way this suite prints: a slip drawn
// with QPainter, sent as a 1-bit raster image (GS v 0), so Thai, Indonesian and English print the
// same on any printer, whatever code pages it has. 80 mm paper is 576 dots wide, 58 mm 384.
namespace EscPos {

inline constexpr int kDots80mm = 576;
inline constexpr int kDots58mm = 384;

// ESC @: the printer's defaults, whatever the last job left.
QByteArray initialize();
// `image` as raster bands (GS v 0, at most `bandHeight` dots each: printers' input buffers are
// small), black where the image is darker than middle grey. Its width is rounded up to whole
// bytes; it should already be the paper's dot width.
QByteArray raster(const QImage &image, int bandHeight = 256);
// Feed `lines` lines so the slip clears the cutter, then a partial cut (GS V 66 0) if `cut`.
QByteArray feedAndCut(int lines, bool cut);
// ESC p: a pulse on drawer pin 2 (`pin` 0) or pin 5 (`pin` 1) — the cash drawer wired to the
// printer opens.
QByteArray openDrawer(int pin);

// DLE EOT 2 (offline cause) then DLE EOT 4 (paper roll sensor): real-time status requests a
// printer answers with one byte each, even while its buffer is full or it is stopped; they print
// nothing.
QByteArray statusQuery();
struct Status {
    bool valid = false; // both answers had the fixed bits a status byte has
    bool coverOpen = false;
    bool paperOut = false;
    bool paperLow = false;
};
// The printer's two answers to statusQuery(), in order.
Status readStatus(char offlineCause, char paperSensor);

// The 1-bit image a raster command carries, read back (for tests and for looking at a slip).
// Null when `bytes` holds no GS v 0 band; bands are stacked in order.
QImage decodeRaster(const QByteArray &bytes);

} // namespace EscPos
