// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QAbstractListModel>
#include <QJsonObject>
#include <QPointer>
#include <QVariantMap>
#include <QVector>
#include <QtQml/qqmlregistration.h>
#include <algorithm>

#include "domain/billing.h"
#include "socketclient.h"

// The checkout of one visit: the bill, a discount, a tip, and a split across cash, card and
// e-wallet, with cash tendered and change due — all in integer minor units, checked before
// anything is sent. Each payment line gets its idempotency key when it is added, so pressing Pay
// twice, or again after a lost connection, takes each payment once.
//
// The split: one line, the balance line (at first the line the checkout opens with), holds what
// the other open lines leave of the balance. "Add" gives the new line what the balance line holds
// (or, with no balance line, what is unallocated), so the balance line keeps only what is left;
// typing an amount into the balance line hands its role to the last line nobody typed into. A
// balance line left at 0 is not paid. `remaining` is what is still to allocate.
//
// The tip: `tip` is the visit's whole tip; what the visit already has (`tipsRecorded`, e.g. from a
// payment made before a void) is not taken again, so a checkout opened on a tipped visit starts
// with that tip, and `tipToTake` is what goes on top of the balance now. It goes on one line: the
// one the cashier chose with setTipLine(), else the first open line with an amount.
class Checkout : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(SocketClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QVariantMap visit READ visit WRITE setVisit NOTIFY visitChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY visitChanged)
    Q_PROPERTY(qint64 subtotal READ subtotal NOTIFY visitChanged)
    Q_PROPERTY(qint64 alreadyPaid READ alreadyPaid NOTIFY visitChanged)
    Q_PROPERTY(qint64 tipsRecorded READ tipsRecorded NOTIFY visitChanged)
    Q_PROPERTY(QString discountMode READ discountMode WRITE setDiscountMode NOTIFY changed)
    Q_PROPERTY(qint64 discountValue READ discountValue WRITE setDiscountValue NOTIFY changed)
    Q_PROPERTY(QString discountReason READ discountReason WRITE setDiscountReason NOTIFY changed)
    Q_PROPERTY(QString tipMode READ tipMode WRITE setTipMode NOTIFY changed)
    Q_PROPERTY(qint64 tipValue READ tipValue WRITE setTipValue NOTIFY changed)
    Q_PROPERTY(qint64 discount READ discount NOTIFY changed)
    Q_PROPERTY(qint64 net READ net NOTIFY changed)
    Q_PROPERTY(qint64 serviceCharge READ serviceCharge NOTIFY changed)
    Q_PROPERTY(qint64 tax READ tax NOTIFY changed)
    Q_PROPERTY(QString serviceChargeLabel READ serviceChargeLabel NOTIFY visitChanged)
    Q_PROPERTY(QString taxLabel READ taxLabel NOTIFY visitChanged)
    Q_PROPERTY(bool pricesIncludeTax READ pricesIncludeTax NOTIFY visitChanged)
    Q_PROPERTY(qint64 rounding READ rounding NOTIFY visitChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY changed)
    Q_PROPERTY(qint64 due READ due NOTIFY changed)
    Q_PROPERTY(qint64 tip READ tip NOTIFY changed)
    Q_PROPERTY(qint64 tipToTake READ tipToTake NOTIFY changed)
    Q_PROPERTY(qint64 allocated READ allocated NOTIFY changed)
    Q_PROPERTY(qint64 remaining READ remaining NOTIFY changed)
    Q_PROPERTY(qint64 changeDue READ changeDue NOTIFY changed)
    Q_PROPERTY(qint64 toCollect READ toCollect NOTIFY changed)
    Q_PROPERTY(bool canPay READ canPay NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)
    Q_PROPERTY(bool completed READ completed NOTIFY completedChanged)
    Q_PROPERTY(QVariantMap result READ result NOTIFY completedChanged)

public:
    // `tip`: the tip this line carries; `charged`: amount + tip, what the customer is charged on
    // it.
    enum Role {
        MethodRole = Qt::UserRole,
        AmountRole,
        TenderedRole,
        TipRole,
        ChangeRole,
        PaidRole,
        KeyRole,
        LockedRole,
        ChargedRole
    };
    Q_ENUM(Role)

    explicit Checkout(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    SocketClient *client() const { return m_client; }
    void setClient(SocketClient *c);
    QVariantMap visit() const { return m_visit; }
    // Opens the checkout for a visit (REST/visit JSON as a map): resets discount, tip and lines
    // to what the visit already has, and adds one line for the balance.
    void setVisit(const QVariantMap &visit);
    QString currency() const { return m_visit.value(QStringLiteral("currency")).toString(); }
    qint64 subtotal() const;
    qint64 alreadyPaid() const;
    qint64 tipsRecorded() const;

    QString discountMode() const { return m_discountMode; }
    void setDiscountMode(const QString &mode);
    qint64 discountValue() const { return m_discountValue; }
    void setDiscountValue(qint64 v);
    QString discountReason() const { return m_discountReason; }
    void setDiscountReason(const QString &r);
    QString tipMode() const { return m_tipMode; }
    void setTipMode(const QString &mode);
    qint64 tipValue() const { return m_tipValue; }
    void setTipValue(qint64 v);

    qint64 discount() const;
    // The bill with the discount as set in the dialog, by the server's own arithmetic
    // (server/domain/billing.*) and the visit's rates, so the dialog shows what will be charged.
    Billing::Bill bill() const;
    qint64 net() const { return bill().base; }
    qint64 serviceCharge() const { return bill().serviceCharge; }
    qint64 tax() const { return bill().tax; }
    // "Service charge 10%", "VAT 7%" ("VAT 7% included" at net prices).
    QString serviceChargeLabel() const;
    QString taxLabel() const;
    bool pricesIncludeTax() const;
    qint64 rounding() const;
    qint64 total() const { return bill().total + rounding(); }
    qint64 due() const { return total() - alreadyPaid(); }
    qint64 tip() const;
    qint64 tipToTake() const { return std::max<qint64>(0, tip() - tipsRecorded()); }
    qint64 allocated() const;
    qint64 remaining() const { return due() - allocated(); }
    qint64 changeDue() const;
    // What the customer hands over in all: the balance plus the tip.
    qint64 toCollect() const;
    bool canPay() const { return problem().isEmpty() && !m_busy && !m_completed; }
    QString problem() const;
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }
    bool completed() const { return m_completed; }
    QVariantMap result() const { return m_result; }

    // Lines of the split. A new line takes what the balance line holds, or what is unallocated.
    Q_INVOKABLE void addLine(const QString &method);
    Q_INVOKABLE void removeLine(int row);
    Q_INVOKABLE void setLineMethod(int row, const QString &method);
    Q_INVOKABLE void setLineAmount(int row, qint64 amount);
    Q_INVOKABLE void setLineTendered(int row, qint64 tendered);
    // The tip goes on this line (an open one).
    Q_INVOKABLE void setTipLine(int row);
    // Quick cash amounts for the tender buttons: exact, then round notes above it.
    Q_INVOKABLE QList<qint64> tenderSuggestions(int row) const;

    // Sends the discount (if changed) and every unpaid line, in order; stops at the first refusal.
    Q_INVOKABLE void pay();

Q_SIGNALS:
    void clientChanged();
    void visitChanged();
    void changed();
    void busyChanged();
    void errorChanged();
    void completedChanged();

private:
    struct Line {
        QString method;
        qint64 amount = 0;
        qint64 tendered = -1; // cash only; -1: exact
        QString key;
        bool paid = false;
        bool uncertain = false; // sent, answer lost: keep the key, lock the line until retried
        bool typed = false; // the cashier set its amount
        qint64 sentTip = 0; // the tip it was sent with (paid, or answer lost)
    };
    bool isOpen(int row) const; // not paid, not waiting for a lost answer: its amount may change
    int tipRow() const; // the line that carries the tip, -1: none
    qint64 lineTip(int row) const;
    qint64 openTip() const; // the tip still to place on an open line
    qint64 lineChange(int row) const;
    void touchLines();
    void setBusy(bool b);
    void setError(const QString &e, const QString &code = QString());
    bool offline() const;
    void sendNext();
    void dropEmptyLines();
    void removeRow(int row);
    int lastUntypedOpenLine(int except) const;
    void finish();
    static QString newKey();

    QPointer<SocketClient> m_client;
    QVariantMap m_visit;
    QString m_discountMode = QStringLiteral("none");
    qint64 m_discountValue = 0;
    QString m_discountReason;
    QString m_tipMode = QStringLiteral("none");
    qint64 m_tipValue = 0;
    QVector<Line> m_lines;
    bool m_busy = false;
    QString m_error;
    QString m_errorCode;
    bool m_completed = false;
    QVariantMap m_result;
    QVariantList m_payments; // taken in this checkout, for the receipt
    int m_balanceRow = -1; // the line that holds what the others leave of the balance, -1: none
    int m_tipRow =
        -1; // the line the cashier put the tip on, -1: the first open line with an amount
};
