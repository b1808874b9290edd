#include "config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace {
QString valueOrEnv(const QCommandLineParser &p, const QCommandLineOption &o, const char *env)
{
    if (p.isSet(o))
        return p.value(o);
    const QString e = qEnvironmentVariable(env);
    return e.isEmpty() ? p.value(o) : e;
}
} // namespace

bool ServerConfig::parse(const QStringList &arguments, ServerConfig *out, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Spa Suite server: live queue and payments for spas."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("TCP port for HTTP and WebSocket (env SPA_PORT)."),
                                  QStringLiteral("port"), QStringLiteral("5000"));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address to listen on (env SPA_LISTEN)."),
                                    QStringLiteral("address"), QStringLiteral("0.0.0.0"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("Folder for the database and device tokens (env SPA_DATA_DIR)."),
                                     QStringLiteral("dir"));
    const QCommandLineOption database(QStringLiteral("database"),
                                      QStringLiteral("SQLite file (default <data dir>/spa.db) (env SPA_DATABASE)."),
                                      QStringLiteral("path"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Add demo services, staff and a kiosk device if missing (env SPA_DEMO=1)."));
    p.addOptions({ port, listen, dataDir, database, demo });

    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        *exitNow = true;
        *error = p.helpText();
        return true;
    }
    if (p.isSet(QStringLiteral("version"))) {
        *exitNow = true;
        *error = QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion();
        return true;
    }

    bool ok = false;
    const uint portValue = valueOrEnv(p, port, "SPA_PORT").toUInt(&ok);
    if (!ok || portValue > 65535) {
        *error = QStringLiteral("--port must be a number from 0 to 65535");
        return false;
    }
    out->port = quint16(portValue);
    const QString address = valueOrEnv(p, listen, "SPA_LISTEN");
    if (!out->listen.setAddress(address)) {
        *error = QStringLiteral("--listen: '%1' is not an IP address").arg(address);
        return false;
    }
    out->dataDir = valueOrEnv(p, dataDir, "SPA_DATA_DIR");
    if (out->dataDir.isEmpty())
        out->dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    out->database = valueOrEnv(p, database, "SPA_DATABASE");
    if (out->database.isEmpty())
        out->database = QDir(out->dataDir).filePath(QStringLiteral("spa.db"));
    const QString demoEnv = qEnvironmentVariable("SPA_DEMO");
    out->demo = p.isSet(demo) || demoEnv == QLatin1String("1") || demoEnv == QLatin1String("true");
    return true;
}
