// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

// spa-loadgen: N Socket.IO connections against spa-server or a peer server, triggers at a fixed
// rate, per-event delivery latency, losses, and the server's memory and CPU from /proc.
//
//   spa-loadgen --port 5000 --pid 1234 --kind spa --scenario connect --connections 5000 --events 20
//
// Scenarios:
//   connect  open N connections (ramped), settle, measure memory per connection, then send
//            --events triggers at --event-rate; each monitor must receive each one once.
//   durable  (spa only) N watchers, then --pipelines REST clients run check-in -> assign ->
//            start -> complete -> pay for --duration seconds; durable commands per second.
//            With --watch-port and --command-ports the watchers and the pipelines use other
//            instances over the same database (bench/run cluster): a notice's latency is then
//            the way from the committing instance to another instance's clients.
//   storm    N connections with offsets; the server is killed and started again with the same
//            command line while triggers continue; time until every client has resynced, events
//            missed.
// Output: a human table, then one JSON line (also appended to --json FILE).
#include "common.h"
#include "http.h"
#include "worker.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>
#include <vector>

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Options {
    uint16_t port = 5000;
    uint16_t watchPort = 0; // the watchers' instance (0: `port`)
    std::vector<uint16_t> commandPorts; // the durable pipelines' instances, in turn (empty: `port`)
    int pid = 0;
    QString kind = QStringLiteral("spa");
    QString scenario = QStringLiteral("connect");
    QString label;
    int connections = 1000;
    double ramp = 2000;
    int processes = 0;
    int monitorPct = 100, therapistPct = 0, customerPct = 0;
    std::string token;
    int events = 20;
    double eventRate = 2;
    double settle = 3;
    double hold = 0;
    double drain = 10;
    double duration = 20;
    int pipelines = 4;
    double commandRate =
        0; // durable: commands per second over all pipelines; 0: as fast as they go
    int maxVisits = 20000;
    int stormBefore = 4;
    QString stormSignal = QStringLiteral("KILL");
    QString pidFile;
    QString restartLog = QStringLiteral("/dev/null");
    int connectTimeoutMs = 20000;
    double after = 2;
    QString jsonFile;
};

void sleepSec(double s)
{
    if (s > 0)
        std::this_thread::sleep_for(std::chrono::microseconds(int64_t(s * 1e6)));
}

double secSince(int64_t t0)
{
    return double(nowNs() - t0) / 1e9;
}

QJsonObject parseObject(const std::string &body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

std::string json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

[[noreturn]] void die(const std::string &what)
{
    std::fprintf(stderr, "spa-loadgen: %s\n", what.c_str());
    std::exit(2);
}

// ---- the server process, from /proc ----

struct ProcSample {
    int64_t t = 0;
    long rssKb = 0;
    long long cpuTicks = 0;
};

bool readProc(int pid, ProcSample *s)
{
    if (pid <= 0)
        return false;
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    bool found = false;
    while (std::getline(status, line))
        if (line.rfind("VmRSS:", 0) == 0) {
            s->rssKb = std::atol(line.c_str() + 6);
            found = true;
        }
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string all((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    const size_t close = all.rfind(')');
    if (close == std::string::npos)
        return false;
    std::istringstream rest(all.substr(close + 2));
    std::string f;
    long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> f; ++i) {
        if (i == 3 && f == "Z")
            return false;
        if (i == 14)
            utime = std::atoll(f.c_str());
        if (i == 15)
            stime = std::atoll(f.c_str());
    }
    s->cpuTicks = utime + stime;
    s->t = nowNs();
    return found;
}

class Sampler {
public:
    std::atomic<int> pid { 0 };
    void start()
    {
        m_thread = std::thread([this] {
            while (!m_stop.load()) {
                ProcSample s;
                if (readProc(pid.load(), &s)) {
                    std::lock_guard<std::mutex> g(m_lock);
                    m_samples.push_back(s);
                }
                sleepSec(0.1);
            }
        });
    }
    void stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    ProcSample now()
    {
        ProcSample s;
        readProc(pid.load(), &s);
        return s;
    }
    // CPU % of one core between t0 and t1, from the samples nearest to both ends.
    double cpuPct(int64_t t0, int64_t t1)
    {
        std::lock_guard<std::mutex> g(m_lock);
        const ProcSample *a = nullptr, *b = nullptr;
        for (const auto &s : m_samples) {
            if (s.t >= t0 && !a)
                a = &s;
            if (s.t <= t1)
                b = &s;
        }
        if (!a || !b || b->t <= a->t || b->cpuTicks < a->cpuTicks)
            return -1;
        return 100.0 * double(b->cpuTicks - a->cpuTicks) / double(sysconf(_SC_CLK_TCK)) /
            (double(b->t - a->t) / 1e9);
    }
    long peakRss(int64_t t0, int64_t t1)
    {
        std::lock_guard<std::mutex> g(m_lock);
        long m = 0;
        for (const auto &s : m_samples)
            if (s.t >= t0 && s.t <= t1)
                m = std::max(m, s.rssKb);
        return m;
    }

private:
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
    std::mutex m_lock;
    std::vector<ProcSample> m_samples;
};

// ---- restarting the server (storm) ----

std::vector<std::string> readNulFile(const std::string &path)
{
    std::ifstream f(path, std::ios::binary);
    std::string all((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
    std::vector<std::string> out;
    size_t start = 0;
    for (size_t i = 0; i < all.size(); ++i)
        if (all[i] == '\0') {
            out.push_back(all.substr(start, i - start));
            start = i + 1;
        }
    return out;
}

std::string readLink(const std::string &path)
{
    char buf[4096];
    const ssize_t n = ::readlink(path.c_str(), buf, sizeof buf - 1);
    return n > 0 ? std::string(buf, size_t(n)) : std::string();
}

// Gone: the process has exited and released its descriptors. A multi-threaded process shows its
// leader as a zombie while other threads are still being torn down and the listening socket is
// still open, so every thread must be gone (or a zombie) too.
bool processGone(int pid)
{
    const std::string base = "/proc/" + std::to_string(pid);
    auto stateOf = [](const std::string &statPath) {
        std::ifstream stat(statPath);
        if (!stat)
            return 'X';
        std::string all((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
        const size_t close = all.rfind(')');
        return close == std::string::npos || close + 2 >= all.size() ? 'X' : all[close + 2];
    };
    const char leader = stateOf(base + "/stat");
    if (leader != 'Z' && leader != 'X')
        return false;
    if (DIR *d = ::opendir((base + "/task").c_str())) {
        bool live = false;
        while (dirent *e = ::readdir(d)) {
            if (e->d_name[0] == '.')
                continue;
            const char st = stateOf(base + "/task/" + e->d_name + "/stat");
            if (st != 'Z' && st != 'X')
                live = true;
        }
        ::closedir(d);
        if (live)
            return false;
    }
    return true;
}

bool portAccepts(uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    const bool ok = ::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) == 0;
    linger l { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd);
    return ok;
}

// Kills pid and starts the same command line again; returns the new pid (0 on failure).
int restartServer(int pid, int sig, const QString &logPath, int64_t *killedNs, uint16_t port)
{
    const std::vector<std::string> argv = readNulFile("/proc/" + std::to_string(pid) + "/cmdline");
    const std::vector<std::string> envv = readNulFile("/proc/" + std::to_string(pid) + "/environ");
    const std::string exe = readLink("/proc/" + std::to_string(pid) + "/exe");
    const std::string cwd = readLink("/proc/" + std::to_string(pid) + "/cwd");
    if (argv.empty() || exe.empty())
        return 0;
    // The new server runs on the cores the old one was given (bench/run pins it apart from us).
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    const bool pinned = ::sched_getaffinity(pid, sizeof cpus, &cpus) == 0;
    *killedNs = nowNs();
    ::kill(pid, sig);
    const int64_t deadline = nowNs() + 15000000000LL;
    while (!processGone(pid)) {
        if (nowNs() > deadline) {
            ::kill(pid, SIGKILL);
        }
        sleepSec(0.002);
    }
    const int64_t closeDeadline = nowNs() + 5000000000LL;
    while (portAccepts(port) && nowNs() < closeDeadline) // the old listening socket must be closed
        sleepSec(0.002);
    const pid_t child = ::fork();
    if (child == 0) {
        ::setsid();
        if (pinned)
            ::sched_setaffinity(0, sizeof cpus, &cpus);
        if (!cwd.empty() && ::chdir(cwd.c_str()) != 0) { }
        const int log =
            ::open(logPath.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        const int devnull = ::open("/dev/null", O_RDONLY);
        ::dup2(devnull, 0);
        ::dup2(log, 1);
        ::dup2(log, 2);
        for (int fd = 3; fd < 65536; ++fd)
            ::close(fd);
        std::vector<char *> a, e;
        for (const auto &s : argv)
            a.push_back(const_cast<char *>(s.c_str()));
        a.push_back(nullptr);
        for (const auto &s : envv)
            e.push_back(const_cast<char *>(s.c_str()));
        e.push_back(nullptr);
        ::execve(exe.c_str(), a.data(), e.data());
        ::_exit(127);
    }
    return child;
}

// ---- table output ----

std::string fmt(double v, int decimals = 1)
{
    char b[64];
    std::snprintf(b, sizeof b, "%.*f", decimals, v);
    return b;
}

void printTable(const std::vector<std::pair<std::string, std::string>> &rows,
                const std::string &title)
{
    size_t w = 0;
    for (const auto &r : rows)
        w = std::max(w, r.first.size());
    std::printf("\n%s\n", title.c_str());
    for (const auto &r : rows)
        std::printf("  %-*s  %s\n", int(w), r.first.c_str(), r.second.c_str());
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Socket.IO load generator for Spa Suite benchmarks (127.0.0.1 only)."));
    p.addHelpOption();
    auto opt = [&](const char *name, const char *help, const char *value = nullptr,
                   const char *def = nullptr) {
        QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(help));
        if (value)
            o.setValueName(QString::fromLatin1(value));
        if (def)
            o.setDefaultValue(QString::fromLatin1(def));
        p.addOption(o);
    };
    opt("port", "Server port on 127.0.0.1.", "port", "5000");
    opt("host", "Must be 127.0.0.1 (traffic goes nowhere else).", "host", "127.0.0.1");
    opt("watch-port",
        "Watchers connect here instead of --port (another instance over the same database).",
        "port", "");
    opt("command-ports",
        "durable: the pipelines' instances, comma-separated, taken in turn (default: --port).",
        "ports", "");
    opt("pid", "Server process id, for RSS and CPU from /proc.", "pid", "0");
    opt("kind", "spa (REST triggers, tokens) or peer (POST /trigger).", "kind", "spa");
    opt("scenario", "connect, durable or storm.", "name", "connect");
    opt("label", "A name for this run in the output.", "text", "");
    opt("connections", "Socket.IO connections to open.", "n", "1000");
    opt("ramp", "Connections opened per second.", "rate", "2000");
    opt("processes", "Worker processes (default: one per 15,000 connections).", "n", "0");
    opt("mix", "Role mix in percent, e.g. monitor=90,therapist=5,customer=5.", "mix",
        "monitor=100");
    opt("token", "Monitor (device) token; spa default: a new device from POST /api/devices.",
        "token", "");
    opt("token-file", "Read the monitor token from this file.", "file", "");
    opt("events", "Triggers to send (storm: in total).", "n", "20");
    opt("event-rate", "Triggers per second.", "rate", "2");
    opt("settle", "Seconds to wait after the ramp before measuring idle memory.", "s", "3");
    opt("hold", "Seconds to hold the idle connections before the triggers.", "s", "0");
    opt("drain", "Seconds to wait for deliveries after the last trigger.", "s", "10");
    opt("duration", "durable: seconds of commands.", "s", "20");
    opt("pipelines",
        "durable: concurrent REST clients, one therapist each (beyond the demo's four, the "
        "load generator adds therapists and rooms; at most 64).",
        "n", "4");
    opt("command-rate",
        "durable: commands per second over all pipelines, each pipeline paced (0: each sends its "
        "next command as soon as the last is answered). Delivery latency below capacity.",
        "rate", "0");
    opt("max-visits", "durable: stop after this many visits.", "n", "20000");
    opt("storm-before", "storm: triggers answered before the restart.", "n", "4");
    opt("storm-signal", "storm: KILL or TERM.", "sig", "KILL");
    opt("pid-file", "storm: write the restarted server's pid here.", "file", "");
    opt("restart-log", "storm: the restarted server's output.", "file", "/dev/null");
    opt("after", "Seconds to wait after the clients closed before the last /proc sample.", "s",
        "2");
    opt("connect-timeout", "Milliseconds allowed from socket() to Socket.IO CONNECT.", "ms",
        "20000");
    opt("json", "Append the JSON result line to this file.", "file", "");
    if (!p.parse(args))
        die(p.errorText().toStdString());
    if (p.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(p.helpText()));
        return 0;
    }
    Options o;
    const QString host = p.value(QStringLiteral("host"));
    if (host != QLatin1String("127.0.0.1") && host != QLatin1String("localhost"))
        die("only 127.0.0.1 is allowed as a target");
    o.port = uint16_t(p.value(QStringLiteral("port")).toUInt());
    o.watchPort = uint16_t(p.value(QStringLiteral("watch-port")).toUInt());
    if (o.watchPort == 0)
        o.watchPort = o.port;
    for (const QString &part :
         p.value(QStringLiteral("command-ports")).split(QLatin1Char(','), Qt::SkipEmptyParts))
        o.commandPorts.push_back(uint16_t(part.toUInt()));
    if (o.commandPorts.empty())
        o.commandPorts.push_back(o.port);
    o.pid = p.value(QStringLiteral("pid")).toInt();
    o.kind = p.value(QStringLiteral("kind"));
    o.scenario = p.value(QStringLiteral("scenario"));
    o.label = p.value(QStringLiteral("label"));
    o.connections = std::max(0, p.value(QStringLiteral("connections")).toInt());
    o.ramp = std::max(1.0, p.value(QStringLiteral("ramp")).toDouble());
    o.processes = p.value(QStringLiteral("processes")).toInt();
    o.events = std::clamp(p.value(QStringLiteral("events")).toInt(), 0, kMaxTriggers);
    o.eventRate = std::max(0.01, p.value(QStringLiteral("event-rate")).toDouble());
    o.settle = p.value(QStringLiteral("settle")).toDouble();
    o.hold = p.value(QStringLiteral("hold")).toDouble();
    o.drain = p.value(QStringLiteral("drain")).toDouble();
    o.duration = p.value(QStringLiteral("duration")).toDouble();
    o.pipelines = std::clamp(p.value(QStringLiteral("pipelines")).toInt(), 1, 64);
    o.commandRate = std::max(0.0, p.value(QStringLiteral("command-rate")).toDouble());
    o.maxVisits = std::clamp(p.value(QStringLiteral("max-visits")).toInt(), 1, kMaxTriggers);
    o.stormBefore = p.value(QStringLiteral("storm-before")).toInt();
    o.stormSignal = p.value(QStringLiteral("storm-signal"));
    o.pidFile = p.value(QStringLiteral("pid-file"));
    o.restartLog = p.value(QStringLiteral("restart-log"));
    o.connectTimeoutMs = p.value(QStringLiteral("connect-timeout")).toInt();
    o.after = p.value(QStringLiteral("after")).toDouble();
    o.jsonFile = p.value(QStringLiteral("json"));
    o.token = p.value(QStringLiteral("token")).toStdString();
    if (!p.value(QStringLiteral("token-file")).isEmpty()) {
        std::ifstream f(p.value(QStringLiteral("token-file")).toStdString());
        std::getline(f, o.token);
    }
    o.monitorPct = 0;
    for (const QString &part :
         p.value(QStringLiteral("mix")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString k = part.section(QLatin1Char('='), 0, 0).trimmed();
        const int v = part.section(QLatin1Char('='), 1, 1).toInt();
        if (k == QLatin1String("monitor"))
            o.monitorPct = v;
        else if (k == QLatin1String("therapist"))
            o.therapistPct = v;
        else if (k == QLatin1String("customer"))
            o.customerPct = v;
        else
            die("--mix: unknown role " + k.toStdString());
    }
    if (o.monitorPct + o.therapistPct + o.customerPct != 100)
        die("--mix must add up to 100");
    const bool spa = o.kind == QLatin1String("spa");
    const bool durable = o.scenario == QLatin1String("durable");
    const bool storm = o.scenario == QLatin1String("storm");
    if (!spa && o.kind != QLatin1String("peer"))
        die("--kind is spa or peer");
    if (durable && !spa)
        die("the durable scenario needs spa-server");
    if (!durable && !storm && o.scenario != QLatin1String("connect"))
        die("--scenario is connect, durable or storm");
    if (o.processes <= 0)
        o.processes = std::max(1, (o.connections + 14999) / 15000);
    o.processes = std::min(o.processes, std::max(1, o.connections));

    // Every worker holds up to 20,000 descriptors here (hard limit): raise the soft limit.
    rlimit rl {};
    if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur < rl.rlim_max) {
        rl.rlim_cur = rl.rlim_max;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
    std::signal(SIGPIPE, SIG_IGN);

    // ---- shared memory ----
    const size_t sharedSize =
        sizeof(Control) + sizeof(TriggerTable) + sizeof(WorkerShared) * size_t(o.processes);
    void *mem =
        ::mmap(nullptr, sharedSize, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        die("mmap failed");
    auto *control = new (mem) Control();
    auto *triggers = reinterpret_cast<TriggerTable *>(static_cast<char *>(mem) + sizeof(Control));
    auto *shared = reinterpret_cast<WorkerShared *>(static_cast<char *>(mem) + sizeof(Control) +
                                                    sizeof(TriggerTable));

    // ---- preparation over REST (spa) ----
    HttpClient http(o.port);
    std::string staffToken, adminToken;
    std::vector<std::string> therapistTokens, customerTokens;
    std::vector<std::string> pipelineTherapists; // durable: each pipeline's therapist id
    std::vector<std::pair<int64_t, int64_t>> prepared; // (visit id, amount) ready to be paid
    const int64_t t0 = nowNs();
    auto must = [&](const char *method, const std::string &path, const std::string &body,
                    const std::string &token) {
        const auto r = http.request(method, path, body, token);
        if (r.status < 200 || r.status >= 300)
            die(std::string(method) + " " + path + ": " + std::to_string(r.status) + " " + r.body +
                r.error);
        return parseObject(r.body);
    };
    const std::string runTag =
        std::to_string(getpid()) + "-" + std::to_string(nowNs() % 1000000000);
    if (spa) {
        adminToken = must("POST", "/api/login", R"({"username":"admin","password":"admin"})", {})
                         .value(QLatin1String("token"))
                         .toString()
                         .toStdString();
        staffToken =
            must("POST", "/api/login", R"({"username":"cashier","password":"cashier"})", {})
                .value(QLatin1String("token"))
                .toString()
                .toStdString();
        if (o.token.empty())
            o.token = must("POST", "/api/devices", R"({"name":"loadgen"})", adminToken)
                          .value(QLatin1String("token"))
                          .toString()
                          .toStdString();
        // Dewi (6) starts on a break in the demo data: four therapists for the pipelines.
        must("PUT", "/api/therapists/6/status", R"({"status":"available"})", adminToken);
        for (int i = 0; i < 4 && durable; ++i)
            pipelineTherapists.push_back(std::to_string(3 + i));
        // More pipelines than the demo's four therapists: a therapist and a room for each.
        for (int i = 4; i < o.pipelines && durable; ++i) {
            const std::string name = "Bench " + runTag + "-" + std::to_string(i);
            const QJsonObject staff =
                must("POST", "/api/staff",
                     "{\"display_name\":\"" + name + "\",\"role\":\"therapist\",\"pin\":\"" +
                         std::to_string(1000 + i) + "\"}",
                     adminToken)
                    .value(QLatin1String("staff"))
                    .toObject();
            const std::string id =
                std::to_string(int64_t(staff.value(QLatin1String("id")).toDouble()));
            must("PUT", "/api/therapists/" + id + "/status", R"({"status":"available"})",
                 adminToken);
            must("POST", "/api/rooms", "{\"name\":\"" + name + "\"}", adminToken);
            pipelineTherapists.push_back(id);
        }
        if (o.therapistPct > 0) {
            const char *pins[] = { "1111", "2222", "3333", "4444" };
            for (int i = 0; i < 4; ++i)
                therapistTokens.push_back(
                    must("POST", "/api/login",
                         "{\"staff_id\":" + std::to_string(3 + i) + ",\"pin\":\"" + pins[i] + "\"}",
                         {})
                        .value(QLatin1String("token"))
                        .toString()
                        .toStdString());
        }
        if (o.customerPct > 0) {
            const int n = std::min(20, std::max(1, o.connections * o.customerPct / 100));
            for (int i = 0; i < n; ++i)
                customerTokens.push_back(must("POST", "/api/visits",
                                              "{\"customer_name\":\"Watcher " + std::to_string(i) +
                                                  "\",\"service_ids\":[1]}",
                                              staffToken)
                                             .value(QLatin1String("visit"))
                                             .toObject()
                                             .value(QLatin1String("code"))
                                             .toString()
                                             .toStdString());
        }
        if (!durable) {
            for (int k = 0; k < o.events; ++k) {
                const std::string t = std::to_string(3 + k % 4);
                const QJsonObject v = must("POST", "/api/visits",
                                           "{\"customer_name\":\"Bench " + std::to_string(k) +
                                               " Guest\",\"service_ids\":[5],"
                                               "\"therapist_id\":" +
                                               t + "}",
                                           staffToken)
                                          .value(QLatin1String("visit"))
                                          .toObject();
                const int64_t id = int64_t(v.value(QLatin1String("id")).toDouble());
                must("POST", "/api/visits/" + std::to_string(id) + "/start", "{}", staffToken);
                const QJsonObject done =
                    must("POST", "/api/visits/" + std::to_string(id) + "/complete", "{}",
                         staffToken)
                        .value(QLatin1String("visit"))
                        .toObject();
                prepared.emplace_back(id,
                                      int64_t(done.value(QLatin1String("balance_due")).toDouble()));
            }
        }
        http.close();
    } else {
        for (int k = 0; k < o.events; ++k)
            prepared.emplace_back(k + 1, 0);
    }
    const double prepSeconds = secSince(t0);

    // ---- workers ----
    Sampler sampler;
    sampler.pid = o.pid;
    const ProcSample before = sampler.now();
    std::vector<pid_t> children;
    const int maxTriggers = durable ? o.maxVisits : o.events;
    int first = 0;
    for (int w = 0; w < o.processes; ++w) {
        WorkerConfig cfg;
        cfg.index = w;
        cfg.firstGlobal = first;
        cfg.connections = o.connections / o.processes + (w < o.connections % o.processes ? 1 : 0);
        first += cfg.connections;
        cfg.rate = o.ramp / o.processes;
        cfg.port = o.watchPort;
        cfg.monitorPct = o.monitorPct;
        cfg.therapistPct = o.therapistPct;
        cfg.monitorToken = o.token.empty() ? std::string("peer") : o.token;
        cfg.therapistTokens = therapistTokens;
        cfg.customerTokens = customerTokens;
        cfg.reconnect = storm;
        cfg.sendOffset = storm;
        cfg.stateOnConnect = spa;
        cfg.connectTimeoutMs = o.connectTimeoutMs;
        cfg.maxTriggers = maxTriggers;
        new (&shared[w]) WorkerShared();
        const pid_t c = ::fork();
        if (c == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL); // never outlive the controller
            if (::getppid() == 1)
                ::_exit(1);
            runWorker(cfg, control, triggers, &shared[w]);
            ::_exit(0);
        }
        children.push_back(c);
    }
    sampler.start();

    auto sum = [&](std::atomic<int64_t> WorkerShared::*f) {
        int64_t s = 0;
        for (int w = 0; w < o.processes; ++w)
            s += (shared[w].*f).load();
        return s;
    };

    // ---- ramp ----
    const int64_t rampStart = nowNs();
    const double rampLimit = o.connections / o.ramp + o.connectTimeoutMs / 1000.0 + 5;
    while (sum(&WorkerShared::everConnected) + sum(&WorkerShared::connectFailures) +
                   sum(&WorkerShared::connectErrors) <
               o.connections &&
           secSince(rampStart) < rampLimit)
        sleepSec(0.05);
    const double rampSeconds = secSince(rampStart);
    const int64_t rampEnd = nowNs();
    sleepSec(o.settle);
    const int64_t settleEnd = nowNs();
    const ProcSample idle = sampler.now();
    const int64_t connectedIdle = sum(&WorkerShared::connected);
    sleepSec(o.hold);

    // ---- triggers ----
    std::atomic<int> triggersOk { 0 }, triggersFailed { 0 };
    Histogram commandLatency;
    commandLatency.clear();
    std::mutex latencyLock;
    int64_t eventsStart = nowNs(), eventsEnd = 0;
    std::atomic<int64_t> commands { 0 }, commandErrors { 0 };
    double durableSeconds = 0;
    int64_t killedNs = 0, upNs = 0, allResyncedNs = 0;
    int64_t connectedAtKill = 0;
    int newPid = 0;

    // One trigger: its own connection, so a slow answer does not delay the next trigger.
    auto fire = [&](int k, bool retry) {
        HttpClient c(o.port);
        const auto [key, amount] = prepared[size_t(k)];
        triggers->indexOfKey[key].store(k + 1);
        std::string path, body, token;
        if (spa) {
            path = "/api/visits/" + std::to_string(key) + "/payments";
            body = "{\"method\":\"card\",\"amount\":" + std::to_string(amount) +
                ",\"idempotency_key\":\"bench-" + runTag + "-" + std::to_string(k) + "\"}";
            token = staffToken;
        } else {
            path = "/trigger";
            body = "{\"visit_id\":" + std::to_string(key) + ",\"seq\":" + std::to_string(key) + "}";
        }
        const int64_t deadline = nowNs() + 60000000000LL;
        for (;;) {
            const auto r = c.request("POST", path, body, token, 30000,
                                     [&] { triggers->sentNs[k].store(nowNs()); });
            if (r.status >= 200 && r.status < 300) {
                triggers->ok[k].store(1);
                ++triggersOk;
                return;
            }
            if (!retry || nowNs() > deadline) {
                std::fprintf(stderr, "spa-loadgen: trigger %d: %d %s%s\n", k, r.status,
                             r.body.c_str(), r.error.c_str());
                ++triggersFailed;
                return;
            }
            c.close();
            sleepSec(0.05);
        }
    };

    if (durable) {
        std::atomic<bool> stop { false };
        std::atomic<int> visits { 0 };
        std::vector<std::thread> pipes;
        const int64_t dStart = nowNs();
        for (int i = 0; i < o.pipelines; ++i)
            pipes.emplace_back([&, i] {
                HttpClient c(o.commandPorts[size_t(i) % o.commandPorts.size()]);
                Histogram h;
                h.clear();
                const std::string therapist = pipelineTherapists[size_t(i)];
                // Paced: this pipeline's share of --command-rate, its starts spread over one
                // interval so the pipelines do not send together.
                const int64_t interval =
                    o.commandRate > 0 ? int64_t(1e9 * o.pipelines / o.commandRate) : 0;
                int64_t due = dStart + (interval * i) / o.pipelines;
                auto cmd = [&](const std::string &path, const std::string &body,
                               auto &&hook) -> QJsonObject {
                    if (interval > 0) {
                        const int64_t wait = due - nowNs();
                        if (wait > 0)
                            sleepSec(double(wait) / 1e9);
                        due = std::max(due + interval, nowNs() - interval);
                    }
                    const int64_t s = nowNs();
                    const auto r = c.request("POST", path, body, staffToken, 30000, hook);
                    h.add(uint64_t((nowNs() - s) / 1000));
                    if (r.status < 200 || r.status >= 300) {
                        ++commandErrors;
                        if (commandErrors.load() < 5)
                            std::fprintf(stderr, "spa-loadgen: %s: %d %s%s\n", path.c_str(),
                                         r.status, r.body.c_str(), r.error.c_str());
                        return {};
                    }
                    ++commands;
                    return parseObject(r.body);
                };
                auto none = [] {};
                int n = 0;
                while (!stop.load()) {
                    if (visits.fetch_add(1) >= o.maxVisits)
                        break;
                    const QJsonObject v =
                        cmd("/api/visits",
                            "{\"customer_name\":\"Durable " + std::to_string(i) + "-" +
                                std::to_string(n++) + " Guest\",\"service_ids\":[5]}",
                            none)
                            .value(QLatin1String("visit"))
                            .toObject();
                    const int64_t id = int64_t(v.value(QLatin1String("id")).toDouble());
                    if (id <= 0)
                        continue;
                    const std::string base = "/api/visits/" + std::to_string(id);
                    if (cmd(base + "/assign", "{\"therapist_id\":" + therapist + "}", none)
                            .isEmpty())
                        continue;
                    if (cmd(base + "/start", "{}", none).isEmpty())
                        continue;
                    const QJsonObject done = cmd(base + "/complete", "{}", none)
                                                 .value(QLatin1String("visit"))
                                                 .toObject();
                    if (done.isEmpty())
                        continue;
                    const int k = triggers->issued.fetch_add(1);
                    if (k >= maxTriggers || id >= kMaxKey)
                        break;
                    triggers->indexOfKey[id].store(k + 1);
                    const QJsonObject paid =
                        cmd(base + "/payments",
                            "{\"method\":\"card\",\"amount\":" +
                                std::to_string(
                                    int64_t(done.value(QLatin1String("balance_due")).toDouble())) +
                                ",\"idempotency_key\":\"durable-" + runTag + "-" +
                                std::to_string(k) + "\"}",
                            [&] { triggers->sentNs[k].store(nowNs()); });
                    if (!paid.isEmpty()) {
                        triggers->ok[k].store(1);
                        ++triggersOk;
                    }
                }
                std::lock_guard<std::mutex> g(latencyLock);
                commandLatency.merge(h);
            });
        while (secSince(dStart) < o.duration && visits.load() < o.maxVisits)
            sleepSec(0.05);
        stop = true;
        for (auto &t : pipes)
            t.join();
        durableSeconds = secSince(dStart);
        eventsEnd = nowNs();
        sleepSec(std::min(o.drain, 3.0));
    } else if (o.events > 0) {
        triggers->issued.store(o.events);
        std::vector<std::thread> fired;
        const double interval = 1.0 / o.eventRate;
        const int64_t start = nowNs();
        bool restarted = false;
        for (int k = 0; k < o.events; ++k) {
            while (secSince(start) < k * interval)
                sleepSec(0.001);
            fired.emplace_back(fire, k, storm);
            if (storm && !restarted && k + 1 >= o.stormBefore) {
                // Let the first triggers be answered and delivered, then restart the server.
                while (triggersOk.load() + triggersFailed.load() < o.stormBefore)
                    sleepSec(0.01);
                sleepSec(1.0);
                connectedAtKill = sum(&WorkerShared::connected);
                control->restartNs.store(nowNs());
                newPid =
                    restartServer(o.pid, o.stormSignal == QLatin1String("TERM") ? SIGTERM : SIGKILL,
                                  o.restartLog, &killedNs, o.port);
                control->restartNs.store(killedNs);
                if (newPid <= 0)
                    die("could not restart the server");
                sampler.pid = newPid;
                if (!o.pidFile.isEmpty()) {
                    std::ofstream pf(o.pidFile.toStdString());
                    pf << newPid << "\n";
                }
                while (!portAccepts(o.port) && secSince(killedNs) < 60) {
                    if (::waitpid(newPid, nullptr, WNOHANG) == newPid)
                        die("the restarted server exited; see --restart-log");
                    sleepSec(0.005);
                }
                upNs = nowNs();
                restarted = true;
            }
        }
        for (auto &t : fired)
            t.join();
        eventsEnd = nowNs();
        // Wait for every monitor's delivery (or the drain limit).
        const int64_t monitorsConnected =
            int64_t(double(sum(&WorkerShared::connected)) * o.monitorPct / 100.0);
        const int64_t want = monitorsConnected * triggersOk.load();
        const int64_t drainStart = nowNs();
        while (secSince(drainStart) < o.drain) {
            if (!storm && sum(&WorkerShared::paymentEvents) >= want)
                break;
            if (storm && sum(&WorkerShared::resynced) >= connectedAtKill &&
                sum(&WorkerShared::paymentEvents) >= want)
                break;
            sleepSec(0.02);
        }
    }
    if (storm && killedNs) {
        const int64_t limit = nowNs() + 30000000000LL;
        while (sum(&WorkerShared::resynced) < connectedAtKill && nowNs() < limit)
            sleepSec(0.02);
    }
    const int64_t deliveredEnd = nowNs();
    const long peakDuring = sampler.peakRss(eventsStart, deliveredEnd);
    const ProcSample loaded = sampler.now();
    const int64_t connectedEnd = sum(&WorkerShared::connected);

    // ---- stop ----
    control->phase.store(PhaseStop);
    for (pid_t c : children)
        ::waitpid(c, nullptr, 0);
    const int64_t stopAt = nowNs();
    sleepSec(o.after);
    const ProcSample after = sampler.now();
    sampler.stop();
    rusage ru {};
    getrusage(RUSAGE_CHILDREN, &ru);
    const double clientCpu = double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
        double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;

    // ---- results ----
    Histogram latency, arrival, connectTime, resync;
    latency.clear();
    arrival.clear();
    connectTime.clear();
    resync.clear();
    int64_t expected = 0, received = 0, lost = 0, dup = 0, withLoss = 0, monitors = 0,
            lastResync = 0, clientRss = 0;
    for (int w = 0; w < o.processes; ++w) {
        const WorkerShared &s = shared[w];
        latency.merge(s.latency);
        arrival.merge(s.arrival);
        connectTime.merge(s.connectTime);
        resync.merge(s.resync);
        expected += s.expected;
        received += s.received;
        lost += s.lost;
        dup += s.duplicated;
        withLoss += s.connectionsWithLoss;
        monitors += s.monitors;
        lastResync = std::max(lastResync, s.lastResyncNs);
        clientRss += s.rssKb;
    }
    allResyncedNs = lastResync;
    const int64_t connectedEver = sum(&WorkerShared::everConnected);
    auto ms = [](double us) { return us / 1000.0; };
    auto pct = [&](const Histogram &h) {
        return QJsonObject { { QStringLiteral("n"), double(h.total) },
                             { QStringLiteral("p50"), ms(h.percentile(0.50)) },
                             { QStringLiteral("p90"), ms(h.percentile(0.90)) },
                             { QStringLiteral("p99"), ms(h.percentile(0.99)) },
                             { QStringLiteral("max"), ms(double(h.maxValue)) },
                             { QStringLiteral("mean"), ms(h.mean()) } };
    };
    const double kbPerConn = connectedIdle > 0 && idle.rssKb && before.rssKb
        ? double(idle.rssKb - before.rssKb) / double(connectedIdle)
        : 0;

    QJsonObject server {
        { QStringLiteral("pid"), o.pid },
        { QStringLiteral("rss_before_kb"), double(before.rssKb) },
        { QStringLiteral("rss_idle_kb"), double(idle.rssKb) },
        { QStringLiteral("rss_peak_kb"), double(peakDuring) },
        { QStringLiteral("rss_loaded_kb"), double(loaded.rssKb) },
        { QStringLiteral("rss_after_kb"), double(after.rssKb) },
        { QStringLiteral("kb_per_connection"), kbPerConn },
        { QStringLiteral("cpu_ramp_pct"), sampler.cpuPct(rampStart, rampEnd) },
        { QStringLiteral("cpu_idle_pct"),
          sampler.cpuPct(rampEnd + (settleEnd - rampEnd) / 3, settleEnd) },
        { QStringLiteral("cpu_events_pct"),
          sampler.cpuPct(eventsStart, eventsEnd ? eventsEnd : deliveredEnd) },
        { QStringLiteral("cpu_after_pct"), sampler.cpuPct(stopAt, nowNs()) },
    };
    QJsonObject result {
        { QStringLiteral("label"), o.label },
        { QStringLiteral("kind"), o.kind },
        { QStringLiteral("scenario"), o.scenario },
        { QStringLiteral("connections"), o.connections },
        { QStringLiteral("processes"), o.processes },
        { QStringLiteral("mix"), p.value(QStringLiteral("mix")) },
        { QStringLiteral("connected"), double(connectedEver) },
        { QStringLiteral("connected_idle"), double(connectedIdle) },
        { QStringLiteral("connected_end"), double(connectedEnd) },
        { QStringLiteral("connect_failures"), double(sum(&WorkerShared::connectFailures)) },
        { QStringLiteral("connect_errors"), double(sum(&WorkerShared::connectErrors)) },
        { QStringLiteral("drops"), double(sum(&WorkerShared::drops)) },
        { QStringLiteral("prep_s"), prepSeconds },
        { QStringLiteral("ramp_s"), rampSeconds },
        { QStringLiteral("connect_ms"), pct(connectTime) },
        { QStringLiteral("server"), server },
        { QStringLiteral("triggers"), double(triggers->issued.load()) },
        { QStringLiteral("triggers_ok"), triggersOk.load() },
        { QStringLiteral("triggers_failed"), triggersFailed.load() },
        { QStringLiteral("monitors"), double(monitors) },
        { QStringLiteral("expected"), double(expected) },
        { QStringLiteral("received"), double(received) },
        { QStringLiteral("lost"), double(lost) },
        { QStringLiteral("duplicated"), double(dup) },
        { QStringLiteral("connections_with_loss"), double(withLoss) },
        { QStringLiteral("latency_ms"), pct(latency) },
        { QStringLiteral("arrival_ms"), pct(arrival) },
        { QStringLiteral("payment_events"), double(sum(&WorkerShared::paymentEvents)) },
        { QStringLiteral("replayed"), double(sum(&WorkerShared::replayed)) },
        { QStringLiteral("other_events"), double(sum(&WorkerShared::otherEvents)) },
        { QStringLiteral("unexpected"), double(sum(&WorkerShared::unexpected)) },
        { QStringLiteral("frames_in"), double(sum(&WorkerShared::framesIn)) },
        { QStringLiteral("bytes_in"), double(sum(&WorkerShared::bytesIn)) },
        { QStringLiteral("pings"), double(sum(&WorkerShared::pings)) },
        { QStringLiteral("client_cpu_s"), clientCpu },
        { QStringLiteral("client_rss_kb"), double(clientRss) },
    };
    if (durable) {
        result.insert(QStringLiteral("durable"),
                      QJsonObject { { QStringLiteral("seconds"), durableSeconds },
                                    { QStringLiteral("commands"), double(commands.load()) },
                                    { QStringLiteral("errors"), double(commandErrors.load()) },
                                    { QStringLiteral("visits_paid"), triggersOk.load() },
                                    { QStringLiteral("commands_per_s"),
                                      durableSeconds > 0 ? commands.load() / durableSeconds : 0 },
                                    { QStringLiteral("pipelines"), o.pipelines },
                                    { QStringLiteral("command_rate"), o.commandRate },
                                    { QStringLiteral("command_ms"), pct(commandLatency) } });
    }
    if (storm) {
        result.insert(
            QStringLiteral("storm"),
            QJsonObject {
                { QStringLiteral("connected_at_kill"), double(connectedAtKill) },
                { QStringLiteral("resynced"), double(sum(&WorkerShared::resynced)) },
                { QStringLiteral("reconnects"), double(sum(&WorkerShared::reconnects)) },
                { QStringLiteral("server_down_s"),
                  upNs && killedNs ? double(upNs - killedNs) / 1e9 : -1 },
                { QStringLiteral("all_resynced_after_kill_s"),
                  allResyncedNs && killedNs ? double(allResyncedNs - killedNs) / 1e9 : -1 },
                { QStringLiteral("all_resynced_after_up_s"),
                  allResyncedNs && upNs ? double(allResyncedNs - upNs) / 1e9 : -1 },
                { QStringLiteral("resync_ms"), pct(resync) },
                { QStringLiteral("new_pid"), newPid },
                { QStringLiteral("signal"), o.stormSignal } });
    }

    // ---- human table ----
    std::vector<std::pair<std::string, std::string>> rows;
    rows.emplace_back("connections",
                      std::to_string(connectedEver) + " of " + std::to_string(o.connections) +
                          " in " + fmt(rampSeconds) + " s (" + std::to_string(o.processes) +
                          " client processes)");
    rows.emplace_back("connect failures / errors / drops",
                      std::to_string(sum(&WorkerShared::connectFailures)) + " / " +
                          std::to_string(sum(&WorkerShared::connectErrors)) + " / " +
                          std::to_string(sum(&WorkerShared::drops)));
    rows.emplace_back("connect time p50 / p99 / max",
                      fmt(ms(connectTime.percentile(0.5))) + " / " +
                          fmt(ms(connectTime.percentile(0.99))) + " / " +
                          fmt(ms(double(connectTime.maxValue))) + " ms");
    rows.emplace_back("server RSS before / idle / peak / after",
                      fmt(before.rssKb / 1024.0) + " / " + fmt(idle.rssKb / 1024.0) + " / " +
                          fmt(peakDuring / 1024.0) + " / " + fmt(after.rssKb / 1024.0) + " MB");
    rows.emplace_back("server memory per connection", fmt(kbPerConn) + " KB");
    rows.emplace_back("server CPU ramp / idle / events / after",
                      fmt(server.value(QLatin1String("cpu_ramp_pct")).toDouble(), 0) + " / " +
                          fmt(server.value(QLatin1String("cpu_idle_pct")).toDouble(), 0) + " / " +
                          fmt(server.value(QLatin1String("cpu_events_pct")).toDouble(), 0) + " / " +
                          fmt(server.value(QLatin1String("cpu_after_pct")).toDouble(), 0) +
                          " % of a core");
    if (triggers->issued.load() > 0) {
        rows.emplace_back("triggers answered / failed",
                          std::to_string(triggersOk.load()) + " / " +
                              std::to_string(triggersFailed.load()));
        rows.emplace_back("deliveries expected / received",
                          std::to_string(expected) + " / " + std::to_string(received));
        rows.emplace_back("lost / duplicated",
                          std::to_string(lost) + " / " + std::to_string(dup) + "  (" +
                              std::to_string(withLoss) + " connections lost something)");
        rows.emplace_back("latency p50 / p90 / p99 / max",
                          fmt(ms(latency.percentile(0.5))) + " / " +
                              fmt(ms(latency.percentile(0.9))) + " / " +
                              fmt(ms(latency.percentile(0.99))) + " / " +
                              fmt(ms(double(latency.maxValue))) + " ms");
        rows.emplace_back("arrival (kernel) p50 / p90 / p99 / max",
                          fmt(ms(arrival.percentile(0.5))) + " / " +
                              fmt(ms(arrival.percentile(0.9))) + " / " +
                              fmt(ms(arrival.percentile(0.99))) + " / " +
                              fmt(ms(double(arrival.maxValue))) + " ms");
        rows.emplace_back("other events received", std::to_string(sum(&WorkerShared::otherEvents)));
    }
    if (durable) {
        const auto d = result.value(QLatin1String("durable")).toObject();
        rows.emplace_back("durable commands",
                          std::to_string(commands.load()) + " in " + fmt(durableSeconds) + " s = " +
                              fmt(d.value(QLatin1String("commands_per_s")).toDouble(), 0) +
                              " /s (" + std::to_string(triggersOk.load()) + " visits paid, " +
                              std::to_string(commandErrors.load()) + " errors)");
        rows.emplace_back("command latency p50 / p99 / max",
                          fmt(ms(commandLatency.percentile(0.5)), 2) + " / " +
                              fmt(ms(commandLatency.percentile(0.99)), 2) + " / " +
                              fmt(ms(double(commandLatency.maxValue)), 2) + " ms");
    }
    if (storm) {
        const auto s = result.value(QLatin1String("storm")).toObject();
        rows.emplace_back("connected at restart", std::to_string(connectedAtKill));
        rows.emplace_back("server down (kill to accepting)",
                          fmt(s.value(QLatin1String("server_down_s")).toDouble(), 2) + " s");
        rows.emplace_back("resynced", std::to_string(sum(&WorkerShared::resynced)));
        rows.emplace_back(
            "all resynced after kill / after up",
            fmt(s.value(QLatin1String("all_resynced_after_kill_s")).toDouble(), 2) + " / " +
                fmt(s.value(QLatin1String("all_resynced_after_up_s")).toDouble(), 2) + " s");
        rows.emplace_back("resync p50 / p99 (from kill)",
                          fmt(ms(resync.percentile(0.5))) + " / " +
                              fmt(ms(resync.percentile(0.99))) + " ms");
        rows.emplace_back("replayed notices", std::to_string(sum(&WorkerShared::replayed)));
    }
    rows.emplace_back("load generator CPU / RSS",
                      fmt(clientCpu, 2) + " s / " + fmt(clientRss / 1024.0) + " MB (" +
                          fmt(connectedEver ? double(clientRss) / double(connectedEver) : 0, 2) +
                          " KB per connection)");
    printTable(rows,
               "spa-loadgen " + o.scenario.toStdString() + " " + o.label.toStdString() + " (" +
                   o.kind.toStdString() + ")");
    const std::string line = json(result);
    std::printf("%s\n", line.c_str());
    std::fflush(stdout);
    if (!o.jsonFile.isEmpty()) {
        std::ofstream f(o.jsonFile.toStdString(), std::ios::app);
        f << line << "\n";
    }
    return 0;
}
