// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "escpos.h"

#include <QList>

namespace EscPos {

QByteArray initialize()
{
    return QByteArray("\x1b\x40", 2);
}

QByteArray raster(const QImage &image, int bandHeight)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    const int widthBytes = (grey.width() + 7) / 8;
    QByteArray out;
    for (int top = 0; top < grey.height(); top += bandHeight) {
        const int rows = std::min(bandHeight, grey.height() - top);
        out += QByteArray("\x1d\x76\x30\x00", 4); // GS v 0, normal density
        out += char(widthBytes & 0xff);
        out += char(widthBytes >> 8);
        out += char(rows & 0xff);
        out += char(rows >> 8);
        for (int y = top; y < top + rows; ++y) {
            const uchar *line = grey.constScanLine(y);
            for (int xb = 0; xb < widthBytes; ++xb) {
                uchar byte = 0;
                for (int bit = 0; bit < 8; ++bit) {
                    const int x = xb * 8 + bit;
                    if (x < grey.width() && line[x] < 128)
                        byte |= uchar(0x80 >> bit); // most significant bit is the leftmost dot
                }
                out += char(byte);
            }
        }
    }
    return out;
}

QByteArray feedAndCut(int lines, bool cut)
{
    QByteArray out("\x1b\x64", 2); // ESC d n: print and feed n lines
    out += char(std::clamp(lines, 0, 255));
    if (cut)
        out += QByteArray("\x1d\x56\x42\x00", 4); // GS V 66 0: feed to the cutter, partial cut
    return out;
}

QByteArray openDrawer(int pin)
{
    // ESC p m t1 t2: pulse on for 2 × t1 ms, off for 2 × t2 ms (50 ms / 250 ms: what drawers
    // expect).
    QByteArray out("\x1b\x70", 2);
    out += char(pin == 1 ? 1 : 0);
    out += char(25);
    out += char(125);
    return out;
}

QByteArray statusQuery()
{
    return QByteArray("\x10\x04\x02\x10\x04\x04", 6);
}

Status readStatus(char offlineCause, char paperSensor)
{
    const auto fixed = [](uchar b) { return (b & 0x93) == 0x12; }; // bits 1, 4 set; 0, 7 clear
    const uchar off = uchar(offlineCause), paper = uchar(paperSensor);
    Status s;
    s.valid = fixed(off) && fixed(paper);
    if (!s.valid)
        return s;
    s.coverOpen = off & 0x04;
    s.paperOut = (off & 0x20) || (paper & 0x60) == 0x60;
    s.paperLow = (paper & 0x0c) == 0x0c;
    return s;
}

QImage decodeRaster(const QByteArray &bytes)
{
    QList<QImage> bands;
    int width = 0;
    for (qsizetype i = bytes.indexOf(QByteArray("\x1d\x76\x30", 3));
         i >= 0 && i + 8 <= bytes.size(); i = bytes.indexOf(QByteArray("\x1d\x76\x30", 3), i)) {
        const int widthBytes = uchar(bytes[i + 4]) | (uchar(bytes[i + 5]) << 8);
        const int rows = uchar(bytes[i + 6]) | (uchar(bytes[i + 7]) << 8);
        const qsizetype data = i + 8;
        if (data + qsizetype(widthBytes) * rows > bytes.size())
            return {};
        QImage band(widthBytes * 8, rows, QImage::Format_Grayscale8);
        band.fill(255);
        for (int y = 0; y < rows; ++y) {
            uchar *line = band.scanLine(y);
            for (int xb = 0; xb < widthBytes; ++xb) {
                const uchar byte = uchar(bytes[data + qsizetype(y) * widthBytes + xb]);
                for (int bit = 0; bit < 8; ++bit)
                    if (byte & (0x80 >> bit))
                        line[xb * 8 + bit] = 0;
            }
        }
        width = std::max(width, band.width());
        bands << band;
        i = data + qsizetype(widthBytes) * rows;
    }
    if (bands.isEmpty())
        return {};
    int height = 0;
    for (const QImage &b : std::as_const(bands))
        height += b.height();
    QImage out(width, height, QImage::Format_Grayscale8);
    out.fill(255);
    int y = 0;
    for (const QImage &b : std::as_const(bands)) {
        for (int row = 0; row < b.height(); ++row)
            memcpy(out.scanLine(y + row), b.constScanLine(row), size_t(b.width()));
        y += b.height();
    }
    return out;
}

} // namespace EscPos
