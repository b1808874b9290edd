// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QTimeZone>
#include <QVariantList>
#include <QVector>

#include <functional>

// The appointment book's arithmetic: the server speaks UTC instants, the book draws minutes from
// the venue's local midnight of one date (a day may be 23 or 25 hours long across a clock
// change, so minutes are counted from that midnight, not read off the wall clock). Pure, shared
// by the day and the week views and the booking dialog.
namespace BookingLayout {

// A venue's zone by its IANA name or "UTC+07:00"; UTC when the name is unknown.
QTimeZone zone(const QString &name);
// Minutes from the local midnight that starts `date` to `utc` (negative before it).
int minutesInto(const QTimeZone &zone, const QDate &date, const QDateTime &utc);
// The UTC instant `minutes` after the local midnight that starts `date`.
QDateTime utcAt(const QTimeZone &zone, const QDate &date, int minutes);
// ISO 8601 UTC as the server reads it ("2026-12-05T05:00:00Z").
QString isoUtc(const QDateTime &utc);
QDateTime parseUtc(const QString &iso);
// Local "14:05" for minutes into a day (1440 is "24:00", the end of the day).
QString clock(int minutes);

// One stretch of a day, in minutes into it, clipped to [0, minutes of the day].
struct Span {
    int start = 0;
    int end = 0;
};
// The server's UTC intervals ({start, end}) as the stretches they cover of `date`.
QVector<Span> spans(const QJsonArray &intervals, const QTimeZone &zone, const QDate &date);
QVariantList toVariant(const QVector<Span> &spans);

// One block of the book: a booking's guest, or a visit of the live queue.
struct Block {
    QString key; // "b12.1" (booking 12, guest 1) or "v7" (visit 7), unique in a view
    QString kind; // "booking" or "visit"
    qint64 bookingId = 0;
    qint64 visitId = 0;
    int guestNo = 0;
    int guests = 1;
    int column = -1;
    qint64 therapistId = 0;
    int start = 0; // minutes into the day
    int length = 0; // minutes booked: the services', or longer when resized
    int minLength = 0; // the services' own: a booking is never shorter
    int buffer = 0; // minutes held after it to clear up
    QString customer;
    QString services;
    QString status;
    QString room;
    QString phone;
    QString notes;
};

// The blocks of one booking ({id, status, start, guests: [{guest_no, therapist, start, end,
// services, visit_id}], room, ...}): one per guest; `column` from the guest's therapist through
// `columnOf` (-1 for no therapist: the block is not drawn in a therapist's column).
QVector<Block> bookingBlocks(const QJsonObject &booking, const QTimeZone &zone, const QDate &date,
                             int buffer, const std::function<int(qint64)> &columnOf);
// A live visit's block: from its start (or its assignment, or `now` while it waits its turn)
// for its services' length. Null key when it has no therapist or no time on `date`.
Block visitBlock(const QJsonObject &visit, const QTimeZone &zone, const QDate &date,
                 const QDateTime &now, int column);

} // namespace BookingLayout
