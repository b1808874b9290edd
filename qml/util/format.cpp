// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "format.h"

#include <QCoreApplication>
#include <QJSEngine>
#include <QLocale>
#include <QRegularExpression>

QString Format::currencySymbol(const QString &currency)
{
    if (currency == QLatin1String("THB"))
        return QStringLiteral("฿");
    if (currency == QLatin1String("IDR"))
        return QStringLiteral("Rp");
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    if (currency == QLatin1String("EUR"))
        return QStringLiteral("€");
    return currency + QLatin1Char(' ');
}

QString Format::money(double minorUnits, const QString &currency)
{
    const qint64 minor = qint64(minorUnits);
    QLocale locale;
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 abs = minor < 0 ? -minor : minor;
    // Whole units and cents formatted separately: no rounding through floating point.
    return sign + currencySymbol(currency) + locale.toString(abs / 100) + locale.decimalPoint() +
        QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

double Format::parseMoney(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,12})(?:[.,](\\d{1,2}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    QString cents = m.captured(2);
    while (cents.size() < 2)
        cents.append(QLatin1Char('0'));
    return double(m.captured(1).toLongLong() * 100 + cents.toLongLong());
}

QString Format::minutes(int minutes)
{
    if (minutes < 60)
        return QCoreApplication::translate("Format", "%n min", nullptr, minutes);
    const int h = minutes / 60, m = minutes % 60;
    if (m == 0)
        return QCoreApplication::translate("Format", "%n h", nullptr, h);
    return QCoreApplication::translate("Format", "%1 h %2 min").arg(h).arg(m);
}

QString Format::time(const QString &isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    if (!t.isValid())
        return QString();
    return QLocale().toString(t.toLocalTime().time(), QStringLiteral("HH:mm"));
}

int Format::secondsBetween(const QDateTime &since, const QDateTime &now)
{
    if (!since.isValid() || !now.isValid())
        return -1;
    return int(std::max<qint64>(0, since.secsTo(now)));
}

int Format::minutesSince(const QString &isoUtc, const QDateTime &now)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODateWithMs);
    const int s = secondsBetween(t, now);
    return s < 0 ? -1 : s / 60;
}

WallClock::WallClock(QObject *parent)
    : QObject(parent)
    , m_now(QDateTime::currentDateTimeUtc())
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_now = QDateTime::currentDateTimeUtc();
        if (!m_fixed.isValid())
            Q_EMIT nowChanged();
    });
    m_timer.start();
}

WallClock *WallClock::instance()
{
    static WallClock *clock = new WallClock(QCoreApplication::instance());
    return clock;
}

WallClock *WallClock::create(QQmlEngine *, QJSEngine *)
{
    WallClock *c = instance();
    QJSEngine::setObjectOwnership(c, QJSEngine::CppOwnership);
    return c;
}

void WallClock::setFixedNow(const QDateTime &t)
{
    m_fixed = t;
    Q_EMIT nowChanged();
}
