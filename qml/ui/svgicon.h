// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

// One of the suite's icons (qml/icons/*.svg, GNOME's Adwaita symbolic set) drawn in one colour.
// The shapes are used as a mask and filled with `color`, so the same file serves dark text on a
// card and white on a green button without a copy per colour (Qt 6.4 has no colour effect in
// Qt Quick itself). `name` is the file's base name: "list-add", "avatar-default", ...
class SvgIcon : public QQuickPaintedItem {
    Q_OBJECT
    QML_NAMED_ELEMENT(Icon)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY nameChanged)
    Q_PROPERTY(QColor color READ color WRITE setColor NOTIFY colorChanged)
    // False for a name with no icon file (a typo shows as nothing, and tests can see it).
    Q_PROPERTY(bool valid READ valid NOTIFY nameChanged)

public:
    explicit SvgIcon(QQuickItem *parent = nullptr);

    QString name() const { return m_name; }
    void setName(const QString &name);
    QColor color() const { return m_color; }
    void setColor(const QColor &color);
    bool valid() const;

    void paint(QPainter *painter) override;

    // The resource path of an icon, for C++ callers and the tests.
    static QString path(const QString &name);

Q_SIGNALS:
    void nameChanged();
    void colorChanged();

private:
    QString m_name;
    QColor m_color = Qt::black;
};
