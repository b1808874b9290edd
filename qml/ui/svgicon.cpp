// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "svgicon.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QQuickWindow>
#include <QSvgRenderer>

SvgIcon::SvgIcon(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setImplicitSize(20, 20);
    setAntialiasing(true);
    // An icon says nothing a screen reader needs: its button or label carries the words.
    setAcceptedMouseButtons(Qt::NoButton);
}

QString SvgIcon::path(const QString &name)
{
    return QStringLiteral(":/Spa/icons/%1.svg").arg(name);
}

void SvgIcon::setName(const QString &name)
{
    if (name == m_name)
        return;
    m_name = name;
    Q_EMIT nameChanged();
    update();
}

void SvgIcon::setColor(const QColor &color)
{
    if (color == m_color)
        return;
    m_color = color;
    Q_EMIT colorChanged();
    update();
}

bool SvgIcon::valid() const
{
    return !m_name.isEmpty() && QFile::exists(path(m_name));
}

void SvgIcon::paint(QPainter *painter)
{
    if (!valid())
        return;
    QSvgRenderer renderer(path(m_name));
    if (!renderer.isValid())
        return;
    // Rendered at the device pixel size into a mask, then filled with the colour where the
    // shapes are: the file's own colours (grey, one red dot) do not show.
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize px = (QSizeF(width(), height()) * dpr).toSize();
    if (px.isEmpty())
        return;
    QImage image(px, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing);
        renderer.render(&p);
        p.setCompositionMode(QPainter::CompositionMode_SourceIn);
        p.fillRect(image.rect(), m_color);
    }
    image.setDevicePixelRatio(dpr);
    painter->drawImage(QRectF(0, 0, width(), height()), image);
}
