// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demodata.h"

#include "domain/spa.h"
#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace {
struct DemoTherapist {
    const char *name;
    const char *pin;
    const char *status;
};
const DemoTherapist kTherapists[] = { { "Anna", "1111", "available" },
                                      { "Budi", "2222", "available" },
                                      { "Chai", "3333", "available" },
                                      { "Dewi", "4444", "on_break" } };
struct DemoService {
    const char *name;
    int minutes;
    qint64 price;
};
const DemoService kServices[] = { { "Thai Massage", 60, 45000 },
                                  { "Aromatherapy Oil Massage", 90, 120000 },
                                  { "Foot Reflexology", 45, 35000 },
                                  { "Herbal Compress", 60, 80000 },
                                  { "Head & Shoulder", 30, 25000 } };

bool exists(Database &db, const QString &sql, const QVariant &v)
{
    QSqlQuery q = db.exec(sql, { v });
    return q.next();
}
} // namespace

DemoSummary seedDemo(SpaDomain &domain, const QString &dataDir)
{
    Database &db = domain.database();
    const Principal system = Principal::system(); // journaled as "system"
    // The demo's accounts are admin/admin and cashier/cashier: weak passwords only with --demo.
    domain.staff().setMinPasswordLength(4);
    if (domain.venue().setting(QStringLiteral("venue_name")).isEmpty())
        domain.venue().setSetting(QStringLiteral("venue_name"), QStringLiteral("Lotus Day Spa"));
    if (domain.venue().setting(QStringLiteral("currency")).isEmpty())
        domain.venue().setSetting(QStringLiteral("currency"), QStringLiteral("THB"));

    for (const DemoService &s : kServices)
        if (!exists(db, QStringLiteral("SELECT 1 FROM services WHERE name = ?"),
                    QString::fromUtf8(s.name)))
            domain.catalog().create({ { QStringLiteral("name"), QString::fromUtf8(s.name) },
                                      { QStringLiteral("duration_min"), s.minutes },
                                      { QStringLiteral("price"), s.price } });
    for (int i = 1; i <= 6; ++i)
        db.exec(QStringLiteral("INSERT INTO rooms (name) SELECT ? WHERE NOT EXISTS "
                               "(SELECT 1 FROM rooms WHERE name = ?)"),
                { QStringLiteral("Room %1").arg(i), QStringLiteral("Room %1").arg(i) });

    const std::pair<const char *, const char *> desk[] = { { "admin", "Owner" },
                                                           { "cashier", "Front Desk" } };
    for (const auto &[user, name] : desk)
        if (!exists(db, QStringLiteral("SELECT 1 FROM staff WHERE username = ?"),
                    QString::fromUtf8(user))) {
            QJsonObject account { { QStringLiteral("username"), QString::fromUtf8(user) },
                                  { QStringLiteral("password"), QString::fromUtf8(user) },
                                  { QStringLiteral("display_name"), QString::fromUtf8(name) },
                                  { QStringLiteral("role"), QString::fromUtf8(user) } };
            // The demo admin approves cashiers' refunds at the desk with this PIN.
            if (QLatin1String(user) == QLatin1String("admin"))
                account.insert(QStringLiteral("pin"), QStringLiteral("9999"));
            domain.staff().create(account);
        }

    DemoSummary summary;
    for (const DemoTherapist &t : kTherapists) {
        const QString name = QString::fromUtf8(t.name);
        QSqlQuery q = db.exec(
            QStringLiteral("SELECT id FROM staff WHERE display_name = ? AND role = 'therapist'"),
            { name });
        qint64 id = q.next() ? q.value(0).toLongLong() : 0;
        if (id == 0) {
            const Reply r =
                domain.staff().create({ { QStringLiteral("display_name"), name },
                                        { QStringLiteral("role"), QStringLiteral("therapist") },
                                        { QStringLiteral("pin"), QString::fromUtf8(t.pin) } });
            id = qint64(r.body()
                            .value(QLatin1String("staff"))
                            .toObject()
                            .value(QLatin1String("id"))
                            .toDouble());
            domain.therapists().setStatus(
                id, { { QStringLiteral("status"), QStringLiteral("available") } }, system);
            if (QLatin1String(t.status) != QLatin1String("available"))
                domain.therapists().setStatus(
                    id, { { QStringLiteral("status"), QString::fromUtf8(t.status) } }, system);
        }
        summary.therapists +=
            QStringLiteral("%1%2 (staff_id %3, PIN %4)")
                .arg(summary.therapists.isEmpty() ? QString() : QStringLiteral(", "), name)
                .arg(id)
                .arg(QString::fromUtf8(t.pin));
    }

    // The demo's drawer is open with a counted float, so the demo cashier can take cash at once.
    // Opened by the server (journaled as "system"), not in the cashier's name.
    if (domain.views().shifts().openShiftId() == 0)
        domain.shifts().open({ { QStringLiteral("float"), qint64(500000) } }, system);

    // The kiosk token is stored hashed; its plain form is kept beside the database for the demo.
    QFile tokenFile(QDir(dataDir).filePath(QStringLiteral("demo-kiosk.token")));
    if (tokenFile.open(QIODevice::ReadOnly))
        summary.kioskToken = QString::fromLatin1(tokenFile.readAll()).trimmed();
    if (summary.kioskToken.isEmpty() || !domain.signIn().resolveToken(summary.kioskToken)) {
        const Reply r = domain.staff().createDevice(
            { { QStringLiteral("name"), QStringLiteral("Lobby monitor") } });
        summary.kioskToken = r.body().value(QLatin1String("token")).toString();
        tokenFile.close();
        if (tokenFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            tokenFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            tokenFile.write(summary.kioskToken.toLatin1() + '\n');
        }
    }
    return summary;
}
