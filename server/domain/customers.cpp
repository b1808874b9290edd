// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// Customer records: created and changed at the desk, found by phone or name.
#include "customers.h"

#include "core/clock.h"
#include "domain/fields.h"
#include "domain/pipeline.h"
#include "domain/settingsrules.h"
#include "rooms.h"
#include "store/database.h"
#include "views/customerviews.h"

#include <QSqlQuery>

struct Customers::Input {
    QHash<QString, QVariant> values; // column → value (a null QVariant clears)
};

Customers::Customers(CommandPipeline &pipeline, CustomerViews &views)
    : m_pipeline(pipeline)
    , m_db(pipeline.database())
    , m_views(views)
{
}

std::optional<Reply> Customers::checkExists(qint64 id)
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { id });
    if (!q.next())
        return Errors::invalid(QStringLiteral("no customer with id %1").arg(id));
    return std::nullopt;
}

std::optional<Reply> Customers::read(const QJsonObject &body, bool creating, Input *in)
{
    static const QStringList known {
        QStringLiteral("name"),         QStringLiteral("phone"),
        QStringLiteral("language"),     QStringLiteral("notes"),
        QStringLiteral("health_notes"), QStringLiteral("preferred_therapist_id")
    };
    for (auto it = body.begin(); it != body.end(); ++it)
        if (!known.contains(it.key()))
            return Errors::invalid(QStringLiteral("unknown field '%1'; a customer has %2")
                                       .arg(it.key(), known.join(QStringLiteral(", "))));
    if (!creating && body.isEmpty())
        return Errors::invalid(QStringLiteral("name at least one field to change: %1")
                                   .arg(known.join(QStringLiteral(", "))));
    Fields f(body);
    const auto present = [&](const char *key) { return body.contains(QLatin1String(key)); };
    const auto text = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    if (creating || present("name"))
        in->values.insert(QStringLiteral("name"), f.string("name", true, 100));
    struct Optional {
        const char *key;
        int maxLength;
    };
    for (const Optional &o : { Optional { "phone", 32 }, Optional { "notes", 1000 },
                               Optional { "health_notes", 1000 } })
        if (present(o.key))
            in->values.insert(QLatin1String(o.key), text(f.string(o.key, false, o.maxLength)));
    if (present("language")) {
        const bool isNull = body.value(QLatin1String("language")).isNull();
        const QString l = f.choice("language", false, SettingsRules::languages());
        if (f.ok() && !isNull && l.isEmpty())
            f.fail(QStringLiteral("'language' must be one of %1")
                       .arg(SettingsRules::languages().join(QStringLiteral(", "))));
        in->values.insert(QStringLiteral("language"), text(l));
    }
    if (present("preferred_therapist_id")) {
        const auto t =
            f.integer("preferred_therapist_id", false, 1, std::numeric_limits<qint32>::max());
        if (f.ok() && t) {
            QSqlQuery q = m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE id = ? AND role = "
                                                   "'therapist' AND active = 1"),
                                    { *t });
            if (!q.next())
                f.fail(QStringLiteral("no active therapist with id %1").arg(*t));
        }
        in->values.insert(QStringLiteral("preferred_therapist_id"), t ? QVariant(*t) : QVariant());
    }
    if (!f.ok())
        return f.error();
    return std::nullopt;
}

std::optional<Reply> Customers::phoneTaken(const QString &phone, qint64 except)
{
    if (phone.isEmpty())
        return std::nullopt;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id FROM customers WHERE phone = ? AND id <> ?"),
                            { phone, except });
    if (!q.next())
        return std::nullopt;
    return Errors::conflict(
        QStringLiteral("customer_exists"),
        QStringLiteral("customer %1 already has phone %2").arg(q.value(0).toLongLong()).arg(phone));
}

Reply Customers::create(const QJsonObject &body, const Principal &who)
{
    Input in;
    if (auto bad = read(body, true, &in))
        return *bad;
    return m_pipeline.run(who, [&]() -> Reply {
        if (auto taken = phoneTaken(in.values.value(QStringLiteral("phone")).toString(), 0))
            return *taken;
        const QString now = isoUtc(m_pipeline.clock().now());
        QStringList columns, marks;
        QVariantList binds;
        for (auto it = in.values.cbegin(); it != in.values.cend(); ++it) {
            columns.append(it.key());
            marks.append(QStringLiteral("?"));
            binds.append(it.value());
        }
        QSqlQuery ins = m_db.exec(
            QStringLiteral("INSERT INTO customers (%1, created_at, "
                           "updated_at) VALUES (%2, ?, ?) RETURNING id")
                .arg(columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
            binds + QVariantList { now, now });
        if (!ins.next())
            return Errors::internal();
        const qint64 id = ins.value(0).toLongLong();
        const QJsonObject c = m_views.customerJson(id);
        m_pipeline.journal(QStringLiteral("customer.created"), { Room::cashier() },
                           { { QStringLiteral("customer_id"), id } });
        return Reply::ok({ { QStringLiteral("customer"), c } }, 201);
    });
}

Reply Customers::update(qint64 id, const QJsonObject &body, const Principal &who)
{
    QSqlQuery exists = m_db.exec(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"), { id });
    if (!exists.next())
        return Errors::notFound(QStringLiteral("no customer with id %1").arg(id));
    Input in;
    if (auto bad = read(body, false, &in))
        return *bad;
    return m_pipeline.run(who, [&]() -> Reply {
        if (auto taken = phoneTaken(in.values.value(QStringLiteral("phone")).toString(), id))
            return *taken;
        QStringList sets;
        QVariantList binds;
        for (auto it = in.values.cbegin(); it != in.values.cend(); ++it) {
            sets.append(it.key() + QStringLiteral(" = ?"));
            binds.append(it.value());
        }
        m_db.exec(QStringLiteral("UPDATE customers SET %1, updated_at = ? WHERE id = ?")
                      .arg(sets.join(QStringLiteral(", "))),
                  binds + QVariantList { isoUtc(m_pipeline.clock().now()), id });
        // The journal names the record, not its notes: health notes stay out of the audit view.
        m_pipeline.journal(QStringLiteral("customer.updated"), { Room::cashier() },
                           { { QStringLiteral("customer_id"), id } });
        return Reply::ok({ { QStringLiteral("customer"), m_views.customerJson(id) } });
    });
}
