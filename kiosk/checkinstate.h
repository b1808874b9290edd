// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "checkinservices.h"
#include "thermalprinter.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <functional>

// The self check-in kiosk (spa-kiosk --mode checkin): a walk-in picks services, gives a first
// name and optionally a phone, and gets a ticket with its number, estimated wait, a QR code of
// their page and a printed slip. All of the flow lives here; QML shows `page` and forwards taps.
// Untouched for `idleMs` on any page but the first, it starts over (a half-typed name must not
// wait for the next customer).
class CheckinState : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Page page READ page NOTIFY pageChanged)
    Q_PROPERTY(CheckinServices *services READ services CONSTANT)
    Q_PROPERTY(QString venueName READ venueName NOTIFY screenChanged)
    Q_PROPERTY(QString currency READ currency NOTIFY screenChanged)
    Q_PROPERTY(bool ready READ ready NOTIFY screenChanged)
    Q_PROPERTY(int waitMinutes READ waitMinutes NOTIFY screenChanged) // -1: not known
    Q_PROPERTY(QString firstName READ firstName WRITE setFirstName NOTIFY formChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY formChanged)
    Q_PROPERTY(bool canContinue READ canContinue NOTIFY formChanged)
    Q_PROPERTY(bool canCheckIn READ canCheckIn NOTIFY formChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(Problem problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString problemDetail READ problemDetail NOTIFY problemChanged)
    Q_PROPERTY(QString ticketLabel READ ticketLabel NOTIFY ticketChanged)
    Q_PROPERTY(int ticketWaitMinutes READ ticketWaitMinutes NOTIFY ticketChanged)
    Q_PROPERTY(int ticketPosition READ ticketPosition NOTIFY ticketChanged)
    Q_PROPERTY(QString ticketUrl READ ticketUrl NOTIFY ticketChanged)
    Q_PROPERTY(PrintStatus printStatus READ printStatus NOTIFY printStatusChanged)
    Q_PROPERTY(int idleMs READ idleMs WRITE setIdleMs NOTIFY idleMsChanged)
    Q_PROPERTY(int idleLeftS READ idleLeftS NOTIFY idleLeftChanged)

public:
    enum class Page { Start, Services, Details, Ticket };
    Q_ENUM(Page)
    // What went wrong, as the screen words it (QML picks the words: they follow the language).
    enum class Problem { None, Offline, Refused };
    Q_ENUM(Problem)
    enum class PrintStatus { NoPrinter, Printing, Printed, Failed };
    Q_ENUM(PrintStatus)

    static constexpr int MaxFirstName = 40; // as the server takes it

    explicit CheckinState(QObject *parent = nullptr);

    void setServer(const QUrl &server, const QString &token);
    // A printer to print tickets on; an unset target: none (the screen says so).
    void setPrinter(const PrinterTarget &target, int paperMm);
    ThermalPrinter *printer() { return &m_printer; }

    Page page() const { return m_page; }
    CheckinServices *services() { return &m_services; }
    QString venueName() const { return m_venueName; }
    QString currency() const { return m_currency; }
    bool ready() const { return m_ready; }
    int waitMinutes() const { return m_waitMinutes; }
    QString firstName() const { return m_firstName; }
    void setFirstName(const QString &name);
    QString phone() const { return m_phone; }
    void setPhone(const QString &phone);
    bool canContinue() const { return m_services.selectedCount() > 0; }
    bool canCheckIn() const;
    bool busy() const { return m_busy; }
    Problem problem() const { return m_problem; }
    QString problemDetail() const { return m_problemDetail; }
    QString ticketLabel() const { return m_ticket.value(QLatin1String("ticket")).toString(); }
    int ticketWaitMinutes() const;
    int ticketPosition() const { return m_ticket.value(QLatin1String("position")).toInt(); }
    QString ticketUrl() const;
    PrintStatus printStatus() const { return m_printStatus; }
    int idleMs() const { return m_idleMs; }
    void setIdleMs(int ms);
    int idleLeftS() const;

    Q_INVOKABLE void refresh(); // GET /api/checkin
    Q_INVOKABLE void begin(); // start → services
    Q_INVOKABLE void toggleService(int row);
    Q_INVOKABLE void next(); // services → details
    Q_INVOKABLE void back();
    Q_INVOKABLE void checkIn();
    Q_INVOKABLE void startOver();
    Q_INVOKABLE void touched(); // any tap or key: the idle time starts again
    Q_INVOKABLE void dismissProblem(); // the customer read it (the error strip's OK)
    // The on-screen keyboard: a key into the field being typed, or one character off it.
    Q_INVOKABLE void typeInto(const QString &field, const QString &text);
    Q_INVOKABLE void backspace(const QString &field);

Q_SIGNALS:
    void pageChanged();
    void screenChanged();
    void formChanged();
    void busyChanged();
    void problemChanged();
    void ticketChanged();
    void printStatusChanged();
    void idleMsChanged();
    void idleLeftChanged();

private:
    using Done = std::function<void(int status, const QJsonObject &body)>;
    void call(const QByteArray &verb, const QString &path, const QJsonObject &body, Done done);
    void setPage(Page page);
    void setBusy(bool busy);
    void setProblem(Problem problem, const QString &detail = QString());
    void setPrintStatus(PrintStatus status);
    void printTicket();

    QNetworkAccessManager m_nam;
    QUrl m_server;
    QString m_token;
    CheckinServices m_services;
    ThermalPrinter m_printer;
    int m_dots = 576;
    int m_printJob = 0;
    Page m_page = Page::Start;
    QString m_venueName;
    QString m_currency;
    QString m_customerBaseUrl;
    bool m_ready = false;
    int m_waitMinutes = -1;
    QString m_firstName;
    QString m_phone;
    bool m_busy = false;
    Problem m_problem = Problem::None;
    QString m_problemDetail;
    QJsonObject m_ticket;
    PrintStatus m_printStatus = PrintStatus::NoPrinter;
    int m_idleMs = 60000;
    QTimer m_idle;
    QTimer m_idleTick; // counts down on the screen in the last seconds
    QTimer m_refresh; // the menu and the wait, while nobody is checking in
};
