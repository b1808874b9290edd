// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerview.h"

#include "domain/spa.h"
#include "events.h"
#include "rooms.h"

#include <QRegularExpression>

namespace {

// The Socket.IO event a journaled notice goes out under in a customer room, or nothing.
const char *customerEvent(const QString &type)
{
    if (type == QLatin1String("visit_called"))
        return Events::CustomerCalled;
    if (type == QLatin1String("payment_completed"))
        return Events::CustomerPaymentCompleted;
    return nullptr;
}

} // namespace

CustomerView::CustomerView(SpaDomain &domain)
    : m_domain(domain)
    , m_views(domain)
{
}

std::optional<qint64> CustomerView::visitForCode(const QString &code)
{
    // Printed codes are 10 letters and digits; anything else is not looked up at all.
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]{4,32}$"));
    if (!shape.match(code).hasMatch())
        return std::nullopt;
    const auto who = m_domain.signIn().resolveTicketCode(code);
    if (!who || who->visitId <= 0)
        return std::nullopt;
    return who->visitId;
}

QJsonObject CustomerView::visit(qint64 visitId)
{
    return m_views.view(Room::customer(visitId)).value(QLatin1String("visit")).toObject();
}

QString CustomerView::venueName()
{
    return m_domain.venue().setting(QStringLiteral("venue_name"), QStringLiteral("Spa"));
}

qint64 CustomerView::lastSeq()
{
    return m_domain.views().journal().lastSeq();
}

QVector<CustomerView::Notice> CustomerView::notices(qint64 after, qint64 upTo, qint64 visitId,
                                                    int limit)
{
    Journal::Range range;
    range.after = after;
    range.upTo = upTo;
    range.noticesOnly = true;
    if (visitId > 0)
        range.room = Room::customer(visitId);
    range.limit = limit;
    QVector<Notice> out;
    for (JournalEntry &e : m_domain.views().journal().read(range)) {
        if (const char *event = customerEvent(e.type))
            out.append(Notice { std::move(e), event });
    }
    return out;
}
