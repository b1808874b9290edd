// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// The checkout's split (Checkout, checkout.h): its payment lines, the balance line that holds what
// the others leave, where the tip goes, cash tendered and change due.
#include "checkout.h"

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

void Checkout::dropEmptyLines()
{
    for (int i = int(m_lines.size()) - 1; i >= 0; --i)
        if (!m_lines[i].paid && !m_lines[i].uncertain && m_lines[i].amount == 0)
            removeRow(i);
}
