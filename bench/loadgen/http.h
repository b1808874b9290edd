// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A small blocking HTTP/1.1 client with keep-alive, for the load generator's triggers and
// commands. Talks to 127.0.0.1 only.

#include <cstdint>
#include <string>
#include <type_traits>

class HttpClient {
public:
    explicit HttpClient(uint16_t port)
        : m_port(port)
    {
    }
    ~HttpClient() { close(); }
    HttpClient(const HttpClient &) = delete;
    HttpClient &operator=(const HttpClient &) = delete;

    struct Response {
        int status = 0; // 0: no answer (connection failed or timed out)
        std::string body;
        std::string error;
    };

    // beforeSend is called right before the request's first byte is written.
    template<typename F>
    Response request(const char *method, const std::string &path, const std::string &body,
                     const std::string &token, int timeoutMs, F &&beforeSend)
    {
        return requestImpl(method, path, body, token, timeoutMs,
                           const_cast<void *>(static_cast<const void *>(&beforeSend)),
                           [](void *f) { (*static_cast<std::remove_reference_t<F> *>(f))(); });
    }
    Response request(const char *method, const std::string &path, const std::string &body = {},
                     const std::string &token = {}, int timeoutMs = 30000)
    {
        return requestImpl(method, path, body, token, timeoutMs, nullptr, nullptr);
    }
    void close();

private:
    Response requestImpl(const char *method, const std::string &path, const std::string &body,
                         const std::string &token, int timeoutMs, void *ctx, void (*hook)(void *));
    bool connectNow(std::string *error);
    bool readMore(std::string &buf, int64_t deadlineNs, std::string *error);

    uint16_t m_port;
    int m_fd = -1;
    std::string m_buf;
};
