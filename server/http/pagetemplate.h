// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

// A page from the resources with named placeholders, so the markup stays in .html files a
// designer can edit and every value goes in escaped unless the template says otherwise:
//   {{name}}             the value, HTML-escaped
//   {{{name}}}           the value as it is: markup built from another template, the stylesheet,
//                        the script, JSON made safe for a script element
//   {{#name}}…{{/name}}  the part only when the value is not empty
//   {{^name}}…{{/name}}  the part only when the value is empty
//   {{! comment }}       dropped with the line end after it (the files' licence headers)
// Parsed once (a malformed file is reported by error()), rendered per request. A name with no
// value renders as empty; missingNames() lets a test find such a typo.
class PageTemplate {
public:
    using Values = QHash<QString, QString>;

    PageTemplate() = default;
    explicit PageTemplate(const QString &text);
    // The file at `path` (":/customerpage/page.html"); an unreadable file gives error().
    static PageTemplate fromFile(const QString &path);

    QString render(const Values &values) const;
    // Every placeholder and section name the template uses.
    QStringList names() const;
    // Names the template uses that `values` lacks.
    QStringList missingNames(const Values &values) const;
    QString error() const { return m_error; }

private:
    struct Node {
        enum class Kind { Text, Escaped, Raw, IfSet, IfEmpty } kind = Kind::Text;
        QString text; // the text, or the value's name
        QVector<Node> children; // a section's content
    };
    static void renderNodes(const QVector<Node> &nodes, const Values &values, QString &out);
    static void collectNames(const QVector<Node> &nodes, QStringList &out);

    QVector<Node> m_nodes;
    QString m_error;
};
