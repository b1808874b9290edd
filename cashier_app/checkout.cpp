// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "checkout.h"

#include <QLocale>
#include <cmath>

#include "events.h"
#include "format.h"
#include "servererrors.h"
#include "session.h"
#include "socketclient.h"

#include <QJsonArray>
#include <QUuid>

namespace {
qint64 num(const QVariantMap &m, const char *key)
{
    return qint64(m.value(QLatin1String(key)).toDouble());
}
} // namespace

Checkout::Checkout(QObject *parent)
    : QAbstractListModel(parent)
{
}

int Checkout::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant Checkout::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Line &l = m_lines[index.row()];
    switch (role) {
    case MethodRole:
        return l.method;
    case AmountRole:
        return l.amount;
    case TenderedRole:
        return l.tendered;
    case TipRole:
        return lineTip(index.row());
    case ChangeRole:
        return lineChange(index.row());
    case PaidRole:
        return l.paid;
    case KeyRole:
        return l.key;
    case LockedRole:
        return l.paid || l.uncertain;
    case ChargedRole:
        return l.amount + lineTip(index.row());
    default:
        return {};
    }
}

QHash<int, QByteArray> Checkout::roleNames() const
{
    return { { MethodRole, "method" }, { AmountRole, "amount" }, { TenderedRole, "tendered" },
             { TipRole, "tip" },       { ChangeRole, "change" }, { PaidRole, "paid" },
             { KeyRole, "key" },       { LockedRole, "locked" }, { ChargedRole, "charged" } };
}

void Checkout::setClient(SocketClient *c)
{
    if (c == m_client)
        return;
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = c;
    if (m_client)
        connect(m_client, &SocketClient::statusChanged, this, [this] {
            // "Not connected to the server" is stale once the connection is back.
            if (m_client->status() == SocketClient::Connected &&
                ServerErrors::isConnectionError(m_errorCode))
                setError(QString());
            Q_EMIT changed();
        });
    Q_EMIT clientChanged();
    Q_EMIT changed();
}

bool Checkout::offline() const
{
    // A client with a token is meant to be connected; without one (not signed in) it is not asked.
    return m_client && !m_client->token().isEmpty() &&
        m_client->status() != SocketClient::Connected;
}

QString Checkout::newKey()
{
    return QStringLiteral("co-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Checkout::setVisit(const QVariantMap &visit)
{
    beginResetModel();
    m_visit = visit;
    m_lines.clear();
    m_payments.clear();
    const qint64 existing = num(visit, "discount");
    m_discountMode = existing > 0 ? QStringLiteral("amount") : QStringLiteral("none");
    m_discountValue = existing;
    m_discountReason = visit.value(QStringLiteral("discount_reason")).toString();
    // A tip the visit already has (a payment voided after it was tipped) is the tip to start
    // from: it is shown, and not taken again.
    const qint64 tipped = tipsRecorded();
    m_tipMode = tipped > 0 ? QStringLiteral("amount") : QStringLiteral("none");
    m_tipValue = tipped;
    m_completed = false;
    m_balanceRow = -1;
    m_tipRow = -1;
    m_result.clear();
    if (due() > 0) {
        m_lines.append(Line { QStringLiteral("cash"), due(), -1, newKey() });
        m_balanceRow = 0;
    }
    endResetModel();
    setError(QString());
    Q_EMIT visitChanged();
    Q_EMIT changed();
    Q_EMIT completedChanged();
}

qint64 Checkout::subtotal() const
{
    // Older visits (before discounts) have no subtotal: the total was the subtotal.
    return m_visit.contains(QStringLiteral("subtotal")) ? num(m_visit, "subtotal")
                                                        : num(m_visit, "total");
}

qint64 Checkout::alreadyPaid() const
{
    return num(m_visit, "paid");
}

qint64 Checkout::tipsRecorded() const
{
    return num(m_visit, "tips");
}

void Checkout::setDiscountMode(const QString &mode)
{
    if (mode == m_discountMode ||
        !QStringList { QStringLiteral("none"), QStringLiteral("amount"), QStringLiteral("percent") }
             .contains(mode))
        return;
    m_discountMode = mode;
    m_discountValue = 0;
    touchLines();
}

void Checkout::setDiscountValue(qint64 v)
{
    if (v == m_discountValue)
        return;
    m_discountValue = std::max<qint64>(0, v);
    touchLines();
}

void Checkout::setDiscountReason(const QString &r)
{
    if (r == m_discountReason)
        return;
    m_discountReason = r;
    Q_EMIT changed();
}

void Checkout::setTipMode(const QString &mode)
{
    if (mode == m_tipMode ||
        !QStringList { QStringLiteral("none"), QStringLiteral("amount"), QStringLiteral("percent") }
             .contains(mode))
        return;
    m_tipMode = mode;
    m_tipValue = 0;
    touchLines();
}

void Checkout::setTipValue(qint64 v)
{
    if (v == m_tipValue)
        return;
    m_tipValue = std::max<qint64>(0, v);
    touchLines();
}

Billing::Bill Checkout::bill() const
{
    Billing::Rates rates;
    rates.serviceChargeBp =
        int(std::lround(m_visit.value(QStringLiteral("service_charge_percent")).toDouble() * 100));
    rates.taxBp = int(std::lround(m_visit.value(QStringLiteral("tax_percent")).toDouble() * 100));
    rates.pricesIncludeTax = pricesIncludeTax();
    return Billing::compute(subtotal(), discount(), rates);
}

bool Checkout::pricesIncludeTax() const
{
    return m_visit.value(QStringLiteral("prices_include_tax")).toBool();
}

qint64 Checkout::rounding() const
{
    return num(m_visit, "rounding");
}

QString Checkout::serviceChargeLabel() const
{
    const QString pct = QLocale().toString(
        m_visit.value(QStringLiteral("service_charge_percent")).toDouble(), 'g', 4);
    return pricesIncludeTax() ? tr("Service charge %1% (included)").arg(pct)
                              : tr("Service charge %1%").arg(pct);
}

QString Checkout::taxLabel() const
{
    QString label = m_visit.value(QStringLiteral("tax_label")).toString();
    if (label.isEmpty())
        label = tr("Tax");
    const QString pct =
        QLocale().toString(m_visit.value(QStringLiteral("tax_percent")).toDouble(), 'g', 4);
    return pricesIncludeTax() ? tr("%1 %2% (included)").arg(label, pct)
                              : tr("%1 %2%").arg(label, pct);
}

qint64 Checkout::discount() const
{
    if (m_discountMode == QLatin1String("amount"))
        return m_discountValue;
    if (m_discountMode == QLatin1String("percent"))
        return (subtotal() * std::min<qint64>(m_discountValue, 100) + 50) /
            100; // as the server rounds
    return 0;
}

qint64 Checkout::tip() const
{
    if (m_tipMode == QLatin1String("amount"))
        return m_tipValue;
    if (m_tipMode == QLatin1String("percent"))
        return (std::max<qint64>(0, total()) * m_tipValue + 50) / 100;
    return 0;
}

qint64 Checkout::allocated() const
{
    qint64 sum = 0;
    for (const Line &l : m_lines)
        if (!l.paid)
            sum += l.amount;
    return sum;
}

bool Checkout::isOpen(int row) const
{
    return row >= 0 && row < m_lines.size() && !m_lines[row].paid && !m_lines[row].uncertain;
}

int Checkout::tipRow() const
{
    // A line sent with the tip whose answer was lost keeps it: the retry must be the same payment.
    auto takes = [this](int r) { return isOpen(r) && m_lines[r].amount > 0; };
    if (takes(m_tipRow))
        return m_tipRow;
    for (int i = 0; i < m_lines.size(); ++i)
        if (takes(i))
            return i;
    for (int i = 0; i < m_lines.size(); ++i)
        if (isOpen(i))
            return i;
    return -1;
}

qint64 Checkout::openTip() const
{
    qint64 pending = 0; // sent with a tip, answer lost: that tip may be taken already
    for (const Line &l : m_lines)
        if (l.uncertain)
            pending += l.sentTip;
    return std::max<qint64>(0, tipToTake() - pending);
}

qint64 Checkout::lineTip(int row) const
{
    const Line &l = m_lines[row];
    if (l.paid || l.uncertain) // as it was sent
        return l.sentTip;
    return row == tipRow() ? openTip() : 0;
}

qint64 Checkout::toCollect() const
{
    // What the customer hands over in all: the balance plus the tip not yet taken.
    const bool open =
        std::any_of(m_lines.cbegin(), m_lines.cend(), [](const Line &l) { return !l.paid; });
    return due() + (open ? tipToTake() : 0);
}

qint64 Checkout::lineChange(int row) const
{
    const Line &l = m_lines[row];
    if (l.method != QLatin1String("cash") || l.tendered < 0)
        return 0;
    return std::max<qint64>(0, l.tendered - l.amount - lineTip(row));
}

qint64 Checkout::changeDue() const
{
    qint64 sum = 0;
    for (int i = 0; i < m_lines.size(); ++i)
        sum += lineChange(i);
    return sum;
}

QString Checkout::problem() const
{
    if (m_visit.isEmpty())
        return tr("Open a visit to check out");
    if (m_visit.value(QStringLiteral("status")).toString() != QLatin1String("awaiting_payment") &&
        !m_completed)
        return tr("Only a completed service can be paid");
    if (offline() && !m_completed)
        return tr("Not connected to the server: Pay waits for the connection");
    if (discount() > subtotal())
        return tr("The discount is more than the bill");
    if (discount() > 0 && m_discountReason.trimmed().isEmpty())
        return tr("Give a reason for the discount");
    if (total() < alreadyPaid())
        return tr("The discount would leave less than is already paid");
    if (m_lines.isEmpty() || allocated() == 0) {
        if (due() == 0) // a discount that settles the bill is all there is to send
            return discount() != num(m_visit, "discount") ? QString() : tr("Nothing is due");
        return tr("Add a payment");
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &l = m_lines[i];
        if (l.paid)
            continue;
        if (l.amount <= 0 && i != m_balanceRow) // a balance line left at 0 is dropped at Pay
            return tr("Each payment needs an amount");
        if (l.method == QLatin1String("cash") && l.tendered >= 0 &&
            l.tendered < l.amount + lineTip(i))
            return tr("The cash tendered is less than the amount");
    }
    if (remaining() > 0)
        return tr("Still to allocate: %1").arg(Format::money(remaining(), currency()));
    if (remaining() < 0)
        return tr("The payments are more than the balance by %1")
            .arg(Format::money(-remaining(), currency()));
    return QString();
}

void Checkout::touchLines()
{
    // The balance line holds what the other open lines leave of the balance (as the discount or
    // the other lines change).
    if (isOpen(m_balanceRow)) {
        qint64 others = 0;
        for (int i = 0; i < m_lines.size(); ++i)
            if (i != m_balanceRow && !m_lines[i].paid)
                others += m_lines[i].amount;
        m_lines[m_balanceRow].amount = std::max<qint64>(0, due() - others);
    }
    if (!m_lines.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_lines.size()) - 1));
    Q_EMIT changed();
}

void Checkout::addLine(const QString &method)
{
    if (m_busy || m_completed)
        return;
    // The new line takes what the balance line holds (which then keeps what is left: nothing,
    // until an amount is typed into the new line), or else what is still unallocated.
    qint64 amount = std::max<qint64>(0, remaining());
    if (isOpen(m_balanceRow) && m_lines[m_balanceRow].amount > 0) {
        amount = m_lines[m_balanceRow].amount + std::max<qint64>(0, remaining());
        m_lines[m_balanceRow].amount = 0;
    }
    beginInsertRows({}, int(m_lines.size()), int(m_lines.size()));
    m_lines.append(Line { method, amount, -1, newKey() });
    endInsertRows();
    touchLines();
}

int Checkout::lastUntypedOpenLine(int except) const
{
    for (int i = int(m_lines.size()) - 1; i >= 0; --i)
        if (i != except && isOpen(i) && !m_lines[i].typed)
            return i;
    return -1;
}

void Checkout::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_lines.removeAt(row);
    endRemoveRows();
    for (int *r : { &m_balanceRow, &m_tipRow })
        *r = *r == row ? -1 : *r > row ? *r - 1 : *r;
}

void Checkout::removeLine(int row)
{
    if (row < 0 || row >= m_lines.size() || m_lines[row].paid || m_lines[row].uncertain || m_busy)
        return;
    removeRow(row);
    touchLines();
}

void Checkout::setTipLine(int row)
{
    if (!isOpen(row) || m_busy || m_completed)
        return;
    const int now = tipRow();
    if (now >= 0 && m_lines[now].uncertain) // sent with the tip, answer lost: it stays there
        return;
    m_tipRow = row;
    touchLines();
}

void Checkout::setLineMethod(int row, const QString &method)
{
    if (row < 0 || row >= m_lines.size() || m_lines[row].paid || m_lines[row].uncertain)
        return;
    if (!QStringList { QStringLiteral("cash"), QStringLiteral("card"), QStringLiteral("ewallet") }
             .contains(method))
        return;
    m_lines[row].method = method;
    if (method != QLatin1String("cash"))
        m_lines[row].tendered = -1;
    touchLines();
}

void Checkout::setLineAmount(int row, qint64 amount)
{
    if (row < 0 || row >= m_lines.size() || m_lines[row].paid || m_lines[row].uncertain)
        return;
    // The cashier typed this amount: leave it alone. If it was the balance line, the last line
    // nobody typed into holds the balance from now on.
    m_lines[row].typed = true;
    m_lines[row].amount = std::max<qint64>(0, amount);
    if (row == m_balanceRow)
        m_balanceRow = lastUntypedOpenLine(row);
    touchLines();
}

void Checkout::setLineTendered(int row, qint64 tendered)
{
    if (row < 0 || row >= m_lines.size() || m_lines[row].paid ||
        m_lines[row].method != QLatin1String("cash"))
        return;
    m_lines[row].tendered = tendered < 0 ? -1 : tendered;
    touchLines();
}

QList<qint64> Checkout::tenderSuggestions(int row) const
{
    if (row < 0 || row >= m_lines.size())
        return {};
    const qint64 exact = m_lines[row].amount + lineTip(row);
    QList<qint64> out { exact };
    for (qint64 note : { 10000, 50000, 100000 }) { // 100, 500, 1,000 in major units
        const qint64 up = (exact + note - 1) / note * note;
        if (up > exact && !out.contains(up))
            out.append(up);
    }
    return out;
}

void Checkout::setBusy(bool b)
{
    if (b == m_busy)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
    Q_EMIT changed();
}

void Checkout::setError(const QString &e, const QString &code)
{
    m_errorCode = e.isEmpty() ? QString() : code;
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}

void Checkout::pay()
{
    if (!canPay() || !m_client)
        return;
    // A balance line left at 0 is not a payment; the tip stays where it is while this runs.
    dropEmptyLines();
    m_tipRow = tipRow();
    setBusy(true);
    setError(QString());
    const qint64 visitId = num(m_visit, "id");
    if (discount() != num(m_visit, "discount")) {
        QJsonObject body { { QStringLiteral("visit_id"), visitId },
                           { QStringLiteral("amount"), discount() } };
        if (discount() > 0)
            body.insert(QStringLiteral("reason"), m_discountReason.trimmed());
        m_client->request(
            QLatin1String(Events::VisitDiscount), body, [this](const QJsonObject &reply) {
                if (!reply.value(QLatin1String("ok")).toBool()) {
                    setError(Session::errorText(reply), Session::errorCode(reply));
                    setBusy(false);
                    return;
                }
                m_visit = reply.value(QLatin1String("visit")).toObject().toVariantMap();
                Q_EMIT visitChanged();
                dropEmptyLines();
                sendNext();
            });
        return;
    }
    sendNext();
}

void Checkout::dropEmptyLines()
{
    for (int i = int(m_lines.size()) - 1; i >= 0; --i)
        if (!m_lines[i].paid && !m_lines[i].uncertain && m_lines[i].amount == 0)
            removeRow(i);
}

void Checkout::sendNext()
{
    int row = -1;
    for (int i = 0; i < m_lines.size(); ++i)
        if (!m_lines[i].paid) {
            row = i;
            break;
        }
    if (row < 0 || !m_client) {
        finish();
        return;
    }
    m_lines[row].sentTip = lineTip(row); // a retry after a lost answer sends the same tip
    const Line &l = m_lines[row];
    QJsonObject body { { QStringLiteral("visit_id"), num(m_visit, "id") },
                       { QStringLiteral("method"), l.method },
                       { QStringLiteral("amount"), l.amount },
                       { QStringLiteral("idempotency_key"), l.key } };
    if (lineTip(row) > 0)
        body.insert(QStringLiteral("tip"), lineTip(row));
    if (l.method == QLatin1String("cash") && l.tendered >= 0)
        body.insert(QStringLiteral("tendered"), l.tendered);
    m_client->request(QLatin1String(Events::VisitPay), body, [this, row](const QJsonObject &reply) {
        if (row >= m_lines.size())
            return;
        Line &line = m_lines[row];
        if (reply.value(QLatin1String("ok")).toBool()) {
            line.paid = true;
            line.uncertain = false;
            m_payments.append(reply.value(QLatin1String("payment")).toObject().toVariantMap());
            m_visit = reply.value(QLatin1String("visit")).toObject().toVariantMap();
            Q_EMIT visitChanged();
            touchLines();
            sendNext();
            return;
        }
        const QString code = Session::errorCode(reply);
        // A lost answer may mean the payment was taken: keep the key so a retry cannot take it
        // twice.
        if (code == QLatin1String("timeout") || code == QLatin1String("disconnected"))
            line.uncertain = true;
        else if (code != QLatin1String("offline"))
            line.key = newKey(); // refused: nothing was stored under the old key
        if (code == QLatin1String("no_open_shift"))
            setError(tr("No cash shift is open. Open one on the Day page (Open shift), or take "
                        "this payment by card or e-wallet."),
                     code);
        else
            setError(Session::errorText(reply), code);
        touchLines();
        setBusy(false);
    });
}

void Checkout::finish()
{
    m_completed = true;
    m_result = { { QStringLiteral("visit"), m_visit },
                 { QStringLiteral("payments"), m_payments },
                 { QStringLiteral("change_due"), changeDue() },
                 { QStringLiteral("tip"), tip() } };
    setBusy(false);
    Q_EMIT completedChanged();
    Q_EMIT changed();
}
