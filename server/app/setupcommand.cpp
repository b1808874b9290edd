// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "setupcommand.h"

#include "app/config.h"
#include "core/clock.h"
#include "domain/spa.h"
#include "store/database.h"
#include "store/databaseepoch.h"
#include "store/pgurl.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <termios.h>
#include <unistd.h>

namespace {
// One line without its line break; asked without echo when `in` is a terminal.
QString readSecretLine(std::FILE *in, std::FILE *out, const char *prompt, bool *ok)
{
    const int fd = ::fileno(in);
    const bool tty = ::isatty(fd);
    termios saved {};
    if (tty) {
        std::fputs(prompt, out);
        std::fflush(out);
        ::tcgetattr(fd, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(fd, TCSANOW, &quiet);
    }
    QByteArray line;
    int c = 0;
    while ((c = std::fgetc(in)) != EOF && c != '\n')
        line.append(char(c));
    *ok = c == '\n' || !line.isEmpty();
    if (tty) {
        ::tcsetattr(fd, TCSANOW, &saved);
        std::fputs("\n", out);
    }
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}
} // namespace

int runSetupCommand(const ServerConfig &config, std::FILE *in, std::FILE *out, std::FILE *err)
{
    bool ok1 = false;
    bool ok2 = false;
    const QString password = readSecretLine(in, out, "admin password: ", &ok1);
    const QString again = readSecretLine(in, out, "again: ", &ok2);
    if (!ok1 || !ok2) {
        std::fputs("spa-server setup: give the admin's password twice on standard input, one "
                   "line each\n",
                   err);
        return 1;
    }
    if (password != again) {
        std::fputs("spa-server setup: the two passwords differ; nothing was changed\n", err);
        return 1;
    }
    if (!PgUrl::looksLikeOne(config.database) &&
        !QDir().mkpath(QFileInfo(config.database).absolutePath())) {
        std::fprintf(err, "spa-server setup: cannot create %s\n",
                     qPrintable(QFileInfo(config.database).absolutePath()));
        return 2;
    }
    Database db;
    QString error;
    if (!db.open(config.database, &error) || !db.migrate(&error)) {
        std::fprintf(err, "spa-server setup: %s\n", qPrintable(error));
        return 2;
    }
    SystemClock clock;
    SpaDomain domain(db, clock);
    QJsonObject body { { QStringLiteral("venue_name"), config.setup.venue },
                       { QStringLiteral("currency"), config.setup.currency },
                       { QStringLiteral("timezone"), config.setup.timezone },
                       { QStringLiteral("language"), config.setup.language },
                       { QStringLiteral("admin_username"), config.setup.adminUsername },
                       { QStringLiteral("admin_password"), password } };
    if (!config.setup.adminName.isEmpty())
        body.insert(QStringLiteral("admin_display_name"), config.setup.adminName);
    const Reply r = domain.setup().apply(body, Principal::system());
    if (!r.isOk()) {
        std::fprintf(err, "spa-server setup: %s (%s); nothing was changed\n",
                     qPrintable(r.errorObject().value(QLatin1String("message")).toString()),
                     qPrintable(r.errorObject().value(QLatin1String("code")).toString()));
        return r.status() >= 500 ? 2 : 1;
    }
    // The venue's history starts here: its journal's epoch (kept if a server made one already).
    DatabaseEpoch::ensure(db);
    // A code a running server printed is spent now: its file would only mislead.
    QFile::remove(QDir(config.dataDir).filePath(QStringLiteral("setup-code")));
    std::fprintf(out, "set up \"%s\": admin \"%s\" can sign in now\n",
                 qPrintable(config.setup.venue), qPrintable(config.setup.adminUsername));
    return 0;
}
