// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "core/reply.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>

struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static HttpResponse fromReply(const Reply &r)
    {
        HttpResponse h;
        h.status = r.status();
        h.body = QJsonDocument(r.httpBody()).toJson(QJsonDocument::Compact);
        return h;
    }
    static HttpResponse json(const QJsonObject &o, int status = 200)
    {
        return fromReply(Reply::ok(o, status));
    }
    static HttpResponse text(const QByteArray &body, const QByteArray &type, int status = 200)
    {
        HttpResponse h;
        h.status = status;
        h.contentType = type;
        h.body = body;
        return h;
    }
};
