// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringView>

// A Socket.IO room: who receives a journal entry. The one place room names are made and parsed;
// they are stored in the journal's `rooms` column (space separated), so the spelling is a
// contract with every database written so far.
class Room {
public:
    enum class Kind { Invalid, Cashier, Monitor, Therapists, Therapist, Customer };

    Room() = default;
    static Room cashier() { return Room(Kind::Cashier); }
    static Room monitor() { return Room(Kind::Monitor); }
    // Every therapist's tablet (the turn order they all see).
    static Room therapists() { return Room(Kind::Therapists); }
    // One therapist's tablet.
    static Room therapist(qint64 staffId) { return Room(Kind::Therapist, staffId); }
    // One ticket's page or socket.
    static Room customer(qint64 visitId) { return Room(Kind::Customer, visitId); }

    // "therapist:7" → therapist(7); anything else that is not a room name → an invalid Room.
    static Room parse(QStringView name)
    {
        if (name == QLatin1String("cashier"))
            return cashier();
        if (name == QLatin1String("monitor"))
            return monitor();
        if (name == QLatin1String("therapists"))
            return therapists();
        for (Kind kind : { Kind::Therapist, Kind::Customer }) {
            const QLatin1String prefix = prefixOf(kind);
            if (name.startsWith(prefix)) {
                bool ok = false;
                const qint64 id = name.mid(prefix.size()).toLongLong(&ok);
                return ok && id > 0 ? Room(kind, id) : Room();
            }
        }
        return Room();
    }

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    // The staff id of a therapist room, the visit id of a customer room, else 0.
    qint64 id() const { return m_id; }

    QString name() const
    {
        switch (m_kind) {
        case Kind::Cashier:
            return QStringLiteral("cashier");
        case Kind::Monitor:
            return QStringLiteral("monitor");
        case Kind::Therapists:
            return QStringLiteral("therapists");
        case Kind::Therapist:
        case Kind::Customer:
            return prefixOf(m_kind) + QString::number(m_id);
        case Kind::Invalid:
            break;
        }
        return QString();
    }
    operator QString() const { return name(); }

    bool operator==(const Room &o) const { return m_kind == o.m_kind && m_id == o.m_id; }
    bool operator!=(const Room &o) const { return !(*this == o); }

private:
    explicit Room(Kind kind, qint64 id = 0)
        : m_kind(kind)
        , m_id(id)
    {
    }
    static QLatin1String prefixOf(Kind kind)
    {
        return kind == Kind::Therapist ? QLatin1String("therapist:") : QLatin1String("customer:");
    }

    Kind m_kind = Kind::Invalid;
    qint64 m_id = 0;
};
