// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "pagetemplate.h"

#include <QFile>

PageTemplate::PageTemplate(const QString &text)
{
    // Sections nest: the stack holds the open ones, each with the name that closes it.
    QVector<QVector<Node>> stack(1);
    QStringList open;
    qsizetype at = 0;
    const auto addText = [&](QString s) {
        if (!s.isEmpty())
            stack.last().append(Node { Node::Kind::Text, std::move(s), {} });
    };
    while (at < text.size()) {
        const qsizetype start = text.indexOf(QLatin1String("{{"), at);
        if (start < 0) {
            addText(text.mid(at));
            break;
        }
        addText(text.mid(at, start - at));
        const bool triple = text.mid(start, 3) == QLatin1String("{{{");
        const QLatin1String close = triple ? QLatin1String("}}}") : QLatin1String("}}");
        const qsizetype end = text.indexOf(close, start);
        if (end < 0) {
            m_error = QStringLiteral("unclosed placeholder at offset %1").arg(start);
            break;
        }
        const qsizetype innerStart = start + (triple ? 3 : 2);
        const QString inner = text.mid(innerStart, end - innerStart);
        at = end + close.size();
        const QChar sigil = inner.isEmpty() ? QChar() : inner.front();
        const QString name = (triple ? inner : inner.mid(1)).trimmed();
        if (triple) {
            stack.last().append(Node { Node::Kind::Raw, inner.trimmed(), {} });
        } else if (sigil == QLatin1Char('!')) {
            if (text.mid(at, 1) == QLatin1String("\n"))
                ++at;
        } else if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            const Node::Kind kind =
                sigil == QLatin1Char('#') ? Node::Kind::IfSet : Node::Kind::IfEmpty;
            stack.last().append(Node { kind, name, {} });
            stack.append(QVector<Node>());
            open.append(name);
        } else if (sigil == QLatin1Char('/')) {
            if (open.isEmpty() || open.last() != name) {
                m_error = QStringLiteral("{{/%1}} at offset %2 closes no open section")
                              .arg(name)
                              .arg(start);
                break;
            }
            open.removeLast();
            QVector<Node> children = stack.takeLast();
            stack.last().last().children = std::move(children);
        } else {
            stack.last().append(Node { Node::Kind::Escaped, inner.trimmed(), {} });
        }
    }
    if (m_error.isEmpty() && !open.isEmpty())
        m_error = QStringLiteral("section {{#%1}} is not closed").arg(open.last());
    if (m_error.isEmpty())
        m_nodes = stack.first();
}

PageTemplate PageTemplate::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PageTemplate t;
        t.m_error = QStringLiteral("cannot read %1").arg(path);
        return t;
    }
    PageTemplate t(QString::fromUtf8(file.readAll()));
    if (!t.m_error.isEmpty())
        t.m_error = path + QStringLiteral(": ") + t.m_error;
    return t;
}

QString PageTemplate::render(const Values &values) const
{
    QString out;
    renderNodes(m_nodes, values, out);
    return out;
}

void PageTemplate::renderNodes(const QVector<Node> &nodes, const Values &values, QString &out)
{
    for (const Node &n : nodes) {
        switch (n.kind) {
        case Node::Kind::Text:
            out += n.text;
            break;
        case Node::Kind::Escaped:
            out += values.value(n.text).toHtmlEscaped();
            break;
        case Node::Kind::Raw:
            out += values.value(n.text);
            break;
        case Node::Kind::IfSet:
        case Node::Kind::IfEmpty:
            if (values.value(n.text).isEmpty() == (n.kind == Node::Kind::IfEmpty))
                renderNodes(n.children, values, out);
            break;
        }
    }
}

QStringList PageTemplate::names() const
{
    QStringList out;
    collectNames(m_nodes, out);
    out.removeDuplicates();
    return out;
}

void PageTemplate::collectNames(const QVector<Node> &nodes, QStringList &out)
{
    for (const Node &n : nodes) {
        if (n.kind != Node::Kind::Text)
            out.append(n.text);
        collectNames(n.children, out);
    }
}

QStringList PageTemplate::missingNames(const Values &values) const
{
    QStringList out;
    for (const QString &name : names())
        if (!values.contains(name))
            out.append(name);
    return out;
}
