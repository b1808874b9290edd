// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFont>
#include <QImage>
#include <QList>
#include <QString>

// A printed slip, laid out top to bottom at the paper's dot width (203 dpi: 8 dots a mm) and drawn
// with QPainter, so every script the fonts have prints (Thai through fonts-thai-tlwg). Lines wrap
// at word boundaries, never cut; a two-column line keeps its amount whole on the right.
class Slip {
public:
    enum class Align { Left, Center, Right };

    explicit Slip(int widthDots);

    void text(const QString &line, int pixelSize = 24, bool bold = false,
              Align align = Align::Left);
    // Label on the left, value on the right (an amount, a time), the label wrapping if long.
    void pair(const QString &label, const QString &value, int pixelSize = 24, bool bold = false);
    void rule(); // a thin line across
    void space(int dots);
    void image(const QImage &picture, Align align = Align::Center);

    int width() const { return m_width; }
    // White paper, black ink, as tall as what was added (plus a margin).
    QImage render() const;

private:
    struct Item {
        enum Kind { Text, Pair, Rule, Space, Picture } kind;
        QString text;
        QString value;
        int size = 24;
        bool bold = false;
        Align align = Align::Left;
        QImage picture;
        int height = 0;
    };
    QFont font(int pixelSize, bool bold) const;
    int measure(Item &item) const;
    void draw(class QPainter &p, const Item &item, int y) const;

    int m_width;
    int m_margin;
    QList<Item> m_items;
};
