// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "session.h"

#include "servererrors.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSettings>

#include "tlstrust.h"

Session::Session(QObject *parent)
    : QObject(parent)
{
    TlsTrust::watch(&m_nam); // a venue's own CA or pinned key (https://)
    m_expiry.setSingleShot(true);
    connect(&m_expiry, &QTimer::timeout, this, [this] {
        setError(tr("Your session expired; please sign in again"));
        clear();
    });
}

void Session::setServerUrl(const QUrl &url)
{
    if (url == m_serverUrl)
        return;
    m_serverUrl = url;
    Q_EMIT serverUrlChanged();
}

void Session::call(const QByteArray &verb, const QString &path, const QJsonObject &body,
                   JsonCallback done)
{
    QUrl url = m_serverUrl;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(q < 0 ? path : path.left(q));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest req(url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setTransferTimeout(15000);
    if (url.scheme() == QLatin1String("https"))
        req.setSslConfiguration(TlsTrust::configuration());
    if (!m_token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    const QByteArray payload = body.isEmpty() && verb == "GET"
        ? QByteArray()
        : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, payload);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 401 && !m_token.isEmpty() &&
            errorCode(json) == QLatin1String("unauthorized")) {
            setError(tr("Your session ended; please sign in again"));
            clear();
        }
        done(status, json);
    });
}

QString Session::errorCode(const QJsonObject &answer)
{
    return answer.value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

QString Session::errorText(const QJsonObject &answer, int status)
{
    if (status == 0)
        return tr("Cannot reach the server");
    const QString text = ServerErrors::text(answer.value(QLatin1String("error")).toObject());
    return text.isEmpty() ? errorCode(answer) : text;
}

void Session::login(const QString &username, const QString &password)
{
    postLogin(
        { { QStringLiteral("username"), username }, { QStringLiteral("password"), password } });
}

void Session::loginWithPin(qint64 staffId, const QString &pin)
{
    postLogin({ { QStringLiteral("staff_id"), staffId }, { QStringLiteral("pin"), pin } });
}

void Session::postLogin(const QJsonObject &body)
{
    setBusy(true);
    setError(QString());
    const bool byPin = body.contains(QLatin1String("pin"));
    call("POST", QStringLiteral("/api/login"), body,
         [this, byPin](int status, const QJsonObject &answer) {
             setBusy(false);
             if (status == 200) {
                 accept(answer);
                 return;
             }
             QString message = errorText(answer, status);
             if (status == 401)
                 message = byPin ? tr("Wrong PIN") : tr("Wrong name or password");
             else if (status == 429)
                 message = tr("Too many attempts; wait a few minutes");
             setError(message);
             Q_EMIT loginFailed(message);
         });
}

void Session::accept(const QJsonObject &answer)
{
    const QJsonObject staff = answer.value(QLatin1String("staff")).toObject();
    m_token = answer.value(QLatin1String("token")).toString();
    m_role = answer.value(QLatin1String("role")).toString();
    m_staffName = staff.value(QLatin1String("display_name")).toString();
    m_staffId = qint64(staff.value(QLatin1String("id")).toDouble());
    m_expiresAt = QDateTime::fromString(answer.value(QLatin1String("expires_at")).toString(),
                                        Qt::ISODateWithMs);
    QSettings s;
    s.beginGroup(QStringLiteral("session"));
    s.setValue(QStringLiteral("token"), m_token);
    s.setValue(QStringLiteral("role"), m_role);
    s.setValue(QStringLiteral("staffName"), m_staffName);
    s.setValue(QStringLiteral("staffId"), m_staffId);
    s.setValue(QStringLiteral("expiresAt"), m_expiresAt);
    if (m_expiresAt.isValid())
        m_expiry.start(int(
            std::clamp<qint64>(QDateTime::currentDateTimeUtc().msecsTo(m_expiresAt), 0, INT_MAX)));
    Q_EMIT changed();
}

void Session::adopt(const QJsonObject &answer)
{
    QJsonObject full = answer;
    if (!full.contains(QLatin1String("role")))
        full.insert(QStringLiteral("role"), m_role);
    if (!full.contains(QLatin1String("staff")))
        full.insert(QStringLiteral("staff"),
                    QJsonObject { { QStringLiteral("id"), m_staffId },
                                  { QStringLiteral("display_name"), m_staffName } });
    setError(QString());
    accept(full);
}

bool Session::restore()
{
    QSettings s;
    s.beginGroup(QStringLiteral("session"));
    const QDateTime expires = s.value(QStringLiteral("expiresAt")).toDateTime();
    const QString token = s.value(QStringLiteral("token")).toString();
    if (token.isEmpty() || (expires.isValid() && expires <= QDateTime::currentDateTimeUtc()))
        return false;
    accept(
        { { QStringLiteral("token"), token },
          { QStringLiteral("role"), s.value(QStringLiteral("role")).toString() },
          { QStringLiteral("expires_at"), expires.toString(Qt::ISODateWithMs) },
          { QStringLiteral("staff"),
            QJsonObject { { QStringLiteral("id"), s.value(QStringLiteral("staffId")).toLongLong() },
                          { QStringLiteral("display_name"),
                            s.value(QStringLiteral("staffName")).toString() } } } });
    return true;
}

void Session::logout()
{
    if (!m_token.isEmpty())
        call("POST", QStringLiteral("/api/logout"), {}, [](int, const QJsonObject &) {});
    clear();
}

void Session::clear()
{
    m_expiry.stop();
    m_token.clear();
    m_role.clear();
    m_staffName.clear();
    m_staffId = 0;
    m_expiresAt = QDateTime();
    QSettings().remove(QStringLiteral("session"));
    Q_EMIT changed();
}

void Session::setBusy(bool b)
{
    if (b == m_busy)
        return;
    m_busy = b;
    Q_EMIT busyChanged();
}

void Session::setError(const QString &e)
{
    if (e == m_error)
        return;
    m_error = e;
    Q_EMIT errorChanged();
}
