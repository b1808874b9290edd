// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "therapistdays.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace {
// The tips paid to `staffId` on `date` (net of voids), per visit.
QHash<qint64, qint64> tipsOf(Database &db, qint64 staffId, const QString &date)
{
    QSqlQuery q = db.exec(QStringLiteral("SELECT visit_id, COALESCE(SUM(tip), 0) FROM payments "
                                         "WHERE therapist_id = ? AND business_date = ? "
                                         "GROUP BY visit_id"),
                          { staffId, date });
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

// The same for one visit. Read by the visit alone (a visit has a few payments), filtered here:
// with the therapist and date in the WHERE, SQLite chose the day's index and read every payment
// of the day.
std::optional<qint64> tipsOf(Database &db, qint64 staffId, const QString &date, qint64 visitId)
{
    QSqlQuery q = db.exec(
        QStringLiteral("SELECT therapist_id, business_date, tip FROM payments WHERE visit_id = ?"),
        { visitId });
    std::optional<qint64> total;
    while (q.next())
        if (!q.value(0).isNull() && q.value(0).toLongLong() == staffId &&
            q.value(1).toString() == date)
            total = total.value_or(0) + q.value(2).toLongLong();
    return total;
}

qint64 sum(const QHash<qint64, qint64> &tips)
{
    qint64 total = 0;
    for (const qint64 t : tips)
        total += t;
    return total;
}
} // namespace

QJsonArray TherapistDays::Day::servedJson() const
{
    QJsonArray out;
    for (const ServedToday::Visit &v : visits)
        out.append(v.json);
    return out;
}

QByteArray TherapistDays::Day::servedText() const
{
    // Each visit is serialized once, when it is read; a change rejoins the texts. Serializing
    // the whole list after every change made the fan-out's cost grow with the day: half of the
    // server's instructions in the mixed durable benchmark (docs/benchmarks.md).
    if (!text.isEmpty())
        return text;
    qsizetype size = 2;
    for (const ServedToday::Visit &v : visits) {
        if (v.text.isEmpty())
            v.text = QJsonDocument(v.json).toJson(QJsonDocument::Compact);
        size += v.text.size() + 1;
    }
    text.reserve(size);
    text += '[';
    for (qsizetype i = 0; i < visits.size(); ++i) {
        if (i)
            text += ',';
        text += visits.at(i).text;
    }
    text += ']';
    return text;
}

qint64 TherapistDays::Day::workedSeconds() const
{
    qint64 sum = 0;
    for (const ServedToday::Visit &v : visits)
        sum += v.workedSeconds;
    return sum;
}

void TherapistDays::visitChanged(qint64 staffId, qint64 visitId)
{
    const auto it = m_days.find(staffId);
    if (it == m_days.end())
        return;
    it->staleVisits.insert(visitId);
}

const TherapistDays::Day &TherapistDays::of(qint64 staffId, const QString &date)
{
    // Read whole every 30 s all the same, so a write that named nobody's room shows within that.
    if (!m_age.isValid() || m_age.elapsed() > 30000) {
        m_days.clear();
        m_age.start();
    }
    auto it = m_days.find(staffId);
    if (it == m_days.end() || it->date != date) {
        Day day;
        day.date = date;
        day.visits = ServedToday::read(m_db, staffId, date);
        day.tipsByVisit = tipsOf(m_db, staffId, date);
        day.tips = sum(day.tipsByVisit);
        return *m_days.insert(staffId, day);
    }
    Day &day = *it;
    if (!day.staleVisits.isEmpty()) {
        // A payment or void names its visit: only that visit's tips are read again (summing the
        // whole day's payments after every change grew with the day, like the served list).
        for (const qint64 visitId : std::as_const(day.staleVisits)) {
            day.tips -= day.tipsByVisit.take(visitId);
            if (const std::optional<qint64> fresh = tipsOf(m_db, staffId, date, visitId)) {
                day.tipsByVisit.insert(visitId, *fresh);
                day.tips += *fresh;
            }
            day.visits.removeIf([visitId](const ServedToday::Visit &v) { return v.id == visitId; });
            for (const ServedToday::Visit &fresh : ServedToday::read(m_db, staffId, date, visitId))
                day.visits.insert(
                    std::lower_bound(day.visits.begin(), day.visits.end(), fresh,
                                     [](const ServedToday::Visit &a, const ServedToday::Visit &b) {
                                         return a.before(b);
                                     }),
                    fresh);
        }
        day.staleVisits.clear();
        day.text.clear();
    }
    return day;
}
