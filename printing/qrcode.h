// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QString>

namespace QrCode {
// The QR code of `text` (libqrencode, error correction M), `scale` pixels per module, with the
// standard 4-module quiet zone; black on white. Null if the text does not fit a QR code.
QImage render(const QString &text, int scale);
} // namespace QrCode
