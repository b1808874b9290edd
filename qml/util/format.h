// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

// Money, durations and times for display, in the current language's locale. QML calls it through
// the Format singleton (qml/Format.qml), which makes each call follow a language switch.
class Format : public QObject {
    Q_OBJECT
    QML_NAMED_ELEMENT(FormatCore)
    QML_SINGLETON
public:
    explicit Format(QObject *parent = nullptr)
        : QObject(parent)
    {
    }

    // 45000 THB → "฿450.00"; integer minor units in, never floating point in storage.
    Q_INVOKABLE static QString money(double minorUnits, const QString &currency);
    // "12.50" or "12,5" → 1250 minor units; -1 when it is not an amount with at most two decimals.
    Q_INVOKABLE static double parseMoney(const QString &text);
    // 95 → "1 h 35 min"
    Q_INVOKABLE static QString minutes(int minutes);
    // ISO 8601 UTC → local "14:05"
    Q_INVOKABLE static QString time(const QString &isoUtc);
    // Whole seconds from `since` to `now`; -1 when `since` is not valid.
    Q_INVOKABLE static int secondsBetween(const QDateTime &since, const QDateTime &now);
    Q_INVOKABLE static int minutesSince(const QString &isoUtc, const QDateTime &now);
    static QString currencySymbol(const QString &currency);
};

// The time screens show, ticking once a second; tests and screenshots can pin it.
class WallClock : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QDateTime now READ now NOTIFY nowChanged)
public:
    static WallClock *instance();
    static WallClock *create(QQmlEngine *, QJSEngine *);
    QDateTime now() const { return m_fixed.isValid() ? m_fixed : m_now; }
    // Stops the clock at `t` (an invalid time starts it again).
    void setFixedNow(const QDateTime &t);

Q_SIGNALS:
    void nowChanged();

private:
    // Private, so QML uses create() and shares instance() with C++ (Qt 6.4 would otherwise
    // construct one clock per engine).
    explicit WallClock(QObject *parent = nullptr);
    QDateTime m_now;
    QDateTime m_fixed;
    QTimer m_timer;
};
