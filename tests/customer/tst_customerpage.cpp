// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The customer page (/t/<code>) and its Server-Sent Events stream (/t/<code>/events) against a
// real server in this process (ServerApp on an ephemeral loopback port, temporary SQLite, demo
// venue, manual clock). The streams are read with raw QTcpSockets and QTest::qWaitFor loops: the
// server runs on this thread, so nothing here may block it.

#include "http/customerpage.h"
#include "store/database.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QtTest>

#include <memory>

namespace {

constexpr qint64 kAnna = 3, kBudi = 4, kChai = 5;
constexpr qint64 kThai = 1, kHead = 5; // 60 min, 30 min

// One Server-Sent Events connection, parsed as it arrives.
class SseClient {
public:
    struct Event {
        QByteArray id, name, data;
        QJsonObject json() const { return QJsonDocument::fromJson(data).object(); }
    };

    SseClient(quint16 port, const QString &path,
              const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QByteArray request = "GET " + path.toUtf8() +
            " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) +
            "\r\nAccept: text/event-stream\r\n";
        for (const auto &h : headers)
            request += h.first + ": " + h.second + "\r\n";
        request += "\r\n";
        QObject::connect(&socket, &QTcpSocket::connected,
                         [this, request] { socket.write(request); });
        QObject::connect(&socket, &QTcpSocket::readyRead, [this] { onData(socket.readAll()); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool waitForHeaders(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return status != 0; }, ms);
    }
    // Waits for the next event named `name` at or after index `from`; returns its index or -1.
    int waitFor(const QByteArray &name, int from = 0, int ms = 5000)
    {
        int found = -1;
        (void)QTest::qWaitFor(
            [&] {
                for (int i = from; i < events.size(); ++i)
                    if (events[i].name == name) {
                        found = i;
                        return true;
                    }
                return false;
            },
            ms);
        return found;
    }
    int count(const QByteArray &name, int from = 0) const
    {
        int n = 0;
        for (int i = from; i < events.size(); ++i)
            n += events[i].name == name;
        return n;
    }
    bool closedByServer() const { return socket.state() == QAbstractSocket::UnconnectedState; }

    QTcpSocket socket;
    int status = 0;
    QByteArray headerBlock;
    QByteArray raw; // every byte of the body
    QList<Event> events;
    QList<QByteArray> comments;
    int retryMs = -1;

private:
    void onData(const QByteArray &bytes)
    {
        m_buffer += bytes;
        if (status == 0) {
            const int end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            headerBlock = m_buffer.left(end);
            status = headerBlock.split(' ').value(1).toInt();
            m_buffer.remove(0, end + 4);
        }
        raw += m_buffer;
        int end;
        while ((end = m_buffer.indexOf("\n\n")) >= 0) {
            const QByteArray block = m_buffer.left(end);
            m_buffer.remove(0, end + 2);
            Event e;
            for (const QByteArray &line : block.split('\n')) {
                if (line.startsWith(':'))
                    comments.append(line);
                else if (line.startsWith("id: "))
                    e.id = line.mid(4);
                else if (line.startsWith("event: "))
                    e.name = line.mid(7);
                else if (line.startsWith("data: "))
                    e.data += line.mid(6);
                else if (line.startsWith("retry: "))
                    retryMs = line.mid(7).toInt();
            }
            if (!e.name.isEmpty() || !e.data.isEmpty())
                events.append(e);
        }
    }
    QByteArray m_buffer;
};

QByteArray lastVisitData(const SseClient &c)
{
    for (int i = c.events.size() - 1; i >= 0; --i)
        if (c.events[i].name == "update")
            return c.events[i].data;
    return {};
}

QJsonObject lastVisit(const SseClient &c)
{
    return QJsonDocument::fromJson(lastVisitData(c))
        .object()
        .value(QLatin1String("visit"))
        .toObject();
}

double metric(HttpClient &http, const QByteArray &name)
{
    for (const QByteArray &line : http.get(QStringLiteral("/metrics")).raw.split('\n'))
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toDouble();
    return -1;
}

} // namespace

class TestCustomerPage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<TestServer> server;
    QByteArray m_function;
    QString desk, anna;

    QJsonObject checkIn(const QString &name, qint64 service = kThai)
    {
        const HttpResult r =
            server->post(QStringLiteral("/api/visits"),
                         { { QStringLiteral("customer_name"), name },
                           { QStringLiteral("service_ids"), QJsonArray { service } } },
                         desk);
        if (r.status != 201 && r.status != 200)
            qWarning() << "check-in failed" << r.status << r.raw;
        return r.json.value(QLatin1String("visit")).toObject();
    }
    int act(qint64 visitId, const char *action, const QJsonObject &body = {},
            const QString &token = {})
    {
        const HttpResult r = server->post(
            QStringLiteral("/api/visits/%1/%2").arg(visitId).arg(QLatin1String(action)), body,
            token.isEmpty() ? desk : token);
        if (r.status >= 300)
            qWarning() << action << "failed" << r.status << r.raw;
        return r.status;
    }
    HttpResult page(const QString &code, const QByteArray &acceptLanguage = {})
    {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!acceptLanguage.isEmpty())
            headers.append({ "Accept-Language", acceptLanguage });
        return server->request("GET", QStringLiteral("/t/") + code, {}, {}, headers);
    }
    std::unique_ptr<SseClient> stream(const QString &code,
                                      const QList<QPair<QByteArray, QByteArray>> &headers = {},
                                      const QString &query = {})
    {
        auto c = std::make_unique<SseClient>(
            server->port(), QStringLiteral("/t/%1/events%2").arg(code, query), headers);
        return c;
    }
    qint64 journalSeq(const char *type)
    {
        QSqlQuery q = server->app->database().exec(
            QStringLiteral("SELECT MAX(seq) FROM events WHERE type = ?"),
            { QString::fromLatin1(type) });
        return q.next() ? q.value(0).toLongLong() : -1;
    }
    CustomerPage *customerPage() { return server->app->http()->customerPage(); }

private Q_SLOTS:
    void init()
    {
        // The rows of one data-driven test share a server (they read pages); others get a fresh
        // one.
        const QByteArray function = QTest::currentTestFunction();
        if (server && QTest::currentDataTag() && function == m_function)
            return;
        m_function = function;
        server.reset();
        server = std::make_unique<TestServer>();
        QVERIFY(server->start());
        desk = server->login(QStringLiteral("cashier"), QStringLiteral("cashier"));
        anna = server->loginTherapist(kAnna, QStringLiteral("1111"));
        QVERIFY(!desk.isEmpty());
        QVERIFY(!anna.isEmpty());
    }
    void cleanupTestCase() { server.reset(); }

    void pageForKnownCode()
    {
        checkIn(QStringLiteral("Somchai Jaidee"));
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"));
        const QString code = v.value(QLatin1String("code")).toString();
        QCOMPARE(v.value(QLatin1String("ticket")).toString(), QStringLiteral("002"));

        const HttpResult r = page(code);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("content-type"), QByteArray("text/html; charset=utf-8"));
        QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
        QVERIFY(r.header("content-security-policy").contains("default-src 'none'"));
        QCOMPARE(r.header("referrer-policy"), QByteArray("no-referrer"));
        const QString html = QString::fromUtf8(r.raw);
        QVERIFY(html.startsWith(QLatin1String("<!doctype html>")));
        QVERIFY(html.contains(QLatin1String("<html lang=\"en\">")));
        // The first state is in the HTML itself, not only in the script.
        QVERIFY(html.contains(QLatin1String("<p class=\"ticket\" id=\"ticket\">002</p>")));
        QVERIFY(html.contains(QLatin1String("data-state=\"waiting\" role=\"status\">Waiting</p>")));
        QVERIFY(
            html.contains(QLatin1String("<dt>Position in line</dt><dd id=\"position\">2</dd>")));
        QVERIFY(html.contains(QLatin1String("<dt>Estimated wait</dt><dd id=\"wait\">")));
        QVERIFY(html.contains(QLatin1String("Lotus Day Spa")));
        QVERIFY(html.contains(QStringLiteral("฿450.00")));
        QVERIFY(html.contains(QLatin1String("id=\"called\" aria-live=\"assertive\" hidden")));
        // Self-contained: no outside scripts, styles, fonts or images.
        QVERIFY(!html.contains(QLatin1String("src=")));
        QVERIFY(!html.contains(QLatin1String("http://")));
        QVERIFY(!html.contains(QLatin1String("https://")));
        QVERIFY(!html.contains(QLatin1String("@import")));
        QVERIFY(!html.contains(QLatin1String("<link rel=\"stylesheet\"")));
        // The script's nonce is the one the policy allows.
        const QByteArray csp = r.header("content-security-policy");
        const QRegularExpression nonce(QStringLiteral("script-src 'nonce-([^']+)'"));
        const auto m = nonce.match(QString::fromLatin1(csp));
        QVERIFY(m.hasMatch());
        QVERIFY(html.contains(QStringLiteral("<script nonce=\"%1\">").arg(m.captured(1))));
        // Only this customer's ticket: nothing of the other visit.
        QVERIFY(!html.contains(QLatin1String("Somchai")));
        QVERIFY(!html.contains(QLatin1String("\"001\"")));

        // Codes are case-insensitive, like the printed ticket's.
        QCOMPARE(page(code.toLower()).status, 200);
        // A trailing slash (some QR scanners add one) is the same page.
        const HttpResult slashed = page(code + QStringLiteral("/"));
        QCOMPARE(slashed.status, 200);
        QVERIFY(slashed.raw.contains("<p class=\"ticket\" id=\"ticket\">002</p>"));
    }

    void pageLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("words");
        QTest::newRow("none") << QByteArray() << "en"
                              << "Position in line";
        QTest::newRow("thai") << QByteArray("th") << "th"
                              << "ลำดับคิว";
        QTest::newRow("thai region") << QByteArray("th-TH,th;q=0.9,en-US;q=0.8,en;q=0.7") << "th"
                                     << "ลำดับคิว";
        QTest::newRow("indonesian") << QByteArray("id-ID,id;q=0.9") << "id"
                                    << "Posisi antrean";
        QTest::newRow("old indonesian code") << QByteArray("in") << "id"
                                             << "Posisi antrean";
        QTest::newRow("weights") << QByteArray("fr-FR,fr;q=0.9,th;q=0.5,en;q=0.4") << "th"
                                 << "ลำดับคิว";
        QTest::newRow("english first") << QByteArray("en-GB,th;q=0.8") << "en"
                                       << "Position in line";
        QTest::newRow("unknown") << QByteArray("de-DE,de;q=0.9") << "en"
                                 << "Position in line";
        QTest::newRow("refused") << QByteArray("th;q=0,id;q=0.1") << "id"
                                 << "Posisi antrean";
        QTest::newRow("garbage") << QByteArray(";;,,q=abc,--") << "en"
                                 << "Position in line";
    }
    void pageLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, lang);
        QFETCH(QString, words);
        checkIn(QStringLiteral("Somchai Jaidee"));
        const QString code =
            checkIn(QStringLiteral("Ploy Srisai")).value(QLatin1String("code")).toString();
        const HttpResult r = page(code, acceptLanguage);
        QCOMPARE(r.status, 200);
        const QString html = QString::fromUtf8(r.raw);
        QVERIFY2(html.contains(QStringLiteral("<html lang=\"%1\">").arg(lang)),
                 qPrintable(html.left(200)));
        QVERIFY(html.contains(words));
        QCOMPARE(r.header("content-language"), lang.toLatin1());
        QCOMPARE(r.header("vary"), QByteArray("Accept-Language"));
        QCOMPARE(CustomerPage::language(acceptLanguage), lang);
    }

    void pageLanguageOverride()
    {
        const QString code =
            checkIn(QStringLiteral("Ploy Srisai")).value(QLatin1String("code")).toString();
        const HttpResult r = server->request("GET", QStringLiteral("/t/%1?lang=id").arg(code), {},
                                             {}, { { "Accept-Language", "th" } });
        QCOMPARE(r.status, 200);
        QVERIFY(QString::fromUtf8(r.raw).contains(QLatin1String("<html lang=\"id\">")));
        QCOMPARE(CustomerPage::language("th", QStringLiteral("xx")), QStringLiteral("th"));
    }

    void pageStates()
    {
        // Thai: the called banner names the therapist and the room in Thai words.
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"));
        const qint64 id = qint64(v.value(QLatin1String("id")).toDouble());
        const QString code = v.value(QLatin1String("code")).toString();
        QCOMPARE(act(id, "assign", { { QStringLiteral("therapist_id"), kAnna } }), 200);
        QCOMPARE(act(id, "call", {}, anna), 200);
        QString html = QString::fromUtf8(page(code, "th").raw);
        QVERIFY(html.contains(QLatin1String("data-state=\"called\"")));
        QVERIFY(html.contains(QStringLiteral("พนักงานนวด Anna พร้อมให้บริการแล้ว — Room 1")));
        QVERIFY(!html.contains(QLatin1String("id=\"called\" aria-live=\"assertive\" hidden")));
        html = QString::fromUtf8(page(code).raw);
        QVERIFY(html.contains(QStringLiteral("Your therapist Anna is ready — Room 1")));

        QCOMPARE(act(id, "start", {}, anna), 200);
        QCOMPARE(act(id, "complete", {}, anna), 200);
        html = QString::fromUtf8(page(code).raw);
        QVERIFY(html.contains(QStringLiteral("Please pay at the front desk: ฿450.00")));
        QVERIFY(html.contains(QLatin1String("id=\"paid\" aria-live=\"polite\" hidden")));
        QCOMPARE(act(id, "payments",
                     { { QStringLiteral("method"), QStringLiteral("card") },
                       { QStringLiteral("amount"), 45000 },
                       { QStringLiteral("idempotency_key"), QStringLiteral("page-states-1") } }),
                 201);
        html = QString::fromUtf8(page(code, "id").raw);
        QVERIFY(html.contains(QStringLiteral("Sudah dibayar — terima kasih")));
        QVERIFY(!html.contains(QLatin1String("id=\"paid\" aria-live=\"polite\" hidden")));
        // A finished ticket no longer asks a script-less browser to reload.
        QVERIFY(!html.contains(QLatin1String("http-equiv=\"refresh\"")));
    }

    void pageEscapesData()
    {
        server->app->domain().venue().setSetting(QStringLiteral("venue_name"),
                                                 QStringLiteral("<b>Spa & Co</b>"));
        const QJsonObject v = checkIn(QStringLiteral("Eve </script><script>alert(1)</script>"));
        const HttpResult r = page(v.value(QLatin1String("code")).toString());
        QCOMPARE(r.status, 200);
        const QString html = QString::fromUtf8(r.raw);
        QVERIFY(html.contains(QLatin1String("&lt;b&gt;Spa &amp; Co&lt;/b&gt;")));
        QVERIFY(!html.contains(QLatin1String("<b>Spa")));
        QVERIFY(!html.contains(QLatin1String("alert(1)</script>")));
        QCOMPARE(html.count(QLatin1String("</script>")), 2); // the data block and the script
    }

    void unknownCode_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("words");
        QTest::newRow("unknown") << "/t/ZZZZZZZZZZ" << QByteArray() << "We can't find this ticket";
        QTest::newRow("unknown thai") << "/t/ZZZZZZZZZZ" << QByteArray("th-TH") << "ไม่พบบัตรคิวนี้";
        QTest::newRow("unknown indonesian")
            << "/t/ZZZZZZZZZZ" << QByteArray("id") << "Tiket ini tidak ditemukan";
        QTest::newRow("markup") << "/t/%3Cscript%3Ealert(1)%3C%2Fscript%3E" << QByteArray()
                                << "We can't find this ticket";
        QTest::newRow("quote") << "/t/abc'%22;--" << QByteArray() << "We can't find this ticket";
        QTest::newRow("too long") << QStringLiteral("/t/") + QString(300, QLatin1Char('A'))
                                  << QByteArray() << "We can't find this ticket";
        QTest::newRow("short") << "/t/A" << QByteArray() << "We can't find this ticket";
        QTest::newRow("events unknown")
            << "/t/ZZZZZZZZZZ/events" << QByteArray("th") << "ไม่พบบัตรคิวนี้";
        QTest::newRow("events malformed")
            << "/t/%25%00x/events" << QByteArray() << "We can't find this ticket";
        QTest::newRow("extra segments")
            << "/t/abc/def/ghi" << QByteArray("id") << "Tiket ini tidak ditemukan";
        QTest::newRow("bare") << "/t/" << QByteArray() << "We can't find this ticket";
    }
    void unknownCode()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, words);
        checkIn(QStringLiteral("Ploy Srisai"));
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!acceptLanguage.isEmpty())
            headers.append({ "Accept-Language", acceptLanguage });
        const HttpResult r = server->request("GET", path, {}, {}, headers);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.header("content-type"), QByteArray("text/html; charset=utf-8"));
        const QString html = QString::fromUtf8(r.raw);
        QVERIFY(html.startsWith(QLatin1String("<!doctype html>")));
        QVERIFY2(html.contains(words), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("id=\"not-found\"")));
        QVERIFY(!html.contains(QLatin1String("alert(1)")));
        QVERIFY(!html.contains(QLatin1String("\"error\"")));
        QVERIFY(!html.contains(QLatin1String("<script"))); // a static page
    }

    void streamUpdatesOnAssignAndCall()
    {
        const QJsonObject first = checkIn(QStringLiteral("Somchai Jaidee"));
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"));
        const qint64 id = qint64(v.value(QLatin1String("id")).toDouble());
        auto sse = stream(v.value(QLatin1String("code")).toString());
        auto other = stream(first.value(QLatin1String("code")).toString());
        QVERIFY(sse->waitForHeaders());
        QCOMPARE(sse->status, 200);
        QVERIFY(sse->headerBlock.contains("Content-Type: text/event-stream; charset=utf-8"));
        QVERIFY(sse->headerBlock.contains("Cache-Control: no-store"));
        QVERIFY(!sse->headerBlock.contains("Content-Length"));
        QVERIFY(sse->waitFor("update") == 0);
        QCOMPARE(sse->retryMs, CustomerPage::kRetryMs);
        QJsonObject view = lastVisit(*sse);
        QCOMPARE(view.value(QLatin1String("ticket")).toString(), QStringLiteral("002"));
        QCOMPARE(view.value(QLatin1String("status")).toString(), QStringLiteral("waiting"));
        QCOMPARE(view.value(QLatin1String("position")).toInt(), 2);
        QCOMPARE(sse->events[0].id.toLongLong(), server->app->domain().views().journal().lastSeq());
        QVERIFY(other->waitFor("update") == 0);
        QCOMPARE(metric(*server, "spa_customer_streams"), 2.0);

        // Assign: an update with the therapist and the room.
        int from = sse->events.size();
        QCOMPARE(act(id, "assign", { { QStringLiteral("therapist_id"), kAnna } }), 200);
        int at = sse->waitFor("update", from);
        QVERIFY(at >= 0);
        view = lastVisit(*sse);
        QCOMPARE(view.value(QLatin1String("status")).toString(), QStringLiteral("assigned"));
        QCOMPARE(view.value(QLatin1String("therapist")).toString(), QStringLiteral("Anna"));
        QCOMPARE(view.value(QLatin1String("room")).toString(), QStringLiteral("Room 1"));
        QCOMPARE(sse->events[at].id.toLongLong(),
                 server->app->domain().views().journal().lastSeq());

        // Anna presses "call": `called` within a second, before the update that follows it.
        from = sse->events.size();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(act(id, "call", {}, anna), 200);
        const int called = sse->waitFor("called", from, 1000);
        QVERIFY2(called >= 0, "no `called` event within a second");
        QVERIFY(timer.elapsed() < 1000);
        const QJsonObject notice = sse->events[called].json();
        QCOMPARE(notice.value(QLatin1String("ticket")).toString(), QStringLiteral("002"));
        QCOMPARE(notice.value(QLatin1String("therapist"))
                     .toObject()
                     .value(QLatin1String("name"))
                     .toString(),
                 QStringLiteral("Anna"));
        QCOMPARE(
            notice.value(QLatin1String("room")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Room 1"));
        QCOMPARE(sse->events[called].id.toLongLong(), journalSeq("visit_called"));
        QCOMPARE(notice.value(QLatin1String("seq")).toInteger(), journalSeq("visit_called"));
        at = sse->waitFor("update", called);
        QVERIFY(at > called);
        QVERIFY(!lastVisit(*sse).value(QLatin1String("called_at")).toString().isEmpty());

        // The other customer's stream never carries this ticket's notices or data.
        QTest::qWait(50);
        QCOMPARE(other->count("called"), 0);
        QVERIFY(!other->raw.contains("Ploy"));
        QVERIFY(!other->raw.contains("\"002\""));
        QVERIFY(!sse->raw.contains("Somchai"));
    }

    void streamPaid()
    {
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"), kHead);
        const qint64 id = qint64(v.value(QLatin1String("id")).toDouble());
        QCOMPARE(act(id, "assign", { { QStringLiteral("therapist_id"), kAnna } }), 200);
        QCOMPARE(act(id, "start", {}, anna), 200);
        auto sse = stream(v.value(QLatin1String("code")).toString());
        QVERIFY(sse->waitFor("update") >= 0);
        QCOMPARE(lastVisit(*sse).value(QLatin1String("status")).toString(),
                 QStringLiteral("in_service"));
        QCOMPARE(act(id, "complete", {}, anna), 200);
        QVERIFY(sse->waitFor("update", 1) >= 0);
        QCOMPARE(lastVisit(*sse).value(QLatin1String("status")).toString(),
                 QStringLiteral("awaiting_payment"));
        QCOMPARE(lastVisit(*sse).value(QLatin1String("balance_due")).toInt(), 25000);
        const int from = sse->events.size();
        QCOMPARE(act(id, "payments",
                     { { QStringLiteral("method"), QStringLiteral("cash") },
                       { QStringLiteral("amount"), 25000 },
                       { QStringLiteral("tendered"), 30000 },
                       { QStringLiteral("idempotency_key"), QStringLiteral("stream-paid-1") } }),
                 201);
        const int paid = sse->waitFor("paid", from, 1000);
        QVERIFY(paid >= 0);
        QCOMPARE(sse->events[paid].json().value(QLatin1String("total")).toInt(), 25000);
        QCOMPARE(sse->events[paid].id.toLongLong(), journalSeq("payment_completed"));
        QVERIFY(sse->waitFor("update", paid) > paid);
        QCOMPARE(lastVisit(*sse).value(QLatin1String("status")).toString(), QStringLiteral("paid"));
        QCOMPARE(lastVisit(*sse).value(QLatin1String("balance_due")).toInt(), 0);
    }

    void unchangedViewIsNotResent()
    {
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"));
        auto sse = stream(v.value(QLatin1String("code")).toString());
        QVERIFY(sse->waitFor("update") == 0);
        // A commit that does not touch this ticket's view: a new service.
        const QString admin = server->login(QStringLiteral("admin"), QStringLiteral("admin"));
        const HttpResult r = server->post(QStringLiteral("/api/services"),
                                          { { QStringLiteral("name"), QStringLiteral("Hot Stone") },
                                            { QStringLiteral("price"), 90000 },
                                            { QStringLiteral("duration_min"), 60 } },
                                          admin);
        QCOMPARE(r.status, 201);
        QTest::qWait(200);
        QCOMPARE(sse->count("update"), 1);
        // A commit that does change it.
        QCOMPARE(act(qint64(v.value(QLatin1String("id")).toDouble()), "assign",
                     { { QStringLiteral("therapist_id"), kBudi } }),
                 200);
        QVERIFY(sse->waitFor("update", 1) == 1);
        QCOMPARE(sse->count("update"), 2);
    }

    void lastEventIdReplay()
    {
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"), kHead);
        const QJsonObject w = checkIn(QStringLiteral("Nok Wongsa"), kHead);
        const qint64 id = qint64(v.value(QLatin1String("id")).toDouble());
        const qint64 wid = qint64(w.value(QLatin1String("id")).toDouble());
        const QString code = v.value(QLatin1String("code")).toString();
        QCOMPARE(act(id, "assign", { { QStringLiteral("therapist_id"), kAnna } }), 200);
        QCOMPARE(act(wid, "assign", { { QStringLiteral("therapist_id"), kBudi } }), 200);
        QCOMPARE(act(id, "call", {}, anna), 200);
        const qint64 calledSeq = journalSeq("visit_called");
        QCOMPARE(act(wid, "call"), 200); // another customer's notice, after ours

        // A first connect without an id: the state only.
        auto fresh = stream(code);
        QVERIFY(fresh->waitFor("update") == 0);
        QCOMPARE(fresh->count("called"), 0);

        // Reconnecting with the id before the call: the call again (replayed), then the state.
        auto resumed = stream(code, { { "Last-Event-ID", QByteArray::number(calledSeq - 1) } });
        const int update = resumed->waitFor("update");
        QVERIFY(update >= 0);
        QCOMPARE(resumed->count("called"), 1);
        const int called = resumed->waitFor("called");
        QVERIFY(called < update);
        QCOMPARE(resumed->events[called].id.toLongLong(), calledSeq);
        const QJsonObject notice = resumed->events[called].json();
        QCOMPARE(notice.value(QLatin1String("replayed")).toBool(), true);
        QCOMPARE(notice.value(QLatin1String("visit_id")).toInteger(), id);
        QCOMPARE(
            notice.value(QLatin1String("room")).toObject().value(QLatin1String("name")).toString(),
            QStringLiteral("Room 1"));

        // With the call's own id: nothing to replay.
        auto upToDate = stream(code, { { "Last-Event-ID", QByteArray::number(calledSeq) } });
        QVERIFY(upToDate->waitFor("update") == 0);
        QCOMPARE(upToDate->count("called"), 0);

        // The page's first connect passes the seq it was rendered at as ?since=.
        auto since = stream(code, {}, QStringLiteral("?since=%1").arg(calledSeq - 1));
        QVERIFY(since->waitFor("update") >= 0);
        QCOMPARE(since->count("called"), 1);
        // Last-Event-ID wins over ?since=.
        auto both = stream(code, { { "Last-Event-ID", QByteArray::number(calledSeq) } },
                           QStringLiteral("?since=0"));
        QVERIFY(both->waitFor("update") >= 0);
        QCOMPARE(both->count("called"), 0);
        // Garbage ids are ignored rather than refused.
        auto garbage = stream(code, { { "Last-Event-ID", "abc" } });
        QVERIFY(garbage->waitFor("update") == 0);
        QCOMPARE(garbage->count("called"), 0);

        // After paying: from 0, both notices of this visit in order, none of the other's.
        QCOMPARE(act(id, "start", {}, anna), 200);
        QCOMPARE(act(id, "complete", {}, anna), 200);
        QCOMPARE(act(id, "payments",
                     { { QStringLiteral("method"), QStringLiteral("card") },
                       { QStringLiteral("amount"), 25000 },
                       { QStringLiteral("idempotency_key"), QStringLiteral("replay-paid-1") } }),
                 201);
        auto all = stream(code, { { "Last-Event-ID", "0" } });
        QVERIFY(all->waitFor("update") >= 0);
        QStringList names;
        for (const auto &e : all->events) {
            names.append(QString::fromLatin1(e.name));
            if (e.name != "update")
                QCOMPARE(e.json().value(QLatin1String("visit_id")).toInteger(), id);
        }
        QCOMPARE(names,
                 QStringList({ QStringLiteral("called"), QStringLiteral("paid"),
                               QStringLiteral("update") }));
        QVERIFY(all->events[0].id.toLongLong() < all->events[1].id.toLongLong());
        QCOMPARE(all->events[1].id.toLongLong(), journalSeq("payment_completed"));
    }

    void deadStreamIsDropped()
    {
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"));
        const QJsonObject w = checkIn(QStringLiteral("Nok Wongsa"));
        const qint64 id = qint64(v.value(QLatin1String("id")).toDouble());
        const QString code = v.value(QLatin1String("code")).toString();
        auto a = stream(code);
        auto b = stream(code);
        auto c = stream(w.value(QLatin1String("code")).toString());
        QVERIFY(a->waitFor("update") == 0);
        QVERIFY(b->waitFor("update") == 0);
        QVERIFY(c->waitFor("update") == 0);
        QCOMPARE(customerPage()->streamCount(), 3);

        a->socket.abort(); // the phone went away
        QVERIFY(QTest::qWaitFor([this] { return customerPage()->streamCount() == 2; }, 5000));
        QCOMPARE(metric(*server, "spa_customer_streams"), 2.0);

        QCOMPARE(act(id, "assign", { { QStringLiteral("therapist_id"), kAnna } }), 200);
        QVERIFY(b->waitFor("update", 1) == 1);
        QCOMPARE(lastVisit(*b).value(QLatin1String("status")).toString(),
                 QStringLiteral("assigned"));
        QCOMPARE(act(id, "call", {}, anna), 200);
        QVERIFY(b->waitFor("called", 1) >= 0);
        QVERIFY(!b->closedByServer());
        QVERIFY(!c->closedByServer());
        QCOMPARE(customerPage()->streamCount(), 2);

        // Clients that close their end: dropped, with the heartbeat running fast to find them too.
        c.reset();
        b.reset();
        customerPage()->setHeartbeatInterval(50);
        QVERIFY(QTest::qWaitFor([this] { return customerPage()->streamCount() == 0; }, 5000));
        // The server still serves pages and new streams.
        auto again = stream(code);
        QVERIFY(again->waitFor("update") == 0);
        QCOMPARE(page(code).status, 200);
    }

    void streamsPerVisitAreCapped()
    {
        const QString code =
            checkIn(QStringLiteral("Ploy Srisai")).value(QLatin1String("code")).toString();
        std::vector<std::unique_ptr<SseClient>> clients;
        for (int i = 0; i < CustomerPage::kStreamsPerVisit + 1; ++i) {
            clients.push_back(stream(code));
            QVERIFY(clients.back()->waitFor("update") == 0);
        }
        // The oldest is closed; the newest keep going.
        QVERIFY(QTest::qWaitFor([&] { return clients.front()->closedByServer(); }, 5000));
        QVERIFY(QTest::qWaitFor(
            [this] { return customerPage()->streamCount() == CustomerPage::kStreamsPerVisit; },
            5000));
        for (std::size_t i = 1; i < clients.size(); ++i)
            QVERIFY(!clients[i]->closedByServer());
    }

    void heartbeatAndMovingWaits()
    {
        // Everyone working is busy for an hour: the next walk-in waits.
        for (qint64 therapist : { kAnna, kBudi, kChai }) {
            const qint64 id = qint64(checkIn(QStringLiteral("Busy %1").arg(therapist))
                                         .value(QLatin1String("id"))
                                         .toDouble());
            QCOMPARE(act(id, "assign", { { QStringLiteral("therapist_id"), therapist } }), 200);
            QCOMPARE(act(id, "start"), 200);
        }
        const QJsonObject v = checkIn(QStringLiteral("Ploy Srisai"));
        auto sse = stream(v.value(QLatin1String("code")).toString());
        QVERIFY(sse->waitFor("update") == 0);
        QCOMPARE(lastVisit(*sse).value(QLatin1String("estimated_wait_min")).toInt(), 60);
        QCOMPARE(lastVisit(*sse).value(QLatin1String("position")).toInt(), 1);

        customerPage()->setHeartbeatInterval(100);
        QVERIFY(QTest::qWaitFor([&] { return !sse->comments.isEmpty(); }, 3000));
        QCOMPARE(sse->count("update"), 1); // nothing changed, nothing resent
        server->clock.advanceSecs(10 * 60);
        QVERIFY(sse->waitFor("update", 1) >= 1);
        QCOMPARE(lastVisit(*sse).value(QLatin1String("estimated_wait_min")).toInt(), 50);
    }
};

QTEST_MAIN(TestCustomerPage)
#include "tst_customerpage.moc"
