// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "qrcodeitem.h"

#include "qrcode.h"

#include <QPainter>

QrCodeItem::QrCodeItem(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
}

void QrCodeItem::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_code = text.isEmpty() ? QImage() : QrCode::render(text, 1);
    update();
    Q_EMIT textChanged();
}

void QrCodeItem::paint(QPainter *painter)
{
    if (m_code.isNull())
        return;
    const qreal side = std::min(width(), height());
    // Whole pixels per module, so every module is the same size and the code scans.
    const int scale = std::max(1, int(side / m_code.width()));
    const int drawn = scale * m_code.width();
    const QRect target(int((width() - drawn) / 2), int((height() - drawn) / 2), drawn, drawn);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, m_code);
}
