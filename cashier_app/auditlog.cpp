// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "auditlog.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

AuditLog::AuditLog(QObject *parent)
    : QAbstractListModel(parent)
    , m_from(QDate::currentDate().toString(Qt::ISODate))
    , m_to(m_from)
{
}

int AuditLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AuditLog::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QJsonObject &e = m_rows.at(index.row());
    const auto text = [&e](const char *key) { return e.value(QLatin1String(key)).toString(); };
    switch (role) {
    case SeqRole:
        return e.value(QLatin1String("seq")).toInteger();
    case TimeRole:
        return text("time");
    case DayRole:
        return QDateTime::fromString(text("time"), Qt::ISODateWithMs)
            .toLocalTime()
            .date()
            .toString(Qt::ISODate);
    case TypeRole:
        return text("type");
    case WhatRole:
        return describe(text("type"));
    case ActorRole:
        return text("actor");
    case ActorNameRole: {
        const QString actor = text("actor");
        if (actor == QLatin1String("system"))
            return tr("System");
        if (actor.isEmpty())
            return tr("Unknown"); // written before the audit trail began
        return text("actor_name");
    }
    case ActorRoleRole:
        return text("actor_role");
    case AddressRole:
        return text("address");
    case SummaryRole:
        return text("summary");
    }
    return {};
}

QHash<int, QByteArray> AuditLog::roleNames() const
{
    return { { SeqRole, "seq" },
             { TimeRole, "time" },
             { DayRole, "day" },
             { TypeRole, "type" },
             { WhatRole, "what" },
             { ActorRole, "actor" },
             { ActorNameRole, "actorName" },
             { ActorRoleRole, "actorRole" },
             { AddressRole, "address" },
             { SummaryRole, "summary" } };
}

QString AuditLog::describe(const QString &type) const
{
    static const struct {
        const char *type;
        const char *text;
    } kTypes[] = {
        { "visit.checked_in", QT_TR_NOOP("Checked in") },
        { "visit.assigned", QT_TR_NOOP("Assigned") },
        { "visit.updated", QT_TR_NOOP("Visit changed") },
        { "visit_called", QT_TR_NOOP("Customer called") },
        { "visit.started", QT_TR_NOOP("Service started") },
        { "visit.completed", QT_TR_NOOP("Service completed") },
        { "visit.cancelled", QT_TR_NOOP("Visit cancelled") },
        { "visit.no_show", QT_TR_NOOP("No-show") },
        { "visit.discounted", QT_TR_NOOP("Discount given") },
        { "payment.taken", QT_TR_NOOP("Payment taken") },
        { "payment_completed", QT_TR_NOOP("Visit paid in full") },
        { "payment.voided", QT_TR_NOOP("Payment voided") },
        { "day.closed", QT_TR_NOOP("Day closed") },
        { "therapist.status", QT_TR_NOOP("Therapist status") },
        { "service.created", QT_TR_NOOP("Service added") },
        { "service.updated", QT_TR_NOOP("Service changed") },
        { "staff.created", QT_TR_NOOP("Staff member added") },
        { "staff.updated", QT_TR_NOOP("Staff member changed") },
        { "staff.deactivated", QT_TR_NOOP("Staff member deactivated") },
        { "device.created", QT_TR_NOOP("Device added") },
        { "device.revoked", QT_TR_NOOP("Device revoked") },
        { "visit.refunded", QT_TR_NOOP("Refund given") },
        { "visit.tax_invoice", QT_TR_NOOP("Tax invoice issued") },
        { "shift.opened", QT_TR_NOOP("Cash shift opened") },
        { "shift.closed", QT_TR_NOOP("Cash shift closed") },
        { "shift.cash", QT_TR_NOOP("Cash paid in or out") },
        { "shift.no_sale", QT_TR_NOOP("Drawer opened, no sale") },
        { "service.commission_set", QT_TR_NOOP("Commission set") },
        { "staff.password_changed", QT_TR_NOOP("Password changed") },
        { "staff.pin_changed", QT_TR_NOOP("PIN changed") },
        { "therapist.hours", QT_TR_NOOP("Working hours changed") },
        { "room.created", QT_TR_NOOP("Room added") },
        { "room.updated", QT_TR_NOOP("Room changed") },
        { "room.retired", QT_TR_NOOP("Room retired") },
        { "settings.updated", QT_TR_NOOP("Settings changed") },
        { "venue.setup", QT_TR_NOOP("Venue set up") },
        { "customer.created", QT_TR_NOOP("Customer added") },
        { "customer.updated", QT_TR_NOOP("Customer changed") },
        { "booking.created", QT_TR_NOOP("Booking made") },
        { "booking.updated", QT_TR_NOOP("Booking changed") },
        { "booking.cancelled", QT_TR_NOOP("Booking cancelled") },
        { "booking.arrived", QT_TR_NOOP("Booking arrived") },
        { "booking.no_show", QT_TR_NOOP("Booking no-show") },
    };
    for (const auto &t : kTypes)
        if (type == QLatin1String(t.type))
            return tr(t.text);
    return type;
}

void AuditLog::setSession(Session *s)
{
    if (s == m_session)
        return;
    m_session = s;
    Q_EMIT sessionChanged();
}

void AuditLog::setFrom(const QString &d)
{
    if (d == m_from)
        return;
    m_from = d;
    Q_EMIT filterChanged();
}

void AuditLog::setTo(const QString &d)
{
    if (d == m_to)
        return;
    m_to = d;
    Q_EMIT filterChanged();
}

void AuditLog::setWho(const QString &w)
{
    if (w == m_who)
        return;
    m_who = w;
    Q_EMIT filterChanged();
}

void AuditLog::refresh()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_nextAfter = 0;
    m_loaded = false;
    endResetModel();
    Q_EMIT countChanged();
    fetch(0);
    if (!m_session)
        return;
    m_session->call(
        "GET", QStringLiteral("/api/staff"), {}, [this](int status, const QJsonObject &answer) {
            if (status != 200)
                return;
            QVariantList people { QVariantMap { { QStringLiteral("who"), QString() },
                                                { QStringLiteral("name"), tr("Everyone") } } };
            for (const QJsonValue &s : answer.value(QLatin1String("staff")).toArray())
                people.append(QVariantMap {
                    { QStringLiteral("who"), QString::number(s[QLatin1String("id")].toInteger()) },
                    { QStringLiteral("name"), s[QLatin1String("display_name")].toString() } });
            people.append(QVariantMap { { QStringLiteral("who"), QStringLiteral("system") },
                                        { QStringLiteral("name"), tr("System") } });
            m_people = people;
            Q_EMIT peopleChanged();
        });
}

void AuditLog::loadMore()
{
    if (m_nextAfter > 0 && !m_busy)
        fetch(m_nextAfter);
}

void AuditLog::fetch(qint64 after)
{
    if (!m_session)
        return;
    QUrlQuery q;
    if (!m_from.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("from"), m_from.trimmed());
    if (!m_to.trimmed().isEmpty())
        q.addQueryItem(QStringLiteral("to"), m_to.trimmed());
    if (!m_who.isEmpty())
        q.addQueryItem(QStringLiteral("who"), m_who);
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (after > 0)
        q.addQueryItem(QStringLiteral("after_seq"), QString::number(after));
    setError(QString());
    setBusy(true);
    const quint64 generation = m_generation;
    m_session->call("GET", QStringLiteral("/api/audit?") + q.toString(QUrl::FullyEncoded), {},
                    [this, generation](int status, const QJsonObject &answer) {
                        if (generation != m_generation)
                            return;
                        setBusy(false);
                        if (status != 200) {
                            setError(Session::errorText(answer, status));
                            return;
                        }
                        const QJsonArray entries = answer.value(QLatin1String("entries")).toArray();
                        if (!entries.isEmpty()) {
                            beginInsertRows({}, int(m_rows.size()),
                                            int(m_rows.size() + entries.size() - 1));
                            for (const QJsonValue &e : entries)
                                m_rows.append(e.toObject());
                            endInsertRows();
                        }
                        const QJsonValue next = answer.value(QLatin1String("next_after_seq"));
                        m_nextAfter = next.isDouble() ? next.toInteger() : 0;
                        m_loaded = true;
                        Q_EMIT countChanged();
                    });
}

void AuditLog::setBusy(bool b)
{
    if (b == m_busy)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
}

void AuditLog::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
