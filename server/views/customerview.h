// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "store/journal.h"
#include "views/roomviews.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

class SpaDomain;

// The customer page's read side: which visit a ticket code names, that visit as its customer
// sees it (the customer room's view, shared with the Socket.IO customer room), and the journaled
// notices customers are told of. It never writes; the HTTP layer runs no SQL of its own.
class CustomerView {
public:
    // A journaled notice for customers, with its Socket.IO event name for the customer room
    // (Events::CustomerCalled, Events::CustomerPaymentCompleted).
    struct Notice {
        JournalEntry entry;
        const char *event = nullptr;
    };

    explicit CustomerView(SpaDomain &domain);

    // The visit a ticket code names; nothing for a malformed or unknown code.
    std::optional<qint64> visitForCode(const QString &code);
    // The visit as its customer sees it; empty when there is none.
    QJsonObject visit(qint64 visitId);
    QString venueName();
    // The newest journal seq.
    qint64 lastSeq();
    // Views are cached until the next commit (see RoomViews); call on every commit.
    void invalidate() { m_views.invalidate(); }

    // Customer notices with after < seq <= upTo, oldest first: for one visit's room when
    // visitId > 0 (at most `limit`, 0: all), else for every customer.
    QVector<Notice> notices(qint64 after, qint64 upTo, qint64 visitId = 0, int limit = 0);

private:
    SpaDomain &m_domain;
    RoomViews m_views;
};
