// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingday.h"

#include "bookinglayout.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace BookingLayout;

namespace {
// Without opening hours the book shows a usual spa day; bookings outside it widen it.
constexpr int kDefaultFirst = 8 * 60;
constexpr int kDefaultLast = 22 * 60;
// Bookings of any day come by notice; what else shapes another day (a therapist's hours) is
// read again now and then.
constexpr int kOtherDayPollMs = 60000;
// A booking's length is set in quarter hours, and lasts at most 12 hours (as the server says).
constexpr int kLengthStep = 15;
constexpr int kMaxLength = 12 * 60;
} // namespace

BookingDay::BookingDay(QObject *parent)
    : QObject(parent)
    , m_date(QDate::currentDate())
{
    // Several state events come at once for one change (the desk's room, a therapist's): one
    // reload after they settle.
    m_reload.setSingleShot(true);
    m_reload.setInterval(150);
    connect(&m_reload, &QTimer::timeout, this, &BookingDay::refresh);
    m_poll.setInterval(kOtherDayPollMs);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        if (!isToday())
            refresh();
    });
    m_poll.start();
}

void BookingDay::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void BookingDay::setClient(SocketClient *c)
{
    if (c == m_client)
        return;
    disconnect(m_clientConnection);
    m_client = c;
    if (c)
        m_clientConnection = connect(c, &SocketClient::eventReceived, this, &BookingDay::onEvent);
    Q_EMIT clientChanged();
}

void BookingDay::onEvent(const QString &name, const QJsonObject &payload)
{
    // The desk's state carries today's bookings and live visits; a booking notice names the
    // dates a booking was and is on (both after a move), live or replayed after a reconnect.
    if (name == QLatin1String("cashier_queue_updated")) {
        if (isToday())
            m_reload.start();
    } else if (name == QLatin1String("cashier_booking_changed")) {
        if (payload.value(QLatin1String("dates")).toArray().contains(date()))
            m_reload.start();
    }
}

void BookingDay::setOtherDayPollMs(int ms)
{
    ms = std::max(0, ms);
    if (ms == m_poll.interval() && m_poll.isActive() == (ms > 0))
        return;
    m_poll.setInterval(ms);
    if (ms > 0)
        m_poll.start();
    else
        m_poll.stop();
    Q_EMIT otherDayPollMsChanged();
}

QDate BookingDay::localToday() const
{
    return QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}

void BookingDay::setDate(const QString &date)
{
    const QDate d = QDate::fromString(date, Qt::ISODate);
    if (!d.isValid() || d == m_date)
        return;
    m_date = d;
    m_day = {};
    m_bookings.clear();
    Q_EMIT dateChanged();
    refresh();
}

void BookingDay::goToday()
{
    const QDate today = localToday();
    if (today == m_date)
        refresh();
    else
        setDate(today.toString(Qt::ISODate));
}

void BookingDay::refresh()
{
    if (!m_session)
        return;
    // A move on its way: its answer reloads the day.
    if (!m_pending.isEmpty()) {
        m_reload.start();
        return;
    }
    const quint64 generation = ++m_generation;
    ++m_loading;
    Q_EMIT loadingChanged();
    m_session->call("GET", QStringLiteral("/api/bookings/day?date=%1").arg(date()), {},
                    [this, generation](int status, const QJsonObject &answer) {
                        --m_loading;
                        Q_EMIT loadingChanged();
                        if (generation != m_generation)
                            return;
                        if (status != 200) {
                            setError(Session::errorText(answer, status));
                            return;
                        }
                        apply(answer);
                    });
}

void BookingDay::apply(const QJsonObject &day)
{
    m_day = day;
    m_zoneName = day.value(QLatin1String("timezone")).toString();
    m_zone = zone(m_zoneName);
    m_buffer = day.value(QLatin1String("buffer_min")).toInt();
    const int dayLength = minutesInto(m_zone, m_date, utcAt(m_zone, m_date.addDays(1), 0));

    const QVector<Span> open =
        spans(day.value(QLatin1String("opening_hours")).toArray(), m_zone, m_date);
    const bool allDay =
        open.size() == 1 && open.first().start == 0 && open.first().end >= dayLength;
    if (open.isEmpty() || allDay) {
        // No opening hours set (the server answers the whole day) or closed that day.
        m_first = kDefaultFirst;
        m_last = kDefaultLast;
        m_openHours = open.isEmpty() ? QVariantList() : toVariant(open);
    } else {
        m_first = open.first().start / 60 * 60;
        m_last = 0;
        for (const Span &s : open)
            m_last = std::max(m_last, (s.end + 59) / 60 * 60);
        m_openHours = toVariant(open);
    }

    QVector<BookingColumnModel::Column> columns;
    for (const QJsonValue &v : day.value(QLatin1String("therapists")).toArray()) {
        const QJsonObject t = v.toObject();
        BookingColumnModel::Column c;
        c.therapistId = qint64(t.value(QLatin1String("id")).toDouble());
        c.title = t.value(QLatin1String("name")).toString();
        c.status = t.value(QLatin1String("status")).toString();
        c.date = date();
        c.hours = toVariant(spans(t.value(QLatin1String("hours")).toArray(), m_zone, m_date));
        c.today = isToday();
        columns.append(c);
    }
    m_columns.setColumns(columns);

    m_bookings.clear();
    for (const QJsonValue &v : day.value(QLatin1String("bookings")).toArray()) {
        const QJsonObject b = v.toObject();
        m_bookings.insert(qint64(b.value(QLatin1String("id")).toDouble()), b);
    }
    rebuildBlocks();
    // Every block in view: the axis widens to the whole hours around them.
    for (const Block &b : m_blocks.blocks()) {
        m_first = std::min(m_first, std::max(0, b.start / 60 * 60));
        m_last = std::max(m_last, std::min(dayLength, (b.start + b.length + 59) / 60 * 60));
    }
    Q_EMIT loaded();
}

void BookingDay::rebuildBlocks()
{
    const auto columnOf = [this](qint64 therapistId) {
        return m_columns.indexOfTherapist(therapistId);
    };
    QVector<Block> blocks;
    QSet<qint64> bookedVisits;
    for (const QJsonValue &v : m_day.value(QLatin1String("bookings")).toArray()) {
        const QJsonObject booking = v.toObject();
        for (const Block &b : bookingBlocks(booking, m_zone, m_date, m_buffer, columnOf)) {
            if (b.visitId > 0)
                bookedVisits.insert(b.visitId);
            if (b.column >= 0)
                blocks.append(b);
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QJsonValue &v : m_day.value(QLatin1String("visits")).toArray()) {
        const QJsonObject visit = v.toObject();
        // An arrived booking's visit is drawn as the booking (its block says "arrived").
        if (bookedVisits.contains(qint64(visit.value(QLatin1String("id")).toDouble())))
            continue;
        const qint64 therapist = qint64(visit.value(QLatin1String("therapist"))
                                            .toObject()
                                            .value(QLatin1String("id"))
                                            .toDouble());
        const Block b = visitBlock(visit, m_zone, m_date, now, columnOf(therapist));
        if (!b.key.isEmpty())
            blocks.append(b);
    }
    m_blocks.setBlocks(blocks);
}

bool BookingDay::move(qint64 bookingId, qint64 therapistId, int startMinute)
{
    if (!m_session || m_pending.contains(bookingId))
        return false;
    const int row = m_blocks.indexOfBooking(bookingId);
    if (row < 0 || !m_blocks.data(m_blocks.index(row), BookingBlockModel::MovableRole).toBool())
        return false;
    const Block was = m_blocks.blocks().at(row);
    const int column = m_columns.indexOfTherapist(therapistId);
    if (column < 0)
        return false;
    if (was.start == startMinute && was.therapistId == therapistId)
        return true;
    // On screen at once; the server's answer keeps it there or puts it back.
    const QVector<Block> before = m_blocks.blocks();
    QVector<Block> after = before;
    after[row].start = startMinute;
    after[row].therapistId = therapistId;
    after[row].column = column;
    m_blocks.setBlocks(after);
    QJsonObject body { { QStringLiteral("start"), isoUtc(utcAt(m_zone, m_date, startMinute)) } };
    if (therapistId != was.therapistId)
        body.insert(QStringLiteral("therapist_id"), therapistId);
    change(bookingId, body, false);
    return true;
}

bool BookingDay::resize(qint64 bookingId, int guestNo, int length)
{
    if (!m_session || m_pending.contains(bookingId))
        return false;
    int row = -1;
    for (int i = 0; i < m_blocks.blocks().size(); ++i) {
        const Block &b = m_blocks.blocks().at(i);
        if (b.kind == QLatin1String("booking") && b.bookingId == bookingId && b.guestNo == guestNo)
            row = i;
    }
    if (row < 0 || !m_blocks.data(m_blocks.index(row), BookingBlockModel::ResizableRole).toBool())
        return false;
    const Block was = m_blocks.blocks().at(row);
    if (length < was.minLength || length > kMaxLength)
        return false;
    if (length == was.length)
        return true;
    QVector<Block> after = m_blocks.blocks();
    after[row].length = length;
    m_blocks.setBlocks(after);
    // One guest: its length. A group: every guest as it is, this one's length changed (each
    // guest's length is their own; the others keep theirs, resized or not).
    QJsonObject body;
    if (was.guests == 1) {
        body.insert(QStringLiteral("duration_minutes"), length);
    } else {
        QJsonArray guests;
        for (const QJsonValue &v :
             m_bookings.value(bookingId).value(QLatin1String("guests")).toArray()) {
            const QJsonObject g = v.toObject();
            QJsonObject out { { QStringLiteral("customer_name"),
                                g.value(QLatin1String("customer_name")) } };
            if (g.value(QLatin1String("customer_id")).isDouble())
                out.insert(QStringLiteral("customer_id"), g.value(QLatin1String("customer_id")));
            QJsonArray ids;
            for (const QJsonValue &sv : g.value(QLatin1String("services")).toArray())
                ids.append(sv.toObject().value(QLatin1String("service_id")));
            out.insert(QStringLiteral("service_ids"), ids);
            const QJsonValue therapist =
                g.value(QLatin1String("therapist")).toObject().value(QLatin1String("id"));
            if (therapist.isDouble())
                out.insert(QStringLiteral("therapist_id"), therapist);
            const int own = g.value(QLatin1String("duration_min")).toInt();
            if (g.value(QLatin1String("guest_no")).toInt() == guestNo)
                out.insert(QStringLiteral("duration_minutes"), length);
            else if (own != g.value(QLatin1String("services_min")).toInt(own))
                out.insert(QStringLiteral("duration_minutes"), own);
            guests.append(out);
        }
        body.insert(QStringLiteral("guests"), guests);
    }
    change(bookingId, body, true);
    return true;
}

int BookingDay::steppedLength(int length, int minLength, int steps) const
{
    // To the next quarter hour up or down (a 50-minute booking grows to 60, then 75), never
    // below the services' own length.
    int out = length;
    for (; steps > 0; --steps)
        out = out / kLengthStep * kLengthStep + kLengthStep;
    for (; steps < 0; ++steps)
        out = (out + kLengthStep - 1) / kLengthStep * kLengthStep - kLengthStep;
    return std::clamp(out, minLength, std::max(minLength, kMaxLength));
}

int BookingDay::snappedLength(int minutes, int minLength) const
{
    const int snapped = (minutes + kLengthStep / 2) / kLengthStep * kLengthStep;
    return std::clamp(snapped, minLength, std::max(minLength, kMaxLength));
}

void BookingDay::change(qint64 bookingId, const QJsonObject &body, bool resize)
{
    m_pending.insert(bookingId);
    Q_EMIT busyChanged();
    clearError();
    m_session->call("PUT", QStringLiteral("/api/bookings/%1").arg(bookingId), body,
                    [this, bookingId, resize](int status, const QJsonObject &answer) {
                        m_pending.remove(bookingId);
                        Q_EMIT busyChanged();
                        if (status == 200) {
                            const QJsonObject b = answer.value(QLatin1String("booking")).toObject();
                            m_bookings.insert(bookingId, b);
                            if (resize)
                                Q_EMIT resized(bookingId);
                            else
                                Q_EMIT moved(bookingId);
                        } else {
                            // Back where (and as long as) the server still has it.
                            rebuildBlocks();
                            const QString message = Session::errorText(answer, status);
                            setError(message);
                            if (resize)
                                Q_EMIT resizeRefused(bookingId, message);
                            else
                                Q_EMIT moveRefused(bookingId, message);
                        }
                        refresh();
                    });
}

void BookingDay::post(qint64 bookingId, const QString &action, const QString &path,
                      const QJsonObject &body)
{
    if (!m_session)
        return;
    m_pending.insert(bookingId);
    Q_EMIT busyChanged();
    clearError();
    m_session->call("POST", path, body,
                    [this, bookingId, action](int status, const QJsonObject &answer) {
                        m_pending.remove(bookingId);
                        Q_EMIT busyChanged();
                        if (status == 200)
                            Q_EMIT actionDone(bookingId, action, answer.toVariantMap());
                        else
                            setError(Session::errorText(answer, status));
                        refresh();
                    });
}

void BookingDay::arrive(qint64 bookingId)
{
    post(bookingId, QStringLiteral("arrive"),
         QStringLiteral("/api/bookings/%1/arrive").arg(bookingId), {});
}

void BookingDay::cancel(qint64 bookingId, const QString &reason)
{
    if (reason.trimmed().isEmpty()) {
        setError(tr("Say why the booking is cancelled."));
        return;
    }
    post(bookingId, QStringLiteral("cancel"),
         QStringLiteral("/api/bookings/%1/cancel").arg(bookingId),
         { { QStringLiteral("reason"), reason.trimmed() } });
}

void BookingDay::noShow(qint64 bookingId)
{
    post(bookingId, QStringLiteral("no_show"),
         QStringLiteral("/api/bookings/%1/no-show").arg(bookingId), {});
}

QVariantMap BookingDay::booking(qint64 bookingId) const
{
    return m_bookings.value(bookingId).toVariantMap();
}

int BookingDay::nowMinute() const
{
    return isToday() ? minutesInto(m_zone, m_date, QDateTime::currentDateTimeUtc()) : -1;
}

QString BookingDay::startIso(int minute) const
{
    return isoUtc(utcAt(m_zone, m_date, minute));
}

void BookingDay::clearError()
{
    setError(QString());
}

void BookingDay::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
