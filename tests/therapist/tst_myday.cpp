// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The tablet's "my day" (therapist_app/mydaymodel.h, MyDayPanel.qml, NextBookingStrip.qml)
// against a real in-process server over a real socket, the model under QAbstractItemModelTester:
// the desk books Anna a guest, gives her a walk-in, she serves it, the guest arrives; each change
// reaches the tablet, in time order with the next one marked. Then the real window: "My day" from
// the header and from the next-booking line, in English, Thai and Indonesian, portrait and
// landscape, every line whole.
#include "appoptions.h"
#include "format.h"
#include "language.h"
#include "mainwindow.h"
#include "mydaymodel.h"
#include "testserver.h"
#include "therapiststate.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaTherapistPlugin)

namespace {
constexpr qint64 kAnna = 3;

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QVariant field(MyDayModel *m, int row, const char *key)
{
    return m->get(row).value(QLatin1String(key));
}

// The server's now plus `minutes`, on a quarter hour (a booking's start).
QString startIn(TestServer &server, int minutes)
{
    QDateTime t = server.clock.now().addSecs(qint64(minutes) * 60);
    t.setTime(QTime(t.time().hour(), t.time().minute() / 15 * 15));
    return isoUtc(t);
}

QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root || root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

void visitItems(QQuickItem *root, const std::function<void(QQuickItem *)> &f)
{
    if (!root || !root->isVisible())
        return;
    f(root);
    for (QQuickItem *child : root->childItems())
        visitItems(child, f);
}

qint64 idIn(const HttpResult &r, const char *object)
{
    return qint64(
        r.json.value(QLatin1String(object)).toObject().value(QLatin1String("id")).toDouble());
}
} // namespace

class TestMyDay : public QObject {
    Q_OBJECT

private:
    struct Venue {
        std::unique_ptr<TestServer> server;
        QString desk;
        qint64 booking = 0;
    };
    // A demo server on the real clock with Somchai's record (care notes) booked with Anna in
    // two hours.
    static Venue bookedVenue()
    {
        Venue v;
        v.server = TestServer::startOnRealClock();
        if (!v.server)
            return v;
        v.desk = v.server->login(str("cashier"), str("cashier"));
        const HttpResult c = v.server->post(str("/api/customers"),
                                            { { str("name"), str("Somchai Kaewkla") },
                                              { str("phone"), str("0812345678") },
                                              { str("language"), str("th") },
                                              { str("notes"), str("firm pressure") },
                                              { str("health_notes"), str("sore left knee") } },
                                            v.desk);
        const HttpResult b = v.server->post(str("/api/bookings"),
                                            { { str("customer_id"), idIn(c, "customer") },
                                              { str("service_ids"), QJsonArray { 1 } },
                                              { str("therapist_id"), kAnna },
                                              { str("start"), startIn(*v.server, 120) } },
                                            v.desk);
        if (b.status != 201)
            qWarning() << "booking refused" << b.raw;
        v.booking = idIn(b, "booking");
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(str("SpaSuiteTest"));
        QCoreApplication::setApplicationName(str("tst_myday"));
        QSettings().clear();
    }

    void cleanup()
    {
        if (Language::instance()->current() != QLatin1String("en"))
            Language::instance()->setCurrent(str("en"));
    }

    void followsTheDesk()
    {
        Venue v = bookedVenue();
        QVERIFY(v.server && v.booking > 0);
        TestServer &server = *v.server;
        TherapistState state;
        state.setIdleLockSeconds(0);
        QAbstractItemModelTester tester(state.myDay(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        state.setServerUrl(server.url(QString()));
        state.signIn(kAnna, str("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(state.hasState(), 5000);
        MyDayModel *day = state.myDay();

        // The booking, with the guest's care notes, is the next thing to get ready for.
        QTRY_COMPARE_WITH_TIMEOUT(day->count(), 1, 3000);
        QCOMPARE(field(day, 0, "kind").toString(), str("booking"));
        QCOMPARE(field(day, 0, "first_name").toString(), str("Somchai"));
        QCOMPARE(field(day, 0, "services").toString(), str("Thai Massage"));
        QCOMPARE(field(day, 0, "duration_min").toInt(), 60);
        QCOMPARE(field(day, 0, "status").toString(), str("booked"));
        QCOMPARE(field(day, 0, "notes").toString(), str("firm pressure"));
        QCOMPARE(field(day, 0, "health_notes").toString(), str("sore left knee"));
        QCOMPARE(field(day, 0, "language").toString(), str("th"));
        QVERIFY(!field(day, 0, "room").toString().isEmpty());
        QVERIFY(field(day, 0, "is_next").toBool());
        QCOMPARE(day->nextRow(), 0);
        QCOMPARE(day->nextBooking().value(str("first_name")).toString(), str("Somchai"));
        QCOMPARE(day->nextBooking().value(str("services")).toString(), str("Thai Massage"));
        QCOMPARE(day->nextBooking().value(str("duration_min")).toInt(), 60);
        QCOMPARE(day->nextBooking().value(str("time")).toString(),
                 Format::time(field(day, 0, "start").toString()));

        // A walk-in given to Anna comes before it (checked in now) and is next: she is waiting.
        const HttpResult walkIn = server.post(str("/api/visits"),
                                              { { str("customer_name"), str("Ploy Srisai") },
                                                { str("service_ids"), QJsonArray { 5 } },
                                                { str("therapist_id"), kAnna } },
                                              v.desk);
        QCOMPARE(walkIn.status, 201);
        const qint64 walkInId = idIn(walkIn, "visit");
        QTRY_COMPARE_WITH_TIMEOUT(day->count(), 2, 3000);
        QCOMPARE(field(day, 0, "kind").toString(), str("walkin"));
        QCOMPARE(field(day, 0, "first_name").toString(), str("Ploy"));
        QCOMPARE(field(day, 0, "status").toString(), str("assigned"));
        QVERIFY(!field(day, 0, "ticket").toString().isEmpty());
        QCOMPARE(day->nextRow(), 0);
        QVERIFY(!field(day, 1, "is_next").toBool());

        // Served: done, and the booking is next again.
        QCOMPARE(server.post(str("/api/visits/%1/start").arg(walkInId), {}, v.desk).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(field(day, 0, "status").toString(), str("in_service"), 3000);
        QCOMPARE(server.post(str("/api/visits/%1/complete").arg(walkInId), {}, v.desk).status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(field(day, 0, "status").toString(), str("done"), 3000);
        QCOMPARE(day->count(), 2);
        QCOMPARE(day->nextRow(), 1);
        QVERIFY(field(day, 1, "is_next").toBool());

        // The guest arrives early: still one row, now the visit's (assigned to Anna, a ticket),
        // and no booking is coming any more.
        QCOMPARE(server.post(str("/api/bookings/%1/arrive").arg(v.booking), {}, v.desk).status,
                 200);
        QTRY_COMPARE_WITH_TIMEOUT(field(day, 1, "status").toString(), str("assigned"), 3000);
        QCOMPARE(day->count(), 2);
        QCOMPARE(field(day, 1, "kind").toString(), str("booking"));
        QVERIFY(!field(day, 1, "ticket").toString().isEmpty());
        QCOMPARE(field(day, 1, "health_notes").toString(), str("sore left knee"));
        QTRY_VERIFY_WITH_TIMEOUT(day->nextBooking().isEmpty(), 3000);
        QCOMPARE(day->nextRow(), 1);

        // The desk books her another guest for later: it joins the day, last.
        const HttpResult later = server.post(str("/api/bookings"),
                                             { { str("customer_name"), str("Wanida Sukprasert") },
                                               { str("service_ids"), QJsonArray { 3 } },
                                               { str("therapist_id"), kAnna },
                                               { str("start"), startIn(server, 240) } },
                                             v.desk);
        QCOMPARE(later.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(day->count(), 3, 3000);
        QCOMPARE(field(day, 2, "first_name").toString(), str("Wanida"));
        QCOMPARE(field(day, 2, "status").toString(), str("booked"));
        QCOMPARE(field(day, 2, "health_notes").toString(), QString()); // no record, no notes
        QCOMPARE(day->nextRow(), 1); // the arrived guest waiting for her comes first
        QCOMPARE(day->nextBooking().value(str("first_name")).toString(), str("Wanida"));

        // Signed out: the day goes with the session.
        state.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(day->count(), 0, 3000);
        QVERIFY(day->nextBooking().isEmpty());
    }

    void firstName_data()
    {
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("first");
        QTest::newRow("two") << str("Somchai Jaidee") << str("Somchai");
        QTest::newRow("one") << str("Ploy") << str("Ploy");
        QTest::newRow("spaces") << str("  Mali  Srisuk ") << str("Mali");
        QTest::newRow("empty") << QString() << QString();
    }
    void firstName()
    {
        QFETCH(QString, full);
        QFETCH(QString, first);
        QCOMPARE(MyDayModel::firstName(full), first);
    }

    void windowShowsMyDayWhole_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const char *lang : { "en", "th", "id" }) {
            QTest::newRow(qPrintable(str(lang) + str(" portrait")))
                << str(lang) << QSize(800, 1280);
            QTest::newRow(qPrintable(str(lang) + str(" landscape")))
                << str(lang) << QSize(1280, 800);
        }
    }
    void windowShowsMyDayWhole()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        Venue v = bookedVenue();
        QVERIFY(v.server && v.booking > 0);
        QVERIFY(Language::instance()->setCurrent(language));
        TherapistState state;
        state.setIdleLockSeconds(0);
        state.setServerUrl(v.server->url(QString()));
        state.signIn(kAnna, str("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(state.hasState() && state.myDay()->count() == 1, 5000);

        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = size;
        QQuickWindow *window =
            loadMainWindow(engine, QStringLiteral("SpaTherapist"), &state, options);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *root = window->contentItem();

        // The main screen names the next booking; a tap on it opens my day.
        QQuickItem *next = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (next = findItem(root, str("nextBookingText"))) && next->isVisible(), 3000);
        const QString line = next->property("text").toString();
        QVERIFY2(line.contains(str("Somchai")), qPrintable(line));
        QVERIFY2(line.contains(state.myDay()->nextBooking().value(str("time")).toString()),
                 qPrintable(line));
        QVERIFY2(!next->property("truncated").toBool(), qPrintable(line));
        QQuickItem *panel = findItem(root, str("myDayPanel"));
        QVERIFY(panel && !panel->isVisible());
        QQuickItem *strip = findItem(root, str("nextBooking"));
        QTest::mouseClick(
            window, Qt::LeftButton, {},
            strip->mapToScene(QPointF(strip->width() / 2, strip->height() / 2)).toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 3000);

        // The row: name, services, care notes, all whole, inside the window.
        QQuickItem *row = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((row = findItem(panel, str("myDayRow_0"))) && row->height() > 0,
                                 3000);
        // Once laid out (a row's lines settle after the frame it appears in).
        QStringList shown, cut;
        const auto read = [&] {
            shown.clear();
            cut.clear();
            visitItems(row, [&](QQuickItem *i) {
                if (!i->inherits("QQuickText"))
                    return;
                const QString text = i->property("text").toString();
                shown.append(text);
                const QRectF r = i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
                if (i->property("truncated").toBool() || r.right() > window->width() + 0.5)
                    cut.append(text);
            });
            return cut.isEmpty();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(read(), qPrintable(cut.join(QLatin1Char('|'))), 3000);
        const QString all = shown.join(QLatin1Char('|'));
        QVERIFY2(all.contains(str("Somchai")), qPrintable(all));
        QVERIFY2(all.contains(str("sore left knee")), qPrintable(all));
        QVERIFY2(all.contains(str("firm pressure")), qPrintable(all));
        QVERIFY2(!all.contains(str("Kaewkla")), qPrintable(all)); // first names only

        // The header's button goes back to the queue.
        QQuickItem *button = findItem(root, str("myDayButton"));
        QVERIFY(button);
        QTest::mouseClick(
            window, Qt::LeftButton, {},
            button->mapToScene(QPointF(button->width() / 2, button->height() / 2)).toPoint());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isVisible(), 3000);
    }
};

QTEST_MAIN(TestMyDay)
#include "tst_myday.moc"
