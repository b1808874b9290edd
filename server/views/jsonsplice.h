// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QLatin1String>

// Edits compact JSON text without parsing it into QJson and writing it out again: a room's view
// is serialized once per change and its frame is that text with the seq added, where a second
// QJsonDocument::toJson of the whole view used to cost as much as building it.
namespace JsonSplice {
// `object` (compact JSON of one object, as QJsonDocument::toJson(Compact) writes it) with the
// member `key` → `value` (JSON text) added where QJsonObject::insert would put it (QJsonObject
// keeps its keys sorted), so the result is byte for byte what serializing the object with that
// member gives. Empty when `object` already has `key`, is not an object, or has a key written
// with escapes (callers then serialize the long way).
QByteArray withMember(const QByteArray &object, QLatin1String key, const QByteArray &value);
} // namespace JsonSplice
