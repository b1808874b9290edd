// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pgwire.h"

#include "store/rowsresult.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>

namespace PgWire {
bool preparable(const QString &sql)
{
    const QStringView s = QStringView(sql).trimmed();
    for (const char *word : { "SELECT", "INSERT", "UPDATE", "DELETE", "WITH", "VALUES" })
        if (s.startsWith(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

std::optional<QByteArray> numbered(const QString &sql, int *params)
{
    const std::optional<QString> out = replacePlaceholders(
        sql,
        [](int index) {
            return std::optional<QString>(QLatin1Char('$') + QString::number(index + 1));
        },
        params);
    return out ? std::optional<QByteArray>(out->toUtf8()) : std::nullopt;
}

QString sqlState(const PGresult *r, const PGconn *conn)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    if (state && *state)
        return QString::fromLatin1(state);
    return PQstatus(conn) != CONNECTION_OK ? QStringLiteral("08006") : QString();
}

QString errorText(const PGresult *r, const PGconn *conn)
{
    const char *text = r ? PQresultErrorMessage(r) : nullptr;
    if (!text || !*text)
        text = PQerrorMessage(conn);
    return QString::fromUtf8(text).trimmed();
}

QMetaType columnType(Oid type)
{
    switch (type) {
    case 16: // bool
        return QMetaType::fromType<bool>();
    case 17: // bytea
        return QMetaType::fromType<QByteArray>();
    case 20: // int8
        return QMetaType::fromType<qlonglong>();
    case 21: // int2
    case 23: // int4
    case 26: // oid
        return QMetaType::fromType<int>();
    case 700: // float4
    case 701: // float8
    case 1700: // numeric
        return QMetaType::fromType<double>();
    default:
        return QMetaType::fromType<QString>();
    }
}

QVariant cellValue(const PGresult *r, int row, int column, QMetaType type)
{
    if (PQgetisnull(r, row, column))
        return QVariant(type);
    const char *text = PQgetvalue(r, row, column);
    switch (type.id()) {
    case QMetaType::Bool:
        return QVariant(text[0] == 't');
    case QMetaType::LongLong:
        return QVariant(qlonglong(QByteArray(text).toLongLong()));
    case QMetaType::Int:
        return QVariant(QByteArray(text).toInt());
    case QMetaType::Double:
        return QVariant(QByteArray(text).toDouble());
    case QMetaType::QByteArray: {
        size_t size = 0;
        unsigned char *bytes =
            PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(out);
    }
    default:
        return QVariant(QString::fromUtf8(text, PQgetlength(r, row, column)));
    }
}

Parameter parameter(const QVariant &v)
{
    Parameter p;
    if (isNullValue(v)) { // as QPSQL binds it
        p.null = true;
        return p;
    }
    switch (v.typeId()) {
    case QMetaType::Bool: // '1' and '0' read as both an integer and a boolean
        p.bytes = v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
        break;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Long:
    case QMetaType::LongLong:
        p.bytes = QByteArray::number(v.toLongLong());
        break;
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        p.bytes = QByteArray::number(v.toULongLong());
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        p.bytes = QByteArray::number(v.toDouble(), 'g', 17);
        break;
    case QMetaType::QByteArray:
        p.bytes = v.toByteArray();
        p.binary = true;
        break;
    case QMetaType::QDateTime:
        p.bytes = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QDate:
        p.bytes = v.toDate().toString(Qt::ISODate).toUtf8();
        break;
    default:
        p.bytes = v.toString().toUtf8();
        break;
    }
    return p;
}

StatementRunner::Outcome failed(const QSqlDriver *driver, const QString &sql, const QString &error,
                                const QString &state)
{
    auto *result = new RowsResult(driver, sql);
    result->fail(error, state);
    return { QSqlQuery(result), error, 0, state };
}

} // namespace PgWire
