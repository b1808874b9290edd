// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "worker.h"

#include "engineio.h"
#include "socketio.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <queue>
#include <string_view>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

enum State : uint8_t {
    Unopened, // not started yet (ramp)
    TcpConnecting, // non-blocking connect in flight
    Upgrading, // HTTP upgrade sent, waiting for 101
    WsOpen, // waiting for the Engine.IO open packet
    SioConnecting, // Socket.IO CONNECT sent
    Connected,
    Waiting, // reconnect scheduled
    Dead, // failed or closed for good
};

struct Conn {
    int fd = -1;
    uint32_t generation = 0;
    State state = Unopened;
    Role role = Role::Monitor;
    bool needResync = false;
    uint8_t msgOpcode = 0;
    int attempt = 0;
    int64_t attemptStartNs = 0;
    int64_t firstConnectedNs = 0;
    int64_t lastSeq = -1;
    std::string in; // bytes received and not yet parsed
    std::string out; // bytes not yet written
    std::string msg; // a fragmented message being assembled
    std::vector<uint8_t> got; // monitors: deliveries per trigger index
};

struct Worker {
    const WorkerConfig &cfg;
    Control *control;
    TriggerTable *triggers;
    WorkerShared *sh;
    int ep = -1;
    std::vector<Conn> conns;
    std::string upgradeRequest;
    uint64_t rng = 0x9E3779B97F4A7C15ull;
    char scratch[256 * 1024];
    int64_t arrivalNs = 0; // the kernel's receive time of the bytes being handled (monotonic)
    int64_t realtimeOffsetNs = 0; // CLOCK_REALTIME - CLOCK_MONOTONIC: kernel stamps are realtime
    // reconnect timers: (due time, connection index)
    std::priority_queue<std::pair<int64_t, int>, std::vector<std::pair<int64_t, int>>,
                        std::greater<>>
        timers;

    Worker(const WorkerConfig &c, Control *ctl, TriggerTable *t, WorkerShared *s)
        : cfg(c)
        , control(ctl)
        , triggers(t)
        , sh(s)
    {
        rng ^= uint64_t(getpid()) << 17;
        timespec real;
        clock_gettime(CLOCK_REALTIME, &real);
        realtimeOffsetNs = int64_t(real.tv_sec) * 1000000000 + real.tv_nsec - nowNs();
    }

    uint32_t random32()
    {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        return uint32_t(rng >> 16);
    }
    double random01() { return (random32() & 0xFFFFFF) / double(0x1000000); }

    static uint64_t key(int idx, uint32_t gen)
    {
        return uint64_t(uint32_t(idx)) | (uint64_t(gen) << 32);
    }

    Role roleOf(int global) const
    {
        const int r = global % 100;
        if (r < cfg.monitorPct)
            return Role::Monitor;
        if (r < cfg.monitorPct + cfg.therapistPct)
            return Role::Therapist;
        return Role::Customer;
    }

    const std::string &tokenOf(int idx) const
    {
        const int global = cfg.firstGlobal + idx;
        switch (conns[idx].role) {
        case Role::Therapist:
            if (!cfg.therapistTokens.empty())
                return cfg.therapistTokens[size_t(global) % cfg.therapistTokens.size()];
            break;
        case Role::Customer:
            if (!cfg.customerTokens.empty())
                return cfg.customerTokens[size_t(global) % cfg.customerTokens.size()];
            break;
        case Role::Monitor:
            break;
        }
        return cfg.monitorToken;
    }

    void open(int idx)
    {
        Conn &c = conns[idx];
        c.attemptStartNs = nowNs();
        c.in.clear();
        c.out.clear();
        c.msg.clear();
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        if (fd < 0) {
            static bool told = false;
            if (!told) {
                std::fprintf(stderr, "spa-loadgen worker %d: socket(): %s\n", cfg.index,
                             std::strerror(errno));
                told = true;
            }
            fail(idx);
            return;
        }
        const int one = 1;
        ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        // The kernel stamps each segment as it lands in this socket: the delivery's arrival,
        // apart from how long this process takes to get round to reading it.
        ::setsockopt(fd, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof one);
        sockaddr_in sa {};
        sa.sin_family = AF_INET;
        sa.sin_port = htons(cfg.port);
        sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // 127.0.0.1 only
        c.fd = fd;
        ++c.generation;
        c.state = TcpConnecting;
        sh->opened.fetch_add(1, std::memory_order_relaxed);
        epoll_event ev {};
        ev.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
        ev.data.u64 = key(idx, c.generation);
        if (::epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev) != 0) {
            closeFd(c);
            fail(idx);
            return;
        }
        const int r = ::connect(fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa);
        if (r != 0 && errno != EINPROGRESS) {
            closeFd(c);
            fail(idx);
        }
    }

    void closeFd(Conn &c, bool reset = false)
    {
        if (c.fd < 0)
            return;
        if (reset) {
            linger l { 1, 0 }; // RST: leaves no TIME_WAIT behind on either side
            ::setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
        }
        ::epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
        c.fd = -1;
        ++c.generation;
        c.in.clear();
        c.in.shrink_to_fit();
        c.out.clear();
        c.out.shrink_to_fit();
        c.msg.clear();
        c.msg.shrink_to_fit();
    }

    void scheduleReconnect(int idx)
    {
        Conn &c = conns[idx];
        // The project's SocketClient policy: 0.5 s, 1 s, 2 s ... each +-30 %, capped at 30 s.
        const double base = std::min(30000.0, 500.0 * double(1 << std::min(c.attempt, 16)));
        const double ms = std::min(30000.0, base * (0.7 + 0.6 * random01()));
        ++c.attempt;
        c.state = Waiting;
        timers.emplace(nowNs() + int64_t(ms * 1e6), idx);
    }

    // A connection attempt failed before Socket.IO CONNECT was acknowledged.
    void fail(int idx)
    {
        Conn &c = conns[idx];
        closeFd(c);
        if (cfg.reconnect && c.firstConnectedNs) {
            scheduleReconnect(idx);
            return;
        }
        c.state = Dead;
        sh->connectFailures.fetch_add(1, std::memory_order_relaxed);
    }

    // An established connection went away.
    void lost(int idx)
    {
        Conn &c = conns[idx];
        const bool wasConnected = c.state == Connected;
        closeFd(c);
        if (wasConnected)
            sh->connected.fetch_sub(1, std::memory_order_relaxed);
        if (cfg.reconnect) {
            if (wasConnected) {
                sh->disconnectedNow.fetch_add(1, std::memory_order_relaxed);
                c.needResync = true;
                c.attempt = 0;
            }
            scheduleReconnect(idx);
            return;
        }
        c.state = Dead;
        if (wasConnected)
            sh->drops.fetch_add(1, std::memory_order_relaxed);
        else
            sh->connectFailures.fetch_add(1, std::memory_order_relaxed);
    }

    bool writeRaw(int idx, const char *data, size_t len)
    {
        Conn &c = conns[idx];
        if (!c.out.empty()) {
            c.out.append(data, len);
            return true;
        }
        while (len > 0) {
            const ssize_t n = ::send(c.fd, data, len, MSG_NOSIGNAL);
            if (n > 0) {
                data += n;
                len -= size_t(n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                c.out.assign(data, len);
                return true; // EPOLLOUT is always in the interest set
            }
            return false;
        }
        return true;
    }

    bool sendText(int idx, const char *data, size_t len, uint8_t opcode = 0x1)
    {
        char buf[512];
        std::string big;
        char *p = buf;
        const size_t need = len + 14;
        if (need > sizeof buf) {
            big.resize(need);
            p = big.data();
        }
        size_t n = 0;
        p[n++] = char(0x80 | opcode);
        if (len < 126) {
            p[n++] = char(0x80 | len);
        } else if (len < 65536) {
            p[n++] = char(0x80 | 126);
            p[n++] = char(len >> 8);
            p[n++] = char(len);
        } else {
            p[n++] = char(0x80 | 127);
            for (int i = 7; i >= 0; --i)
                p[n++] = char(uint64_t(len) >> (8 * i));
        }
        const uint32_t m = random32();
        const char mask[4] = { char(m), char(m >> 8), char(m >> 16), char(m >> 24) };
        std::memcpy(p + n, mask, 4);
        n += 4;
        for (size_t i = 0; i < len; ++i)
            p[n + i] = char(data[i] ^ mask[i & 3]);
        n += len;
        return writeRaw(idx, p, n);
    }

    void sendConnect(int idx)
    {
        Conn &c = conns[idx];
        QJsonObject auth { { QStringLiteral("token"), QString::fromStdString(tokenOf(idx)) } };
        if (cfg.sendOffset && c.lastSeq >= 0)
            auth.insert(QStringLiteral("offset"), double(c.lastSeq));
        const QByteArray f = '4' + SocketIO::encodeConnect(auth);
        c.state = SioConnecting;
        if (!sendText(idx, f.constData(), size_t(f.size())))
            fail(idx);
    }

    void onConnected(int idx, int64_t t)
    {
        Conn &c = conns[idx];
        c.state = Connected;
        sh->connected.fetch_add(1, std::memory_order_relaxed);
        if (!c.firstConnectedNs) {
            c.firstConnectedNs = t;
            sh->everConnected.fetch_add(1, std::memory_order_relaxed);
            sh->connectTime.add(uint64_t((t - c.attemptStartNs) / 1000));
        } else {
            sh->reconnects.fetch_add(1, std::memory_order_relaxed);
            sh->disconnectedNow.fetch_sub(1, std::memory_order_relaxed);
        }
        c.attempt = 0;
        if (c.needResync && !cfg.reconnect)
            c.needResync = false;
    }

    void markResynced(Conn &c, int64_t t)
    {
        if (!c.needResync)
            return;
        c.needResync = false;
        const int64_t ref = control->restartNs.load();
        if (ref > 0 && t > ref)
            sh->resync.add(uint64_t((t - ref) / 1000));
        if (t > sh->lastResyncNs)
            sh->lastResyncNs = t;
        sh->resynced.fetch_add(1, std::memory_order_relaxed);
    }

    void onEvent(int idx, const SocketIO::Packet &p, int64_t t)
    {
        Conn &c = conns[idx];
        const QString name = p.eventName();
        const QJsonArray args = p.eventArgs();
        const QJsonObject obj = args.isEmpty() ? QJsonObject() : args.first().toObject();
        const QJsonValue seq = obj.value(QLatin1String("seq"));
        if (seq.isDouble())
            c.lastSeq = std::max<int64_t>(c.lastSeq, int64_t(seq.toDouble()));
        if (name != QLatin1String("monitor_payment_completed")) {
            sh->otherEvents.fetch_add(1, std::memory_order_relaxed);
            markResynced(c, t); // the room's state, sent right after CONNECT
            return;
        }
        sh->paymentEvents.fetch_add(1, std::memory_order_relaxed);
        const bool replayed = obj.value(QLatin1String("replayed")).toBool(false);
        if (replayed)
            sh->replayed.fetch_add(1, std::memory_order_relaxed);
        const int64_t visit = int64_t(obj.value(QLatin1String("visit_id")).toDouble(-1));
        const int k = (visit > 0 && visit < kMaxKey) ? triggers->indexOfKey[visit].load() - 1 : -1;
        if (k < 0 || k >= cfg.maxTriggers) {
            sh->unexpected.fetch_add(1, std::memory_order_relaxed);
            return;
        }
        if (c.role != Role::Monitor || c.got.empty())
            return;
        const uint8_t before = c.got[size_t(k)];
        if (before < 255)
            c.got[size_t(k)] = before + 1;
        const int64_t sent = triggers->sentNs[k].load();
        if (before == 0 && !replayed && sent > 0 && t >= sent) {
            sh->latency.add(uint64_t((t - sent) / 1000));
            if (arrivalNs > 0)
                sh->arrival.add(uint64_t(std::max<int64_t>(0, arrivalNs - sent) / 1000));
        }
    }

    // One complete WebSocket text message (one Engine.IO packet).
    void onMessage(int idx, const char *data, size_t len, int64_t t)
    {
        Conn &c = conns[idx];
        sh->framesIn.fetch_add(1, std::memory_order_relaxed);
        if (len == 1 && data[0] == '2') { // ping: the common case, no allocation
            sh->pings.fetch_add(1, std::memory_order_relaxed);
            if (!sendText(idx, "3", 1))
                lost(idx);
            return;
        }
        // State events are large and frequent: only their seq and the resync matter here, so they
        // are scanned, not parsed ("seq" occurs once in them, at the top level). Everything else
        // goes through the project's codec.
        static constexpr char kEvent[] = "42[\"";
        static constexpr char kPayment[] = "42[\"monitor_payment_completed\"";
        if (len > sizeof kEvent && std::memcmp(data, kEvent, sizeof kEvent - 1) == 0 &&
            !(len > sizeof kPayment && std::memcmp(data, kPayment, sizeof kPayment - 1) == 0)) {
            const std::string_view v(data, len);
            const size_t at = v.find("\"seq\":");
            if (at != std::string_view::npos) {
                int64_t seq = 0;
                for (size_t i = at + 6; i < len && data[i] >= '0' && data[i] <= '9'; ++i)
                    seq = seq * 10 + (data[i] - '0');
                c.lastSeq = std::max(c.lastSeq, seq);
            }
            sh->otherEvents.fetch_add(1, std::memory_order_relaxed);
            markResynced(c, t);
            return;
        }
        const auto packet = EngineIO::decode(QByteArray::fromRawData(data, qsizetype(len)));
        if (!packet) {
            lost(idx);
            return;
        }
        switch (packet->type) {
        case EngineIO::PacketType::Open:
            if (c.state == WsOpen)
                sendConnect(idx);
            return;
        case EngineIO::PacketType::Ping:
            if (!sendText(idx, "3", 1))
                lost(idx);
            return;
        case EngineIO::PacketType::Close:
            lost(idx);
            return;
        case EngineIO::PacketType::Message:
            break;
        default:
            return;
        }
        const SocketIO::DecodeResult r = SocketIO::decode(packet->data);
        if (!r.ok())
            return;
        const SocketIO::Packet &p = *r.packet;
        switch (p.type) {
        case SocketIO::PacketType::Connect:
            if (c.state == SioConnecting) {
                onConnected(idx, t);
                if (!cfg.stateOnConnect)
                    markResynced(c, t); // peers send no state on connect: CONNECT is the resync
            }
            return;
        case SocketIO::PacketType::ConnectError:
            sh->connectErrors.fetch_add(1, std::memory_order_relaxed);
            closeFd(c);
            c.state = Dead;
            return;
        case SocketIO::PacketType::Disconnect:
            lost(idx);
            return;
        case SocketIO::PacketType::Event:
            onEvent(idx, p, t);
            return;
        default:
            return;
        }
    }

    // Parses WebSocket frames in [p, p+n); returns bytes consumed, or -1 when the connection died.
    ssize_t parseFrames(int idx, const char *p, size_t n, int64_t t)
    {
        size_t pos = 0;
        while (n - pos >= 2) {
            const uint8_t b0 = uint8_t(p[pos]), b1 = uint8_t(p[pos + 1]);
            const bool fin = b0 & 0x80;
            const uint8_t op = b0 & 0x0F;
            const bool masked = b1 & 0x80;
            uint64_t len = b1 & 0x7F;
            size_t h = 2;
            if (len == 126) {
                if (n - pos < 4)
                    break;
                len = (uint64_t(uint8_t(p[pos + 2])) << 8) | uint8_t(p[pos + 3]);
                h = 4;
            } else if (len == 127) {
                if (n - pos < 10)
                    break;
                len = 0;
                for (int i = 0; i < 8; ++i)
                    len = (len << 8) | uint8_t(p[pos + 2 + size_t(i)]);
                h = 10;
            }
            if (masked)
                h += 4;
            if (len > (64u << 20)) {
                lost(idx);
                return -1;
            }
            if (n - pos < h + len)
                break;
            const char *payload = p + pos + h;
            std::string unmasked;
            if (masked) {
                const char *mk = p + pos + h - 4;
                unmasked.assign(payload, size_t(len));
                for (size_t i = 0; i < len; ++i)
                    unmasked[i] = char(unmasked[i] ^ mk[i & 3]);
                payload = unmasked.data();
            }
            pos += h + size_t(len);
            const uint32_t gen = conns[idx].generation;
            Conn &c = conns[idx];
            switch (op) {
            case 0x0: // continuation
                c.msg.append(payload, size_t(len));
                if (fin) {
                    const std::string m = std::move(c.msg);
                    c.msg.clear();
                    if (c.msgOpcode == 0x1)
                        onMessage(idx, m.data(), m.size(), t);
                }
                break;
            case 0x1:
            case 0x2:
                if (fin) {
                    if (op == 0x1)
                        onMessage(idx, payload, size_t(len), t);
                } else {
                    c.msgOpcode = op;
                    c.msg.assign(payload, size_t(len));
                }
                break;
            case 0x8: // close: answer and go
                sendText(idx, payload, std::min<size_t>(size_t(len), 2), 0x8);
                lost(idx);
                return -1;
            case 0x9: // ping
                if (!sendText(idx, payload, size_t(len), 0xA)) {
                    lost(idx);
                    return -1;
                }
                break;
            default:
                break;
            }
            if (conns[idx].generation != gen || conns[idx].fd < 0)
                return -1;
        }
        return ssize_t(pos);
    }

    void onReadable(int idx)
    {
        for (;;) {
            Conn &c = conns[idx];
            iovec iov { scratch, sizeof scratch };
            alignas(cmsghdr) char control[CMSG_SPACE(sizeof(timespec))];
            msghdr msg {};
            msg.msg_iov = &iov;
            msg.msg_iovlen = 1;
            msg.msg_control = control;
            msg.msg_controllen = sizeof control;
            const ssize_t n = ::recvmsg(c.fd, &msg, 0);
            arrivalNs = 0;
            for (cmsghdr *cm = CMSG_FIRSTHDR(&msg); n > 0 && cm; cm = CMSG_NXTHDR(&msg, cm)) {
                if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_TIMESTAMPNS) {
                    timespec ts;
                    std::memcpy(&ts, CMSG_DATA(cm), sizeof ts);
                    arrivalNs = int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec - realtimeOffsetNs;
                }
            }
            if (n == 0) {
                lost(idx);
                return;
            }
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                if (errno == EAGAIN || errno == EWOULDBLOCK)
                    return;
                lost(idx);
                return;
            }
            sh->bytesIn.fetch_add(n, std::memory_order_relaxed);
            const int64_t t = nowNs();
            const char *data = scratch;
            size_t len = size_t(n);
            if (!c.in.empty()) {
                c.in.append(scratch, size_t(n));
                data = c.in.data();
                len = c.in.size();
            }
            size_t used = 0;
            if (c.state == Upgrading) {
                const std::string_view view(data, len);
                const size_t end = view.find("\r\n\r\n");
                if (end == std::string_view::npos) {
                    if (c.in.empty())
                        c.in.assign(data, len);
                    if (c.in.size() > 16384)
                        lost(idx);
                    continue;
                }
                if (view.substr(0, 12) != "HTTP/1.1 101") {
                    lost(idx);
                    return;
                }
                used = end + 4;
                c.state = WsOpen;
            }
            const uint32_t gen = c.generation;
            const ssize_t r = parseFrames(idx, data + used, len - used, t);
            if (r < 0 || conns[idx].generation != gen)
                return;
            used += size_t(r);
            Conn &c2 = conns[idx];
            if (!c2.in.empty()) {
                c2.in.erase(0, used);
                if (c2.in.empty())
                    c2.in.shrink_to_fit();
            } else if (used < len) {
                c2.in.assign(data + used, len - used);
            }
            if (size_t(n) < sizeof scratch)
                return;
        }
    }

    void onWritable(int idx)
    {
        Conn &c = conns[idx];
        if (c.state == TcpConnecting) {
            int err = 0;
            socklen_t l = sizeof err;
            ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &l);
            if (err != 0) {
                fail(idx);
                return;
            }
            c.state = Upgrading;
            // Only EPOLLIN from now on; EPOLLOUT again only while output is pending.
            epoll_event ev {};
            ev.events = EPOLLIN | EPOLLRDHUP;
            ev.data.u64 = key(idx, c.generation);
            ::epoll_ctl(ep, EPOLL_CTL_MOD, c.fd, &ev);
            if (!writeRaw(idx, upgradeRequest.data(), upgradeRequest.size()))
                fail(idx);
            else
                updateInterest(idx);
            return;
        }
        while (!c.out.empty()) {
            const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n > 0) {
                c.out.erase(0, size_t(n));
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            lost(idx);
            return;
        }
        updateInterest(idx);
    }

    void updateInterest(int idx)
    {
        Conn &c = conns[idx];
        if (c.fd < 0)
            return;
        epoll_event ev {};
        ev.events = EPOLLIN | EPOLLRDHUP | (c.out.empty() ? 0u : uint32_t(EPOLLOUT));
        ev.data.u64 = key(idx, c.generation);
        ::epoll_ctl(ep, EPOLL_CTL_MOD, c.fd, &ev);
    }

    void checkTimeouts(int64_t t)
    {
        const int64_t limit = int64_t(cfg.connectTimeoutMs) * 1000000;
        for (int i = 0; i < int(conns.size()); ++i) {
            const Conn &c = conns[size_t(i)];
            if ((c.state == TcpConnecting || c.state == Upgrading || c.state == WsOpen ||
                 c.state == SioConnecting) &&
                t - c.attemptStartNs > limit)
                fail(i);
        }
    }

    void finish()
    {
        if (FILE *f = std::fopen("/proc/self/status", "r")) {
            char line[256];
            while (std::fgets(line, sizeof line, f))
                if (std::strncmp(line, "VmRSS:", 6) == 0)
                    sh->rssKb = std::atol(line + 6);
            std::fclose(f);
        }
        for (Conn &c : conns)
            closeFd(c, true);
        ::close(ep);
        const int issued = std::min(triggers->issued.load(), cfg.maxTriggers);
        for (const Conn &c : conns) {
            if (c.role != Role::Monitor || c.got.empty())
                continue;
            ++sh->monitors;
            if (!c.firstConnectedNs)
                continue;
            bool anyLoss = false;
            for (int k = 0; k < issued; ++k) {
                const int64_t sent = triggers->sentNs[k].load();
                if (!triggers->ok[k].load() || sent <= 0 || c.firstConnectedNs >= sent)
                    continue;
                ++sh->expected;
                const uint8_t g = c.got[size_t(k)];
                if (g == 0) {
                    ++sh->lost;
                    anyLoss = true;
                } else {
                    ++sh->received;
                    sh->duplicated += g - 1;
                }
            }
            if (anyLoss)
                ++sh->connectionsWithLoss;
        }
    }

    void run()
    {
        ep = ::epoll_create1(EPOLL_CLOEXEC);
        upgradeRequest = "GET /socket.io/?EIO=4&transport=websocket HTTP/1.1\r\nHost: 127.0.0.1:" +
            std::to_string(cfg.port) +
            "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
            "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        conns.resize(size_t(cfg.connections));
        for (int i = 0; i < cfg.connections; ++i) {
            conns[size_t(i)].role = roleOf(cfg.firstGlobal + i);
            if (conns[size_t(i)].role == Role::Monitor && cfg.maxTriggers > 0)
                conns[size_t(i)].got.assign(size_t(cfg.maxTriggers), 0);
        }
        const int64_t start = nowNs();
        int nextOpen = 0;
        int64_t lastTimeoutCheck = start;
        std::vector<epoll_event> events(4096);
        while (control->phase.load() != PhaseStop) {
            int64_t t = nowNs();
            // ramp: connection i opens at start + i / rate
            while (nextOpen < cfg.connections &&
                   double(t - start) >= double(nextOpen) / cfg.rate * 1e9)
                open(nextOpen++);
            while (!timers.empty() && timers.top().first <= t) {
                const int idx = timers.top().second;
                timers.pop();
                if (conns[size_t(idx)].state == Waiting)
                    open(idx);
            }
            if (t - lastTimeoutCheck > 500000000) {
                checkTimeouts(t);
                lastTimeoutCheck = t;
            }
            int timeoutMs = 20;
            if (nextOpen < cfg.connections)
                timeoutMs = 1;
            const int n = ::epoll_wait(ep, events.data(), int(events.size()), timeoutMs);
            for (int i = 0; i < n; ++i) {
                const int idx = int(uint32_t(events[size_t(i)].data.u64));
                const uint32_t gen = uint32_t(events[size_t(i)].data.u64 >> 32);
                const uint32_t e = events[size_t(i)].events;
                if (idx < 0 || idx >= int(conns.size()) || conns[size_t(idx)].generation != gen ||
                    conns[size_t(idx)].fd < 0)
                    continue;
                if (e & EPOLLOUT)
                    onWritable(idx);
                if (conns[size_t(idx)].generation != gen || conns[size_t(idx)].fd < 0)
                    continue;
                if (e & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR)) {
                    if (conns[size_t(idx)].state == TcpConnecting) {
                        if (e & (EPOLLERR | EPOLLHUP))
                            fail(idx);
                        continue;
                    }
                    onReadable(idx);
                }
            }
        }
        finish();
    }
};

} // namespace

void runWorker(const WorkerConfig &cfg, Control *control, TriggerTable *triggers, WorkerShared *out)
{
    auto *w = new Worker(cfg, control, triggers, out);
    w->run();
    out->finished.store(1);
}
