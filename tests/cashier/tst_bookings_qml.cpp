// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Qt Quick Tests of the appointment book page (cashier_app/BookingsPage.qml and its dialogs) in
// tests/cashier/bookings, against a real in-process spa-server with the demo venue on the real
// clock. Context properties:
//   testServerUrl: the server;
//   testSupport:   this object, which does what another desk does over REST and reads back what
//                  the server stored: tomorrow(), today(), book(name, therapistId, date, minute),
//                  stored(id) (GET /api/bookings/{id}), storedMinute(id, date) (its start in
//                  minutes into that local date), storedTherapist(id), newCustomer(name, phone),
//                  storedLength(id, guest) (a guest's duration_minutes), setRoomCapacity(id, n).
#include "bookinglayout.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaCashierPlugin)

namespace {
QString str(const char *s)
{
    return QString::fromUtf8(s);
}
} // namespace

class Setup : public QObject {
    Q_OBJECT

public:
    Setup() = default;

    Q_INVOKABLE QString today() { return m_server->today(); }
    Q_INVOKABLE QString tomorrow()
    {
        return QDate::fromString(m_server->today(), Qt::ISODate).addDays(1).toString(Qt::ISODate);
    }

    // Another desk books `name` with a therapist at `minute` into the local `date` (Thai
    // Massage, 60 min); the booking's id, 0 when refused.
    Q_INVOKABLE qint64 book(const QString &name, qint64 therapistId, const QString &date,
                            int minute)
    {
        const HttpResult r =
            m_server->post(str("/api/bookings"),
                           { { str("customer_name"), name },
                             { str("service_ids"), QJsonArray { 1 } },
                             { str("therapist_id"), therapistId },
                             { str("start"),
                               BookingLayout::isoUtc(BookingLayout::utcAt(
                                   zone(), QDate::fromString(date, Qt::ISODate), minute)) } },
                           desk());
        if (r.status != 201)
            qWarning() << "book: refused" << r.raw;
        return qint64(r.json.value("booking").toObject().value("id").toDouble());
    }

    Q_INVOKABLE QVariantMap stored(qint64 id)
    {
        return m_server->get(str("/api/bookings/%1").arg(id), desk())
            .json.value("booking")
            .toObject()
            .toVariantMap();
    }
    Q_INVOKABLE int storedMinute(qint64 id, const QString &date)
    {
        const QString start = stored(id).value(str("start")).toString();
        return BookingLayout::minutesInto(zone(), QDate::fromString(date, Qt::ISODate),
                                          BookingLayout::parseUtc(start));
    }
    Q_INVOKABLE qint64 storedTherapist(qint64 id)
    {
        const QVariantList guests = stored(id).value(str("guests")).toList();
        return guests.isEmpty()
            ? 0
            : guests.first().toMap().value(str("therapist")).toMap().value(str("id")).toLongLong();
    }
    // The bookings stored for a local date, every status.
    Q_INVOKABLE QVariantList storedOn(const QString &date)
    {
        return m_server->get(str("/api/bookings?date=%1").arg(date), desk())
            .json.value("bookings")
            .toArray()
            .toVariantList();
    }
    // Guest `guest`'s (0 the first) stored length in minutes, 0 when there is no such guest.
    Q_INVOKABLE int storedLength(qint64 id, int guest)
    {
        const QVariantList guests = stored(id).value(str("guests")).toList();
        return guest < guests.size()
            ? guests.at(guest).toMap().value(str("duration_minutes")).toInt()
            : 0;
    }
    // The owner makes a room hold `capacity` guests at once (a couple's suite).
    Q_INVOKABLE bool setRoomCapacity(qint64 roomId, int capacity)
    {
        const QString admin = m_server->login(str("admin"), str("admin"));
        return m_server
                   ->put(str("/api/rooms/%1").arg(roomId), { { str("capacity"), capacity } }, admin)
                   .status == 200;
    }
    Q_INVOKABLE qint64 newCustomer(const QString &name, const QString &phone)
    {
        const HttpResult r = m_server->post(
            str("/api/customers"), { { str("name"), name }, { str("phone"), phone } }, desk());
        return qint64(r.json.value("customer").toObject().value("id").toDouble());
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(str("SpaSuiteTest"));
        QCoreApplication::setApplicationName(str("tst_bookings_qml"));
        QSettings().clear();
        m_server = TestServer::startOnRealClock();
        if (!m_server)
            qFatal("tst_bookings_qml: the test server did not start");
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(str("qrc:/"));
        engine->rootContext()->setContextProperty(str("testServerUrl"),
                                                  str("http://127.0.0.1:%1").arg(m_server->port()));
        engine->rootContext()->setContextProperty(str("testSupport"), this);
    }

    void cleanupTestCase()
    {
        QSettings().clear();
        m_server.reset();
    }

private:
    QTimeZone zone()
    {
        return BookingLayout::zone(
            m_server->get(str("/api/settings"), desk()).json.value("timezone").toString());
    }
    QString desk()
    {
        if (m_desk.isEmpty())
            m_desk = m_server->login(str("cashier"), str("cashier"));
        return m_desk;
    }

    std::unique_ptr<TestServer> m_server;
    QString m_desk;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_bookings_qml, Setup)
#include "tst_bookings_qml.moc"
