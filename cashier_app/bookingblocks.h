// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bookinglayout.h"

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

// The blocks drawn in the appointment book: each booking's guest in its therapist's column (or
// its day's), sized by its services, and the live visits. Keyed by block (booking and guest, or
// visit): an update inserts, removes and changes rows instead of resetting, so a focused block
// keeps its focus while the book updates live.
class BookingBlockModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        KindRole,
        BookingIdRole,
        VisitIdRole,
        GuestNoRole,
        GuestsRole,
        ColumnRole,
        TherapistIdRole,
        StartRole,
        LengthRole,
        BufferRole,
        CustomerRole,
        ServicesRole,
        StatusRole,
        RoomRole,
        TimeTextRole,
        MovableRole,
        MinLengthRole,
        ResizableRole
    };

    explicit BookingBlockModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setBlocks(const QVector<BookingLayout::Block> &blocks);
    const QVector<BookingLayout::Block> &blocks() const { return m_blocks; }
    // The first row of a booking (its first guest), -1 when not shown.
    Q_INVOKABLE int indexOfBooking(qint64 bookingId) const;
    Q_INVOKABLE QVariantMap get(int row) const;

Q_SIGNALS:
    void countChanged();

private:
    QVector<BookingLayout::Block> m_blocks;
};
