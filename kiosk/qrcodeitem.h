// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QQuickPaintedItem>
#include <QtQml/qqmlregistration.h>

// The QR code of `text`, drawn sharp at any size (printing/'s QrCode, one pixel per module,
// scaled without smoothing): the customer's page on the check-in ticket screen.
class QrCodeItem : public QQuickPaintedItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
public:
    explicit QrCodeItem(QQuickItem *parent = nullptr);
    QString text() const { return m_text; }
    void setText(const QString &text);
    void paint(QPainter *painter) override;

Q_SIGNALS:
    void textChanged();

private:
    QString m_text;
    QImage m_code;
};
