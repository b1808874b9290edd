// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "bookingguests.h"
#include "jsonlistmodel.h"
#include "session.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimeZone>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// The booking dialog's form: who (a customer record or a name and phone), which services (their
// running length and price from the menu), which therapist and room (or any), when (a date and a
// local start time), and the free times the server finds for those services
// (GET /api/availability). Saves a new booking (POST /api/bookings) or changes one
// (PUT /api/bookings/{id}); a refusal is kept in `error` and changes nothing. A couple or group:
// further guests are added, each with their own name, services and therapist; the services,
// therapist and free times shown are those of `currentGuest`, the total is everyone's.
class BookingEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    // The menu (CashierState.services): id, name, duration_min, price.
    Q_PROPERTY(JsonListModel *services READ services WRITE setServices NOTIFY servicesChanged)
    // The venue's zone (BookingDay.timeZone): the start time typed is the venue's.
    Q_PROPERTY(QString timeZone READ timeZone WRITE setTimeZone NOTIFY timeZoneChanged)
    Q_PROPERTY(qint64 bookingId READ bookingId NOTIFY formChanged)
    Q_PROPERTY(qint64 customerId READ customerId NOTIFY formChanged)
    Q_PROPERTY(QString customerName READ customerName WRITE setCustomerName NOTIFY formChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY formChanged)
    Q_PROPERTY(QString notes READ notes WRITE setNotes NOTIFY formChanged)
    // The guests ([{name, services, minutes, therapistId}]), the one shown, and its name (the
    // first guest's is the booker's, customerName).
    Q_PROPERTY(QVariantList guests READ guests NOTIFY formChanged)
    Q_PROPERTY(int guestCount READ guestCount NOTIFY formChanged)
    Q_PROPERTY(int currentGuest READ currentGuest WRITE setCurrentGuest NOTIFY formChanged)
    Q_PROPERTY(QString guestName READ guestName WRITE setGuestName NOTIFY formChanged)
    Q_PROPERTY(int maxGuests READ maxGuests CONSTANT)
    Q_PROPERTY(QVariantList serviceIds READ serviceIds NOTIFY formChanged)
    Q_PROPERTY(qint64 therapistId READ therapistId WRITE setTherapistId NOTIFY formChanged)
    Q_PROPERTY(qint64 roomId READ roomId WRITE setRoomId NOTIFY formChanged)
    Q_PROPERTY(QString date READ date NOTIFY formChanged)
    // Minutes into the date; the form shows and takes it as "14:15".
    Q_PROPERTY(int startMinute READ startMinute NOTIFY formChanged)
    Q_PROPERTY(QString startText READ startText NOTIFY formChanged)
    Q_PROPERTY(int durationMin READ durationMin NOTIFY formChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY formChanged)
    Q_PROPERTY(bool valid READ valid NOTIFY formChanged)
    // Free start times for the services: [{minute, label, therapistIds}].
    Q_PROPERTY(QVariantList freeTimes READ freeSlots NOTIFY slotsChanged)
    Q_PROPERTY(bool slotsAnswered READ slotsAnswered NOTIFY slotsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY errorChanged)

public:
    explicit BookingEditor(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    JsonListModel *services() const { return m_services; }
    void setServices(JsonListModel *m);
    QString timeZone() const { return m_zoneName; }
    void setTimeZone(const QString &zone);
    qint64 bookingId() const { return m_bookingId; }
    qint64 customerId() const { return m_customerId; }
    QString customerName() const { return m_customerName; }
    void setCustomerName(const QString &name);
    QString phone() const { return m_phone; }
    void setPhone(const QString &phone);
    QString notes() const { return m_notes; }
    void setNotes(const QString &notes);
    QVariantList guests() const;
    int guestCount() const { return m_guests.count(); }
    int currentGuest() const { return m_current; }
    void setCurrentGuest(int guest);
    QString guestName() const;
    void setGuestName(const QString &name);
    static int maxGuests() { return BookingGuests::kMax; }
    QVariantList serviceIds() const;
    qint64 therapistId() const;
    void setTherapistId(qint64 id);
    qint64 roomId() const { return m_roomId; }
    void setRoomId(qint64 id);
    QString date() const { return m_date.toString(Qt::ISODate); }
    int startMinute() const { return m_start; }
    QString startText() const;
    int durationMin() const;
    qint64 total() const;
    bool valid() const;
    QVariantList freeSlots() const { return m_slots; }
    bool slotsAnswered() const { return m_slotsAnswered; }
    bool busy() const { return m_busy; }
    QString error() const { return m_error; }

    // A new booking at `minute` into `date` with `therapistId` (0: any).
    Q_INVOKABLE void startNew(const QString &date, qint64 therapistId, int minute);
    // An existing booking (as the server sends it) to change.
    Q_INVOKABLE void edit(const QVariantMap &booking);
    // Another guest (a couple, a group), shown at once; false, with an error, past maxGuests.
    Q_INVOKABLE bool addGuest();
    // Guest `guest` (not the first) taken off the booking.
    Q_INVOKABLE void removeGuest(int guest);
    Q_INVOKABLE void toggleService(qint64 serviceId);
    Q_INVOKABLE bool hasService(qint64 serviceId) const;
    // A customer record found by the lookup ({id, name, phone, preferred_therapist, ...}); its
    // preferred therapist is taken when none is chosen yet.
    Q_INVOKABLE void chooseCustomer(const QVariantMap &customer);
    Q_INVOKABLE void forgetCustomer();
    // "14:15" or "9:30" (the venue's time); false, with an error, for anything else.
    Q_INVOKABLE bool setStartText(const QString &text);
    // "2026-12-05"; false, with an error, for anything else.
    Q_INVOKABLE bool setDate(const QString &date);
    Q_INVOKABLE void findFreeTimes();
    Q_INVOKABLE void pickSlot(int index);
    Q_INVOKABLE void submit();
    Q_INVOKABLE void clearError() { setError(QString()); }

Q_SIGNALS:
    void sessionChanged();
    void servicesChanged();
    void timeZoneChanged();
    void formChanged();
    void slotsChanged();
    void busyChanged();
    void errorChanged();
    void saved(const QVariantMap &booking);

private:
    QJsonObject serviceRow(qint64 id) const;
    int guestMinutes(int guest) const;
    BookingGuests::Guest &current() { return m_guests.at(m_current); }
    const BookingGuests::Guest &current() const { return m_guests.at(m_current); }
    void setBusy(bool b);
    void setError(const QString &e);
    void clearSlots();

    QPointer<Session> m_session;
    QPointer<JsonListModel> m_services;
    QString m_zoneName;
    QTimeZone m_zone = QTimeZone::utc();
    qint64 m_bookingId = 0;
    qint64 m_customerId = 0;
    QString m_customerName;
    QString m_phone;
    QString m_notes;
    BookingGuests m_guests;
    int m_current = 0; // the guest shown
    qint64 m_roomId = 0;
    QDate m_date = QDate::currentDate();
    int m_start = 10 * 60;
    QVariantList m_slots;
    bool m_slotsAnswered = false;
    bool m_busy = false;
    QString m_error;
};
