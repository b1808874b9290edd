// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A blocking JSON HTTP client for tests: one request at a time, a 10 s limit each.

#include <QEventLoop>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

struct HttpResult {
    int status = 0;
    QJsonObject json;
    QByteArray raw;
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QHash<QByteArray, QByteArray> headers;
    QString errorCode() const
    {
        return json.value(QLatin1String("error"))
            .toObject()
            .value(QLatin1String("code"))
            .toString();
    }
};

class HttpClient {
public:
    explicit HttpClient(quint16 port = 0)
        : m_port(port)
    {
    }
    void setPort(quint16 port) { m_port = port; }
    quint16 port() const { return m_port; }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
    }

    HttpResult request(const QByteArray &verb, const QString &path, const QByteArray &body = {},
                       const QString &token = {},
                       const QList<QPair<QByteArray, QByteArray>> &extra = {})
    {
        QNetworkRequest req(url(path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        for (const auto &h : extra)
            req.setRawHeader(h.first, h.second);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        loop.exec();
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.json = QJsonDocument::fromJson(r.raw).object();
        for (const auto &h : reply->rawHeaderPairs())
            r.headers.insert(h.first.toLower(), h.second);
        reply->abort();
        reply->deleteLater();
        return r;
    }
    HttpResult get(const QString &path, const QString &token = {})
    {
        return request("GET", path, {}, token);
    }
    HttpResult post(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    HttpResult put(const QString &path, const QJsonObject &body, const QString &token = {})
    {
        return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
    }
    QString login(const QString &user, const QString &password)
    {
        return post(QStringLiteral("/api/login"),
                    { { QStringLiteral("username"), user },
                      { QStringLiteral("password"), password } })
            .json.value(QLatin1String("token"))
            .toString();
    }
    QString loginTherapist(qint64 staffId, const QString &pin)
    {
        return post(QStringLiteral("/api/login"),
                    { { QStringLiteral("staff_id"), staffId }, { QStringLiteral("pin"), pin } })
            .json.value(QLatin1String("token"))
            .toString();
    }

private:
    quint16 m_port;
    QNetworkAccessManager m_nam;
};

// What GET /metrics says for `name` (a series with its labels, if any) as a whole number, or
// -1 when the server does not list it.
inline qint64 metricValue(HttpClient &c, const QByteArray &name)
{
    const QByteArray text = c.get(QStringLiteral("/metrics")).raw;
    for (const QByteArray &line : text.split('\n'))
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).trimmed().toLongLong();
    return -1;
}
