// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "bookingguests.h"

namespace {
qint64 idOf(const QJsonValue &v)
{
    return qint64(v.toObject().value(QLatin1String("id")).toDouble());
}
} // namespace

void BookingGuests::reset(qint64 therapistId)
{
    m_guests = { Guest() };
    m_guests.first().therapistId = std::max<qint64>(0, therapistId);
}

void BookingGuests::load(const QJsonArray &guests)
{
    m_guests.clear();
    for (const QJsonValue &v : guests) {
        const QJsonObject g = v.toObject();
        Guest guest;
        guest.customerId = qint64(g.value(QLatin1String("customer_id")).toDouble());
        guest.name = g.value(QLatin1String("customer_name")).toString();
        guest.therapistId = idOf(g.value(QLatin1String("therapist")));
        for (const QJsonValue &s : g.value(QLatin1String("services")).toArray())
            guest.serviceIds.append(
                qint64(s.toObject().value(QLatin1String("service_id")).toDouble()));
        const int length = g.value(QLatin1String("duration_min")).toInt();
        if (length != g.value(QLatin1String("services_min")).toInt(length)) {
            guest.keptLength = length;
            guest.keptFor = guest.serviceIds;
        }
        m_guests.append(guest);
    }
    if (m_guests.isEmpty())
        m_guests.append(Guest());
}

bool BookingGuests::add()
{
    if (m_guests.size() >= kMax)
        return false;
    m_guests.append(Guest());
    return true;
}

bool BookingGuests::remove(int i)
{
    if (i < 1 || i >= m_guests.size())
        return false;
    m_guests.removeAt(i);
    return true;
}

int BookingGuests::firstIncomplete() const
{
    for (int i = 0; i < m_guests.size(); ++i) {
        const Guest &g = m_guests.at(i);
        if (g.serviceIds.isEmpty() || (i > 0 && g.customerId == 0 && g.name.trimmed().isEmpty()))
            return i;
    }
    return -1;
}

int BookingGuests::keptLength(int i) const
{
    const Guest &g = m_guests.at(i);
    return g.keptLength > 0 && g.serviceIds == g.keptFor ? g.keptLength : 0;
}

QJsonObject BookingGuests::json(int i, const QString &bookerName, qint64 bookerId) const
{
    const Guest &g = m_guests.at(i);
    QJsonObject o;
    const qint64 customer = i == 0 ? bookerId : g.customerId;
    const QString name = (i == 0 ? bookerName : g.name).trimmed();
    if (customer > 0)
        o.insert(QStringLiteral("customer_id"), customer);
    if (!name.isEmpty())
        o.insert(QStringLiteral("customer_name"), name);
    QJsonArray ids;
    for (qint64 id : g.serviceIds)
        ids.append(id);
    o.insert(QStringLiteral("service_ids"), ids);
    if (g.therapistId > 0)
        o.insert(QStringLiteral("therapist_id"), g.therapistId);
    if (const int length = keptLength(i); length > 0)
        o.insert(QStringLiteral("duration_minutes"), length);
    return o;
}
