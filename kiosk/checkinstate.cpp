// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "checkinstate.h"

#include "client/session.h"
#include "client/tlstrust.h"
#include "escpos.h"
#include "ticketslip.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>

namespace {
constexpr int kRefreshMs = 30000; // the menu and the wait on the first screen
constexpr int kFeedLines = 4; // clears the cutter on common 80 mm printers
constexpr int kMaxPhone = 20;
} // namespace

CheckinState::CheckinState(QObject *parent)
    : QObject(parent)
{
    TlsTrust::watch(&m_nam);
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &CheckinState::startOver);
    m_idleTick.setInterval(1000);
    connect(&m_idleTick, &QTimer::timeout, this, &CheckinState::idleLeftChanged);
    m_refresh.setInterval(kRefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        if (m_page == Page::Start)
            refresh();
    });
    connect(&m_services, &CheckinServices::selectionChanged, this, &CheckinState::formChanged);
    connect(&m_printer, &ThermalPrinter::printed, this, [this](int id) {
        if (id == m_printJob)
            setPrintStatus(PrintStatus::Printed);
    });
    // Nobody stands at a kiosk to press Retry: a ticket that did not print is dropped (the
    // screen says so and shows the QR code), and the next customer's prints as normal.
    connect(&m_printer, &ThermalPrinter::failed, this, [this](int id) {
        m_printer.discard();
        if (id == m_printJob)
            setPrintStatus(PrintStatus::Failed);
    });
}

void CheckinState::setServer(const QUrl &server, const QString &token)
{
    m_server = server;
    m_token = token;
    m_refresh.start();
}

void CheckinState::setPrinter(const PrinterTarget &target, int paperMm)
{
    m_printer.setTarget(target);
    m_dots = paperMm == 58 ? EscPos::kDots58mm : EscPos::kDots80mm;
}

void CheckinState::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                        Done done)
{
    QUrl url = m_server;
    url.setPath(path);
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(15000);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(TlsTrust::configuration());
    req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    const QByteArray payload =
        verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, payload);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        done(status, QJsonDocument::fromJson(reply->readAll()).object());
    });
}

void CheckinState::refresh()
{
    call("GET", QStringLiteral("/api/checkin"), {}, [this](int status, const QJsonObject &body) {
        if (status != 200) {
            // The first screen says the kiosk cannot check anyone in; the menu already shown
            // stays, so a short outage does not empty the screen.
            if (m_page == Page::Start)
                setProblem(status == 0 ? Problem::Offline : Problem::Refused,
                           Session::errorText(body, status));
            return;
        }
        if (m_page == Page::Start && m_problem != Problem::None)
            setProblem(Problem::None);
        m_venueName = body.value(QLatin1String("venue_name")).toString();
        m_currency = body.value(QLatin1String("currency")).toString();
        m_customerBaseUrl = body.value(QLatin1String("customer_base_url")).toString();
        const QJsonValue wait = body.value(QLatin1String("estimated_wait_min"));
        m_waitMinutes = wait.isDouble() ? wait.toInt() : -1;
        m_services.replace(body.value(QLatin1String("services")).toArray());
        m_ready = m_services.rowCount() > 0;
        Q_EMIT screenChanged();
    });
}

void CheckinState::setPage(Page page)
{
    if (page != Page::Start) {
        m_idle.start(m_idleMs);
        m_idleTick.start();
    } else {
        m_idle.stop();
        m_idleTick.stop();
    }
    if (page == m_page)
        return;
    m_page = page;
    Q_EMIT pageChanged();
    Q_EMIT idleLeftChanged();
}

void CheckinState::begin()
{
    if (!m_ready) {
        refresh();
        return;
    }
    setProblem(Problem::None);
    setPage(Page::Services);
}

void CheckinState::toggleService(int row)
{
    touched();
    m_services.toggle(row);
}

void CheckinState::next()
{
    touched();
    if (m_page == Page::Services && canContinue())
        setPage(Page::Details);
}

void CheckinState::back()
{
    touched();
    setProblem(Problem::None);
    if (m_page == Page::Details)
        setPage(Page::Services);
    else
        startOver();
}

bool CheckinState::canCheckIn() const
{
    return !m_busy && canContinue() && !m_firstName.trimmed().isEmpty();
}

void CheckinState::checkIn()
{
    touched();
    if (m_page != Page::Details || !canCheckIn())
        return;
    QJsonObject body { { QStringLiteral("first_name"), m_firstName.trimmed() },
                       { QStringLiteral("service_ids"), m_services.selectedIds() } };
    if (!m_phone.trimmed().isEmpty())
        body.insert(QStringLiteral("phone"), m_phone.trimmed());
    setBusy(true);
    setProblem(Problem::None);
    call("POST", QStringLiteral("/api/checkin"), body,
         [this](int status, const QJsonObject &answer) {
             setBusy(false);
             if (m_page != Page::Details)
                 return; // gone idle meanwhile
             if (status != 201) {
                 setProblem(status == 0 ? Problem::Offline : Problem::Refused,
                            Session::errorText(answer, status));
                 return;
             }
             m_ticket = answer.value(QLatin1String("ticket")).toObject();
             Q_EMIT ticketChanged();
             setPage(Page::Ticket);
             printTicket();
         });
}

void CheckinState::printTicket()
{
    if (!m_printer.target().isSet()) {
        setPrintStatus(PrintStatus::NoPrinter);
        return;
    }
    const QImage slip = TicketSlip::render(m_ticket.toVariantMap(), m_venueName, ticketUrl(),
                                           QDateTime::currentDateTime(), m_dots);
    setPrintStatus(PrintStatus::Printing);
    m_printJob = m_printer.submit(tr("Ticket %1").arg(ticketLabel()),
                                  EscPos::initialize() + EscPos::raster(slip) +
                                      EscPos::feedAndCut(kFeedLines, true));
}

void CheckinState::startOver()
{
    m_services.clearSelection();
    m_firstName.clear();
    m_phone.clear();
    m_ticket = {};
    setProblem(Problem::None);
    setBusy(false);
    Q_EMIT formChanged();
    Q_EMIT ticketChanged();
    setPage(Page::Start);
    refresh();
}

void CheckinState::touched()
{
    if (m_page != Page::Start) {
        m_idle.start(m_idleMs);
        Q_EMIT idleLeftChanged();
    }
}

void CheckinState::dismissProblem()
{
    touched();
    setProblem(Problem::None);
}

void CheckinState::setFirstName(const QString &name)
{
    // The server takes 40 characters; more are not typed rather than refused later.
    const QString capped = name.left(MaxFirstName);
    if (capped == m_firstName)
        return;
    m_firstName = capped;
    touched();
    Q_EMIT formChanged();
}

void CheckinState::setPhone(const QString &phone)
{
    QString kept;
    for (const QChar c : phone)
        if (c.isDigit() || c == QLatin1Char('+') || c == QLatin1Char(' ') || c == QLatin1Char('-'))
            kept.append(c);
    kept = kept.left(kMaxPhone);
    if (kept == m_phone)
        return;
    m_phone = kept;
    touched();
    Q_EMIT formChanged();
}

void CheckinState::typeInto(const QString &field, const QString &text)
{
    if (field == QLatin1String("phone")) {
        setPhone(m_phone + text);
        return;
    }
    // The screen's keys are lower case: a name's first letter, and each after a space, is
    // written as names are.
    const bool wordStart = m_firstName.isEmpty() || m_firstName.endsWith(QLatin1Char(' '));
    setFirstName(m_firstName + (wordStart ? text.toUpper() : text));
}

void CheckinState::backspace(const QString &field)
{
    if (field == QLatin1String("phone"))
        setPhone(m_phone.chopped(m_phone.isEmpty() ? 0 : 1));
    else
        setFirstName(m_firstName.chopped(m_firstName.isEmpty() ? 0 : 1));
}

int CheckinState::ticketWaitMinutes() const
{
    const QJsonValue v = m_ticket.value(QLatin1String("estimated_wait_min"));
    return v.isDouble() ? v.toInt() : -1;
}

QString CheckinState::ticketUrl() const
{
    const QString code = m_ticket.value(QLatin1String("code")).toString();
    if (code.isEmpty())
        return QString();
    QUrl url(m_customerBaseUrl.isEmpty() ? m_server.toString() : m_customerBaseUrl);
    url.setPath(QStringLiteral("/t/") + code);
    return url.toString();
}

void CheckinState::setIdleMs(int ms)
{
    ms = std::max(ms, 100);
    if (ms == m_idleMs)
        return;
    m_idleMs = ms;
    if (m_idle.isActive())
        m_idle.start(m_idleMs);
    Q_EMIT idleMsChanged();
}

int CheckinState::idleLeftS() const
{
    return m_idle.isActive() ? (m_idle.remainingTime() + 999) / 1000 : 0;
}

void CheckinState::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
    Q_EMIT formChanged();
}

void CheckinState::setProblem(Problem problem, const QString &detail)
{
    if (problem == m_problem && detail == m_problemDetail)
        return;
    m_problem = problem;
    m_problemDetail = detail;
    Q_EMIT problemChanged();
}

void CheckinState::setPrintStatus(PrintStatus status)
{
    if (status == m_printStatus)
        return;
    m_printStatus = status;
    Q_EMIT printStatusChanged();
}
