// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bookingblocks.h"
#include "bookingcolumns.h"
#include "session.h"
#include "socketclient.h"

#include <QDate>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

// The appointment book's day (GET /api/bookings/day): a column per therapist with their working
// hours, the bookings as blocks and the live visits drawn in, over the venue's opening hours. It
// moves a booking (PUT /api/bookings/{id}) at once on screen and puts it back when the server
// refuses, and marks one arrived, cancelled or a no-show. It follows the desk's socket: today
// reloads on the desk's state, any day on a booking notice (cashier_booking_changed) naming it.
class BookingDay : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The desk's socket: its state events say something changed (a booking at another desk).
    Q_PROPERTY(SocketClient *client READ client WRITE setClient NOTIFY clientChanged)
    Q_PROPERTY(QString date READ date WRITE setDate NOTIFY dateChanged)
    Q_PROPERTY(bool isToday READ isToday NOTIFY dateChanged)
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY loaded)
    Q_PROPERTY(int bufferMin READ bufferMin NOTIFY loaded)
    // The axis: the venue's opening hours on the date (08:00–22:00 without any), whole hours,
    // widened to show every block.
    Q_PROPERTY(int firstMinute READ firstMinute NOTIFY loaded)
    Q_PROPERTY(int lastMinute READ lastMinute NOTIFY loaded)
    // The venue's open stretches of the date (minutes into it); outside them is drawn darker.
    Q_PROPERTY(QVariantList openHours READ openHours NOTIFY loaded)
    // The venue's rooms ({id, name, capacity}) for the booking dialog.
    Q_PROPERTY(QVariantList rooms READ rooms NOTIFY loaded)
    Q_PROPERTY(BookingColumnModel *columns READ columns CONSTANT)
    Q_PROPERTY(BookingBlockModel *blocks READ blocks CONSTANT)
    // How often another day than today is read again for what no notice names (a therapist's
    // hours); 0: never. Bookings themselves come by cashier_booking_changed.
    Q_PROPERTY(
        int otherDayPollMs READ otherDayPollMs WRITE setOtherDayPollMs NOTIFY otherDayPollMsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit BookingDay(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    SocketClient *client() const { return m_client; }
    void setClient(SocketClient *c);
    QString date() const { return m_date.toString(Qt::ISODate); }
    void setDate(const QString &date);
    bool isToday() const { return m_date == localToday(); }
    QString timeZone() const { return m_zoneName; }
    int bufferMin() const { return m_buffer; }
    int firstMinute() const { return m_first; }
    int lastMinute() const { return m_last; }
    QVariantList openHours() const { return m_openHours; }
    QVariantList rooms() const { return m_day.value(QLatin1String("rooms")).toVariant().toList(); }
    BookingColumnModel *columns() { return &m_columns; }
    BookingBlockModel *blocks() { return &m_blocks; }
    int otherDayPollMs() const { return m_poll.isActive() ? m_poll.interval() : 0; }
    void setOtherDayPollMs(int ms);
    bool loading() const { return m_loading > 0; }
    bool busy() const { return !m_pending.isEmpty(); }
    QString error() const { return m_error; }

    Q_INVOKABLE void goToday();
    Q_INVOKABLE void previousDay() { setDate(m_date.addDays(-1).toString(Qt::ISODate)); }
    Q_INVOKABLE void nextDay() { setDate(m_date.addDays(1).toString(Qt::ISODate)); }
    Q_INVOKABLE void refresh();
    // Moves a booking to `therapistId` at `startMinute` (minutes into the date shown): shown at
    // once, put back with the server's reason when it refuses. False when it is not a booking
    // that can move, or a move of it is already on its way.
    Q_INVOKABLE bool move(qint64 bookingId, qint64 therapistId, int startMinute);
    // Sets guest `guestNo`'s length to `length` minutes (the services' at least): drawn at once,
    // put back with the server's reason when it refuses. False when that block cannot be
    // resized, the length is below its services', or a change of it is on its way.
    Q_INVOKABLE bool resize(qint64 bookingId, int guestNo, int length);
    // The length `steps` quarter hours longer (or shorter) than `length`, on the quarter hour
    // and not below `minLength`: Shift+Down and Shift+Up.
    Q_INVOKABLE int steppedLength(int length, int minLength, int steps) const;
    // A dragged length rounded to the quarter hour, not below `minLength`.
    Q_INVOKABLE int snappedLength(int minutes, int minLength) const;
    Q_INVOKABLE void arrive(qint64 bookingId);
    Q_INVOKABLE void cancel(qint64 bookingId, const QString &reason);
    Q_INVOKABLE void noShow(qint64 bookingId);
    // The booking as the server last sent it (every field of GET /api/bookings/{id}), {} if not
    // on the day shown.
    Q_INVOKABLE QVariantMap booking(qint64 bookingId) const;
    // Minutes into the date shown of a UTC instant, and back; "now" for the red line (-1 when
    // the date shown is not today).
    Q_INVOKABLE int nowMinute() const;
    Q_INVOKABLE QString startIso(int minute) const;
    Q_INVOKABLE void clearError();

    // The venue's date today (its zone once known, else this machine's).
    QDate localToday() const;

Q_SIGNALS:
    void sessionChanged();
    void clientChanged();
    void otherDayPollMsChanged();
    void dateChanged();
    void loaded();
    void loadingChanged();
    void busyChanged();
    void errorChanged();
    // A move the server refused: the block is back where it was; `message` says why.
    void moveRefused(qint64 bookingId, const QString &message);
    void moved(qint64 bookingId);
    // A resize the server refused: the block is its stored length again; `message` says why.
    void resizeRefused(qint64 bookingId, const QString &message);
    void resized(qint64 bookingId);
    // arrive, cancel or no-show done: "arrive", "cancel", "no_show".
    void actionDone(qint64 bookingId, const QString &action, const QVariantMap &answer);

private:
    void onEvent(const QString &name, const QJsonObject &payload);
    void apply(const QJsonObject &day);
    void rebuildBlocks();
    // PUT /api/bookings/{id} with `body` for a move or a resize already drawn; the answer keeps
    // it or puts the block back.
    void change(qint64 bookingId, const QJsonObject &body, bool resize);
    void post(qint64 bookingId, const QString &action, const QString &path,
              const QJsonObject &body);
    void setError(const QString &e);

    QPointer<Session> m_session;
    QPointer<SocketClient> m_client;
    QMetaObject::Connection m_clientConnection;
    QDate m_date;
    QString m_zoneName;
    QTimeZone m_zone = QTimeZone::utc();
    int m_buffer = 0;
    int m_first = 8 * 60;
    int m_last = 22 * 60;
    QVariantList m_openHours;
    QJsonObject m_day; // the server's last answer for m_date
    QHash<qint64, QJsonObject> m_bookings;
    BookingColumnModel m_columns;
    BookingBlockModel m_blocks;
    int m_loading = 0;
    quint64 m_generation = 0; // answers for a date no longer shown are dropped
    QSet<qint64> m_pending; // bookings with a move on its way
    QTimer m_reload; // live changes reload the day once they settle
    QTimer m_poll; // another day shown is read again now and then (otherDayPollMs)
    QString m_error;
};
