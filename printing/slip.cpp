// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "slip.h"

#include <QFontMetrics>
#include <QPainter>
#include <QTextOption>

Slip::Slip(int widthDots)
    : m_width(widthDots)
    , m_margin(widthDots >= 500 ? 16 : 8)
{
}

QFont Slip::font(int pixelSize, bool bold) const
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    // Thermal dots are on or off: hinting and no antialiasing keep strokes whole after the 1-bit
    // threshold.
    f.setStyleStrategy(QFont::NoAntialias);
    f.setHintingPreference(QFont::PreferFullHinting);
    return f;
}

void Slip::text(const QString &line, int pixelSize, bool bold, Align align)
{
    Item i { Item::Text };
    i.text = line;
    i.size = pixelSize;
    i.bold = bold;
    i.align = align;
    m_items << i;
}

void Slip::pair(const QString &label, const QString &value, int pixelSize, bool bold)
{
    Item i { Item::Pair };
    i.text = label;
    i.value = value;
    i.size = pixelSize;
    i.bold = bold;
    m_items << i;
}

void Slip::rule()
{
    m_items << Item { Item::Rule };
}

void Slip::space(int dots)
{
    Item i { Item::Space };
    i.height = dots;
    m_items << i;
}

void Slip::image(const QImage &picture, Align align)
{
    Item i { Item::Picture };
    i.picture = picture.width() > m_width - 2 * m_margin
        ? picture.scaledToWidth(m_width - 2 * m_margin, Qt::FastTransformation)
        : picture;
    i.align = align;
    m_items << i;
}

int Slip::measure(Item &item) const
{
    const int inner = m_width - 2 * m_margin;
    switch (item.kind) {
    case Item::Text: {
        const QFontMetrics fm(font(item.size, item.bold));
        return fm.boundingRect(QRect(0, 0, inner, 100000), Qt::TextWordWrap, item.text).height() +
            item.size / 4;
    }
    case Item::Pair: {
        const QFontMetrics fm(font(item.size, item.bold));
        const int valueWidth = fm.horizontalAdvance(item.value) + item.size / 2;
        return fm.boundingRect(QRect(0, 0, inner - valueWidth, 100000), Qt::TextWordWrap, item.text)
                   .height() +
            item.size / 4;
    }
    case Item::Rule:
        return 14;
    case Item::Space:
        return item.height;
    case Item::Picture:
        return item.picture.height() + 8;
    }
    return 0;
}

void Slip::draw(QPainter &p, const Item &item, int y) const
{
    const int inner = m_width - 2 * m_margin;
    const auto flags = [](Align a) {
        return a == Align::Center ? Qt::AlignHCenter
            : a == Align::Right   ? Qt::AlignRight
                                  : Qt::AlignLeft;
    };
    switch (item.kind) {
    case Item::Text:
        p.setFont(font(item.size, item.bold));
        p.drawText(QRect(m_margin, y, inner, item.height),
                   int(flags(item.align)) | Qt::TextWordWrap, item.text);
        break;
    case Item::Pair: {
        p.setFont(font(item.size, item.bold));
        const int valueWidth = p.fontMetrics().horizontalAdvance(item.value) + item.size / 2;
        p.drawText(QRect(m_margin, y, inner - valueWidth, item.height), Qt::TextWordWrap,
                   item.text);
        p.drawText(QRect(m_margin, y, inner, item.height), Qt::AlignRight | Qt::AlignTop,
                   item.value);
        break;
    }
    case Item::Rule:
        p.fillRect(QRect(m_margin, y + 6, inner, 2), Qt::black);
        break;
    case Item::Space:
        break;
    case Item::Picture: {
        const int x = item.align == Align::Center ? (m_width - item.picture.width()) / 2
            : item.align == Align::Right          ? m_width - m_margin - item.picture.width()
                                                  : m_margin;
        p.drawImage(x, y + 4, item.picture);
        break;
    }
    }
}

QImage Slip::render() const
{
    QList<Item> items = m_items;
    int height = m_margin;
    for (Item &i : items) {
        i.height = measure(i);
        height += i.height;
    }
    height += m_margin;
    QImage out(m_width, height, QImage::Format_Grayscale8);
    out.fill(255);
    QPainter p(&out);
    p.setPen(Qt::black);
    int y = m_margin;
    for (const Item &i : std::as_const(items)) {
        draw(p, i, y);
        y += i.height;
    }
    return out;
}
