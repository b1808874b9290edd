// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QQuickImageProvider>

// QR codes for QML: `image://qr/<percent-encoded text>`, drawn with libqrencode.
class QrImageProvider : public QQuickImageProvider {
public:
    QrImageProvider()
        : QQuickImageProvider(QQuickImageProvider::Image)
    {
    }
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // The QR code of `text`, `scale` pixels per module, with the standard 4-module quiet zone.
    static QImage render(const QString &text, int scale);
};
