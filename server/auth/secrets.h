// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QString>

// Passwords and PINs, hashed with PBKDF2-HMAC-SHA256 and a per-secret salt.
namespace Secrets {
QString hash(const QString &secret);
bool verify(const QString &secret, const QString &stored);
// A random token for bearer auth and ticket codes; its SHA-256 is what the database keeps.
QString randomToken(int bytes = 32);
QString tokenDigest(const QString &token);
// Short, unambiguous (no 0/O, 1/I) code for a customer's ticket page.
QString ticketCode(int length = 10);
} // namespace Secrets
