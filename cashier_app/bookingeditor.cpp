// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingeditor.h"

#include "bookinglayout.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace BookingLayout;

BookingEditor::BookingEditor(QObject *parent)
    : QObject(parent)
{
}

void BookingEditor::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void BookingEditor::setServices(JsonListModel *m)
{
    if (m == m_services)
        return;
    m_services = m;
    Q_EMIT servicesChanged();
    Q_EMIT formChanged();
}

void BookingEditor::setTimeZone(const QString &name)
{
    if (name == m_zoneName)
        return;
    m_zoneName = name;
    m_zone = zone(name);
    Q_EMIT timeZoneChanged();
}

void BookingEditor::setCustomerName(const QString &name)
{
    if (name == m_customerName)
        return;
    m_customerName = name;
    // A name typed over a chosen record is someone else.
    m_customerId = 0;
    Q_EMIT formChanged();
}

void BookingEditor::setPhone(const QString &phone)
{
    if (phone == m_phone)
        return;
    m_phone = phone;
    Q_EMIT formChanged();
}

void BookingEditor::setNotes(const QString &notes)
{
    if (notes == m_notes)
        return;
    m_notes = notes;
    Q_EMIT formChanged();
}

QVariantList BookingEditor::serviceIds() const
{
    QVariantList out;
    for (qint64 id : current().serviceIds)
        out.append(id);
    return out;
}

qint64 BookingEditor::therapistId() const
{
    return current().therapistId;
}

void BookingEditor::setTherapistId(qint64 id)
{
    if (id == current().therapistId)
        return;
    current().therapistId = std::max<qint64>(0, id);
    clearSlots();
    Q_EMIT formChanged();
}

void BookingEditor::setRoomId(qint64 id)
{
    if (id == m_roomId)
        return;
    m_roomId = std::max<qint64>(0, id);
    Q_EMIT formChanged();
}

QString BookingEditor::startText() const
{
    return clock(m_start);
}

QJsonObject BookingEditor::serviceRow(qint64 id) const
{
    if (!m_services)
        return {};
    for (const QJsonObject &row : m_services->rows())
        if (qint64(row.value(QLatin1String("id")).toDouble()) == id)
            return row;
    return {};
}

int BookingEditor::durationMin() const
{
    return guestMinutes(m_current);
}

int BookingEditor::guestMinutes(int guest) const
{
    int minutes = 0;
    for (qint64 id : m_guests.at(guest).serviceIds)
        minutes += serviceRow(id).value(QLatin1String("duration_min")).toInt();
    return minutes;
}

qint64 BookingEditor::total() const
{
    qint64 sum = 0;
    for (int i = 0; i < m_guests.count(); ++i)
        for (qint64 id : m_guests.at(i).serviceIds)
            sum += qint64(serviceRow(id).value(QLatin1String("price")).toDouble());
    return sum;
}

QString BookingEditor::guestName() const
{
    return m_current == 0 ? m_customerName : current().name;
}

void BookingEditor::setGuestName(const QString &name)
{
    if (m_current == 0) {
        setCustomerName(name);
        return;
    }
    if (name == current().name)
        return;
    current().name = name;
    current().customerId = 0; // a name typed over a chosen record is someone else
    Q_EMIT formChanged();
}

void BookingEditor::setCurrentGuest(int guest)
{
    if (guest < 0 || guest >= m_guests.count() || guest == m_current)
        return;
    m_current = guest;
    clearSlots();
    Q_EMIT formChanged();
}

QVariantList BookingEditor::guests() const
{
    QVariantList out;
    for (int i = 0; i < m_guests.count(); ++i) {
        QStringList names;
        for (qint64 id : m_guests.at(i).serviceIds)
            names.append(serviceRow(id).value(QLatin1String("name")).toString());
        out.append(
            QVariantMap { { QStringLiteral("name"), i == 0 ? m_customerName : m_guests.at(i).name },
                          { QStringLiteral("services"), names.join(QStringLiteral(", ")) },
                          { QStringLiteral("minutes"), guestMinutes(i) },
                          { QStringLiteral("therapistId"), m_guests.at(i).therapistId } });
    }
    return out;
}

bool BookingEditor::addGuest()
{
    if (!m_guests.add()) {
        setError(tr("A booking here takes up to %1 guests; book the others separately.")
                     .arg(BookingGuests::kMax));
        return false;
    }
    m_current = m_guests.count() - 1;
    clearSlots();
    setError(QString());
    Q_EMIT formChanged();
    return true;
}

void BookingEditor::removeGuest(int guest)
{
    if (!m_guests.remove(guest))
        return;
    // The guest shown stays shown; the one taken off hands over to the guest before it.
    if (m_current >= guest)
        m_current = std::max(0, m_current - 1);
    clearSlots();
    Q_EMIT formChanged();
}

bool BookingEditor::valid() const
{
    return (!m_customerName.trimmed().isEmpty() || m_customerId > 0) &&
        m_guests.firstIncomplete() < 0 && m_date.isValid();
}

void BookingEditor::startNew(const QString &date, qint64 therapistId, int minute)
{
    m_bookingId = 0;
    m_customerId = 0;
    m_customerName.clear();
    m_phone.clear();
    m_notes.clear();
    m_guests.reset(therapistId);
    m_current = 0;
    m_roomId = 0;
    const QDate d = QDate::fromString(date, Qt::ISODate);
    m_date = d.isValid() ? d : QDate::currentDate();
    m_start = std::clamp(minute, 0, 24 * 60 - 15);
    clearSlots();
    setError(QString());
    Q_EMIT formChanged();
}

void BookingEditor::edit(const QVariantMap &booking)
{
    const QJsonObject b = QJsonObject::fromVariantMap(booking);
    m_bookingId = qint64(b.value(QLatin1String("id")).toDouble());
    m_customerId = qint64(b.value(QLatin1String("customer_id")).toDouble());
    m_customerName = b.value(QLatin1String("customer_name")).toString();
    m_phone = b.value(QLatin1String("phone")).toString();
    m_notes = b.value(QLatin1String("notes")).toString();
    m_roomId =
        qint64(b.value(QLatin1String("room")).toObject().value(QLatin1String("id")).toDouble());
    m_guests.load(b.value(QLatin1String("guests")).toArray());
    m_current = 0;
    const QDateTime start = parseUtc(b.value(QLatin1String("start")).toString());
    m_date = start.toTimeZone(m_zone).date();
    m_start = minutesInto(m_zone, m_date, start);
    clearSlots();
    setError(QString());
    Q_EMIT formChanged();
}

void BookingEditor::toggleService(qint64 serviceId)
{
    if (!current().serviceIds.removeOne(serviceId))
        current().serviceIds.append(serviceId);
    clearSlots();
    Q_EMIT formChanged();
}

bool BookingEditor::hasService(qint64 serviceId) const
{
    return current().serviceIds.contains(serviceId);
}

void BookingEditor::chooseCustomer(const QVariantMap &customer)
{
    // The booker's record (and phone), or a further guest's.
    if (m_current == 0) {
        m_customerId = customer.value(QStringLiteral("id")).toLongLong();
        m_customerName = customer.value(QStringLiteral("name")).toString();
        m_phone = customer.value(QStringLiteral("phone")).toString();
    } else {
        current().customerId = customer.value(QStringLiteral("id")).toLongLong();
        current().name = customer.value(QStringLiteral("name")).toString();
    }
    // CustomerLookup's rows carry the preferred therapist flattened; a raw record as an object.
    const qint64 preferred = customer.contains(QStringLiteral("preferred_therapist_id"))
        ? customer.value(QStringLiteral("preferred_therapist_id")).toLongLong()
        : customer.value(QStringLiteral("preferred_therapist"))
              .toMap()
              .value(QStringLiteral("id"))
              .toLongLong();
    if (current().therapistId == 0 && preferred > 0)
        current().therapistId = preferred;
    Q_EMIT formChanged();
}

void BookingEditor::forgetCustomer()
{
    qint64 &id = m_current == 0 ? m_customerId : current().customerId;
    if (id == 0)
        return;
    id = 0;
    Q_EMIT formChanged();
}

bool BookingEditor::setStartText(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*$"));
    const QRegularExpressionMatch m = form.match(text);
    const int h = m.hasMatch() ? m.captured(1).toInt() : -1;
    const int min = m.hasMatch() ? m.captured(2).toInt() : -1;
    if (h < 0 || h > 23 || min < 0 || min > 59) {
        setError(tr("Type the start time as hours and minutes, like 14:30."));
        return false;
    }
    setError(QString());
    if (h * 60 + min != m_start) {
        m_start = h * 60 + min;
        Q_EMIT formChanged();
    }
    return true;
}

bool BookingEditor::setDate(const QString &date)
{
    const QDate d = QDate::fromString(date.trimmed(), Qt::ISODate);
    if (!d.isValid()) {
        setError(tr("Type the date as year-month-day, like 2026-12-24."));
        return false;
    }
    setError(QString());
    if (d != m_date) {
        m_date = d;
        clearSlots();
        Q_EMIT formChanged();
    }
    return true;
}

void BookingEditor::findFreeTimes()
{
    if (!m_session)
        return;
    if (current().serviceIds.isEmpty()) {
        setError(tr("Choose the services first: the free times depend on how long they take."));
        return;
    }
    QStringList ids;
    for (qint64 id : current().serviceIds)
        ids.append(QString::number(id));
    QString path = QStringLiteral("/api/availability?service_ids=%1&date=%2")
                       .arg(ids.join(QLatin1Char(',')), date());
    if (current().therapistId > 0)
        path += QStringLiteral("&therapist_id=%1").arg(current().therapistId);
    setBusy(true);
    setError(QString());
    m_session->call("GET", path, {}, [this](int status, const QJsonObject &answer) {
        setBusy(false);
        if (status != 200) {
            setError(Session::errorText(answer, status));
            return;
        }
        m_slots.clear();
        for (const QJsonValue &v : answer.value(QLatin1String("slots")).toArray()) {
            const QJsonObject s = v.toObject();
            const int minute =
                minutesInto(m_zone, m_date, parseUtc(s.value(QLatin1String("start")).toString()));
            m_slots.append(QVariantMap {
                { QStringLiteral("minute"), minute },
                { QStringLiteral("label"), clock(minute) },
                { QStringLiteral("therapistIds"),
                  s.value(QLatin1String("therapist_ids")).toArray().toVariantList() } });
        }
        m_slotsAnswered = true;
        Q_EMIT slotsChanged();
    });
}

void BookingEditor::pickSlot(int index)
{
    if (index < 0 || index >= m_slots.size())
        return;
    m_start = m_slots.at(index).toMap().value(QStringLiteral("minute")).toInt();
    Q_EMIT formChanged();
}

void BookingEditor::submit()
{
    if (!m_session || m_busy)
        return;
    if (!valid()) {
        const int incomplete = m_guests.firstIncomplete();
        if (incomplete > 0) {
            // Shown on the guest that lacks something.
            setCurrentGuest(incomplete);
            setError(m_guests.at(incomplete).serviceIds.isEmpty()
                         ? tr("Choose at least one service for guest %1.").arg(incomplete + 1)
                         : tr("Type the name of guest %1.").arg(incomplete + 1));
        } else {
            setError(incomplete == 0 ? tr("Choose at least one service.")
                                     : tr("Type the customer's name or find their record."));
        }
        return;
    }
    QJsonObject body;
    if (m_customerId > 0)
        body.insert(QStringLiteral("customer_id"), m_customerId);
    if (!m_customerName.trimmed().isEmpty())
        body.insert(QStringLiteral("customer_name"), m_customerName.trimmed());
    if (!m_phone.trimmed().isEmpty())
        body.insert(QStringLiteral("phone"), m_phone.trimmed());
    if (!m_notes.trimmed().isEmpty())
        body.insert(QStringLiteral("notes"), m_notes.trimmed());
    if (m_guests.count() == 1) {
        const QJsonObject guest = m_guests.json(0, m_customerName, m_customerId);
        body.insert(QStringLiteral("service_ids"), guest.value(QLatin1String("service_ids")));
        // A change says "any" with null; a new booking by leaving the key out.
        if (guest.contains(QLatin1String("therapist_id")))
            body.insert(QStringLiteral("therapist_id"), guest.value(QLatin1String("therapist_id")));
        else if (m_bookingId > 0)
            body.insert(QStringLiteral("therapist_id"), QJsonValue::Null);
        // A resized booking keeps its length while its services stay.
        if (guest.contains(QLatin1String("duration_minutes")))
            body.insert(QStringLiteral("duration_minutes"),
                        guest.value(QLatin1String("duration_minutes")));
    } else {
        // A couple or group: each guest with their services and therapist; a room chosen is
        // theirs to share.
        QJsonArray guests;
        for (int i = 0; i < m_guests.count(); ++i)
            guests.append(m_guests.json(i, m_customerName, m_customerId));
        body.insert(QStringLiteral("guests"), guests);
    }
    if (m_roomId > 0)
        body.insert(QStringLiteral("room_id"), m_roomId);
    else if (m_bookingId > 0)
        body.insert(QStringLiteral("room_id"), QJsonValue::Null);
    body.insert(QStringLiteral("start"), isoUtc(utcAt(m_zone, m_date, m_start)));
    setBusy(true);
    setError(QString());
    const bool isNew = m_bookingId == 0;
    m_session->call(isNew ? "POST" : "PUT",
                    isNew ? QStringLiteral("/api/bookings")
                          : QStringLiteral("/api/bookings/%1").arg(m_bookingId),
                    body, [this](int status, const QJsonObject &answer) {
                        setBusy(false);
                        if (status == 200 || status == 201)
                            Q_EMIT saved(
                                answer.value(QLatin1String("booking")).toObject().toVariantMap());
                        else
                            setError(Session::errorText(answer, status));
                    });
}

void BookingEditor::clearSlots()
{
    if (m_slots.isEmpty() && !m_slotsAnswered)
        return;
    m_slots.clear();
    m_slotsAnswered = false;
    Q_EMIT slotsChanged();
}

void BookingEditor::setBusy(bool b)
{
    if (b == m_busy)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
}

void BookingEditor::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
