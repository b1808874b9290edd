// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "http/customerstreams.h"
#include "http/httpresponse.h"
#include "http/pagetemplate.h"
#include "views/customerview.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

class QHttpServerRequest;
class QHttpServerResponder;
class SpaDomain;

// The customer's page at /t/<code>: one self-contained HTML page (inline CSS and JS under a
// nonce, the first state rendered on the server so it reads without JS) and its event stream at
// /t/<code>/events (CustomerStreams). The markup, style and script are files in the server's
// resources (server/http/customerpage/), filled by PageTemplate; the words are Qt Linguist's
// (CustomerWords), in the language of Accept-Language or ?lang= (English, Thai, Indonesian).
class CustomerPage : public QObject {
    Q_OBJECT
public:
    static constexpr int kRetryMs = CustomerStreams::kRetryMs;
    static constexpr int kStreamsPerVisit = CustomerStreams::kStreamsPerVisit;

    explicit CustomerPage(SpaDomain &domain, QObject *parent = nullptr);
    ~CustomerPage() override;

    // GET /t/{code}: the page, or a friendly 404 page for an unknown or malformed code.
    HttpResponse page(const QHttpServerRequest &request, const QString &code);
    // GET /t/{code}/events: takes the responder and keeps the connection as an event stream;
    // answers a response (the 404 page) instead when the code names no ticket.
    std::optional<HttpResponse> openStream(const QHttpServerRequest &request,
                                           const std::shared_ptr<QHttpServerResponder> &responder,
                                           const QString &code);

    // Any other GET under /t/: "/t/<code>/" (a trailing slash some scanners add) is the page,
    // anything else the friendly 404 page.
    HttpResponse missing(const QHttpServerRequest &request);

    int streamCount() const { return m_streams.count(); }
    void setHeartbeatInterval(int ms) { m_streams.setHeartbeatInterval(ms); }

    // "th-TH,th;q=0.9,en;q=0.8" → "th". `override` (?lang=) wins when it names one of ours.
    static QString language(const QByteArray &acceptLanguage, const QString &override = QString());
    static QStringList languages();

private:
    HttpResponse notFound(const QString &lang);
    // The layout around `content`, in `lang`, as a response with its security headers.
    HttpResponse render(const QString &lang, PageTemplate::Values values, int status);

    CustomerView m_view;
    CustomerStreams m_streams;
    PageTemplate m_layout, m_ticket, m_notFound;
    QString m_css, m_script;
};
