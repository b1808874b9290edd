// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The client's list models (qml/models) under QAbstractItemModelTester: keyed diffs in setItems()
// through hand-written and randomized sequences, the notice list's capacity and duplicate seqs;
// MonitorState (qml/state) fed by a real in-process server; and Format (qml/util/format.h).
#include "format.h"
#include "listmodels.h"
#include "monitorstate.h"
#include "testserver.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

QString str(const char *s)
{
    return QString::fromUtf8(s);
}

QJsonObject item(int id, const QString &name, int total = 0)
{
    return { { QStringLiteral("id"), id },
             { QStringLiteral("name"), name },
             { QStringLiteral("total"), total } };
}

QJsonArray items(std::initializer_list<int> ids)
{
    QJsonArray out;
    for (int id : ids)
        out.append(item(id, QStringLiteral("n%1").arg(id)));
    return out;
}

QList<int> ids(const JsonListModel &m)
{
    QList<int> out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.data(m.index(r), Qt::DisplayRole).toInt());
    return out;
}

int roleOf(const QAbstractItemModel &m, const char *name)
{
    return m.roleNames().key(QByteArray(name), -1);
}

// The input with later duplicates of a key dropped, which is what the model promises to hold.
QVector<QJsonObject> expectedRows(const QJsonArray &input,
                                  const QString &idKey = QStringLiteral("id"))
{
    QVector<QJsonObject> out;
    QSet<QString> seen;
    for (const QJsonValue &v : input) {
        const QString k = v.toObject().value(idKey).toVariant().toString();
        if (seen.contains(k))
            continue;
        seen.insert(k);
        out.append(v.toObject());
    }
    return out;
}

// Counts of the structural signals a model emits.
struct ModelSignals {
    explicit ModelSignals(QAbstractItemModel *m)
        : inserted(m, &QAbstractItemModel::rowsInserted)
        , removed(m, &QAbstractItemModel::rowsRemoved)
        , moved(m, &QAbstractItemModel::rowsMoved)
        , changed(m, &QAbstractItemModel::dataChanged)
        , reset(m, &QAbstractItemModel::modelReset)
        , layout(m, &QAbstractItemModel::layoutChanged)
    {
    }
    void clear()
    {
        for (QSignalSpy *s : { &inserted, &removed, &moved, &changed, &reset, &layout })
            s->clear();
    }
    int total() const
    {
        return int(inserted.count() + removed.count() + moved.count() + changed.count() +
                   reset.count() + layout.count());
    }
    QSignalSpy inserted, removed, moved, changed, reset, layout;
};

} // namespace

class TestModels : public QObject {
    Q_OBJECT

private:
    // setItems(input) on `m`, then checks the rows against the input.
    static bool apply(JsonListModel &m, const QJsonArray &input)
    {
        m.setItems(input);
        const QVector<QJsonObject> want = expectedRows(input);
        if (m.rows() != want || m.rowCount() != want.size() || m.count() != want.size()) {
            qWarning() << "rows" << m.rows() << "want" << want;
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void roles()
    {
        VisitListModel visits;
        QAbstractItemModelTester tester(&visits,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QHash<int, QByteArray> names = visits.roleNames();
        for (const char *key : { "id", "ticket", "status", "customer_name", "name", "therapist",
                                 "room", "total", "position", "estimated_wait_min" })
            QVERIFY2(names.values().contains(QByteArray(key)), key);
        visits.setItems(
            QJsonArray { QJsonObject { { QStringLiteral("id"), 7 },
                                       { QStringLiteral("ticket"), QStringLiteral("007") },
                                       { QStringLiteral("status"), QStringLiteral("waiting") },
                                       { QStringLiteral("total"), 45000 } } });
        const QModelIndex i = visits.index(0);
        QCOMPARE(visits.data(i, roleOf(visits, "ticket")).toString(), str("007"));
        QCOMPARE(visits.data(i, roleOf(visits, "status")).toString(), str("waiting"));
        QCOMPARE(visits.data(i, roleOf(visits, "total")).toInt(), 45000);
        QVERIFY(!visits.data(i, roleOf(visits, "room")).isValid());
        QCOMPARE(visits.data(i, Qt::DisplayRole).toInt(), 7);
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
        QVERIFY(!visits.data(visits.index(1), roleOf(visits, "ticket")).isValid()); // no row 1
        QCOMPARE(visits.get(0).value(QStringLiteral("ticket")).toString(), str("007"));
        QVERIFY(visits.get(1).isEmpty());
        QVERIFY(visits.get(-1).isEmpty());
        QCOMPARE(visits.indexOfId(7), 0);
        QCOMPARE(visits.indexOfId(8), -1);

        TherapistListModel therapists;
        QAbstractItemModelTester tester2(&therapists,
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const char *key : { "id", "name", "status", "turn_position", "active_visits" })
            QVERIFY2(therapists.roleNames().values().contains(QByteArray(key)), key);
    }

    void setItemsSequences()
    {
        VisitListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ModelSignals sig(&m);
        QSignalSpy count(&m, &JsonListModel::countChanged);

        // Into an empty model: inserts only.
        QVERIFY(apply(m, items({ 1, 2, 3 })));
        QCOMPARE(ids(m), (QList<int> { 1, 2, 3 }));
        QVERIFY(sig.inserted.count() >= 1);
        QCOMPARE(sig.removed.count() + sig.moved.count() + sig.reset.count() + sig.layout.count(),
                 0);
        QCOMPARE(count.count(), 1);

        // The same again: no signal at all.
        sig.clear();
        count.clear();
        QVERIFY(apply(m, items({ 1, 2, 3 })));
        QCOMPARE(sig.total(), 0);
        QCOMPARE(count.count(), 0);

        // Inserts at the front, in the middle and at the end.
        QPersistentModelIndex two(m.index(1));
        QVERIFY(apply(m, items({ 0, 1, 2, 9, 3, 4 })));
        QCOMPARE(ids(m), (QList<int> { 0, 1, 2, 9, 3, 4 }));
        QCOMPARE(sig.inserted.count(), 3);
        QCOMPARE(sig.removed.count() + sig.moved.count() + sig.changed.count() + sig.reset.count(),
                 0);
        QCOMPARE(two.row(), 2);
        QCOMPARE(count.count(), 1);

        // Removals.
        sig.clear();
        QVERIFY(apply(m, items({ 1, 2, 3 })));
        QCOMPARE(sig.removed.count(), 3);
        QCOMPARE(sig.inserted.count() + sig.moved.count() + sig.changed.count() + sig.reset.count(),
                 0);
        QCOMPARE(two.row(), 1);

        // A change of one row's content: one dataChanged for that row, nothing else.
        sig.clear();
        count.clear();
        QJsonArray changed = items({ 1, 2, 3 });
        changed[1] = item(2, str("renamed"), 500);
        QVERIFY(apply(m, changed));
        QCOMPARE(sig.changed.count(), 1);
        QCOMPARE(sig.changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(sig.changed.first().at(1).toModelIndex().row(), 1);
        QCOMPARE(sig.total(), 1);
        QCOMPARE(count.count(), 0);
        QCOMPARE(m.data(m.index(1), roleOf(m, "name")).toString(), str("renamed"));
        QCOMPARE(m.data(m.index(1), roleOf(m, "total")).toInt(), 500);
        QCOMPARE(two.row(), 1);

        // Reordering moves rows; a moved row keeps its identity (persistent indexes follow it).
        sig.clear();
        QPersistentModelIndex one(m.index(0));
        QVERIFY(apply(m, items({ 3, 1, 2 })));
        QCOMPARE(ids(m), (QList<int> { 3, 1, 2 }));
        QVERIFY(sig.moved.count() >= 1);
        QCOMPARE(sig.inserted.count() + sig.removed.count() + sig.reset.count(), 0);
        QCOMPARE(one.row(), 1);
        QCOMPARE(two.row(), 2);
        QCOMPARE(m.data(two, roleOf(m, "name")).toString(),
                 str("n2")); // changed back by the move's update

        sig.clear();
        QVERIFY(apply(m, items({ 5, 4, 3, 2, 1 })));
        QCOMPARE(one.row(), 4);
        QCOMPARE(two.row(), 3);
        QVERIFY(apply(m, items({ 1, 2, 3, 4, 5 })));
        QCOMPARE(one.row(), 0);
        QCOMPARE(two.row(), 1);

        // Moves, inserts, removals and changes at once.
        QJsonArray mixed = items({ 6, 4, 2, 7 });
        mixed[2] = item(2, str("two"), 2);
        QVERIFY(apply(m, mixed));
        QCOMPARE(ids(m), (QList<int> { 6, 4, 2, 7 }));
        QCOMPARE(two.row(), 2);
        QVERIFY(!one.isValid()); // 1 is gone

        // Duplicate keys: the first one wins, the rest are ignored.
        QJsonArray dup = items({ 4, 8, 4, 8, 9 });
        dup[2] = item(4, str("second four"));
        QVERIFY(apply(m, dup));
        QCOMPARE(ids(m), (QList<int> { 4, 8, 9 }));
        QCOMPARE(m.data(m.index(0), roleOf(m, "name")).toString(), str("n4"));
        QVERIFY(apply(m, items({ 9, 9, 9 })));
        QCOMPARE(ids(m), (QList<int> { 9 }));

        // Empty: everything goes.
        count.clear();
        QVERIFY(apply(m, {}));
        QCOMPARE(m.rowCount(), 0);
        QCOMPARE(count.count(), 1);
        QVERIFY(apply(m, {}));
        QCOMPARE(count.count(), 1);
        QVERIFY(apply(m, items({ 1 })));
        QCOMPARE(count.count(), 2);
    }

    void setItemsRandomized()
    {
        VisitListModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy count(&m, &JsonListModel::countChanged);
        ModelSignals sig(&m);
        QRandomGenerator rng(20240611);
        QJsonArray current;
        for (int step = 0; step < 400; ++step) {
            QJsonArray next;
            const int mode = rng.bounded(20);
            if (mode == 0) {
                // empty
            } else if (mode == 1) {
                // a completely new list
                const int n = rng.bounded(12);
                for (int i = 0; i < n; ++i)
                    next.append(item(rng.bounded(40), QStringLiteral("r%1").arg(rng.bounded(3))));
            } else {
                // the current list, edited
                for (const QJsonValue &v : current)
                    if (rng.bounded(6) != 0) // drop about one in six
                        next.append(v);
                for (int i = 0, n = rng.bounded(4); i < n; ++i) // insert new ones anywhere
                    next.insert(rng.bounded(next.size() + 1),
                                item(rng.bounded(40), QStringLiteral("new")));
                for (int i = 0, n = rng.bounded(3); i < n && next.size() > 1; ++i) { // move some
                    const int from = rng.bounded(next.size());
                    const QJsonValue v = next.takeAt(from);
                    next.insert(rng.bounded(next.size() + 1), v);
                }
                for (int i = 0; i < next.size(); ++i) // change some
                    if (rng.bounded(5) == 0) {
                        QJsonObject o = next[i].toObject();
                        o.insert(QStringLiteral("total"), rng.bounded(1000));
                        o.insert(QStringLiteral("status"),
                                 rng.bounded(2) ? QStringLiteral("waiting")
                                                : QStringLiteral("assigned"));
                        next[i] = o;
                    }
                if (rng.bounded(8) == 0 && !next.isEmpty()) // a duplicate key, changed
                    next.append(
                        item(next[rng.bounded(next.size())].toObject()[QLatin1String("id")].toInt(),
                             str("dup"), -1));
            }
            // A row kept from one step to the next must keep its identity.
            const QList<int> before = ids(m);
            QList<QPersistentModelIndex> tracked;
            for (int r = 0; r < m.rowCount(); ++r)
                tracked.append(QPersistentModelIndex(m.index(r)));
            const int countBefore = m.count();
            count.clear();
            sig.clear();

            QVERIFY2(apply(m, next), qPrintable(QStringLiteral("step %1").arg(step)));

            const QList<int> after = ids(m);
            for (int i = 0; i < tracked.size(); ++i) {
                const int row = after.indexOf(before[i]);
                QVERIFY2(tracked[i].isValid() == (row >= 0),
                         qPrintable(QStringLiteral("step %1 id %2").arg(step).arg(before[i])));
                if (row >= 0)
                    QCOMPARE(tracked[i].row(), row);
            }
            QCOMPARE(sig.reset.count(), 0);
            QCOMPARE(count.count(), countBefore == m.count() ? 0 : 1);
            if (expectedRows(current) == expectedRows(next))
                QCOMPARE(sig.total(), 0);
            current = QJsonArray();
            for (const QJsonObject &o : m.rows())
                current.append(o);
        }
    }

    void noticeCapacityAndDuplicates()
    {
        NoticeListModel notices;
        QAbstractItemModelTester tester(&notices,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(notices.capacity(), 10);
        const int seqRole = roleOf(notices, "seq");
        const int kindRole = roleOf(notices, "kind");
        QVERIFY(seqRole >= 0 && kindRole >= 0);

        for (int seq = 1; seq <= 12; ++seq)
            notices.add(str("payment"),
                        { { QStringLiteral("seq"), seq },
                          { QStringLiteral("ticket"),
                            QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0')) },
                          { QStringLiteral("name"), QStringLiteral("Guest %1").arg(seq) },
                          { QStringLiteral("total"), seq * 100 },
                          { QStringLiteral("currency"), QStringLiteral("THB") } });
        QCOMPARE(notices.count(), 10);
        QCOMPARE(notices.data(notices.index(0), seqRole).toInt(), 12); // newest first
        QCOMPARE(notices.data(notices.index(9), seqRole).toInt(), 3);
        QCOMPARE(notices.get(0).value(QStringLiteral("ticket")).toString(), str("012"));
        QCOMPARE(notices.get(0).value(QStringLiteral("total")).toInt(), 1200);
        QCOMPARE(notices.get(0).value(QStringLiteral("kind")).toString(), str("payment"));
        QVERIFY(
            QDateTime::fromString(notices.get(0).value(QStringLiteral("received_at")).toString(),
                                  Qt::ISODateWithMs)
                .isValid());

        // A seq already shown (a replay of a notice seen live) changes nothing.
        ModelSignals sig(&notices);
        notices.add(
            str("payment"),
            { { QStringLiteral("seq"), 7 }, { QStringLiteral("ticket"), QStringLiteral("XXX") } });
        notices.add(str("payment"),
                    { { QStringLiteral("seq"), 12 },
                      { QStringLiteral("ticket"), QStringLiteral("XXX") },
                      { QStringLiteral("replayed"), true } });
        QCOMPARE(sig.total(), 0);
        QCOMPARE(notices.count(), 10);
        QCOMPARE(notices.get(0).value(QStringLiteral("ticket")).toString(), str("012"));

        // Calls carry {id, name} objects; the list holds the names.
        notices.add(str("called"),
                    { { QStringLiteral("seq"), 13 },
                      { QStringLiteral("ticket"), QStringLiteral("013") },
                      { QStringLiteral("therapist"),
                        QJsonObject { { QStringLiteral("id"), 3 },
                                      { QStringLiteral("name"), QStringLiteral("Anna") } } },
                      { QStringLiteral("room"),
                        QJsonObject { { QStringLiteral("id"), 1 },
                                      { QStringLiteral("name"), QStringLiteral("Room 1") } } } });
        QCOMPARE(notices.count(), 10);
        QCOMPARE(notices.get(0).value(QStringLiteral("kind")).toString(), str("called"));
        QCOMPARE(notices.data(notices.index(0), roleOf(notices, "therapist")).toString(),
                 str("Anna"));
        QCOMPARE(notices.data(notices.index(0), roleOf(notices, "room")).toString(), str("Room 1"));
        QCOMPARE(notices.data(notices.index(9), seqRole).toInt(), 4);

        // Capacity down: the newest stay; at least one.
        QSignalSpy capacity(&notices, &NoticeListModel::capacityChanged);
        notices.setCapacity(3);
        QCOMPARE(capacity.count(), 1);
        QCOMPARE(notices.count(), 3);
        QCOMPARE(ids(notices), (QList<int> { 13, 12, 11 }));
        notices.add(str("payment"), { { QStringLiteral("seq"), 14 } });
        QCOMPARE(ids(notices), (QList<int> { 14, 13, 12 }));
        notices.setCapacity(0);
        QCOMPARE(notices.capacity(), 1);
        QCOMPARE(ids(notices), (QList<int> { 14 }));
        notices.setCapacity(1);
        QCOMPARE(capacity.count(), 2);

        notices.clear();
        QCOMPARE(notices.count(), 0);
        notices.add(str("payment"), { { QStringLiteral("seq"), 14 } });
        QCOMPARE(notices.count(), 1);
    }

    void monitorStateFromServer()
    {
        TestServer srv;
        QVERIFY(srv.start());
        const QString cashier = srv.login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        QVERIFY(!cashier.isEmpty());

        MonitorState st;
        QAbstractItemModelTester t1(st.nowServing(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(st.waiting(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(st.therapists(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(st.notices(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy noticeChanged(&st, &MonitorState::currentNoticeChanged);
        st.setNoticeDurationMs(400);
        QCOMPARE(st.noticeDurationMs(), 400);
        QVERIFY(!st.hasState());
        st.client()->setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(srv.port())));
        st.client()->setToken(srv.app->demoKioskToken());
        st.client()->open();
        QTRY_VERIFY_WITH_TIMEOUT(st.hasState(), 10000);
        QCOMPARE(st.client()->status(), SocketClient::Connected);
        QCOMPARE(st.venueName(), str("Lotus Day Spa"));
        QCOMPARE(st.therapists()->count(), 4);
        QCOMPARE(st.waiting()->count(), 0);
        QCOMPARE(st.nowServing()->count(), 0);
        QVERIFY(st.currentNotice().isEmpty());

        // A check-in: the waiting line gains the ticket, keyed by the visit's id.
        const HttpResult in =
            srv.post(QStringLiteral("/api/visits"),
                     { { QStringLiteral("customer_name"), QStringLiteral("Somchai Jaidee") },
                       { QStringLiteral("service_ids"), QJsonArray { 1 } } },
                     cashier);
        QCOMPARE(in.status, 201);
        const QJsonObject visit = in.json[QLatin1String("visit")].toObject();
        const qint64 id = qint64(visit[QLatin1String("id")].toDouble());
        const QString ticket = visit[QLatin1String("ticket")].toString();
        QTRY_COMPARE(st.waiting()->count(), 1);
        QCOMPARE(st.waiting()->get(0).value(QStringLiteral("ticket")).toString(), ticket);
        QCOMPARE(st.waiting()->get(0).value(QStringLiteral("name")).toString(), str("Somchai J."));
        QCOMPARE(st.waiting()->get(0).value(QStringLiteral("status")).toString(), str("waiting"));
        QCOMPARE(st.waiting()->indexOfId(id), 0);
        QCOMPARE(
            st.waiting()->data(st.waiting()->index(0), roleOf(*st.waiting(), "id")).toLongLong(),
            id);

        // A second one queues behind it.
        const HttpResult in2 =
            srv.post(QStringLiteral("/api/visits"),
                     { { QStringLiteral("customer_name"), QStringLiteral("Ploy") },
                       { QStringLiteral("service_ids"), QJsonArray { 3 } } },
                     cashier);
        QCOMPARE(in2.status, 201);
        const qint64 id2 =
            qint64(in2.json[QLatin1String("visit")].toObject()[QLatin1String("id")].toDouble());
        QTRY_COMPARE(st.waiting()->count(), 2);
        QCOMPARE(st.waiting()->indexOfId(id2), 1);

        // Served: from the waiting line to now serving.
        QCOMPARE(srv.post(QStringLiteral("/api/visits/%1/assign").arg(id), {}, cashier).status,
                 200);
        QCOMPARE(srv.post(QStringLiteral("/api/visits/%1/start").arg(id), {}, cashier).status, 200);
        QTRY_COMPARE(st.nowServing()->count(), 1);
        QCOMPARE(st.nowServing()->indexOfId(id), 0);
        QCOMPARE(st.nowServing()->get(0).value(QStringLiteral("status")).toString(),
                 str("in_service"));
        QTRY_COMPARE(st.waiting()->count(), 1);
        QCOMPARE(st.waiting()->indexOfId(id2), 0);
        int busy = 0;
        for (int r = 0; r < st.therapists()->count(); ++r)
            busy +=
                st.therapists()->get(r).value(QStringLiteral("status")).toString() == str("busy");
        QCOMPARE(busy, 1);

        // Paid: the notice shows, then clears after noticeDurationMs.
        QCOMPARE(srv.post(QStringLiteral("/api/visits/%1/complete").arg(id), {}, cashier).status,
                 200);
        noticeChanged.clear();
        QElapsedTimer t;
        t.start();
        QCOMPARE(srv.post(QStringLiteral("/api/visits/%1/payments").arg(id),
                          { { QStringLiteral("method"), QStringLiteral("cash") },
                            { QStringLiteral("amount"), 45000 },
                            { QStringLiteral("idempotency_key"), QStringLiteral("models-1") } },
                          cashier)
                     .status,
                 201);
        QTRY_VERIFY(!st.currentNotice().isEmpty());
        const qint64 shownAt = t.elapsed();
        QCOMPARE(st.currentNotice().value(QStringLiteral("kind")).toString(), str("payment"));
        QCOMPARE(st.currentNotice().value(QStringLiteral("ticket")).toString(), ticket);
        QCOMPARE(st.currentNotice().value(QStringLiteral("name")).toString(), str("Somchai J."));
        QCOMPARE(st.currentNotice().value(QStringLiteral("total")).toInt(), 45000);
        QCOMPARE(st.currentNotice().value(QStringLiteral("currency")).toString(), str("THB"));
        QCOMPARE(st.notices()->count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(st.currentNotice().isEmpty(), 3000);
        QVERIFY2(t.elapsed() - shownAt >= 350, qPrintable(QString::number(t.elapsed() - shownAt)));
        QCOMPARE(noticeChanged.count(), 2);
        QCOMPARE(st.notices()->count(), 1); // the history stays
        QTRY_COMPARE(st.nowServing()->count(), 0);

        // Called: a "called" notice with the therapist's and room's names.
        QCOMPARE(srv.post(QStringLiteral("/api/visits/%1/assign").arg(id2), {}, cashier).status,
                 200);
        QCOMPARE(srv.post(QStringLiteral("/api/visits/%1/call").arg(id2), {}, cashier).status, 200);
        QTRY_VERIFY(!st.currentNotice().isEmpty());
        QCOMPARE(st.currentNotice().value(QStringLiteral("kind")).toString(), str("called"));
        QCOMPARE(st.currentNotice().value(QStringLiteral("name")).toString(), str("Ploy"));
        QVERIFY(!st.currentNotice().value(QStringLiteral("therapist")).toString().isEmpty());
        QVERIFY(
            st.currentNotice().value(QStringLiteral("room")).toString().startsWith(str("Room ")));
        QCOMPARE(st.notices()->count(), 2);
        QCOMPARE(st.notices()->get(0).value(QStringLiteral("kind")).toString(), str("called"));
        QTRY_VERIFY_WITH_TIMEOUT(st.currentNotice().isEmpty(), 3000);

        st.client()->close();
        srv.stop();
    }

    void monitorStateEvents()
    {
        // MonitorState fed directly through its client's eventReceived signal.
        MonitorState st;
        QAbstractItemModelTester t1(st.nowServing(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(st.waiting(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(st.therapists(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(st.notices(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy venue(&st, &MonitorState::venueNameChanged);
        QSignalSpy hasState(&st, &MonitorState::hasStateChanged);
        QSignalSpy notice(&st, &MonitorState::currentNoticeChanged);
        st.setNoticeDurationMs(200);
        SocketClient *c = st.client();

        auto waitingRow = [](int id, const char *ticket) {
            return QJsonObject { { QStringLiteral("visit_id"), id },
                                 { QStringLiteral("ticket"), QString::fromLatin1(ticket) },
                                 { QStringLiteral("status"), QStringLiteral("waiting") } };
        };
        const QJsonArray therapists { QJsonObject {
            { QStringLiteral("id"), 3 },
            { QStringLiteral("name"), QStringLiteral("Anna") },
            { QStringLiteral("status"), QStringLiteral("available") } } };
        Q_EMIT c->eventReceived(str("monitor_updated"),
                                { { QStringLiteral("seq"), 1 },
                                  { QStringLiteral("venue"), QStringLiteral("Lotus") },
                                  { QStringLiteral("now_serving"), QJsonArray() },
                                  { QStringLiteral("waiting"),
                                    QJsonArray { waitingRow(1, "001"), waitingRow(2, "002") } },
                                  { QStringLiteral("therapists"), therapists } });
        QVERIFY(st.hasState());
        QCOMPARE(hasState.count(), 1);
        QCOMPARE(venue.count(), 1);
        QCOMPARE(st.venueName(), str("Lotus"));
        QCOMPARE(ids(*st.waiting()), (QList<int> { 1, 2 }));
        QPersistentModelIndex second(st.waiting()->index(1));

        // 001 goes in: 002 keeps its delegate (same row object, moved up), no reset.
        ModelSignals sig(st.waiting());
        Q_EMIT c->eventReceived(
            str("monitor_updated"),
            { { QStringLiteral("seq"), 2 },
              { QStringLiteral("venue"), QStringLiteral("Lotus") },
              { QStringLiteral("now_serving"), QJsonArray { waitingRow(1, "001") } },
              { QStringLiteral("waiting"), QJsonArray { waitingRow(2, "002") } },
              { QStringLiteral("therapists"), therapists } });
        QCOMPARE(ids(*st.nowServing()), (QList<int> { 1 }));
        QCOMPARE(ids(*st.waiting()), (QList<int> { 2 }));
        QCOMPARE(second.row(), 0);
        QCOMPARE(sig.reset.count(), 0);
        QCOMPARE(sig.removed.count(), 1);
        QCOMPARE(venue.count(), 1);
        QCOMPARE(hasState.count(), 1);

        // A notice: shown, then cleared.
        const QJsonObject paid { { QStringLiteral("seq"), 3 },
                                 { QStringLiteral("visit_id"), 1 },
                                 { QStringLiteral("ticket"), QStringLiteral("001") },
                                 { QStringLiteral("name"), QStringLiteral("Somchai J.") },
                                 { QStringLiteral("total"), 45000 },
                                 { QStringLiteral("currency"), QStringLiteral("THB") } };
        Q_EMIT c->eventReceived(str("monitor_payment_completed"), paid);
        QCOMPARE(st.currentNotice().value(QStringLiteral("ticket")).toString(), str("001"));
        QCOMPARE(notice.count(), 1);
        QTRY_VERIFY(st.currentNotice().isEmpty());
        QCOMPARE(notice.count(), 2);

        // Other events are not notices.
        Q_EMIT c->eventReceived(str("cashier_queue_updated"), { { QStringLiteral("seq"), 4 } });
        Q_EMIT c->eventReceived(str("customer_called"), { { QStringLiteral("seq"), 5 } });
        QCOMPARE(notice.count(), 2);
        QCOMPARE(st.notices()->count(), 1);

        // The same notice again (same seq) is not news: nothing flashes again.
        QJsonObject again = paid;
        again.insert(QStringLiteral("replayed"), true);
        Q_EMIT c->eventReceived(str("monitor_payment_completed"), again);
        QCOMPARE(st.notices()->count(), 1);
        QVERIFY2(st.currentNotice().isEmpty(), "a notice already shown (same seq) was shown again");
        QCOMPARE(notice.count(), 2);
    }

    void formatMoney()
    {
        QCOMPARE(Format::money(45000, str("THB")), str("฿450.00"));
        QCOMPARE(Format::money(-45000, str("THB")), str("-฿450.00"));
        QCOMPARE(Format::money(0, str("THB")), str("฿0.00"));
        QCOMPARE(Format::money(5, str("THB")), str("฿0.05"));
        QCOMPARE(Format::money(-5, str("THB")), str("-฿0.05"));
        QCOMPARE(Format::money(123456789, str("THB")), str("฿1,234,567.89"));
        QCOMPARE(Format::money(1999, str("USD")), str("$19.99"));
        QCOMPARE(Format::money(100, str("EUR")), str("€1.00"));
        QCOMPARE(Format::money(250000, str("IDR")), str("Rp2,500.00"));
        QCOMPARE(Format::money(100, str("SGD")), str("SGD 1.00"));
    }

    void formatMinutes()
    {
        QCOMPARE(Format::minutes(0), str("0 min"));
        QCOMPARE(Format::minutes(5), str("5 min"));
        QCOMPARE(Format::minutes(59), str("59 min"));
        QCOMPARE(Format::minutes(60), str("1 h"));
        QCOMPARE(Format::minutes(95), str("1 h 35 min"));
        QCOMPARE(Format::minutes(120), str("2 h"));
        QCOMPARE(Format::minutes(125), str("2 h 5 min"));
    }

    void formatTimes()
    {
        const QString iso = str("2026-03-02T09:05:00.000Z");
        const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
        QCOMPARE(Format::time(iso), t.toLocalTime().toString(str("HH:mm")));
        QCOMPARE(Format::time(str("not a time")), QString());
        QCOMPARE(Format::secondsBetween(QDateTime(), t), -1);
        QCOMPARE(Format::secondsBetween(t, QDateTime()), -1);
        QCOMPARE(Format::secondsBetween(t, t.addSecs(75)), 75);
        QCOMPARE(Format::secondsBetween(t.addSecs(10), t),
                 0); // a clock a little behind is not negative
        QCOMPARE(Format::minutesSince(iso, t.addSecs(150)), 2);
        QCOMPARE(Format::minutesSince(str(""), t), -1);
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
