// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "servererrors.h"

QString ServerErrors::text(const QJsonObject &error)
{
    const QString code = error.value(QLatin1String("code")).toString();
    const QString message = error.value(QLatin1String("message")).toString();
    if (code == QLatin1String("day_closed"))
        return tr("The business day is closed: its visits and money can no longer change.");
    if (code == QLatin1String("already_paid"))
        return tr("This visit is already paid.");
    if (code == QLatin1String("already_voided"))
        return tr("This payment is already voided.");
    if (code == QLatin1String("open_visits"))
        return tr("The day still has open visits: finish, cancel or mark them as no-shows first.");
    if (code == QLatin1String("no_therapist_available"))
        return tr("No therapist is free in the turn order.");
    if (code == QLatin1String("therapist_off"))
        return tr("That therapist is not on shift.");
    if (code == QLatin1String("therapist_busy"))
        return tr("That therapist is with a guest.");
    if (code == QLatin1String("room_taken"))
        return tr("That room is taken.");
    if (code == QLatin1String("forbidden"))
        return tr("Your account may not do this.");
    if (code == QLatin1String("idempotency_key_reused"))
        return tr("This payment was already sent with other figures; open the checkout again.");
    // illegal_state is left as the server says it: its message names the state the visit is in.
    if (code == QLatin1String("rate_limited"))
        return tr("Too many requests at once; try again in a moment.");
    if (code == QLatin1String("unauthorized"))
        return tr("Your session has ended; please sign in again.");
    if (code == QLatin1String("storage_unavailable"))
        return tr("The server cannot save right now; nothing was changed. Tell the manager.");
    if (code == QLatin1String("too_many_open_visits"))
        return tr("Too many visits are open; finish or cancel some first.");
    // The appointment book's refusals (the server's message names the booking and its times in
    // English; the desk says what it means).
    if (code == QLatin1String("booking_clash"))
        return tr("That time is taken: the therapist or the room has another booking then "
                  "(clean-up time included).");
    if (code == QLatin1String("room_full"))
        return tr("The room is full at that time.");
    if (code == QLatin1String("outside_hours"))
        return tr("That time is outside the venue's opening hours or the therapist's working "
                  "hours.");
    if (code == QLatin1String("too_early"))
        return tr("Too early for a no-show: the customer still has their grace time.");
    if (code == QLatin1String("not_today"))
        return tr("Only today's bookings can arrive.");
    if (code == QLatin1String("no_therapist_free"))
        return tr("No therapist is free at that time.");
    if (code == QLatin1String("no_room_free"))
        return tr("No room is free at that time.");
    if (code == QLatin1String("customer_exists"))
        return tr("A customer with that phone number already exists: find them instead.");
    return message;
}

bool ServerErrors::isConnectionError(const QString &code)
{
    return code == QLatin1String("offline") || code == QLatin1String("disconnected");
}
