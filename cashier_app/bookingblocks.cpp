// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingblocks.h"

#include <QHash>

using BookingLayout::Block;

namespace {
bool same(const Block &a, const Block &b)
{
    return a.kind == b.kind && a.bookingId == b.bookingId && a.visitId == b.visitId &&
        a.guestNo == b.guestNo && a.guests == b.guests && a.column == b.column &&
        a.therapistId == b.therapistId && a.start == b.start && a.length == b.length &&
        a.minLength == b.minLength && a.buffer == b.buffer && a.customer == b.customer &&
        a.services == b.services && a.status == b.status && a.room == b.room &&
        a.phone == b.phone && a.notes == b.notes;
}
} // namespace

BookingBlockModel::BookingBlockModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int BookingBlockModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_blocks.size());
}

QVariant BookingBlockModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Block &b = m_blocks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case CustomerRole:
        return b.customer;
    case KeyRole:
        return b.key;
    case KindRole:
        return b.kind;
    case BookingIdRole:
        return b.bookingId;
    case VisitIdRole:
        return b.visitId;
    case GuestNoRole:
        return b.guestNo;
    case GuestsRole:
        return b.guests;
    case ColumnRole:
        return b.column;
    case TherapistIdRole:
        return b.therapistId;
    case StartRole:
        return b.start;
    case LengthRole:
        return b.length;
    case BufferRole:
        return b.buffer;
    case ServicesRole:
        return b.services;
    case StatusRole:
        return b.status;
    case RoomRole:
        return b.room;
    case TimeTextRole:
        return QString(BookingLayout::clock(b.start) + QStringLiteral("–") +
                       BookingLayout::clock(b.start + b.length));
    case MovableRole:
        // Only a booking not yet arrived can move (the server refuses the rest); one guest of
        // a group moves the whole booking, so groups move through the dialog.
        return b.kind == QLatin1String("booking") && b.status == QLatin1String("booked") &&
            b.guests == 1;
    case MinLengthRole:
        return b.minLength;
    case ResizableRole:
        // Each guest's length is their own, so a group's guests resize one by one.
        return b.kind == QLatin1String("booking") && b.status == QLatin1String("booked");
    default:
        return {};
    }
}

QHash<int, QByteArray> BookingBlockModel::roleNames() const
{
    return { { KeyRole, "key" },
             { KindRole, "kind" },
             { BookingIdRole, "bookingId" },
             { VisitIdRole, "visitId" },
             { GuestNoRole, "guestNo" },
             { GuestsRole, "guests" },
             { ColumnRole, "column" },
             { TherapistIdRole, "therapistId" },
             { StartRole, "start" },
             { LengthRole, "length" },
             { BufferRole, "buffer" },
             { CustomerRole, "customer" },
             { ServicesRole, "services" },
             { StatusRole, "status" },
             { RoomRole, "room" },
             { TimeTextRole, "timeText" },
             { MovableRole, "movable" },
             { MinLengthRole, "minLength" },
             { ResizableRole, "resizable" } };
}

void BookingBlockModel::setBlocks(const QVector<Block> &blocks)
{
    const int before = int(m_blocks.size());
    QHash<QString, int> wanted;
    for (int i = 0; i < blocks.size(); ++i)
        wanted.insert(blocks.at(i).key, i);
    // Rows that went away, from the end so the indexes stay right.
    for (int i = int(m_blocks.size()) - 1; i >= 0; --i)
        if (!wanted.contains(m_blocks.at(i).key)) {
            beginRemoveRows({}, i, i);
            m_blocks.removeAt(i);
            endRemoveRows();
        }
    // What stays is changed in place; what is new is appended (the view places blocks by their
    // time and column, not by their row, so the order of rows does not matter).
    QHash<QString, int> have;
    for (int i = 0; i < m_blocks.size(); ++i)
        have.insert(m_blocks.at(i).key, i);
    for (const Block &b : blocks) {
        const auto it = have.constFind(b.key);
        if (it == have.constEnd()) {
            const int row = int(m_blocks.size());
            beginInsertRows({}, row, row);
            m_blocks.append(b);
            endInsertRows();
            have.insert(b.key, row);
        } else if (!same(m_blocks.at(*it), b)) {
            m_blocks[*it] = b;
            Q_EMIT dataChanged(index(*it), index(*it));
        }
    }
    if (before != m_blocks.size())
        Q_EMIT countChanged();
}

int BookingBlockModel::indexOfBooking(qint64 bookingId) const
{
    int found = -1;
    for (int i = 0; i < m_blocks.size(); ++i)
        if (m_blocks.at(i).kind == QLatin1String("booking") &&
            m_blocks.at(i).bookingId == bookingId &&
            (found < 0 || m_blocks.at(i).guestNo < m_blocks.at(found).guestNo))
            found = i;
    return found;
}

QVariantMap BookingBlockModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_blocks.size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}
