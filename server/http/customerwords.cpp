// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerwords.h"

#include <QLoggingCategory>
#include <QTranslator>

#include <map>
#include <mutex>

Q_DECLARE_LOGGING_CATEGORY(lcCustomer)

namespace {

constexpr char kContext[] = "CustomerPage";

// The page's words. Keys are shared with the page's script and templates; the source text is
// English, the comment tells the translator where the words appear (and keeps "," and "."
// apart). lupdate reads this table: `cmake --build build --target update_translations`.
struct Word {
    const char *key;
    struct {
        const char *source;
        const char *comment;
    } text;
};

const Word kWords[] = {
    { "title", QT_TRANSLATE_NOOP3("CustomerPage", "Your ticket", "the page's title") },
    { "ticket", QT_TRANSLATE_NOOP3("CustomerPage", "Ticket", "label above the ticket number") },
    { "st_waiting", QT_TRANSLATE_NOOP3("CustomerPage", "Waiting", "status") },
    { "st_assigned", QT_TRANSLATE_NOOP3("CustomerPage", "Therapist assigned", "status") },
    { "st_called", QT_TRANSLATE_NOOP3("CustomerPage", "It's your turn", "status") },
    { "st_in_service", QT_TRANSLATE_NOOP3("CustomerPage", "In treatment", "status") },
    { "st_awaiting_payment", QT_TRANSLATE_NOOP3("CustomerPage", "Treatment finished", "status") },
    { "st_paid", QT_TRANSLATE_NOOP3("CustomerPage", "Paid", "status") },
    { "st_cancelled", QT_TRANSLATE_NOOP3("CustomerPage", "Cancelled", "status") },
    { "st_no_show", QT_TRANSLATE_NOOP3("CustomerPage", "Closed", "status of a no-show") },
    { "hint_wait",
      QT_TRANSLATE_NOOP3("CustomerPage",
                         "Keep this page open: it changes by itself when it is your turn.",
                         "hint while waiting") },
    { "hint_service",
      QT_TRANSLATE_NOOP3("CustomerPage", "Relax and enjoy your treatment.",
                         "hint during the treatment") },
    { "hint_closed",
      QT_TRANSLATE_NOOP3("CustomerPage", "If you need help, please ask at the front desk.",
                         "hint on a cancelled or closed ticket") },
    { "called",
      QT_TRANSLATE_NOOP3("CustomerPage", "Your therapist %1 is ready",
                         "banner when called; %1 is the therapist's name") },
    { "called_room",
      QT_TRANSLATE_NOOP3("CustomerPage", "Your therapist %1 is ready — %2",
                         "banner when called; %1 the therapist's name, %2 the room") },
    { "called_hint",
      QT_TRANSLATE_NOOP3("CustomerPage", "Please make your way there now.",
                         "under the called banner") },
    { "paid_title",
      QT_TRANSLATE_NOOP3("CustomerPage", "Paid — thank you", "banner after payment") },
    { "paid_hint",
      QT_TRANSLATE_NOOP3("CustomerPage", "We hope to see you again soon.",
                         "under the paid banner") },
    { "pay_at_desk",
      QT_TRANSLATE_NOOP3("CustomerPage", "Please pay at the front desk: %1",
                         "banner after the treatment; %1 is the amount due") },
    { "position", QT_TRANSLATE_NOOP3("CustomerPage", "Position in line", "fact label") },
    { "next", QT_TRANSLATE_NOOP3("CustomerPage", "You're next", "position when first in line") },
    { "wait", QT_TRANSLATE_NOOP3("CustomerPage", "Estimated wait", "fact label") },
    { "about", QT_TRANSLATE_NOOP3("CustomerPage", "about %1", "estimated wait; %1 is a duration") },
    { "wait_now", QT_TRANSLATE_NOOP3("CustomerPage", "any moment now", "estimated wait") },
    { "wait_unknown", QT_TRANSLATE_NOOP3("CustomerPage", "not known yet", "estimated wait") },
    { "min", QT_TRANSLATE_NOOP3("CustomerPage", "%1 min", "duration in minutes") },
    { "h", QT_TRANSLATE_NOOP3("CustomerPage", "%1 h", "duration in whole hours") },
    { "h_min",
      QT_TRANSLATE_NOOP3("CustomerPage", "%1 h %2 min", "duration; %1 hours, %2 minutes") },
    { "therapist", QT_TRANSLATE_NOOP3("CustomerPage", "Therapist", "fact label") },
    { "room", QT_TRANSLATE_NOOP3("CustomerPage", "Treatment room", "fact label") },
    { "services", QT_TRANSLATE_NOOP3("CustomerPage", "Services", "fact label") },
    { "total", QT_TRANSLATE_NOOP3("CustomerPage", "Total", "fact label: the visit's price") },
    { "subtotal",
      QT_TRANSLATE_NOOP3("CustomerPage", "Subtotal", "fact label: the services' prices") },
    { "discount", QT_TRANSLATE_NOOP3("CustomerPage", "Discount", "fact label") },
    { "service_charge", QT_TRANSLATE_NOOP3("CustomerPage", "Service charge", "fact label") },
    { "tax", QT_TRANSLATE_NOOP3("CustomerPage", "Tax", "fact label when the venue names no tax") },
    { "live", QT_TRANSLATE_NOOP3("CustomerPage", "Live updates", "the stream is connected") },
    { "reconnecting", QT_TRANSLATE_NOOP3("CustomerPage", "Reconnecting…", "the stream is down") },
    { "noscript",
      QT_TRANSLATE_NOOP3("CustomerPage", "This page reloads every 30 seconds.",
                         "shown when the browser runs no script") },
    { "nf_title",
      QT_TRANSLATE_NOOP3("CustomerPage", "We can't find this ticket", "unknown ticket code") },
    { "nf_body",
      QT_TRANSLATE_NOOP3(
          "CustomerPage",
          "Please check the link or the QR code on your ticket, or ask at the front desk.",
          "unknown ticket code") },
    { "thousands",
      QT_TRANSLATE_NOOP3("CustomerPage", ",", "thousands separator in money: 1,250.00") },
    { "decimal", QT_TRANSLATE_NOOP3("CustomerPage", ".", "decimal separator in money: 1,250.00") },
};

const char *const kLanguages[] = { "en", "th", "id" };

} // namespace

QStringList CustomerWords::languages()
{
    QStringList out;
    for (const char *l : kLanguages)
        out.append(QLatin1String(l));
    return out;
}

CustomerWords::CustomerWords(const QString &lang)
    : m_lang(lang)
{
    // English is the source text; the others need their compiled translation. A missing one is
    // a build fault: the page then speaks English rather than keys.
    QTranslator translator;
    const bool source = lang == QLatin1String("en");
    if (!source && !translator.load(QStringLiteral(":/spa-server/i18n/spa_%1.qm").arg(lang)))
        qCWarning(lcCustomer) << "no translation for the customer page in" << lang;
    for (const Word &w : kWords) {
        const QString t =
            source ? QString() : translator.translate(kContext, w.text.source, w.text.comment);
        m_words.insert(QLatin1String(w.key), t.isEmpty() ? QString::fromUtf8(w.text.source) : t);
    }
}

const CustomerWords &CustomerWords::of(const QString &lang)
{
    // Built on first use per language and kept: one translator read per language per process.
    static std::mutex mutex;
    static std::map<QString, CustomerWords> built;
    const QString key = languages().contains(lang) ? lang : QStringLiteral("en");
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = built.find(key);
    if (it == built.end())
        it = built.emplace(key, CustomerWords(key)).first;
    return it->second;
}

QJsonObject CustomerWords::json() const
{
    QJsonObject o;
    for (auto it = m_words.cbegin(); it != m_words.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString CustomerWords::negotiate(const QByteArray &acceptLanguage, const QString &override)
{
    const QStringList ours = languages();
    const auto normalise = [&](QString tag) -> QString {
        tag = tag.trimmed().toLower();
        tag = tag.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
        if (tag == QLatin1String("in")) // the old code for Indonesian
            tag = QStringLiteral("id");
        return ours.contains(tag) ? tag : QString();
    };
    const QString forced = normalise(override);
    if (!forced.isEmpty())
        return forced;
    QString best = QStringLiteral("en");
    double bestQ = 0;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        const QString tag = normalise(QString::fromLatin1(fields.value(0)));
        if (tag.isEmpty())
            continue;
        double q = 1;
        for (int i = 1; i < fields.size(); ++i) {
            const QByteArray f = fields[i].trimmed();
            if (f.startsWith("q=")) {
                bool ok = false;
                q = f.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        if (q > bestQ) { // the first of equal weights wins, as listed
            best = tag;
            bestQ = q;
        }
    }
    return best;
}
