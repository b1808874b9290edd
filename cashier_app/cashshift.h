// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "session.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

// The cash drawer's shift for the Day page: whether one is open (and what it should hold), open
// one with the counted float, pay cash in or out of it, close it with the counted cash (the server
// records expected, counted and over/short). REST: GET/POST /api/shifts, POST
// /api/shifts/{id}/cash and /close.
class CashShift : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(bool isOpen READ isOpen NOTIFY shiftChanged)
    Q_PROPERTY(QVariantMap shift READ shift NOTIFY shiftChanged)
    Q_PROPERTY(qint64 expected READ expected NOTIFY shiftChanged)
    // The shift just closed by closeShift(), with its over/short, until the next refresh().
    Q_PROPERTY(QVariantMap closedShift READ closedShift NOTIFY shiftChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit CashShift(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    bool isOpen() const { return !m_shift.isEmpty(); }
    QVariantMap shift() const { return m_shift; }
    qint64 expected() const;
    QVariantMap closedShift() const { return m_closed; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }

    Q_INVOKABLE void refresh();
    // `openingFloat` in minor units, as counted.
    Q_INVOKABLE void openShift(qint64 openingFloat);
    Q_INVOKABLE void closeShift(qint64 counted, const QString &note);
    // The drawer opened without a sale, recorded in the open shift in this user's name
    // (POST /api/shifts/{id}/no-sale); `done` runs once the server has it. With no shift open
    // (asked of the server first), error says so and `done` does not run.
    void recordNoSale(const QString &reason, std::function<void()> done);
    // A pay-in or pay-out on the open shift (`kind` "pay_in" or "pay_out", `amount` in minor
    // units, a reason such as "tips paid out to Budi"): POST /api/shifts/{id}/cash. What is wrong
    // with the form is said without asking the server; `done` runs once the server has it (the
    // desk opens the drawer then, DeskPrinter::moveCash).
    void moveCash(const QString &kind, qint64 amount, const QString &reason,
                  std::function<void()> done);

Q_SIGNALS:
    void sessionChanged();
    void shiftChanged();
    void busyChanged();
    void errorChanged();
    void opened();
    void closed();
    void noSaleRecorded();
    void cashMoved(const QString &kind);

private:
    void send(const QByteArray &verb, const QString &path, const QJsonObject &body,
              std::function<void(const QJsonObject &)> ok);
    void setError(const QString &e);
    // A refusal in the desk's words (the codes a drawer meets), else the server's.
    static QString deskWords(const QJsonObject &answer, int status);
    void setBusy(bool b);

    QPointer<Session> m_session;
    QVariantMap m_shift;
    QVariantMap m_closed;
    bool m_busy = false;
    QString m_error;
};
