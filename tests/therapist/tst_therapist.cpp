// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The therapist tablet's state (therapist_app/therapiststate.h) against a real in-process server
// with the demo venue, its models under QAbstractItemModelTester: PIN sign-in (and the server's
// refusal of a wrong one), the live queue, call (the customer is told within a second), start,
// complete (the visit goes to the desk's payment list), status, the idle lock and unlock, a
// restored session, a revoked token; the app's own options; and Main.qml's activity watcher.
#include "appoptions.h"
#include "format.h"
#include "language.h"
#include "mainwindow.h"
#include "testserver.h"
#include "therapistoptions.h"
#include "therapiststate.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <functional>
#include <memory>
#include <vector>

Q_IMPORT_QML_PLUGIN(SpaPlugin)
Q_IMPORT_QML_PLUGIN(SpaTherapistPlugin)

namespace {

// Anna, Budi, Chai and Dewi (on break) of the demo venue.
constexpr qint64 kAnna = 3;
constexpr qint64 kBudi = 4;

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

// The state with its models watched by QAbstractItemModelTester for as long as it lives.
struct Tablet {
    explicit Tablet(const QUrl &url)
    {
        state.client()->setMaxBackoffMs(300);
        state.setIdleLockSeconds(0);
        state.setServerUrl(url);
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *> {
                 state.roster(), state.queue(), state.upNext(), state.turnOrder() })
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                m, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    TherapistState state;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
};

// By object name through the visual tree (a Repeater's delegates are not QObject children).
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

// Every visible Text under `root`.
QList<QQuickItem *> textsUnder(QQuickItem *root)
{
    QList<QQuickItem *> out;
    visitItems(root, [&](QQuickItem *i) {
        if (i->inherits("QQuickText"))
            out.append(i);
    });
    return out;
}

QRectF sceneRect(QQuickItem *i)
{
    return i->mapRectToScene(QRectF(0, 0, i->width(), i->height()));
}

QString rectText(const QRectF &r)
{
    return QStringLiteral("(%1,%2 %3x%4)").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

QVariant field(JsonListModel *m, int row, const char *key)
{
    return m->get(row).value(QLatin1String(key));
}

} // namespace

class TestTherapist : public QObject {
    Q_OBJECT

private:
    // Signs Anna in and waits for her first view.
    static bool signInAnna(TherapistState &state)
    {
        state.signIn(kAnna, str("1111"));
        return QTest::qWaitFor([&] { return state.signedIn() && state.hasState(); }, 5000);
    }

    static qint64 checkIn(TestServer &server, const QString &token, const QString &name,
                          qint64 therapist, const QString &notes = QString(),
                          QString *code = nullptr)
    {
        QJsonObject body { { str("customer_name"), name },
                           { str("service_ids"), QJsonArray { 1 } } };
        if (therapist > 0)
            body.insert(str("therapist_id"), therapist);
        if (!notes.isEmpty())
            body.insert(str("notes"), notes);
        const HttpResult r = server.post(str("/api/visits"), body, token);
        if (r.status != 201) {
            qWarning() << "check-in failed" << r.raw;
            return 0;
        }
        const QJsonObject visit = r.json.value(QLatin1String("visit")).toObject();
        if (code)
            *code = visit.value(QLatin1String("code")).toString();
        return qint64(visit.value(QLatin1String("id")).toDouble());
    }

    static QString visitStatus(TestServer &server, const QString &token, qint64 id)
    {
        // The desk's list: every open visit.
        const HttpResult r = server.get(str("/api/visits"), token);
        for (const QJsonValue &v : r.json.value(QLatin1String("visits")).toArray())
            if (qint64(v.toObject().value(QLatin1String("id")).toDouble()) == id)
                return v.toObject().value(QLatin1String("status")).toString();
        return QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(str("SpaSuiteTest"));
        QCoreApplication::setApplicationName(str("tst_therapist"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        QSettings().clear(); // no session, idle time or name left by the test before
        WallClock::instance()->setFixedNow(QDateTime());
    }

    void cleanup()
    {
        if (Language::instance()->current() != QLatin1String("en"))
            Language::instance()->setCurrent(str("en"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void rosterAndPinSignIn()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;

        QTRY_VERIFY_WITH_TIMEOUT(state.rosterLoaded(), 5000);
        QCOMPARE(state.roster()->count(), 4);
        QCOMPARE(field(state.roster(), 0, "name").toString(), str("Anna"));
        QCOMPARE(field(state.roster(), 0, "id").toInt(), 3);
        QVERIFY(!state.signedIn());
        QCOMPARE(state.client()->status(), SocketClient::Offline);

        // A wrong PIN: refused, and the refusal is shown.
        QSignalSpy failed(&state, &TherapistState::failed);
        state.signIn(kAnna, str("9999"));
        QVERIFY(state.busy());
        QCOMPARE(state.busyAction(), str("signIn"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy(), 5000);
        QVERIFY(!state.signedIn());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), str("signIn"));
        QVERIFY(!state.error().isEmpty());
        QCOMPARE(failed.at(0).at(1).toString(), state.error());

        // The right one.
        QVERIFY(signInAnna(state));
        QVERIFY(state.error().isEmpty());
        QCOMPARE(state.staffId(), kAnna);
        QCOMPARE(state.staffName(), str("Anna"));
        QCOMPARE(state.session()->role(), str("therapist"));
        QCOMPARE(state.lastStaffId(), kAnna);
        QCOMPARE(QSettings().value(str("therapist/lastStaffId")).toLongLong(), kAnna);
        QCOMPARE(state.client()->status(), SocketClient::Connected);
        QCOMPARE(state.status(), str("available"));
        QVERIFY(state.canChangeStatus());
        QCOMPARE(state.queue()->count(), 0);
        QVERIFY(state.current().isEmpty());
        QVERIFY(!state.canCall() && !state.canStart() && !state.canComplete());
        // The turn order: the three available therapists and Dewi, on break with her turn kept.
        QCOMPARE(state.turnOrder()->count(), 4);
        QVERIFY(state.turnOrder()->indexOfId(kAnna) >= 0);
        QVERIFY(state.turnPosition() >= 1);
        QCOMPARE(
            field(state.turnOrder(), state.turnOrder()->indexOfId(kAnna), "turn_position").toInt(),
            state.turnPosition());
        QCOMPARE(state.servedToday(), 0);
        QCOMPARE(state.currency(), str("THB"));
        QCOMPARE(state.roster()->count(), 0); // names are for the next sign-in
    }

    void queueCallStartComplete()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));
        const int before = state.turnPosition();
        QVERIFY(before >= 1);

        // The desk assigns a customer to Anna: it shows at once, with the actions it allows.
        QString code;
        const qint64 first =
            checkIn(*server, desk, str("Mali Srisuk"), kAnna, str("firm pressure"), &code);
        QVERIFY(first > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state.queue()->count(), 1, 3000);
        QCOMPARE(state.current().value(str("id")).toLongLong(), first);
        QCOMPARE(state.current().value(str("customer_name")).toString(), str("Mali Srisuk"));
        QCOMPARE(state.current().value(str("notes")).toString(), str("firm pressure"));
        QCOMPARE(state.current().value(str("status")).toString(), str("assigned"));
        QVERIFY(
            !state.current().value(str("room")).toMap().value(str("name")).toString().isEmpty());
        QCOMPARE(state.current()
                     .value(str("services"))
                     .toList()
                     .first()
                     .toMap()
                     .value(str("name"))
                     .toString(),
                 str("Thai Massage"));
        QCOMPARE(state.upNext()->count(), 0);
        QVERIFY(state.canCall());
        QVERIFY(state.canStart());
        QVERIFY(!state.canComplete());
        QVERIFY(!state.inService());
        QCOMPARE(state.elapsedSeconds(), -1);
        QCOMPARE(state.turnPosition(), 0); // a therapist with a customer is out of the turn order

        // The customer's page: a Socket.IO client with the ticket's code.
        SocketClient customer;
        customer.setServerUrl(server->url(QString()));
        customer.setToken(code);
        QSignalSpy customerEvents(&customer, &SocketClient::eventReceived);
        customer.open();
        QTRY_COMPARE_WITH_TIMEOUT(customer.status(), SocketClient::Connected, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!customerEvents.isEmpty(), 3000);
        customerEvents.clear();

        // Call: the customer is told within a second.
        const auto told = [&] {
            for (const QList<QVariant> &e : customerEvents)
                if (e.at(0).toString() == str("customer_called"))
                    return true;
            return false;
        };
        QElapsedTimer clock;
        clock.start();
        state.call(first);
        QVERIFY(state.busy());
        QCOMPARE(state.busyAction(), str("call"));
        QVERIFY(!state.canCall()); // one command at a time
        QTRY_VERIFY_WITH_TIMEOUT(told(), 1000);
        QVERIFY2(clock.elapsed() < 1000, qPrintable(QString::number(clock.elapsed())));
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy(), 3000);
        QVERIFY(state.error().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!state.current().value(str("called_at")).toString().isEmpty(),
                                 3000);
        QCOMPARE(state.current().value(str("status")).toString(),
                 str("assigned")); // a call changes no state

        // Start: in service, the timer runs from started_at for the service's 60 minutes.
        state.start(first);
        QCOMPARE(state.busyAction(), str("start"));
        QTRY_VERIFY_WITH_TIMEOUT(state.inService(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), str("busy"), 3000);
        QVERIFY(!state.canChangeStatus());
        QVERIFY(!state.canCall() && !state.canStart());
        QTRY_VERIFY(state.canComplete());
        QVERIFY(state.elapsedSeconds() >= 0);
        QVERIFY(state.elapsedSeconds() < 30);
        QCOMPARE(state.elapsedSeconds() + state.remainingSeconds(), 3600);

        // A second customer for Anna waits behind the one on the table.
        const qint64 second = checkIn(*server, desk, str("Ploy Srisai"), kAnna);
        QTRY_COMPARE_WITH_TIMEOUT(state.queue()->count(), 2, 3000);
        QCOMPARE(state.current().value(str("id")).toLongLong(), first);
        QCOMPARE(state.upNext()->count(), 1);
        QCOMPARE(field(state.upNext(), 0, "id").toLongLong(), second);
        QCOMPARE(field(state.queue(), 1, "id").toLongLong(), second);

        // Complete: the visit leaves the queue and waits for payment on the desk's list.
        SocketClient cashier;
        cashier.setServerUrl(server->url(QString()));
        cashier.setToken(desk);
        QJsonObject cashierView;
        connect(&cashier, &SocketClient::eventReceived, this,
                [&](const QString &name, const QJsonObject &payload) {
                    if (name == str("cashier_queue_updated"))
                        cashierView = payload;
                });
        cashier.open();
        QTRY_VERIFY_WITH_TIMEOUT(!cashierView.isEmpty(), 5000);

        state.complete(first);
        QCOMPARE(state.busyAction(), str("complete"));
        QTRY_COMPARE_WITH_TIMEOUT(state.queue()->count(), 1, 3000);
        QCOMPARE(state.current().value(str("id")).toLongLong(), second);
        QCOMPARE(state.upNext()->count(), 0);
        QVERIFY(!state.inService());
        QCOMPARE(state.elapsedSeconds(), -1);
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), str("available"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(state.servedToday(), 1, 3000);
        QCOMPARE(state.minutesToday(), 0); // worked, not booked: seconds, here
        QCOMPARE(visitStatus(*server, desk, first), str("awaiting_payment"));
        const auto onDeskList = [&] {
            for (const QJsonValue &v : cashierView.value(QLatin1String("visits")).toArray())
                if (qint64(v.toObject().value(QLatin1String("id")).toDouble()) == first)
                    return v.toObject().value(QLatin1String("status")).toString() ==
                        str("awaiting_payment");
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(onDeskList(), 3000);
        QVERIFY(state.error().isEmpty());

        // The tip the desk takes shows in today's totals.
        const HttpResult pay = server->post(str("/api/visits/%1/payments").arg(first),
                                            { { str("method"), str("card") },
                                              { str("amount"), 45000 },
                                              { str("tip"), 5000 },
                                              { str("idempotency_key"), str("tst-therapist-1") } },
                                            desk);
        QCOMPARE(pay.status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(state.tipsToday(), 5000.0, 3000);
    }

    void refusalsShowTheServersMessage()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));

        // Complete before start: the server names the visit's state.
        const qint64 mine = checkIn(*server, desk, str("Nok Wongsa"), kAnna);
        QTRY_COMPARE_WITH_TIMEOUT(state.queue()->count(), 1, 3000);
        QSignalSpy failed(&state, &TherapistState::failed);
        state.complete(mine);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 3000);
        QCOMPARE(failed.at(0).at(0).toString(), str("complete"));
        QVERIFY2(state.error().contains(str("assigned")), qPrintable(state.error()));
        QVERIFY(!state.busy());

        // Another therapist's visit: forbidden, in the server's words.
        const qint64 budis = checkIn(*server, desk, str("Ari Putra"), kBudi);
        state.call(budis);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 3000);
        QCOMPARE(failed.at(1).at(0).toString(), str("call"));
        QVERIFY(!state.error().isEmpty());
        QVERIFY(state.error() != failed.at(0).at(1).toString());

        // A new intent clears the old message; dismissing does too.
        state.call(mine);
        QVERIFY(state.error().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy(), 3000);
        QVERIFY(state.error().isEmpty());
        state.start(budis);
        QTRY_VERIFY_WITH_TIMEOUT(!state.error().isEmpty(), 3000);
        state.clearError();
        QVERIFY(state.error().isEmpty());

        // Offline: said so, not dropped.
        server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(state.client()->status() != SocketClient::Connected, 5000);
        state.setStatus(str("on_break"));
        QVERIFY(!state.busy());
        QVERIFY(!state.error().isEmpty());
        QCOMPARE(failed.last().at(0).toString(), str("status"));
        QVERIFY(state.signedIn()); // the session outlives the connection
    }

    void statusChanges()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));
        QVERIFY(state.turnPosition() >= 1);
        const auto serverStatus = [&] {
            for (const QJsonValue &v : server->get(str("/api/therapists"), desk)
                                           .json.value(QLatin1String("therapists"))
                                           .toArray())
                if (qint64(v.toObject().value(QLatin1String("id")).toDouble()) == kAnna)
                    return v.toObject().value(QLatin1String("status")).toString();
            return QString();
        };

        QSignalSpy me(&state, &TherapistState::meChanged);
        state.setStatus(str("on_break"));
        QCOMPARE(state.busyAction(), str("status"));
        QVERIFY(!state.canChangeStatus() || state.busy());
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), str("on_break"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy(), 3000);
        QVERIFY(!me.isEmpty());
        QCOMPARE(serverStatus(), str("on_break"));
        QTRY_COMPARE_WITH_TIMEOUT(state.turnPosition(), 0, 3000);
        // Her turn is kept: she stays in the list, marked on break, without a number.
        QTRY_COMPARE_WITH_TIMEOUT(
            field(state.turnOrder(), state.turnOrder()->indexOfId(kAnna), "status").toString(),
            str("on_break"), 3000);

        state.setStatus(str("off"));
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), str("off"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy(), 3000);
        QCOMPARE(serverStatus(), str("off"));
        QTRY_COMPARE_WITH_TIMEOUT(state.turnOrder()->indexOfId(kAnna), -1, 3000); // off shift: out

        // Back on shift: at the back of the turn order (a minute later than the others' turns, so
        // it is not a tie the lower id wins).
        server->clock.advanceSecs(60);
        state.setStatus(str("available"));
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), str("available"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(state.turnPosition(), 3, 3000);
        QCOMPARE(state.turnOrder()->count(), 4); // Dewi's kept turn, on break, is older than Anna's
        QCOMPARE(field(state.turnOrder(), 3, "id").toLongLong(), kAnna);

        // A status the server does not take: its message, the status unchanged.
        state.setStatus(str("busy"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.error().isEmpty(), 3000);
        QCOMPARE(state.status(), str("available"));
        QVERIFY(state.error().contains(str("status")));
    }

    // Issue 21 #10: "Worked" added the booked durations (1 h after a service of seconds), not the
    // time worked from started_at to completed_at.
    void issue21_10_workedIsTheTimeWorked()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));

        // A 60-minute Thai Massage ended after 20 minutes, and a second one after 35.
        const qint64 first = checkIn(*server, desk, str("Mali Srisuk"), kAnna);
        QTRY_VERIFY_WITH_TIMEOUT(state.canStart(), 3000);
        state.start(first);
        QTRY_VERIFY_WITH_TIMEOUT(state.canComplete(), 3000);
        server->clock.advanceSecs(20 * 60 + 10);
        state.complete(first);
        QTRY_COMPARE_WITH_TIMEOUT(state.servedToday(), 1, 3000);
        QCOMPARE(state.minutesToday(), 20);

        const qint64 second = checkIn(*server, desk, str("Ploy Srisai"), kAnna);
        QTRY_VERIFY_WITH_TIMEOUT(
            state.canStart() && state.current().value(str("id")).toLongLong() == second, 3000);
        state.start(second);
        QTRY_VERIFY_WITH_TIMEOUT(state.canComplete(), 3000);
        server->clock.advanceSecs(35 * 60);
        state.complete(second);
        QTRY_COMPARE_WITH_TIMEOUT(state.servedToday(), 2, 3000);
        QCOMPARE(state.minutesToday(), 55);
    }

    // Issue 21 #10: on break the header says "your turn is kept", but the therapist vanished from
    // the turn-order list. She stays, where her turn stands, marked on break and unnumbered; the
    // numbers count the available ones.
    void issue21_10_onBreakStaysInTheTurnOrder()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));
        QCOMPARE(state.turnPosition(), 1); // Anna, Budi, Chai by id; Dewi on break
        QCOMPARE(field(state.turnOrder(), 0, "id").toLongLong(), kAnna);

        state.setStatus(str("on_break"));
        QTRY_COMPARE_WITH_TIMEOUT(state.status(), str("on_break"), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(state.turnPosition(), 0, 3000);
        const int at = state.turnOrder()->indexOfId(kAnna);
        QVERIFY2(at >= 0, "on break, Anna left the turn order");
        QCOMPARE(at, 0); // her turn is still the oldest
        QCOMPARE(field(state.turnOrder(), at, "status").toString(), str("on_break"));
        QVERIFY(field(state.turnOrder(), at, "turn_position").isNull());
        QCOMPARE(field(state.turnOrder(), 1, "id").toLongLong(), kBudi);
        QCOMPARE(field(state.turnOrder(), 1, "turn_position").toInt(), 1);

        // Shown so on the tablet.
        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = QSize(800, 1280);
        QQuickWindow *window = loadMainWindow(engine, str("SpaTherapist"), &state, options);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *row = nullptr;
        QTRY_VERIFY((row = findItem(window->contentItem(), str("turn_%1").arg(kAnna))));
        QQuickItem *note = findItem(row, str("turnNote"));
        QVERIFY(note && note->isVisible());
        QCOMPARE(note->property("text").toString(), str("on break"));

        // Back: her place is where it was.
        state.setStatus(str("available"));
        QTRY_COMPARE_WITH_TIMEOUT(state.turnPosition(), 1, 3000);
    }

    // Issue 21 #10: Complete long before the booked end asks first, in a dialog that Esc
    // dismisses and Enter confirms.
    void issue21_10_earlyCompleteAsksFirst()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));
        const qint64 id = checkIn(*server, desk, str("Mali Srisuk"), kAnna);
        QTRY_VERIFY_WITH_TIMEOUT(state.canStart(), 3000);
        state.start(id);
        QTRY_VERIFY_WITH_TIMEOUT(state.canComplete(), 3000);

        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = QSize(1280, 800);
        QQuickWindow *window = loadMainWindow(engine, str("SpaTherapist"), &state, options);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(window));
        const auto centre = [&](const char *name) {
            QQuickItem *item = findItem(window->contentItem(), QLatin1String(name));
            return item ? item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint()
                        : QPoint(-1, -1);
        };
        QTRY_VERIFY(centre("completeButton").x() >= 0);
        QTest::qWait(100);

        // A tap a minute into 60: the question, not the completion.
        QTest::mouseClick(window, Qt::LeftButton, {}, centre("completeButton"));
        QQuickItem *dialog = findItem(window->contentItem(), str("confirmComplete"));
        QVERIFY2(dialog, "no confirmation dialog");
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(state.property("confirmingComplete").toBool());
        QTest::qWait(300);
        QVERIFY(state.inService());
        QCOMPARE(visitStatus(*server, desk, id), str("in_service"));
        QVERIFY(dialog->hasActiveFocus());
        QCOMPARE(findItem(dialog, str("dialogText"))->property("text").toString(),
                 str("%1 of the booked time is still left.").arg(Format::minutes(60)));

        // Esc: nothing happens.
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QTest::qWait(300);
        QVERIFY(state.inService());

        // Again, and Enter: completed.
        QTest::mouseClick(window, Qt::LeftButton, {}, centre("completeButton"));
        QTRY_VERIFY(dialog->isVisible());
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!state.inService(), 3000);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(visitStatus(*server, desk, id), str("awaiting_payment"));
        QTRY_COMPARE_WITH_TIMEOUT(state.servedToday(), 1, 3000);

        // Near the booked end it just completes.
        const qint64 next = checkIn(*server, desk, str("Ploy Srisai"), kAnna);
        QTRY_VERIFY_WITH_TIMEOUT(
            state.canStart() && state.current().value(str("id")).toLongLong() == next, 3000);
        state.start(next);
        QTRY_VERIFY_WITH_TIMEOUT(state.canComplete(), 3000);
        const QDateTime started = QDateTime::fromString(
            state.current().value(str("started_at")).toString(), Qt::ISODateWithMs);
        WallClock::instance()->setFixedNow(started.addSecs(55 * 60));
        QTest::mouseClick(window, Qt::LeftButton, {}, centre("completeButton"));
        QVERIFY(!state.property("confirmingComplete").toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!state.inService(), 3000);
        WallClock::instance()->setFixedNow(QDateTime());
    }

    // Issue 21 #9: in Thai at 800×1280 the Call again / Start / Complete buttons were cut to a
    // sliver at the foot of the in-service card while the near-empty "Up next" kept its space.
    // Every button lies whole inside the card's (clipping) body and the window, no label is cut,
    // nor are the card's other lines.
    void issue21_09_inServiceCardFitsInThaiPortrait_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        QTest::newRow("th 800x1280") << str("th") << QSize(800, 1280);
        QTest::newRow("id 800x1280") << str("id") << QSize(800, 1280);
        QTest::newRow("th 1280x800") << str("th") << QSize(1280, 800);
    }
    void issue21_09_inServiceCardFitsInThaiPortrait()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        QVERIFY(Language::instance()->setCurrent(lang));
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));

        // In service with notes, called first (so "Call again"), two services; one up next.
        const HttpResult r =
            server->post(str("/api/visits"),
                         { { str("customer_name"), str("Somchai Jaidee") },
                           { str("service_ids"), QJsonArray { 1, 5 } },
                           { str("therapist_id"), kAnna },
                           { str("notes"), str("Prefers firm pressure; sore left shoulder") } },
                         desk);
        QCOMPARE(r.status, 201);
        const qint64 id = qint64(
            r.json.value(QLatin1String("visit")).toObject().value(QLatin1String("id")).toDouble());
        QTRY_VERIFY_WITH_TIMEOUT(state.canCall(), 3000);
        state.call(id);
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy() && state.canStart(), 3000);
        state.start(id);
        QTRY_VERIFY_WITH_TIMEOUT(state.canComplete(), 3000);
        QVERIFY(checkIn(*server, desk, str("Ploy Srisai"), kAnna) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state.upNext()->count(), 1, 3000);

        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = size;
        QQuickWindow *window = loadMainWindow(engine, str("SpaTherapist"), &state, options);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QQuickItem *card = nullptr;
        QTRY_VERIFY((card = findItem(window->contentItem(), str("currentVisitCard"))));
        QQuickItem *body = findItem(card, str("cardBody"));
        QVERIFY(body);
        QTest::qWait(200); // the layouts' passes
        const QRectF windowRect(0, 0, window->width(), window->height());
        const QRectF bodyRect = sceneRect(body).adjusted(-0.5, -0.5, 0.5, 0.5);
        QVERIFY(windowRect.contains(sceneRect(card)));

        for (const char *name : { "callButton", "startButton", "completeButton" }) {
            QQuickItem *button = findItem(card, QLatin1String(name));
            QVERIFY2(button, name);
            const QRectF r = sceneRect(button);
            QVERIFY2(bodyRect.contains(r),
                     qPrintable(str("%1 %2 clipped by the card body %3")
                                    .arg(QLatin1String(name), rectText(r), rectText(bodyRect))));
            QVERIFY2(r.height() >= 48,
                     qPrintable(str("%1 is %2 px high").arg(QLatin1String(name)).arg(r.height())));
            auto *label = qvariant_cast<QQuickItem *>(button->property("contentItem"));
            QVERIFY(label);
            QVERIFY2(!label->property("truncated").toBool(),
                     qPrintable(label->property("text").toString()));
        }
        QCOMPARE(findItem(card, str("callButton"))->property("text").toString(),
                 QCoreApplication::translate("CurrentVisitCard", "Call again"));
        for (const char *name :
             { "customerName", "room", "services", "notes", "elapsed", "remaining" }) {
            QQuickItem *text = findItem(card, QLatin1String(name));
            QVERIFY2(text && text->isVisible(), name);
            QVERIFY2(!text->property("truncated").toBool(),
                     qPrintable(text->property("text").toString()));
            QVERIFY2(bodyRect.contains(sceneRect(text)), name);
        }
    }

    // Issue 21 #14: a language switch while the tablet runs left old text behind (the Thai
    // "1 ชม. 30 นาที" of the services line after a switch to Indonesian): no Thai is left.
    void issue21_14_languageSwitchLeavesNoOldText()
    {
        QVERIFY(Language::instance()->setCurrent(str("th")));
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));
        const qint64 id =
            checkIn(*server, desk, str("Somchai Jaidee"), kAnna, str("Firm pressure"));
        QTRY_VERIFY_WITH_TIMEOUT(state.canStart(), 3000);
        state.start(id);
        QTRY_VERIFY_WITH_TIMEOUT(state.canComplete(), 3000);
        QVERIFY(checkIn(*server, desk, str("Ploy Srisai"), kAnna) > 0);
        QTRY_COMPARE_WITH_TIMEOUT(state.upNext()->count(), 1, 3000);

        QQmlApplicationEngine engine;
        AppOptions options;
        options.size = QSize(800, 1280);
        QQuickWindow *window = loadMainWindow(engine, str("SpaTherapist"), &state, options);
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // Thai letters; not the baht sign (U+0E3F), which every language's money shows.
        static const QRegularExpression thai(str("[\\x{0E00}-\\x{0E3E}\\x{0E40}-\\x{0E7F}]"));
        const auto thaiTexts = [&] {
            QStringList out;
            for (QQuickItem *t : textsUnder(window->contentItem()))
                if (t->property("text").toString().contains(thai))
                    out << t->property("text").toString();
            return out;
        };
        QTRY_VERIFY(thaiTexts().size() >= 5);
        QVERIFY(findItem(window->contentItem(), str("services"))
                    ->property("text")
                    .toString()
                    .contains(str("ชม.")));

        QVERIFY(Language::instance()->setCurrent(str("id")));
        QTest::qWait(50);
        const QStringList left = thaiTexts();
        QVERIFY2(left.isEmpty(), qPrintable(left.join(str(" | "))));
        QVERIFY(findItem(window->contentItem(), str("services"))
                    ->property("text")
                    .toString()
                    .contains(str("jam")));
        // One money format: Indonesian's, everywhere.
        static const QRegularExpression money(str("฿[0-9.,]+"));
        for (QQuickItem *t : textsUnder(window->contentItem())) {
            auto it = money.globalMatch(t->property("text").toString());
            while (it.hasNext()) {
                const QString m = it.next().captured();
                QVERIFY2(
                    QRegularExpression(str("^฿\\d{1,3}(\\.\\d{3})*,\\d\\d$")).match(m).hasMatch(),
                    qPrintable(m));
            }
        }
    }

    void idleLockAndUnlock()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));

        // Never while the idle time is 0.
        QTest::qWait(1200);
        QVERIFY(!state.locked());

        // Activity keeps it open; idleness locks it.
        QSignalSpy lockedChanged(&state, &TherapistState::lockedChanged);
        state.setIdleLockSeconds(1);
        QCOMPARE(state.idleLockSeconds(), 1);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(300);
            state.noteActivity();
        }
        QVERIFY(!state.locked());
        QTRY_VERIFY_WITH_TIMEOUT(state.locked(), 2500);
        QCOMPARE(lockedChanged.count(), 1);
        QVERIFY(state.signedIn());
        QVERIFY(state.hasState()); // the queue stays live behind the lock
        QCOMPARE(state.client()->status(), SocketClient::Connected);
        state.noteActivity(); // a tap on the lock screen is not a way in
        QVERIFY(state.locked());

        // The wrong PIN keeps it locked and says so; the right one opens it.
        QSignalSpy failed(&state, &TherapistState::failed);
        state.unlock(str("2222"));
        QCOMPARE(state.busyAction(), str("unlock"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy(), 5000);
        QVERIFY(state.locked());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), str("unlock"));
        QCOMPARE(state.error(), str("Wrong PIN"));
        state.unlock(str("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.locked(), 5000);
        QVERIFY(state.error().isEmpty());
        QVERIFY(state.signedIn());
        QCOMPARE(state.staffId(), kAnna);

        // Locked by hand, and the timer runs again after an unlock.
        state.setIdleLockSeconds(0);
        state.lock();
        QVERIFY(state.locked());
        state.unlock(str("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.locked(), 5000);

        // Offline, the PIN typed at sign-in still opens it; another does not.
        server->stop();
        QTRY_VERIFY_WITH_TIMEOUT(state.client()->status() != SocketClient::Connected, 5000);
        state.lock();
        state.unlock(str("3333"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.busy(), 5000);
        QVERIFY(state.locked());
        QVERIFY(!state.error().isEmpty());
        state.unlock(str("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.locked(), 5000);

        // Signing out drops the lock with the session.
        state.lock();
        state.signOut();
        QVERIFY(!state.locked());
        QVERIFY(!state.signedIn());
    }

    void idleTimeFromSettings()
    {
        QCOMPARE(TherapistState::savedIdleLockSeconds(), 120);
        TherapistState::saveIdleLockSeconds(45);
        QCOMPARE(TherapistState::savedIdleLockSeconds(), 45);
        TherapistState state;
        QCOMPARE(state.idleLockSeconds(), 45);
        QSignalSpy changed(&state, &TherapistState::idleLockSecondsChanged);
        state.setIdleLockSeconds(-5);
        QCOMPARE(state.idleLockSeconds(), 0);
        QCOMPARE(changed.count(), 1);
        state.lock(); // nobody signed in: nothing to lock
        QVERIFY(!state.locked());
    }

    void restoredSessionStartsLocked()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        {
            Tablet first(server->url(QString()));
            QVERIFY(signInAnna(first.state));
        } // the app closes without signing out

        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        state.setIdleLockSeconds(60);
        QVERIFY(state.restoreSession());
        QVERIFY(state.signedIn());
        QVERIFY(state.locked());
        QCOMPARE(state.staffName(), str("Anna"));
        QTRY_VERIFY_WITH_TIMEOUT(state.hasState(), 5000);
        state.unlock(str("1111"));
        QTRY_VERIFY_WITH_TIMEOUT(!state.locked(), 5000);

        state.signOut();
        QVERIFY(!state.signedIn());
        QVERIFY(!state.hasState());
        QCOMPARE(state.queue()->count(), 0);
        QCOMPARE(state.turnOrder()->count(), 0);
        QCOMPARE(state.client()->status(), SocketClient::Offline);
        QTRY_COMPARE_WITH_TIMEOUT(state.roster()->count(), 4, 5000);
        TherapistState again;
        QVERIFY(!again.restoreSession()); // signed out means signed out
    }

    void revokedTokenSignsOut()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));

        // The token stops working (here: logged out elsewhere) and the server restarts.
        QCOMPARE(server->post(str("/api/logout"), {}, state.session()->token()).status, 200);
        server->config.port = server->port();
        server->stop();
        QVERIFY(server->start());
        QTRY_VERIFY_WITH_TIMEOUT(!state.signedIn(), 10000);
        QVERIFY(!state.error().isEmpty());
        QVERIFY(!state.hasState());
        QTRY_COMPARE_WITH_TIMEOUT(state.roster()->count(), 4, 5000);
    }

    void timer()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        const QString desk = server->login(str("cashier"), str("cashier"));
        Tablet t(server->url(QString()));
        TherapistState &state = t.state;
        QVERIFY(signInAnna(state));
        const qint64 id = checkIn(*server, desk, str("Siti Rahma"), kAnna);
        QTRY_VERIFY_WITH_TIMEOUT(state.canStart(), 3000);
        state.start(id);
        QTRY_VERIFY_WITH_TIMEOUT(state.inService(), 3000);
        const QDateTime started = QDateTime::fromString(
            state.current().value(str("started_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(started.isValid());

        QSignalSpy ticks(&state, &TherapistState::timerChanged);
        WallClock::instance()->setFixedNow(started.addSecs(65));
        QCOMPARE(ticks.count(), 1);
        QCOMPARE(state.elapsedSeconds(), 65);
        QCOMPARE(state.remainingSeconds(), 3535);
        QCOMPARE(TherapistState::clockText(state.elapsedSeconds()), str("01:05"));
        QCOMPARE(TherapistState::clockText(state.remainingSeconds()), str("58:55"));
        QVERIFY(qAbs(state.progress() - 65.0 / 3600) < 1e-9);

        WallClock::instance()->setFixedNow(started.addSecs(3600 + 62));
        QCOMPARE(state.remainingSeconds(), -62); // over time
        QCOMPARE(TherapistState::clockText(state.remainingSeconds()), str("01:02"));
        QCOMPARE(state.progress(), 1.0);
        QCOMPARE(TherapistState::clockText(3725), str("1:02:05"));
        QCOMPARE(TherapistState::clockText(0), str("00:00"));
        WallClock::instance()->setFixedNow(QDateTime());
    }

    void options_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("lockAfter");
        QTest::addColumn<qint64>("staffId");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QStringList>("rest");

        QTest::newRow("none") << QStringList { str("app"), str("--server"), str("http://x:5000") }
                              << true << -1 << qint64(0) << QString()
                              << QStringList { str("app"), str("--server"), str("http://x:5000") };
        QTest::newRow("all") << QStringList { str("app"),  str("--lock-after"),
                                              str("30"),   str("--lang"),
                                              str("th"),   str("--staff-id=3"),
                                              str("-pin"), str("1111") }
                             << true << 30 << qint64(3) << str("1111")
                             << QStringList { str("app"), str("--lang"), str("th") };
        QTest::newRow("staff only")
            << QStringList { str("app"), str("--staff-id"), str("5") } << true << -1 << qint64(5)
            << QString() << QStringList { str("app") };
        QTest::newRow("after --") << QStringList { str("app"), str("--"), str("--pin"), str("1") }
                                  << true << -1 << qint64(0) << QString()
                                  << QStringList { str("app"), str("--"), str("--pin"), str("1") };
        QTest::newRow("bad lock") << QStringList { str("app"), str("--lock-after"), str("soon") }
                                  << false << -1 << qint64(0) << QString()
                                  << QStringList { str("app") };
        QTest::newRow("negative lock")
            << QStringList { str("app"), str("--lock-after=-1") } << false << -1 << qint64(0)
            << QString() << QStringList { str("app") };
        QTest::newRow("bad staff")
            << QStringList { str("app"), str("--staff-id"), str("anna") } << false << -1
            << qint64(0) << QString() << QStringList { str("app") };
        QTest::newRow("pin alone") << QStringList { str("app"), str("--pin"), str("1111") } << false
                                   << -1 << qint64(0) << str("1111") << QStringList { str("app") };
    }

    void options()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, ok);
        qunsetenv("SPA_LOCK_AFTER");
        qunsetenv("SPA_STAFF_ID");
        qunsetenv("SPA_PIN");
        std::vector<QByteArray> storage;
        for (const QString &a : args)
            storage.push_back(a.toUtf8());
        std::vector<char *> argv;
        for (QByteArray &b : storage)
            argv.push_back(b.data());
        argv.push_back(nullptr);
        int argc = int(args.size());
        TherapistOptions o;
        QString error;
        QCOMPARE(TherapistOptions::take(argc, argv.data(), &o, &error), ok);
        QCOMPARE(error.isEmpty(), ok);
        if (!ok)
            return;
        QFETCH(int, lockAfter);
        QFETCH(qint64, staffId);
        QFETCH(QString, pin);
        QFETCH(QStringList, rest);
        QCOMPARE(o.lockAfterSeconds, lockAfter);
        QCOMPARE(o.staffId, staffId);
        QCOMPARE(o.pin, pin);
        QStringList left;
        for (int i = 0; i < argc; ++i)
            left << QString::fromUtf8(argv[size_t(i)]);
        QCOMPARE(left, rest);
        QCOMPARE(argv[size_t(argc)], nullptr);
    }

    void optionsFromEnvironment()
    {
        qputenv("SPA_STAFF_ID", "4");
        qputenv("SPA_PIN", "2222");
        qputenv("SPA_LOCK_AFTER", "15");
        QByteArray app("app");
        char *argv[] = { app.data(), nullptr };
        int argc = 1;
        TherapistOptions o;
        QString error;
        QVERIFY(TherapistOptions::take(argc, argv, &o, &error));
        QCOMPARE(o.staffId, qint64(4));
        QCOMPARE(o.pin, str("2222"));
        QCOMPARE(o.lockAfterSeconds, 15);
        qunsetenv("SPA_STAFF_ID");
        qunsetenv("SPA_PIN");
        qunsetenv("SPA_LOCK_AFTER");
    }

    // Main.qml end to end: sign in by tapping a name and the PIN; a tap anywhere is activity for
    // the idle lock and still reaches what is under it; the lock screen's pad opens it again.
    void mainWindowTapsCountAsActivity()
    {
        auto server = TestServer::startOnRealClock();
        QVERIFY(server);
        TherapistState state;
        state.setIdleLockSeconds(0);
        state.setServerUrl(server->url(QString()));

        QQmlApplicationEngine engine;
        engine.addImportPath(str("qrc:/"));
        engine.setInitialProperties({ { str("state"), QVariant::fromValue(&state) },
                                      { str("width"), 1280 },
                                      { str("height"), 800 } });
        engine.load(QUrl(str("qrc:/SpaTherapist/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().first());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        const auto centreIn = [&](QQuickItem *parent, const char *name) {
            auto *item = findItem(parent, QLatin1String(name));
            return item ? item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint()
                        : QPoint(-1, -1);
        };
        const auto centre = [&](const char *name) { return centreIn(window->contentItem(), name); };
        // Sign in on the sign-in page: a name, then the PIN on the pad.
        QTRY_COMPARE_WITH_TIMEOUT(state.roster()->count(), 4, 5000);
        QTRY_VERIFY(centre("name_3").x() >= 0);
        QTest::qWait(200); // the names' grid is laid out on the next frame
        QTest::mouseClick(window, Qt::LeftButton, {}, centre("name_3"));
        auto *signInPad = findItem(window->contentItem(), str("signInPad"));
        QVERIFY(signInPad);
        QTRY_VERIFY(signInPad->isEnabled());
        for (const char *key : { "key1", "key1", "key1", "key1" })
            QTest::mouseClick(window, Qt::LeftButton, {}, centreIn(signInPad, key));
        QCOMPARE(signInPad->property("length").toInt(), 4);
        QTest::mouseClick(window, Qt::LeftButton, {}, centreIn(signInPad, "keySubmit"));
        QTRY_VERIFY_WITH_TIMEOUT(state.signedIn() && state.hasState(), 5000);
        QCOMPARE(state.staffName(), str("Anna"));
        QTRY_VERIFY(centre("lockButton").x() >= 0);

        state.setIdleLockSeconds(1);
        for (int i = 0; i < 6; ++i) {
            QTest::qWait(300);
            QTest::mouseClick(window, Qt::LeftButton, {},
                              QPoint(640, 400)); // somewhere in the queue card
        }
        QVERIFY(!state.locked());
        QTRY_VERIFY_WITH_TIMEOUT(state.locked(), 2500);

        // Through the lock screen's own pad.
        state.setIdleLockSeconds(0);
        auto *pad = findItem(window->contentItem(), str("unlockPad"));
        QVERIFY(pad);
        for (const char *key : { "key1", "key1", "key1", "key1", "keySubmit" }) {
            const QPoint p = centreIn(pad, key);
            QVERIFY(p.x() >= 0);
            QTest::mouseClick(window, Qt::LeftButton, {}, p);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!state.locked(), 5000);

        // The header's Lock button under the watcher still takes the tap.
        QTest::mouseClick(window, Qt::LeftButton, {}, centre("lockButton"));
        QVERIFY(state.locked());
    }
};

QTEST_MAIN(TestTherapist)
#include "tst_therapist.moc"
