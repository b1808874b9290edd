// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSslConfiguration>
#include <QString>

#include <optional>

// The server's certificate (with its chain) and private key, read from PEM files, checked, and
// made into the QSslConfiguration each new TLS connection uses.
//
// Why OpenSSL directly for the check: Qt 6.4 cannot tell whether a private key belongs to a
// certificate; a mismatch would only show as every handshake failing. So the files are also read
// with libcrypto and X509_check_private_key() decides, at start and at every reload.
class TlsCredentials {
public:
    // The configuration for `certFile` and `keyFile`, or nothing with `error` saying what is
    // wrong (unreadable, not PEM, no certificate, an encrypted key, a key of another certificate).
    static std::optional<QSslConfiguration> load(const QString &certFile, const QString &keyFile,
                                                 QString *error);
    // One line for the log: subject, expiry and the public key's pin.
    static QString describe(const QSslConfiguration &config);
    // base64(SHA-256(SubjectPublicKeyInfo)): what the apps' --pin-sha256 takes.
    static QByteArray publicKeyPin(const QSslCertificate &certificate);
};
