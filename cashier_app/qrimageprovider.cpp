// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "qrimageprovider.h"

#include "qrcode.h"

#include <QUrl>

QImage QrImageProvider::render(const QString &text, int scale)
{
    return QrCode::render(text, scale); // the printed ticket's QR code is the same
}

QImage QrImageProvider::requestImage(const QString &id, QSize *size, const QSize &requestedSize)
{
    const QString text = QUrl::fromPercentEncoding(id.toUtf8());
    const int wanted =
        requestedSize.isValid() ? std::max(requestedSize.width(), requestedSize.height()) : 200;
    QImage probe = render(text, 1);
    if (probe.isNull())
        return {};
    const QImage image = render(text, std::max(1, wanted / probe.width()));
    if (size)
        *size = image.size();
    return image;
}
