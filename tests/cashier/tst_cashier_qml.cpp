// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Qt Quick Tests of the front desk's forms (cashier_app/MoneyField.qml, CheckoutDialog.qml,
// CheckInDialog.qml): what a money field accepts, Pay and Check-in disabled until the form adds
// up, and the server's refusal shown in the form. The test files are in tests/cashier/qml.
//
// Every test engine gets the Spa and SpaCashier modules (import path qrc:/) and these context
// properties:
//   testServerUrl: a real in-process spa-server with the demo venue (cashier/cashier), whose clock
//                  is the real time so sessions do not expire at once;
//   testSupport:   this object, which does what another desk or the owner would do meanwhile, over
//                  REST: awaitingVisit(name, serviceIds), payInFull(visitId), retireService(id),
//                  paymentCount(visitId), storedPayments(visitId) (GET /api/payments),
//                  serveVisit(visitId) (start and complete), adminGet(path), adminPut(path, body),
//                  assignedWalkIn(name), cancelVisit(visitId), newDeskUser(username, password),
//                  canSignIn(username, password), paidVisit(name, method), startShift(float),
//                  the desk's words for a refused payment or check-in (payError, checkInError),
//                  customer records (newCustomer, customerVisitIds, findCustomers), therapists
//                  added and their status set (newTherapist, setTherapistStatus).
#include "servererrors.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QQmlContext>
#include <QQmlEngine>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
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
// What the desk shows for a refusal: ServerErrors' words for the codes it knows, else the server's.
QString message(const HttpResult &r)
{
    return ServerErrors::text(r.json.value(QLatin1String("error")).toObject());
}
QString freshKey()
{
    return str("qml-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class Setup : public QObject {
    Q_OBJECT

public:
    Setup() = default;

    // A visit of Anna's, served and awaiting payment, as GET /api/visits/{id} answers it.
    Q_INVOKABLE QVariantMap awaitingVisit(const QString &name, const QVariantList &serviceIds)
    {
        QJsonArray ids;
        for (const QVariant &v : serviceIds)
            ids.append(v.toLongLong());
        const HttpResult r = m_server->post(str("/api/visits"),
                                            { { str("customer_name"), name },
                                              { str("service_ids"), ids },
                                              { str("therapist_id"), 3 } },
                                            desk());
        const qint64 id = qint64(
            r.json.value(QLatin1String("visit")).toObject().value(QLatin1String("id")).toDouble());
        if (r.status != 201 ||
            m_server->post(str("/api/visits/%1/start").arg(id), {}, desk()).status != 200 ||
            m_server->post(str("/api/visits/%1/complete").arg(id), {}, desk()).status != 200) {
            qWarning() << "could not make a visit awaiting payment" << r.raw;
            return {};
        }
        return m_server->get(str("/api/visits/%1").arg(id), desk())
            .json.value(QLatin1String("visit"))
            .toObject()
            .toVariantMap();
    }

    // Another desk takes the whole balance by card; the HTTP status.
    Q_INVOKABLE int payInFull(qint64 visitId)
    {
        const QJsonObject visit = m_server->get(str("/api/visits/%1").arg(visitId), desk())
                                      .json.value(QLatin1String("visit"))
                                      .toObject();
        return m_server
            ->post(str("/api/visits/%1/payments").arg(visitId),
                   { { str("method"), str("card") },
                     { str("amount"), visit.value(QLatin1String("balance_due")).toDouble() },
                     { str("idempotency_key"), freshKey() } },
                   desk())
            .status;
    }

    // What the server answers a cash payment of `amount` now (its message, "" when it took it).
    Q_INVOKABLE QString payError(qint64 visitId, qint64 amount)
    {
        return message(m_server->post(str("/api/visits/%1/payments").arg(visitId),
                                      { { str("method"), str("cash") },
                                        { str("amount"), amount },
                                        { str("idempotency_key"), freshKey() } },
                                      desk()));
    }

    // What the server answers a check-in now (its message); never takes one (the list is refused).
    Q_INVOKABLE QString checkInError(const QString &name, const QVariantList &serviceIds)
    {
        QJsonArray ids;
        for (const QVariant &v : serviceIds)
            ids.append(v.toLongLong());
        const HttpResult r =
            m_server->post(str("/api/visits"),
                           { { str("customer_name"), name }, { str("service_ids"), ids } }, desk());
        if (r.status == 201)
            qWarning() << "checkInError: the server took the check-in";
        return message(r);
    }

    // The owner retires a service; true when the server agreed.
    Q_INVOKABLE bool retireService(qint64 id)
    {
        return m_server->request("DELETE", str("/api/services/%1").arg(id), {}, admin()).status ==
            200;
    }

    Q_INVOKABLE int paymentCount(qint64 visitId)
    {
        int n = 0;
        const QJsonObject visit = m_server->get(str("/api/visits/%1").arg(visitId), desk())
                                      .json.value(QLatin1String("visit"))
                                      .toObject();
        for (const QJsonValue &p : visit.value(QLatin1String("payments")).toArray())
            if (p.toObject().value(QLatin1String("kind")).toString() == QLatin1String("payment"))
                ++n;
        return n;
    }

    // The payments (not voids) the server stored for a visit, oldest first, as GET /api/payments
    // lists them: {method, amount, tip, tendered, change_due, ...}.
    Q_INVOKABLE QVariantList storedPayments(qint64 visitId)
    {
        QVariantList out;
        const QJsonObject r = m_server->get(str("/api/payments"), desk()).json;
        for (const QJsonValue &p : r.value(QLatin1String("payments")).toArray()) {
            const QJsonObject o = p.toObject();
            if (qint64(o.value(QLatin1String("visit_id")).toDouble()) == visitId &&
                o.value(QLatin1String("kind")).toString() == QLatin1String("payment"))
                out.append(o.toVariantMap());
        }
        return out;
    }

    // A walk-in, waiting for the turn order, as GET /api/visits/{id} answers it.
    Q_INVOKABLE QVariantMap waitingVisit(const QString &name)
    {
        const HttpResult r = m_server->post(
            str("/api/visits"),
            { { str("customer_name"), name }, { str("service_ids"), QJsonArray { 1 } } }, desk());
        return r.json.value(QLatin1String("visit")).toObject().toVariantMap();
    }

    // The therapist starts and completes an assigned visit; true when the server took both.
    Q_INVOKABLE bool serveVisit(qint64 visitId)
    {
        return m_server->post(str("/api/visits/%1/start").arg(visitId), {}, desk()).status == 200 &&
            m_server->post(str("/api/visits/%1/complete").arg(visitId), {}, desk()).status == 200;
    }

    Q_INVOKABLE QString visitStatus(qint64 visitId)
    {
        return m_server->get(str("/api/visits/%1").arg(visitId), desk())
            .json.value(QLatin1String("visit"))
            .toObject()
            .value(QLatin1String("status"))
            .toString();
    }

    // What the server answers an admin's GET of `path` (rooms, settings), as a map.
    Q_INVOKABLE QVariantMap adminGet(const QString &path)
    {
        return m_server->get(path, admin()).json.toVariantMap();
    }

    // The desk cancels a visit (it leaves the board); true when the server took it.
    Q_INVOKABLE bool cancelVisit(qint64 visitId)
    {
        return m_server
                   ->post(str("/api/visits/%1/cancel").arg(visitId),
                          { { str("reason"), str("test") } }, desk())
                   .status == 200;
    }

    // An admin's PUT of `body` to `path` (a setting changed meanwhile); the HTTP status.
    Q_INVOKABLE int adminPut(const QString &path, const QVariantMap &body)
    {
        return m_server->put(path, QJsonObject::fromVariantMap(body), admin()).status;
    }

    // A therapist the admin adds, with `status` set by the desk ("on_break" shows them in the
    // assign dialog without changing the turn order other tests rely on); their staff id, 0 when
    // refused.
    Q_INVOKABLE qint64 newTherapist(const QString &name, const QString &pin, const QString &status)
    {
        const HttpResult r = m_server->post(str("/api/staff"),
                                            { { str("display_name"), name },
                                              { str("role"), str("therapist") },
                                              { str("pin"), pin } },
                                            admin());
        const qint64 id = qint64(
            r.json.value(QLatin1String("staff")).toObject().value(QLatin1String("id")).toDouble());
        if (r.status != 201 || !setTherapistStatus(id, status))
            return 0;
        return id;
    }

    // The desk sets a therapist's status ("off" takes them off the desk's lists again).
    Q_INVOKABLE bool setTherapistStatus(qint64 id, const QString &status)
    {
        return m_server
                   ->put(str("/api/therapists/%1/status").arg(id), { { str("status"), status } },
                         desk())
                   .status == 200;
    }

    // A walk-in checked in and assigned by the turn order, so a room holds a guest; the visit as
    // the server answered the assignment (its "room" among it).
    Q_INVOKABLE QVariantMap assignedWalkIn(const QString &name)
    {
        const QVariantMap v = waitingVisit(name);
        return m_server
            ->post(str("/api/visits/%1/assign").arg(v.value(str("id")).toLongLong()), {}, desk())
            .json.value(QLatin1String("visit"))
            .toObject()
            .toVariantMap();
    }

    // A new front-desk account made by the admin, for a test that changes its password.
    Q_INVOKABLE bool newDeskUser(const QString &username, const QString &password)
    {
        return m_server
                   ->post(str("/api/staff"),
                          { { str("display_name"), username },
                            { str("role"), str("cashier") },
                            { str("username"), username },
                            { str("password"), password } },
                          admin())
                   .status == 201;
    }

    // Whether the server signs this person in with this password now.
    Q_INVOKABLE bool canSignIn(const QString &username, const QString &password)
    {
        return m_server
                   ->post(str("/api/login"),
                          { { str("username"), username }, { str("password"), password } })
                   .status == 200;
    }

    // A visit served by Anna and paid in full by `method` (cash: a shift must be open); its id.
    Q_INVOKABLE qint64 paidVisit(const QString &name, const QString &method)
    {
        const qint64 id = awaitingVisit(name, { 1 }).value(str("id")).toLongLong();
        const QJsonObject v = m_server->get(str("/api/visits/%1").arg(id), desk())
                                  .json.value(QLatin1String("visit"))
                                  .toObject();
        const bool cash = method == QLatin1String("cash");
        return m_server
                    ->post(str("/api/visits/%1/payments").arg(id),
                           { { str("method"), method },
                             { str("amount"),
                               v.value(QLatin1String(cash ? "cash_due" : "balance_due")) },
                             { str("idempotency_key"), freshKey() } },
                           desk())
                    .status == 201
            ? id
            : 0;
    }

    // Opens the cash shift with `openingFloat`, closing one left open first; the HTTP status.
    Q_INVOKABLE int startShift(qint64 openingFloat)
    {
        const QJsonObject open =
            m_server->get(str("/api/shifts"), desk()).json.value(QLatin1String("open")).toObject();
        if (!open.isEmpty())
            m_server->post(str("/api/shifts/%1/close").arg(open.value(QLatin1String("id")).toInt()),
                           { { str("counted"), open.value(QLatin1String("expected")) } }, desk());
        return m_server->post(str("/api/shifts"), { { str("float"), openingFloat } }, desk())
            .status;
    }

public Q_SLOTS:
    void applicationAvailable()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QStandardPaths::setTestModeEnabled(true); // Session keeps its token in QSettings
        QCoreApplication::setOrganizationName(str("SpaSuiteTest"));
        QCoreApplication::setApplicationName(str("tst_cashier_qml"));
        QSettings().clear();
        m_server = TestServer::startOnRealClock();
        if (!m_server)
            qFatal("tst_cashier_qml: the test server did not start");
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

    // Issue 16: a customer record as the desk keeps it (its id, 0 when refused), and the ids of
    // the visits the server counts in a record's history (GET /api/customers/{id}).
    Q_INVOKABLE qint64 newCustomer(const QString &name, const QString &phone, const QString &notes,
                                   const QString &healthNotes, qint64 preferredTherapistId)
    {
        QJsonObject body { { str("name"), name }, { str("phone"), phone } };
        if (!notes.isEmpty())
            body.insert(str("notes"), notes);
        if (!healthNotes.isEmpty())
            body.insert(str("health_notes"), healthNotes);
        if (preferredTherapistId > 0)
            body.insert(str("preferred_therapist_id"), preferredTherapistId);
        const HttpResult r = m_server->post(str("/api/customers"), body, desk());
        if (r.status != 201)
            qWarning() << "newCustomer refused" << r.raw;
        return qint64(r.json.value(QLatin1String("customer"))
                          .toObject()
                          .value(QLatin1String("id"))
                          .toDouble());
    }
    Q_INVOKABLE QVariantList customerVisitIds(qint64 customerId)
    {
        QVariantList ids;
        const HttpResult r = m_server->get(str("/api/customers/%1").arg(customerId), desk());
        const QJsonArray visits = r.json.value(QLatin1String("customer"))
                                      .toObject()
                                      .value(QLatin1String("visits"))
                                      .toArray();
        for (const QJsonValue &v : visits)
            ids.append(qint64(v.toObject().value(QLatin1String("id")).toDouble()));
        return ids;
    }
    // The records whose phone or name matches `q`, as the server finds them.
    Q_INVOKABLE QVariantList findCustomers(const QString &q)
    {
        return m_server
            ->get(str("/api/customers?q=") + QString::fromUtf8(QUrl::toPercentEncoding(q)), desk())
            .json.value(QLatin1String("customers"))
            .toArray()
            .toVariantList();
    }

private:
    QString desk()
    {
        if (m_desk.isEmpty())
            m_desk = m_server->login(str("cashier"), str("cashier"));
        return m_desk;
    }
    QString admin()
    {
        if (m_admin.isEmpty())
            m_admin = m_server->login(str("admin"), str("admin"));
        return m_admin;
    }

    std::unique_ptr<TestServer> m_server;
    QString m_desk;
    QString m_admin;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_cashier_qml, Setup)
#include "tst_cashier_qml.moc"
