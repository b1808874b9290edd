// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

class QNetworkAccessManager;
class QSslCertificate;
class QWebSocket;

// How the apps trust a venue's own server over https:// and wss://. A venue rarely has a
// certificate from a public authority: it has its own CA or one self-signed certificate.
// - a CA file (--ca-file): its certificates are trusted besides the system's, for every REST
//   call and socket of the process; the server's name must still match the certificate.
// - a pin (--pin-sha256): base64 SHA-256 of the server certificate's public key
//   (SubjectPublicKeyInfo, as HPKP and curl's --pinnedpubkey). A leaf certificate with that key
//   is accepted even when nothing else vouches for it (self-signed, another name), and with a
//   pin set no other key is accepted, whoever signed it.
// Process-wide, like the server URL: set once from the options before any connection.
class TlsTrust {
public:
    // False with `error` when the CA file cannot be read or holds no certificate, or the pin is
    // not base64 of 32 bytes. Empty arguments leave that part as it is not used.
    static bool configure(const QString &caFile, const QString &pinBase64, QString *error);
    static void reset(); // back to the system's CAs and no pin (tests)

    // The configuration a new https/wss connection starts from.
    static QSslConfiguration configuration();
    static bool hasPin();
    // base64(SHA-256(SubjectPublicKeyInfo)) of `certificate`.
    static QByteArray pinOf(const QSslCertificate &certificate);

    // Applies the pin to every reply of `nam` / to `socket`: errors are ignored only for the
    // pinned key, and a connection to any other key is aborted before data is sent.
    static void watch(QNetworkAccessManager *nam);
    static void watch(QWebSocket *socket);

private:
    static bool acceptable(const QSslCertificate &leaf, const QList<QSslError> &errors);
};
