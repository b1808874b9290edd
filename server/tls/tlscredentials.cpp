// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tlscredentials.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslKey>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace {
template<typename T, void (*Free)(T *)> struct Deleter {
    void operator()(T *p) const { Free(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;

bool readFile(const QString &path, const char *what, QByteArray *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS %1 %2: %3")
                     .arg(QLatin1String(what), path, f.errorString());
        return false;
    }
    *out = f.readAll();
    return true;
}

// A key prompt for an encrypted key must not block a server: refuse to ask.
int noPassphrase(char *, int, int, void *)
{
    return -1;
}

QString openSslError()
{
    const unsigned long e = ERR_get_error();
    ERR_clear_error();
    if (!e)
        return QString();
    char text[256];
    ERR_error_string_n(e, text, sizeof text);
    return QStringLiteral(" (%1)").arg(QString::fromLatin1(text));
}
} // namespace

std::optional<QSslConfiguration> TlsCredentials::load(const QString &certFile,
                                                      const QString &keyFile, QString *error)
{
    QByteArray certPem, keyPem;
    if (!readFile(certFile, "certificate", &certPem, error) ||
        !readFile(keyFile, "key", &keyPem, error))
        return std::nullopt;

    const QList<QSslCertificate> chain = QSslCertificate::fromData(certPem, QSsl::Pem);
    if (chain.isEmpty() || chain.first().isNull()) {
        *error = QStringLiteral("%1 holds no PEM certificate").arg(certFile);
        return std::nullopt;
    }

    ERR_clear_error();
    Bio certBio(BIO_new_mem_buf(certPem.constData(), int(certPem.size())));
    X509Ptr leaf(PEM_read_bio_X509(certBio.get(), nullptr, noPassphrase, nullptr));
    Bio keyBio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    PKey pkey(PEM_read_bio_PrivateKey(keyBio.get(), nullptr, noPassphrase, nullptr));
    if (!leaf) {
        *error = QStringLiteral("%1 holds no PEM certificate%2").arg(certFile, openSslError());
        return std::nullopt;
    }
    if (!pkey) {
        *error = QStringLiteral("%1 holds no PEM private key, or the key is encrypted "
                                "(give an unencrypted key, readable only by the server)%2")
                     .arg(keyFile, openSslError());
        return std::nullopt;
    }
    if (X509_check_private_key(leaf.get(), pkey.get()) != 1) {
        ERR_clear_error();
        *error = QStringLiteral("the key in %1 does not belong to the certificate in %2")
                     .arg(keyFile, certFile);
        return std::nullopt;
    }

    // Qt reads RSA, EC and DSA keys itself; any other kind (Ed25519...) goes in as OpenSSL's own
    // key object, which the OpenSSL backend takes as it is.
    QSslKey key;
    switch (EVP_PKEY_get_base_id(pkey.get())) {
    case EVP_PKEY_RSA:
        key = QSslKey(keyPem, QSsl::Rsa);
        break;
    case EVP_PKEY_EC:
        key = QSslKey(keyPem, QSsl::Ec);
        break;
    case EVP_PKEY_DSA:
        key = QSslKey(keyPem, QSsl::Dsa);
        break;
    default:
        key = QSslKey(Qt::HANDLE(pkey.release()), QSsl::PrivateKey);
        break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("Qt cannot use the private key in %1").arg(keyFile);
        return std::nullopt;
    }

    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    // Clients are not asked for certificates: staff and devices sign in with tokens.
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

QByteArray TlsCredentials::publicKeyPin(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
        .toBase64();
}

QString TlsCredentials::describe(const QSslConfiguration &config)
{
    const QSslCertificate c = config.localCertificate();
    return QStringLiteral("certificate \"%1\", valid until %2, pin-sha256 %3")
        .arg(c.subjectDisplayName(), c.expiryDate().toUTC().toString(Qt::ISODate),
             QString::fromLatin1(publicKeyPin(c)));
}
