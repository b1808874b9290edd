// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "therapistoptions.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstring>

namespace {
// "--name value" or "--name=value" at argv[i]; `consumed` says how many entries it used.
bool match(int argc, char **argv, int i, const char *name, QByteArray *value, int *consumed)
{
    const QByteArray arg(argv[i]);
    const QByteArray flag = QByteArray("--") + name;
    const QByteArray single = QByteArray("-") + name; // QCommandLineParser takes both spellings
    for (const QByteArray &f : { flag, single }) {
        if (arg == f) {
            *value = i + 1 < argc ? QByteArray(argv[i + 1]) : QByteArray();
            *consumed = i + 1 < argc ? 2 : 1;
            return true;
        }
        if (arg.startsWith(QByteArray(f + '='))) {
            *value = arg.mid(f.size() + 1);
            *consumed = 1;
            return true;
        }
    }
    return false;
}
} // namespace

bool TherapistOptions::take(int &argc, char **argv, TherapistOptions *out, QString *error)
{
    QByteArray lockAfter = qgetenv("SPA_LOCK_AFTER");
    QByteArray staffId = qgetenv("SPA_STAFF_ID");
    QByteArray pin = qgetenv("SPA_PIN");
    int kept = 1;
    for (int i = 1; i < argc;) {
        QByteArray value;
        int consumed = 0;
        if (std::strcmp(argv[i], "--") == 0) {
            while (i < argc)
                argv[kept++] = argv[i++];
            break;
        }
        if (match(argc, argv, i, "lock-after", &value, &consumed))
            lockAfter = value;
        else if (match(argc, argv, i, "staff-id", &value, &consumed))
            staffId = value;
        else if (match(argc, argv, i, "pin", &value, &consumed))
            pin = value;
        else {
            argv[kept++] = argv[i++];
            continue;
        }
        i += consumed;
    }
    argc = kept;
    argv[argc] = nullptr;

    bool ok = true;
    if (!lockAfter.isEmpty()) {
        out->lockAfterSeconds = lockAfter.toInt(&ok);
        if (!ok || out->lockAfterSeconds < 0) {
            *error = QStringLiteral("--lock-after takes whole seconds (0: never lock)");
            return false;
        }
    }
    if (!staffId.isEmpty()) {
        out->staffId = staffId.toLongLong(&ok);
        if (!ok || out->staffId <= 0) {
            *error = QStringLiteral("--staff-id takes a staff id, e.g. 3");
            return false;
        }
    }
    out->pin = QString::fromUtf8(pin);
    if (!out->pin.isEmpty() && out->staffId <= 0) {
        *error = QStringLiteral("--pin needs --staff-id");
        return false;
    }
    return true;
}

QString TherapistOptions::help()
{
    return QStringLiteral(
        "Spa Suite therapist tablet.\n\n"
        "Also:\n"
        "  --lock-after <s>   Lock after this many idle seconds; 0: never (env SPA_LOCK_AFTER;\n"
        "                     saved; default 120).\n"
        "  --staff-id <id>    Preselect this therapist on the sign-in page (env SPA_STAFF_ID).\n"
        "  --pin <pin>        With --staff-id: sign in at start, for scripted runs (env SPA_PIN,\n"
        "                     which other users cannot read from the process list).");
}
