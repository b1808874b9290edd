// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "therapistdays.h"

#include "store/database.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace {
qint64 tipsOf(Database &db, qint64 staffId, const QString &date)
{
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT COALESCE(SUM(tip), 0) FROM payments WHERE therapist_id = ? "
                               "AND business_date = ?"),
                { staffId, date });
    return q.next() ? q.value(0).toLongLong() : 0;
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
    if (text.isEmpty())
        text = QJsonDocument(servedJson()).toJson(QJsonDocument::Compact);
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
    it->tipsStale = true;
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
        day.tips = tipsOf(m_db, staffId, date);
        return *m_days.insert(staffId, day);
    }
    Day &day = *it;
    if (!day.staleVisits.isEmpty()) {
        for (const qint64 visitId : std::as_const(day.staleVisits)) {
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
    if (day.tipsStale) {
        day.tips = tipsOf(m_db, staffId, date);
        day.tipsStale = false;
    }
    return day;
}
