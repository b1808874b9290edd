// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerpage.h"

#include "domain/visitstatus.h"
#include "http/customermodel.h"
#include "http/customerwords.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcCustomer, "spa.customer")

namespace {

// The page's files in the server's resources (customerpage.qrc's prefix).
QString resource(const char *name)
{
    return QStringLiteral(":/spa-server/customerpage/") + QLatin1String(name);
}

PageTemplate load(const char *name)
{
    PageTemplate t = PageTemplate::fromFile(resource(name));
    if (!t.error().isEmpty())
        qCCritical(lcCustomer) << "customer page template:" << t.error();
    return t;
}

// The stylesheet and the script have no placeholders; the template step drops their headers.
QString loadText(const char *name)
{
    return load(name).render({});
}

// JSON inside <script type="application/json">: no "</script>" or "<!--" can appear.
QString scriptJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
        .replace(QLatin1Char('<'), QLatin1String("\\u003c"));
}

QByteArray nonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
}

QString flag(bool on)
{
    return on ? QStringLiteral("1") : QString();
}

// The words as the templates' t.<key> values.
void addWords(PageTemplate::Values &values, const CustomerWords &words)
{
    for (auto it = words.all().cbegin(); it != words.all().cend(); ++it)
        values.insert(QStringLiteral("t.") + it.key(), it.value());
}

QString requestLanguage(const QHttpServerRequest &request)
{
    return CustomerWords::negotiate(request.value(QByteArrayLiteral("accept-language")),
                                    request.query().queryItemValue(QStringLiteral("lang")));
}

} // namespace

CustomerPage::CustomerPage(SpaDomain &domain, QObject *parent)
    : QObject(parent)
    , m_view(domain)
    , m_streams(domain, m_view)
    , m_layout(load("layout.html"))
    , m_ticket(load("ticket.html"))
    , m_notFound(load("notfound.html"))
    , m_css(loadText("page.css"))
    , m_script(loadText("page.js"))
{
}

CustomerPage::~CustomerPage() = default;

QStringList CustomerPage::languages()
{
    return CustomerWords::languages();
}

QString CustomerPage::language(const QByteArray &acceptLanguage, const QString &override)
{
    return CustomerWords::negotiate(acceptLanguage, override);
}

HttpResponse CustomerPage::render(const QString &lang, PageTemplate::Values values, int status)
{
    const QByteArray n = nonce();
    addWords(values, CustomerWords::of(lang));
    for (const QString &l : CustomerWords::languages())
        values.insert(QStringLiteral("lang.") + l, flag(l == lang));
    values.insert(QStringLiteral("lang"), lang);
    values.insert(QStringLiteral("nonce"), QString::fromLatin1(n));
    values.insert(QStringLiteral("css"), m_css);
    if (values.contains(QStringLiteral("data")))
        values.insert(QStringLiteral("script"), m_script);
    const QString html = m_layout.render(values);

    HttpResponse r =
        HttpResponse::text(html.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"), status);
    // Nothing but this page's own inline style and script, and its event stream.
    r.headers.append(
        { QByteArrayLiteral("Content-Security-Policy"),
          "default-src 'none'; style-src 'nonce-" + n + "'; script-src 'nonce-" + n +
              "'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
              "frame-ancestors 'none'" });
    r.headers.append({ QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") });
    r.headers.append({ QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer") });
    r.headers.append({ QByteArrayLiteral("Content-Language"), lang.toLatin1() });
    r.headers.append({ QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Language") });
    return r;
}

HttpResponse CustomerPage::notFound(const QString &lang)
{
    const CustomerWords &words = CustomerWords::of(lang);
    PageTemplate::Values values { { QStringLiteral("venue"), m_view.venueName() } };
    addWords(values, words);
    const QString content = m_notFound.render(values);
    return render(lang,
                  { { QStringLiteral("title"), words(QStringLiteral("nf_title")) },
                    { QStringLiteral("content"), content } },
                  404);
}

HttpResponse CustomerPage::page(const QHttpServerRequest &request, const QString &code)
{
    const QString lang = requestLanguage(request);
    const auto visitId = m_view.visitForCode(code);
    if (!visitId)
        return notFound(lang);
    const QJsonObject v = m_view.visit(*visitId);
    if (v.isEmpty())
        return notFound(lang);
    const CustomerWords &words = CustomerWords::of(lang);
    const CustomerModel m = CustomerModel::of(v, words);
    const QString ticket = v.value(QLatin1String("ticket")).toString();

    PageTemplate::Values values {
        { QStringLiteral("venue"), v.value(QLatin1String("venue")).toString() },
        { QStringLiteral("ticket"), ticket },
        { QStringLiteral("state"), m.state },
        { QStringLiteral("status"), m.status },
        { QStringLiteral("hint"), m.hint },
        { QStringLiteral("called"), m.called },
        { QStringLiteral("paid"), flag(m.paid) },
        { QStringLiteral("due"), m.due },
        { QStringLiteral("position"), m.position },
        { QStringLiteral("wait"), m.wait },
        { QStringLiteral("therapist"), m.therapist },
        { QStringLiteral("room"), m.room },
        { QStringLiteral("services"), m.services },
        { QStringLiteral("total"), m.total },
        { QStringLiteral("subtotal"), m.subtotal },
        { QStringLiteral("discount"), m.discount },
        { QStringLiteral("service_charge"), m.serviceCharge },
        { QStringLiteral("service_charge_label"), m.serviceChargeLabel },
        { QStringLiteral("tax"), m.tax },
        { QStringLiteral("tax_label"), m.taxLabel },
        { QStringLiteral("facts"),
          m.position + m.wait + m.therapist + m.room + m.services + m.total },
    };
    addWords(values, words);

    const QJsonObject data { { QStringLiteral("lang"), lang },
                             { QStringLiteral("seq"), m_streams.seenSeq() },
                             { QStringLiteral("visit"), v },
                             { QStringLiteral("strings"), words.json() } };
    // A finished ticket no longer asks a script-less browser to reload.
    const bool final = v.value(QLatin1String("status")).toString() == VisitStatus::Paid ||
        m.state == VisitStatus::Cancelled || m.state == VisitStatus::NoShow;
    return render(lang,
                  { { QStringLiteral("title"), ticket + QStringLiteral(" · ") + m.status },
                    { QStringLiteral("refresh"), flag(!final) },
                    { QStringLiteral("content"), m_ticket.render(values) },
                    { QStringLiteral("data"), scriptJson(data) } },
                  200);
}

HttpResponse CustomerPage::missing(const QHttpServerRequest &request)
{
    static const QRegularExpression slashed(QStringLiteral("^/t/([A-Za-z0-9]{4,32})/+$"));
    const auto m = slashed.match(request.url().path());
    if (m.hasMatch())
        return page(request, m.captured(1));
    return notFound(requestLanguage(request));
}

std::optional<HttpResponse>
CustomerPage::openStream(const QHttpServerRequest &request,
                         const std::shared_ptr<QHttpServerResponder> &responder,
                         const QString &code)
{
    const auto visitId = m_view.visitForCode(code);
    if (!visitId || m_view.visit(*visitId).isEmpty())
        return notFound(requestLanguage(request));
    if (!responder || !responder->socket())
        return HttpResponse::text("no connection\n", "text/plain; charset=utf-8", 500);
    m_streams.open(request, std::move(*responder), *visitId);
    return std::nullopt;
}
