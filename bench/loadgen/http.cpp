// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "http.h"

#include "common.h"

#include <cerrno>
#include <cstring>
#include <strings.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

void HttpClient::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_buf.clear();
}

bool HttpClient::connectNow(std::string *error)
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        *error = std::string("socket: ") + std::strerror(errno);
        return false;
    }
    const int one = 1;
    ::setsockopt(m_fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    sockaddr_in sa {};
    sa.sin_family = AF_INET;
    sa.sin_port = htons(m_port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(m_fd, reinterpret_cast<sockaddr *>(&sa), sizeof sa) != 0) {
        *error = std::string("connect: ") + std::strerror(errno);
        close();
        return false;
    }
    return true;
}

bool HttpClient::readMore(std::string &buf, int64_t deadlineNs, std::string *error)
{
    char tmp[65536];
    for (;;) {
        const int64_t left = (deadlineNs - nowNs()) / 1000000;
        if (left <= 0) {
            *error = "timeout";
            return false;
        }
        pollfd p { m_fd, POLLIN, 0 };
        const int r = ::poll(&p, 1, int(left));
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0) {
            *error = "timeout";
            return false;
        }
        const ssize_t n = ::recv(m_fd, tmp, sizeof tmp, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n == 0 ? "connection closed" : std::strerror(errno);
            return false;
        }
        buf.append(tmp, size_t(n));
        return true;
    }
}

HttpClient::Response HttpClient::requestImpl(const char *method, const std::string &path,
                                             const std::string &body, const std::string &token,
                                             int timeoutMs, void *ctx, void (*hook)(void *))
{
    Response res;
    std::string req = std::string(method) + ' ' + path +
        " HTTP/1.1\r\nHost: 127.0.0.1:" + std::to_string(m_port) + "\r\nConnection: keep-alive\r\n";
    if (!token.empty())
        req += "Authorization: Bearer " + token + "\r\n";
    if (!body.empty() || std::strcmp(method, "GET") != 0)
        req += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
            "\r\n";
    req += "\r\n";
    req += body;

    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = m_fd >= 0;
        if (m_fd < 0 && !connectNow(&res.error))
            return res;
        if (hook)
            hook(ctx);
        size_t off = 0;
        bool writeFailed = false;
        while (off < req.size()) {
            const ssize_t n = ::send(m_fd, req.data() + off, req.size() - off, MSG_NOSIGNAL);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                writeFailed = true;
                break;
            }
            off += size_t(n);
        }
        const int64_t deadline = nowNs() + int64_t(timeoutMs) * 1000000;
        std::string &buf = m_buf;
        buf.clear();
        size_t headerEnd = std::string::npos;
        std::string err;
        while (!writeFailed && (headerEnd = buf.find("\r\n\r\n")) == std::string::npos)
            if (!readMore(buf, deadline, &err))
                break;
        if (writeFailed || headerEnd == std::string::npos) {
            close();
            if (reused && err != "timeout")
                continue; // a kept-alive connection the server had closed: try once on a new one
            res.error = writeFailed ? "write failed" : err;
            return res;
        }
        const std::string head = buf.substr(0, headerEnd);
        res.status = std::atoi(head.c_str() + 9);
        long long length = -1;
        bool chunked = false, closeAfter = false;
        size_t pos = head.find("\r\n");
        while (pos != std::string::npos && pos < head.size()) {
            const size_t next = head.find("\r\n", pos + 2);
            const std::string line =
                head.substr(pos + 2, (next == std::string::npos ? head.size() : next) - pos - 2);
            if (strncasecmp(line.c_str(), "content-length:", 15) == 0)
                length = std::atoll(line.c_str() + 15);
            else if (strncasecmp(line.c_str(), "transfer-encoding:", 18) == 0 &&
                     line.find("chunked") != std::string::npos)
                chunked = true;
            else if (strncasecmp(line.c_str(), "connection:", 11) == 0 &&
                     line.find("close") != std::string::npos)
                closeAfter = true;
            pos = next;
        }
        std::string rest = buf.substr(headerEnd + 4);
        if (chunked) {
            std::string out;
            for (;;) {
                size_t eol;
                while ((eol = rest.find("\r\n")) == std::string::npos)
                    if (!readMore(rest, deadline, &res.error)) {
                        close();
                        return res;
                    }
                const long size = std::strtol(rest.c_str(), nullptr, 16);
                while (rest.size() < eol + 2 + size_t(size) + 2)
                    if (!readMore(rest, deadline, &res.error)) {
                        close();
                        return res;
                    }
                out.append(rest, eol + 2, size_t(size));
                rest.erase(0, eol + 2 + size_t(size) + 2);
                if (size == 0)
                    break;
            }
            res.body = std::move(out);
        } else if (length >= 0) {
            while (rest.size() < size_t(length))
                if (!readMore(rest, deadline, &res.error)) {
                    close();
                    return res;
                }
            res.body = rest.substr(0, size_t(length));
        } else {
            std::string e;
            while (readMore(rest, deadline, &e)) { }
            res.body = rest;
            closeAfter = true;
        }
        if (closeAfter)
            close();
        return res;
    }
    return res;
}
