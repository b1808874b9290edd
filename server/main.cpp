// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spa-server: parse the configuration, raise the open-file limit, run ServerApp until SIGTERM.
#include "app/backupcommands.h"
#include "app/config.h"
#include "app/serverapp.h"
#include "app/setupcommand.h"
#include "core/epolldispatcher.h"
#include "store/auditchain.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <malloc.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace {
int g_signalFd[2] = { -1, -1 };

void onSignal(int signal)
{
    const char c = signal == SIGHUP ? 'H' : 'T';
    [[maybe_unused]] auto n =
        ::write(g_signalFd[0], &c, 1); // async-signal-safe hand-off to the loop
}

// A command allocates and frees buffers of hundreds of kilobytes (views, frames, SQLite's pages).
// With glibc's defaults each free at the top of the heap gave the memory back to the kernel and
// the next command faulted it in again page by page, a tenth of the server's time under a stream
// of commands (perf): keep up to 8 MB free at the top, and serve blocks under 4 MB from the heap.
// A third more durable commands per second (docs/benchmarks.md); the environment's
// GLIBC_TUNABLES still wins for anyone who wants other values.
void tuneAllocator()
{
#ifdef __GLIBC__
    if (qEnvironmentVariableIsEmpty("GLIBC_TUNABLES")) {
        mallopt(M_TRIM_THRESHOLD, 8 << 20);
        mallopt(M_MMAP_THRESHOLD, 4 << 20);
    }
#endif
}

// Every client is a file descriptor; Debian's default soft limit (1024) would cap us early.
void raiseFileLimit()
{
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0)
        qCInfo(lcServer) << "open file limit" << rl.rlim_cur;
}
} // namespace

int main(int argc, char *argv[])
{
    // Qt's own poll dispatcher is several times faster than glib's for many sockets (QT64.md).
    if (qEnvironmentVariableIsEmpty("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    // SPA_EVENT_DISPATCHER=poll keeps Qt's own (poll-based) dispatcher, for comparisons.
    if (qgetenv("SPA_EVENT_DISPATCHER") != "poll")
        QCoreApplication::setEventDispatcher(new EpollEventDispatcher);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("spa-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SPA_VERSION));

    ServerConfig config;
    QString message;
    bool exitNow = false;
    if (!ServerConfig::parse(QCoreApplication::arguments(), &config, &message, &exitNow)) {
        std::fprintf(stderr, "spa-server: %s\n", qPrintable(message));
        return 2;
    }
    if (exitNow) {
        std::printf("%s\n", qPrintable(message));
        return 0;
    }
    if (config.command == QLatin1String("verify-audit"))
        return AuditChain::verifyFile(config.database);
    if (config.command == QLatin1String("setup"))
        return runSetupCommand(config, stdin, stdout, stderr);
    if (config.command == QLatin1String("backup"))
        return runBackupCommand(config, stdout, stderr);
    if (config.command == QLatin1String("restore"))
        return runRestoreCommand(config, stdout, stderr);
    raiseFileLimit();
    tuneAllocator();

    ServerApp server(config);
    if (!server.start(&message)) {
        qCCritical(lcServer).noquote() << "cannot start:" << message;
        return 1;
    }

    // SIGTERM/SIGINT: stop accepting, send the answers already due, exit 0.
    // SIGHUP: read the TLS certificate and key again (a renewed certificate, no restart).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd) == 0) {
        auto *notifier = new QSocketNotifier(g_signalFd[1], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [&server, notifier] {
            char c;
            [[maybe_unused]] auto n = ::read(g_signalFd[1], &c, 1);
            if (c == 'H') {
                server.reloadTls();
                return;
            }
            notifier->setEnabled(false);
            qCInfo(lcServer) << "shutting down";
            server.shutdown([] { QCoreApplication::quit(); });
        });
        struct sigaction sa { };
        sa.sa_handler = onSignal;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESTART;
        sigaction(SIGTERM, &sa, nullptr);
        sigaction(SIGINT, &sa, nullptr);
        sigaction(SIGHUP, &sa, nullptr);
    }
    // Every socket write asks for EPIPE instead of the signal (MSG_NOSIGNAL); this covers any
    // write that does not, so a client's reset can never end the server.
    ::signal(SIGPIPE, SIG_IGN);
    return app.exec();
}
