// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tlstrust.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>
#include <QWebSocket>

#include <optional>

Q_LOGGING_CATEGORY(lcTls, "spa.tls")

namespace {
struct State {
    QList<QSslCertificate> extraCas;
    QByteArray pin; // base64, empty: none
    // Built once: reading the system's CA bundle takes a while, and every request asks.
    std::optional<QSslConfiguration> config;
};
State &state()
{
    static State s;
    return s;
}

// The certificate the server presented for itself: the first of its chain.
QSslCertificate leafOf(const QSslConfiguration &config, const QList<QSslError> &errors = {})
{
    const QSslCertificate peer = config.peerCertificate();
    if (!peer.isNull())
        return peer;
    for (const QSslError &e : errors)
        if (e.error() == QSslError::SelfSignedCertificate ||
            e.error() == QSslError::HostNameMismatch)
            return e.certificate();
    return QSslCertificate();
}
} // namespace

bool TlsTrust::configure(const QString &caFile, const QString &pinBase64, QString *error)
{
    State next = state();
    if (!caFile.isEmpty()) {
        QFile f(caFile);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("--ca-file: cannot read %1: %2").arg(caFile, f.errorString());
            return false;
        }
        const QByteArray data = f.readAll();
        QList<QSslCertificate> cas = QSslCertificate::fromData(data, QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromData(data, QSsl::Der);
        if (cas.isEmpty() || cas.first().isNull()) {
            *error = QStringLiteral("--ca-file: %1 holds no PEM or DER certificate").arg(caFile);
            return false;
        }
        next.extraCas = cas;
    }
    if (!pinBase64.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
            pinBase64.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32) {
            *error = QStringLiteral("--pin-sha256: '%1' is not the base64 of a SHA-256 hash "
                                    "(44 characters ending in '=')")
                         .arg(pinBase64);
            return false;
        }
        next.pin = decoded.decoded.toBase64();
    }
    next.config.reset();
    state() = next;
    // Every QNetworkAccessManager and QWebSocket of the process starts from the default.
    QSslConfiguration def = QSslConfiguration::defaultConfiguration();
    if (!next.extraCas.isEmpty())
        def.addCaCertificates(next.extraCas);
    QSslConfiguration::setDefaultConfiguration(def);
    return true;
}

void TlsTrust::reset()
{
    state() = State();
    QSslConfiguration def = QSslConfiguration::defaultConfiguration();
    def.setCaCertificates(QSslConfiguration::systemCaCertificates());
    QSslConfiguration::setDefaultConfiguration(def);
}

QSslConfiguration TlsTrust::configuration()
{
    State &s = state();
    if (!s.config) {
        QSslConfiguration c = QSslConfiguration::defaultConfiguration();
        c.setCaCertificates(QSslConfiguration::systemCaCertificates() + s.extraCas);
        s.config = c;
    }
    return *s.config;
}

bool TlsTrust::hasPin()
{
    return !state().pin.isEmpty();
}

QByteArray TlsTrust::pinOf(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
        .toBase64();
}

bool TlsTrust::acceptable(const QSslCertificate &leaf, const QList<QSslError> &errors)
{
    if (!hasPin())
        return errors.isEmpty();
    // Only the server's own certificate counts: a chain may carry anyone's certificates.
    const bool match = !leaf.isNull() && pinOf(leaf) == state().pin;
    if (!match)
        qCWarning(lcTls).noquote() << "the server's key does not match --pin-sha256:"
                                   << (leaf.isNull() ? QByteArray("(none)") : pinOf(leaf));
    return match;
}

void TlsTrust::watch(QNetworkAccessManager *nam)
{
    QObject::connect(nam, &QNetworkAccessManager::sslErrors, nam,
                     [](QNetworkReply *reply, const QList<QSslError> &errors) {
                         if (hasPin() && acceptable(leafOf(reply->sslConfiguration(), errors), {}))
                             reply->ignoreSslErrors(errors);
                     });
    QObject::connect(nam, &QNetworkAccessManager::encrypted, nam, [](QNetworkReply *reply) {
        if (hasPin() && !acceptable(leafOf(reply->sslConfiguration()), {}))
            reply->abort(); // nothing of the request has been sent yet
    });
}

void TlsTrust::watch(QWebSocket *socket)
{
    QObject::connect(socket, &QWebSocket::sslErrors, socket,
                     [socket](const QList<QSslError> &errors) {
                         if (hasPin() && acceptable(leafOf(socket->sslConfiguration(), errors), {}))
                             socket->ignoreSslErrors();
                     });
    // A certificate some CA vouches for raises no error: the pin is checked once the upgrade is
    // done, before the client sends anything of its own (its token goes in the CONNECT packet).
    QObject::connect(socket, &QWebSocket::connected, socket, [socket] {
        if (hasPin() && socket->requestUrl().scheme() == QLatin1String("wss") &&
            !acceptable(leafOf(socket->sslConfiguration()), {}))
            socket->abort();
    });
}
