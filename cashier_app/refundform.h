// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class DeskPrinter;
class Session;

// A refund at the desk: part or all of what is left of a paid bill, to a method, with a reason.
// A cashier's refund needs an admin's approval given here: the admin picks themselves from the
// list and types their PIN (the server checks it and records the approver). The form says what
// is missing before anything is sent, and a refusal in the desk's words (over-refund, no open
// shift, not enough cash, wrong PIN); nothing is stored by a refusal. Once the server has the
// refund, its slip prints, a cash refund opening the drawer (DeskPrinter::printRefund).
// One idempotency key per refund attempt: a retry after a lost answer is the same refund.
class RefundForm : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(DeskPrinter *printer READ printer WRITE setPrinter NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap venue MEMBER m_venue NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap visit READ visit NOTIFY visitChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY visitChanged)
    Q_PROPERTY(qint64 refundable READ refundable NOTIFY visitChanged)
    Q_PROPERTY(qint64 amount READ amount WRITE setAmount NOTIFY changed)
    Q_PROPERTY(QString method READ method WRITE setMethod NOTIFY changed)
    Q_PROPERTY(QString reason READ reason WRITE setReason NOTIFY changed)
    Q_PROPERTY(bool needsApproval READ needsApproval NOTIFY sessionChanged)
    Q_PROPERTY(QVariantList approvers READ approvers NOTIFY approversChanged)
    Q_PROPERTY(qint64 approverId READ approverId WRITE setApproverId NOTIFY changed)
    Q_PROPERTY(QString pin READ pin WRITE setPin NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool done READ done NOTIFY changed)
    Q_PROPERTY(QVariantMap refund READ refund NOTIFY changed)

public:
    explicit RefundForm(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    DeskPrinter *printer() const { return m_printer; }
    void setPrinter(DeskPrinter *p);
    QVariantMap visit() const { return m_visit; }
    QString currency() const;
    qint64 refundable() const;
    qint64 amount() const { return m_amount; }
    void setAmount(qint64 a);
    QString method() const { return m_method; }
    void setMethod(const QString &m);
    QString reason() const { return m_reason; }
    void setReason(const QString &r);
    bool needsApproval() const;
    QVariantList approvers() const { return m_approvers; }
    qint64 approverId() const { return m_approverId; }
    void setApproverId(qint64 id);
    QString pin() const { return m_pin; }
    void setPin(const QString &p);
    QString problem() const;
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }
    bool done() const { return m_done; }
    QVariantMap refund() const { return m_refund; }

    // Starts over for the paid visit `visitId`: asks the server for the bill (and, for a
    // cashier, the admins who may approve); the amount starts at all that is left.
    Q_INVOKABLE void open(qint64 visitId);
    Q_INVOKABLE void submit();

Q_SIGNALS:
    void sessionChanged();
    void visitChanged();
    void approversChanged();
    void changed();
    void refunded();

private:
    void load(qint64 visitId, bool resetAmount);
    void loadApprovers();
    void setError(const QString &e);
    QString deskWords(int status, const QJsonObject &answer) const;
    QString approverName() const;
    static QString newKey();

    QPointer<Session> m_session;
    QPointer<DeskPrinter> m_printer;
    QVariantMap m_venue;
    QVariantMap m_visit;
    qint64 m_amount = 0;
    QString m_method = QStringLiteral("cash");
    QString m_reason;
    QVariantList m_approvers;
    qint64 m_approverId = 0;
    QString m_pin;
    QString m_error;
    bool m_busy = false;
    bool m_done = false;
    QVariantMap m_refund;
    QString m_key;
};
