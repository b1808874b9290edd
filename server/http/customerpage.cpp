// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "customerpage.h"

#include "domain/spa.h"
#include "store/database.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCustomer, "spa.customer")

struct CustomerPage::Stream {
    qint64 visitId = 0;
    QPointer<QTcpSocket> socket;
    std::unique_ptr<QHttpServerResponder> responder; // kept for the connection's lifetime
    QByteArray lastVisit; // the `visit` last sent, compact JSON: an update goes out only on change
    bool dead = false;
};

namespace {

// ---------------------------------------------------------------------------------------------
// The page's words, per language. Keys are shared with the page's script (sent to it as JSON).
struct Text {
    const char *key;
    const char *en;
    const char *th;
    const char *id;
};

const Text kTexts[] = {
    { "title", "Your ticket", "บัตรคิวของคุณ", "Tiket Anda" },
    { "ticket", "Ticket", "หมายเลขคิว", "Nomor antrean" },
    { "st_waiting", "Waiting", "รอคิว", "Menunggu" },
    { "st_assigned", "Therapist assigned", "ได้พนักงานนวดแล้ว", "Terapis sudah ditentukan" },
    { "st_called", "It's your turn", "ถึงคิวของคุณแล้ว", "Giliran Anda" },
    { "st_in_service", "In treatment", "กำลังรับบริการ", "Sedang dilayani" },
    { "st_awaiting_payment", "Treatment finished", "รับบริการเสร็จแล้ว", "Perawatan selesai" },
    { "st_paid", "Paid", "ชำระเงินแล้ว", "Lunas" },
    { "st_cancelled", "Cancelled", "ยกเลิกแล้ว", "Dibatalkan" },
    { "st_no_show", "Closed", "ปิดคิวแล้ว", "Ditutup" },
    { "hint_wait", "Keep this page open: it changes by itself when it is your turn.",
      "เปิดหน้านี้ไว้ได้เลย หน้านี้จะแจ้งเองเมื่อถึงคิวของคุณ",
      "Biarkan halaman ini terbuka: halaman ini berubah sendiri saat giliran Anda tiba." },
    { "hint_service", "Relax and enjoy your treatment.", "ผ่อนคลายให้สบายนะคะ",
      "Selamat menikmati perawatan Anda." },
    { "hint_closed", "If you need help, please ask at the front desk.",
      "หากต้องการความช่วยเหลือ กรุณาสอบถามที่เคาน์เตอร์",
      "Jika perlu bantuan, silakan tanyakan di meja depan." },
    { "called", "Your therapist %1 is ready", "พนักงานนวด %1 พร้อมให้บริการแล้ว",
      "Terapis Anda, %1, sudah siap" },
    { "called_room", "Your therapist %1 is ready — %2", "พนักงานนวด %1 พร้อมให้บริการแล้ว — %2",
      "Terapis Anda, %1, sudah siap — %2" },
    { "called_hint", "Please make your way there now.", "เชิญได้เลยค่ะ",
      "Silakan menuju ke sana sekarang." },
    { "paid_title", "Paid — thank you", "ชำระเงินแล้ว — ขอบคุณค่ะ", "Sudah dibayar — terima kasih" },
    { "paid_hint", "We hope to see you again soon.", "แล้วพบกันใหม่นะคะ", "Sampai jumpa lagi." },
    { "pay_at_desk", "Please pay at the front desk: %1", "กรุณาชำระเงินที่เคาน์เตอร์ %1",
      "Silakan bayar di meja depan: %1" },
    { "position", "Position in line", "ลำดับคิว", "Posisi antrean" },
    { "next", "You're next", "คิวถัดไปคือคุณ", "Anda berikutnya" },
    { "wait", "Estimated wait", "เวลารอโดยประมาณ", "Perkiraan waktu tunggu" },
    { "about", "about %1", "ประมาณ %1", "sekitar %1" },
    { "wait_now", "any moment now", "อีกสักครู่", "sebentar lagi" },
    { "wait_unknown", "not known yet", "ยังไม่ทราบ", "belum diketahui" },
    { "min", "%1 min", "%1 นาที", "%1 menit" },
    { "h", "%1 h", "%1 ชม.", "%1 jam" },
    { "h_min", "%1 h %2 min", "%1 ชม. %2 นาที", "%1 jam %2 menit" },
    { "therapist", "Therapist", "พนักงานนวด", "Terapis" },
    { "room", "Treatment room", "ห้องบริการ", "Ruang perawatan" },
    { "services", "Services", "บริการ", "Layanan" },
    { "total", "Total", "ยอดรวม", "Total" },
    { "live", "Live updates", "อัปเดตอัตโนมัติ", "Pembaruan langsung" },
    { "reconnecting", "Reconnecting…", "กำลังเชื่อมต่อใหม่…", "Menghubungkan ulang…" },
    { "noscript", "This page reloads every 30 seconds.", "หน้านี้จะโหลดใหม่ทุก 30 วินาที",
      "Halaman ini dimuat ulang setiap 30 detik." },
    { "nf_title", "We can't find this ticket", "ไม่พบบัตรคิวนี้", "Tiket ini tidak ditemukan" },
    { "nf_body", "Please check the link or the QR code on your ticket, or ask at the front desk.",
      "กรุณาตรวจสอบลิงก์หรือคิวอาร์โค้ดบนบัตรคิว หรือสอบถามที่เคาน์เตอร์",
      "Periksa tautan atau kode QR pada tiket Anda, atau tanyakan di meja depan." },
    { "thousands", ",", ",", "." },
    { "decimal", ".", ".", "," },
};

const char *const kLanguages[] = { "en", "th", "id" };
const char *const kLanguageNames[] = { "English", "ไทย", "Bahasa Indonesia" };

class Strings {
public:
    explicit Strings(const QString &lang)
        : m_lang(lang)
    {
    }
    QString operator()(const char *key) const
    {
        for (const Text &t : kTexts)
            if (qstrcmp(t.key, key) == 0)
                return QString::fromUtf8(m_lang == QLatin1String("th")       ? t.th
                                             : m_lang == QLatin1String("id") ? t.id
                                                                             : t.en);
        return QString::fromLatin1(key);
    }
    QJsonObject json() const
    {
        QJsonObject o;
        for (const Text &t : kTexts)
            o.insert(QLatin1String(t.key), (*this)(t.key));
        return o;
    }
    QString lang() const { return m_lang; }

private:
    QString m_lang;
};

// One pass, so a name that itself contains "%2" stays as it is.
QString fmt(const QString &s, const QString &a1, const QString &a2 = QString())
{
    return a2.isNull() ? s.arg(a1) : s.arg(a1, a2);
}

// Same rules as the apps' Format::money: integer minor units, never floating point.
QString money(qint64 minor, const QString &currency, const Strings &S)
{
    QString symbol = currency + QLatin1Char(' ');
    if (currency == QLatin1String("THB"))
        symbol = QStringLiteral("฿");
    else if (currency == QLatin1String("IDR"))
        symbol = QStringLiteral("Rp");
    else if (currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    const qint64 abs = minor < 0 ? -minor : minor;
    QString whole = QString::number(abs / 100);
    for (int i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, S("thousands"));
    return (minor < 0 ? QStringLiteral("-") : QString()) + symbol + whole + S("decimal") +
        QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString minutes(int m, const Strings &S)
{
    if (m < 60)
        return fmt(S("min"), QString::number(m));
    if (m % 60 == 0)
        return fmt(S("h"), QString::number(m / 60));
    return fmt(S("h_min"), QString::number(m / 60), QString::number(m % 60));
}

// What the page shows for a visit. The page's script (render() below) computes the same from
// the same view; keep the two in step.
struct Model {
    QString state; // the status, or "called"
    QString status, hint, called, due, position, wait, therapist, room, services, total;
    bool paid = false;
};

Model model(const QJsonObject &v, const Strings &S)
{
    Model m;
    const QString st = v.value(QLatin1String("status")).toString();
    const bool called = st == QLatin1String("assigned") &&
        !v.value(QLatin1String("called_at")).toString().isEmpty();
    const bool queued =
        (st == QLatin1String("waiting") || st == QLatin1String("assigned")) && !called;
    const QString therapist = v.value(QLatin1String("therapist")).toString();
    const QString room = v.value(QLatin1String("room")).toString();
    const QString currency = v.value(QLatin1String("currency")).toString();
    m.state = called ? QStringLiteral("called") : st;
    m.status = S(QByteArray("st_" + m.state.toUtf8()).constData());
    if (m.status.startsWith(QLatin1String("st_")))
        m.status = st;
    if (queued)
        m.hint = S("hint_wait");
    else if (st == QLatin1String("in_service"))
        m.hint = S("hint_service");
    else if (st == QLatin1String("cancelled") || st == QLatin1String("no_show"))
        m.hint = S("hint_closed");
    if (called)
        m.called =
            room.isEmpty() ? fmt(S("called"), therapist) : fmt(S("called_room"), therapist, room);
    m.paid = st == QLatin1String("paid");
    const qint64 due = qint64(v.value(QLatin1String("balance_due")).toDouble());
    if (st == QLatin1String("awaiting_payment") && due > 0)
        m.due = fmt(S("pay_at_desk"), money(due, currency, S));
    const int position = v.value(QLatin1String("position")).toInt();
    if (queued && position > 0)
        m.position = position == 1 ? S("next") : QString::number(position);
    if (queued) {
        const QJsonValue wait = v.value(QLatin1String("estimated_wait_min"));
        if (!wait.isDouble())
            m.wait = S("wait_unknown");
        else if (wait.toInt() <= 0)
            m.wait = S("wait_now");
        else
            m.wait = fmt(S("about"), minutes(wait.toInt(), S));
    }
    m.therapist = therapist;
    if (st == QLatin1String("assigned") || st == QLatin1String("in_service"))
        m.room = room;
    QStringList services;
    for (const QJsonValue &s : v.value(QLatin1String("services")).toArray())
        services.append(s.toString());
    m.services = services.join(QLatin1String(", "));
    const qint64 total = qint64(v.value(QLatin1String("total")).toDouble());
    if (total > 0)
        m.total = money(total, currency, S);
    return m;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString hiddenIf(bool hide)
{
    return hide ? QStringLiteral(" hidden") : QString();
}

// JSON inside <script type="application/json">: no "</script>" or "<!--" can appear.
QString scriptJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))
        .replace(QLatin1Char('<'), QLatin1String("\\u003c"));
}

QByteArray nonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toBase64();
}

const char kCss[] = R"CSS(
:root{--bg:#f4efe7;--card:#fff;--ink:#26302e;--muted:#69706d;--accent:#1d6b63;--line:#ebe4da}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Thai",Loma,Garuda,sans-serif}
main{max-width:480px;margin:0 auto;padding:18px 16px 28px}
.venue{margin:6px 0 16px;text-align:center;font-size:14px;letter-spacing:.12em;text-transform:uppercase;color:var(--accent);font-weight:700}
.card{background:var(--card);border-radius:18px;box-shadow:0 1px 2px rgba(0,0,0,.05),0 6px 18px rgba(70,50,20,.07)}
.ticket-card{text-align:center;padding:20px 20px 22px}
.label{margin:0;color:var(--muted);font-size:15px}
.ticket{margin:0 0 12px;font-size:92px;line-height:1.05;font-weight:800;letter-spacing:.02em;font-variant-numeric:tabular-nums}
.status{display:inline-block;margin:0;padding:6px 16px;border-radius:999px;font-weight:700;background:#e3efec;color:var(--accent)}
.status[data-state=called]{background:var(--accent);color:#fff}
.status[data-state=in_service]{background:#e3ecf7;color:#2a5a8c}
.status[data-state=awaiting_payment]{background:#fbefd9;color:#875800}
.status[data-state=paid]{background:#e1f3e7;color:#1d6a3b}
.status[data-state=cancelled],.status[data-state=no_show]{background:#ecebea;color:#5b5855}
.hint{margin:12px 4px 0;color:var(--muted);font-size:15px}
.banner{margin:16px 0 0;border-radius:18px;padding:18px 20px}
.banner p{margin:0}
.banner .sub{margin-top:6px;font-size:16px}
.banner-title{font-size:23px;line-height:1.3;font-weight:800}
.called{background:var(--accent);color:#fff;box-shadow:0 6px 22px rgba(29,107,99,.35);animation:pulse 1.6s ease-in-out 3}
.paid{background:#e1f3e7;color:#1d6a3b;border:2px solid #9fd3b1}
.due{background:#fff6e6;color:#754c00;border:2px solid #f0c777}
@keyframes pulse{50%{transform:scale(1.025);box-shadow:0 8px 30px rgba(29,107,99,.55)}}
@media (prefers-reduced-motion:reduce){.called{animation:none}}
.facts{margin:16px 0 0;padding:0 20px;overflow:hidden}
.facts div{display:flex;justify-content:space-between;align-items:baseline;gap:16px;padding:13px 0;border-bottom:1px solid var(--line);margin-bottom:-1px}
.facts dt{color:var(--muted);flex:none}
.facts dd{margin:0;font-weight:700;text-align:right}
.live{margin:18px 0 0;text-align:center;font-size:14px;color:var(--muted)}
.dot{display:inline-block;width:9px;height:9px;border-radius:50%;background:#2e9b5f;margin-right:8px;vertical-align:middle}
.live.lost{color:#875800;font-weight:700}
.live.lost .dot{background:#d89b2b;animation:blink 1s steps(2) infinite}
@keyframes blink{50%{opacity:.2}}
.langs{margin:22px 0 0;text-align:center;font-size:14px}
.langs a{color:var(--accent);margin:0 8px;text-decoration:none}
.langs a[aria-current]{color:var(--ink);font-weight:700}
.nf{text-align:center;padding:28px 22px}
.nf h1{margin:0 0 10px;font-size:26px;line-height:1.25}
.nf p{margin:0;color:var(--muted)}
)CSS";

// The page's script: renders the same model as the server from each `update`, shows `called`
// and `paid` at once, and tells when the stream is down ("Reconnecting…"). EventSource
// reconnects by itself with Last-Event-ID; when the browser gives up (an HTTP error) it is
// reopened here with a backoff.
const char kScript[] = R"JS(
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('spa-data').textContent);
  var S = data.strings, v = data.visit, seq = data.seq;
  var FINAL = { paid: 1, cancelled: 1, no_show: 1 };
  function $(id) { return document.getElementById(id); }
  function fmt(s, a, b) {
    return s.replace(/%([12])/g, function (m, i) { return i === '1' ? String(a) : b === undefined ? m : String(b); });
  }
  function money(minor, cur) {
    var sym = { THB: '\u0e3f', IDR: 'Rp', USD: '$', EUR: '\u20ac' }[cur] || (cur + ' ');
    var abs = Math.abs(Math.round(minor)), cents = String(abs % 100);
    var whole = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, S.thousands);
    return (minor < 0 ? '-' : '') + sym + whole + S.decimal + (cents.length < 2 ? '0' + cents : cents);
  }
  function minutes(m) {
    if (m < 60) return fmt(S.min, m);
    return m % 60 === 0 ? fmt(S.h, m / 60) : fmt(S.h_min, Math.floor(m / 60), m % 60);
  }
  function model(v) {
    var st = v.status || '', called = st === 'assigned' && !!v.called_at;
    var queued = (st === 'waiting' || st === 'assigned') && !called, m = {};
    m.state = called ? 'called' : st;
    m.status = S['st_' + m.state] || st;
    m.hint = queued ? S.hint_wait : st === 'in_service' ? S.hint_service
           : (st === 'cancelled' || st === 'no_show') ? S.hint_closed : '';
    m.called = !called ? '' : v.room ? fmt(S.called_room, v.therapist || '', v.room) : fmt(S.called, v.therapist || '');
    m.paid = st === 'paid';
    m.due = st === 'awaiting_payment' && v.balance_due > 0 ? fmt(S.pay_at_desk, money(v.balance_due, v.currency)) : '';
    m.position = queued && v.position > 0 ? (v.position === 1 ? S.next : String(v.position)) : '';
    var w = v.estimated_wait_min;
    m.wait = !queued ? '' : typeof w !== 'number' ? S.wait_unknown : w <= 0 ? S.wait_now : fmt(S.about, minutes(w));
    m.therapist = v.therapist || '';
    m.room = (st === 'assigned' || st === 'in_service') && v.room ? v.room : '';
    m.services = (v.services || []).join(', ');
    m.total = v.total > 0 ? money(v.total, v.currency) : '';
    return m;
  }
  function text(id, value) { $(id).textContent = value; $(id).hidden = !value; }
  function row(id, value) { $(id).textContent = value; $('row-' + id).hidden = !value; return !!value; }
  function render() {
    var m = model(v);
    $('ticket').textContent = v.ticket || '';
    var status = $('status');
    status.textContent = m.status;
    status.setAttribute('data-state', m.state);
    text('hint', m.hint);
    $('called-text').textContent = m.called;
    $('called').hidden = !m.called;
    $('paid').hidden = !m.paid;
    $('due-text').textContent = m.due;
    $('due').hidden = !m.due;
    var any = false;
    ['position', 'wait', 'therapist', 'room', 'services', 'total'].forEach(function (k) {
      any = row(k, m[k]) || any;
    });
    $('facts').hidden = !any;
    document.title = (v.ticket ? v.ticket + ' \u00b7 ' : '') + m.status;
  }
  var live = $('live'), liveText = $('live-text'), es = null, backoff = 1000, shown = !!v.called_at;
  function setLive(ok) {
    live.hidden = false;
    live.className = ok ? 'live' : 'live lost';
    liveText.textContent = ok ? S.live : S.reconnecting;
  }
  function finish() { if (es) es.close(); es = null; live.hidden = true; }
  function track(e) { var id = parseInt(e.lastEventId, 10); if (id > seq) seq = id; }
  function connect() {
    es = new EventSource(location.pathname.replace(/\/+$/, '') + '/events?since=' + seq);
    es.onopen = function () { backoff = 1000; setLive(true); };
    es.addEventListener('update', function (e) {
      track(e);
      v = JSON.parse(e.data).visit || v;
      render();
      if (v.called_at && !shown) { shown = true; if (navigator.vibrate) navigator.vibrate([200, 100, 200]); }
      if (FINAL[v.status]) finish();
    });
    es.addEventListener('called', function (e) {
      track(e);
      var d = JSON.parse(e.data);
      if (v.status !== 'assigned') return;
      v.called_at = v.called_at || new Date().toISOString();
      if (d.therapist && d.therapist.name) v.therapist = d.therapist.name;
      if (d.room && d.room.name) v.room = d.room.name;
      render();
    });
    es.addEventListener('paid', function (e) {
      track(e);
      v.status = 'paid';
      v.balance_due = 0;
      render();
      finish();
    });
    es.onerror = function () {
      if (!es) return;
      setLive(false);
      if (es.readyState === 2) { // closed for good by the browser: reopen later ourselves
        es = null;
        setTimeout(connect, backoff);
        backoff = Math.min(backoff * 2, 30000);
      }
    };
  }
  render();
  if (!FINAL[v.status] && window.EventSource) connect();
})();
)JS";

QString shell(const Strings &S, const QString &title, const QByteArray &nonce, const QString &body,
              bool refresh)
{
    QString langs;
    for (int i = 0; i < 3; ++i) {
        const QString code = QLatin1String(kLanguages[i]);
        langs +=
            QStringLiteral("<a href=\"?lang=%1\" hreflang=\"%1\" lang=\"%1\"%2>%3</a>")
                .arg(code, code == S.lang() ? QStringLiteral(" aria-current=\"true\"") : QString(),
                     QString::fromUtf8(kLanguageNames[i]));
    }
    return QStringLiteral("<!doctype html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1, "
                          "viewport-fit=cover\">\n"
                          "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
                          "<meta name=\"referrer\" content=\"no-referrer\">\n"
                          "<meta name=\"theme-color\" content=\"#1d6b63\">\n"
                          "<link rel=\"icon\" href=\"data:,\">\n<title>%2</title>\n%3"
                          "<style nonce=\"%4\">%5</style>\n</head>\n<body>\n<main>\n%6"
                          "<nav class=\"langs\">%7</nav>\n</main>\n")
        .arg(S.lang(), esc(title),
             refresh ? QStringLiteral(
                           "<noscript><meta http-equiv=\"refresh\" content=\"30\"></noscript>\n")
                     : QString(),
             QString::fromLatin1(nonce), QString::fromUtf8(kCss), body, langs);
}

HttpResponse htmlResponse(const QString &html, int status, const QString &lang,
                          const QByteArray &nonce)
{
    HttpResponse r =
        HttpResponse::text(html.toUtf8(), QByteArrayLiteral("text/html; charset=utf-8"), status);
    // Nothing but this page's own inline style and script, and its event stream.
    r.headers.append(
        { QByteArrayLiteral("Content-Security-Policy"),
          "default-src 'none'; style-src 'nonce-" + nonce + "'; script-src 'nonce-" + nonce +
              "'; connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; "
              "frame-ancestors 'none'" });
    r.headers.append({ QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff") });
    r.headers.append({ QByteArrayLiteral("Referrer-Policy"), QByteArrayLiteral("no-referrer") });
    r.headers.append({ QByteArrayLiteral("Content-Language"), lang.toLatin1() });
    r.headers.append({ QByteArrayLiteral("Vary"), QByteArrayLiteral("Accept-Language") });
    return r;
}

QByteArray eventChunk(qint64 id, const char *event, const QJsonObject &data)
{
    return "id: " + QByteArray::number(id) + "\nevent: " + event +
        "\ndata: " + QJsonDocument(data).toJson(QJsonDocument::Compact) + "\n\n";
}

// The customer stream's name for a journaled notice, or nothing.
const char *noticeEvent(const QString &type)
{
    if (type == QLatin1String("visit_called"))
        return "called";
    if (type == QLatin1String("payment_completed"))
        return "paid";
    return nullptr;
}

QString customerRoom(qint64 visitId)
{
    return QStringLiteral("customer:%1").arg(visitId);
}

// Last-Event-ID (a reconnecting EventSource), else ?since= (the page's first connect).
std::optional<qint64> resumeFrom(const QHttpServerRequest &request)
{
    QByteArray raw = request.value(QByteArrayLiteral("last-event-id")).trimmed();
    if (raw.isEmpty())
        raw = request.query().queryItemValue(QStringLiteral("since")).toLatin1();
    bool ok = false;
    const qint64 id = raw.toLongLong(&ok);
    if (!ok || id < 0)
        return std::nullopt;
    return id;
}

} // namespace

// ---------------------------------------------------------------------------------------------

CustomerPage::CustomerPage(SpaDomain &domain, QObject *parent)
    : QObject(parent)
    , m_domain(domain)
    , m_views(domain)
    , m_seenSeq(domain.views().journal().lastSeq())
{
    connect(&m_domain.pipeline(), &CommandPipeline::committed, this, &CustomerPage::onCommitted);
    m_heartbeat.setInterval(kDefaultHeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &CustomerPage::heartbeat);
}

CustomerPage::~CustomerPage() = default;

QStringList CustomerPage::languages()
{
    QStringList out;
    for (const char *l : kLanguages)
        out.append(QLatin1String(l));
    return out;
}

QString CustomerPage::language(const QByteArray &acceptLanguage, const QString &override)
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

std::optional<qint64> CustomerPage::resolve(const QString &code)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9]{4,32}$"));
    if (!shape.match(code).hasMatch())
        return std::nullopt;
    const auto who = m_domain.signIn().resolveTicketCode(code);
    if (!who || who->visitId <= 0)
        return std::nullopt;
    return who->visitId;
}

QJsonObject CustomerPage::customerVisit(qint64 visitId)
{
    return m_views.view(customerRoom(visitId)).value(QLatin1String("visit")).toObject();
}

HttpResponse CustomerPage::notFound(const QString &lang)
{
    const Strings S(lang);
    const QByteArray n = nonce();
    const QString venue =
        m_domain.venue().setting(QStringLiteral("venue_name"), QStringLiteral("Spa"));
    const QString body =
        QStringLiteral(
            "<header class=\"venue\">%1</header>\n"
            "<section class=\"card nf\" id=\"not-found\">\n<h1>%2</h1>\n<p>%3</p>\n</section>\n")
            .arg(esc(venue), esc(S("nf_title")), esc(S("nf_body")));
    return htmlResponse(shell(S, S("nf_title"), n, body, false) +
                            QStringLiteral("</body>\n</html>\n"),
                        404, lang, n);
}

HttpResponse CustomerPage::page(const QHttpServerRequest &request, const QString &code)
{
    const QString lang = language(request.value(QByteArrayLiteral("accept-language")),
                                  request.query().queryItemValue(QStringLiteral("lang")));
    const auto visitId = resolve(code);
    if (!visitId)
        return notFound(lang);
    const QJsonObject v = customerVisit(*visitId);
    if (v.isEmpty())
        return notFound(lang);
    const Strings S(lang);
    const Model m = model(v, S);
    const QByteArray n = nonce();
    const QString venue = v.value(QLatin1String("venue")).toString();
    const QString ticket = v.value(QLatin1String("ticket")).toString();

    const auto fact = [&](const char *id, const char *label, const QString &value) {
        return QStringLiteral("<div id=\"row-%1\"%2><dt>%3</dt><dd id=\"%1\">%4</dd></div>\n")
            .arg(QLatin1String(id), hiddenIf(value.isEmpty()), esc(S(label)), esc(value));
    };
    const QString facts = fact("position", "position", m.position) + fact("wait", "wait", m.wait) +
        fact("therapist", "therapist", m.therapist) + fact("room", "room", m.room) +
        fact("services", "services", m.services) + fact("total", "total", m.total);
    const bool anyFact =
        !QString(m.position + m.wait + m.therapist + m.room + m.services + m.total).isEmpty();

    QString body;
    body += QStringLiteral("<header class=\"venue\" id=\"venue\">%1</header>\n").arg(esc(venue));
    body += QStringLiteral(
                "<section class=\"card ticket-card\">\n<p class=\"label\">%1</p>\n"
                "<p class=\"ticket\" id=\"ticket\">%2</p>\n"
                "<p class=\"status\" id=\"status\" data-state=\"%3\" role=\"status\">%4</p>\n"
                "<p class=\"hint\" id=\"hint\"%5>%6</p>\n</section>\n")
                .arg(esc(S("ticket")), esc(ticket), esc(m.state), esc(m.status),
                     hiddenIf(m.hint.isEmpty()), esc(m.hint));
    body +=
        QStringLiteral("<section class=\"banner called\" id=\"called\" aria-live=\"assertive\"%1>\n"
                       "<p class=\"banner-title\" id=\"called-text\">%2</p>\n<p "
                       "class=\"sub\">%3</p>\n</section>\n")
            .arg(hiddenIf(m.called.isEmpty()), esc(m.called), esc(S("called_hint")));
    body +=
        QStringLiteral("<section class=\"banner paid\" id=\"paid\" aria-live=\"polite\"%1>\n"
                       "<p class=\"banner-title\">%2</p>\n<p class=\"sub\">%3</p>\n</section>\n")
            .arg(hiddenIf(!m.paid), esc(S("paid_title")), esc(S("paid_hint")));
    body += QStringLiteral("<section class=\"banner due\" id=\"due\"%1>\n"
                           "<p class=\"banner-title\" id=\"due-text\">%2</p>\n</section>\n")
                .arg(hiddenIf(m.due.isEmpty()), esc(m.due));
    body += QStringLiteral("<dl class=\"card facts\" id=\"facts\"%1>\n%2</dl>\n")
                .arg(hiddenIf(!anyFact), facts);
    body +=
        QStringLiteral(
            "<p class=\"live\" id=\"live\" hidden><span class=\"dot\"></span>"
            "<span id=\"live-text\"></span></p>\n<noscript><p class=\"live\">%1</p></noscript>\n")
            .arg(esc(S("noscript")));

    const QJsonObject data { { QStringLiteral("lang"), lang },
                             { QStringLiteral("seq"), m_seenSeq },
                             { QStringLiteral("visit"), v },
                             { QStringLiteral("strings"), S.json() } };
    const QString title = ticket + QStringLiteral(" · ") + m.status;
    const bool final = v.value(QLatin1String("status")).toString() == QLatin1String("paid") ||
        m.state == QLatin1String("cancelled") || m.state == QLatin1String("no_show");
    QString html = shell(S, title, n, body, !final);
    html += QStringLiteral("<script type=\"application/json\" id=\"spa-data\">%1</script>\n"
                           "<script nonce=\"%2\">%3</script>\n</body>\n</html>\n")
                .arg(scriptJson(data), QString::fromLatin1(n), QString::fromUtf8(kScript));
    return htmlResponse(html, 200, lang, n);
}

HttpResponse CustomerPage::missing(const QHttpServerRequest &request)
{
    static const QRegularExpression slashed(QStringLiteral("^/t/([A-Za-z0-9]{4,32})/+$"));
    const auto m = slashed.match(request.url().path());
    if (m.hasMatch())
        return page(request, m.captured(1));
    return notFound(language(request.value(QByteArrayLiteral("accept-language")),
                             request.query().queryItemValue(QStringLiteral("lang"))));
}

std::optional<HttpResponse>
CustomerPage::openStream(const QHttpServerRequest &request,
                         const std::shared_ptr<QHttpServerResponder> &responder,
                         const QString &code)
{
    const QString lang = language(request.value(QByteArrayLiteral("accept-language")),
                                  request.query().queryItemValue(QStringLiteral("lang")));
    const auto visitId = resolve(code);
    if (!visitId || customerVisit(*visitId).isEmpty())
        return notFound(lang);
    if (!responder || !responder->socket())
        return HttpResponse::text("no connection\n", "text/plain; charset=utf-8", 500);

    auto stream = std::make_unique<Stream>();
    stream->visitId = *visitId;
    stream->socket = responder->socket();
    stream->responder = std::make_unique<QHttpServerResponder>(std::move(*responder));
    QHttpServerResponder &r = *stream->responder;
    r.writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    r.writeHeader(QByteArrayLiteral("Content-Type"),
                  QByteArrayLiteral("text/event-stream; charset=utf-8"));
    r.writeHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    r.writeHeader(QByteArrayLiteral("X-Accel-Buffering"),
                  QByteArrayLiteral("no")); // nginx: pass events at once
    r.writeHeader(QByteArrayLiteral("X-Content-Type-Options"), QByteArrayLiteral("nosniff"));

    // First the notices missed since the client's last event (oldest first), then the state now.
    QByteArray first = "retry: " + QByteArray::number(kRetryMs) + "\n\n";
    if (const auto from = resumeFrom(request)) {
        QSqlQuery q = m_domain.database().exec(
            QStringLiteral(
                "SELECT seq, type, payload FROM events WHERE seq > ? AND seq <= ? AND notify = 1 "
                "AND (' ' || rooms || ' ') LIKE ? ORDER BY seq LIMIT %1")
                .arg(kReplayLimit),
            { *from, m_seenSeq,
              QString(QLatin1String("% ") + customerRoom(*visitId) + QLatin1String(" %")) });
        while (q.next()) {
            const char *event = noticeEvent(q.value(1).toString());
            if (!event)
                continue;
            QJsonObject payload = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            const qint64 seq = q.value(0).toLongLong();
            payload.insert(QStringLiteral("seq"), seq);
            payload.insert(QStringLiteral("replayed"), true);
            first += eventChunk(seq, event, payload);
        }
    }
    first += updateEvent(*stream, customerVisit(*visitId), true);
    r.writeBody(first);

    QTcpSocket *socket = stream->socket.data();
    connect(socket, &QTcpSocket::disconnected, this, &CustomerPage::scheduleSweep);
    connect(socket, &QObject::destroyed, this, &CustomerPage::scheduleSweep);

    // One ticket may have a few pages open (a phone and a tablet, a reload); not hundreds.
    int same = 0;
    for (auto it = m_streams.rbegin(); it != m_streams.rend(); ++it) {
        Stream &s = **it;
        if (s.visitId == *visitId && !s.dead && ++same >= kStreamsPerVisit) {
            s.dead = true;
            if (s.socket)
                s.socket->disconnectFromHost();
        }
    }
    m_streams.push_back(std::move(stream));
    if (!m_heartbeat.isActive())
        m_heartbeat.start();
    scheduleSweep();
    qCDebug(lcCustomer) << "stream opened for visit" << *visitId << "streams:" << m_streams.size();
    return std::nullopt;
}

QByteArray CustomerPage::updateEvent(Stream &s, const QJsonObject &visit, bool force)
{
    if (visit.isEmpty())
        return {};
    const QByteArray compact = QJsonDocument(visit).toJson(QJsonDocument::Compact);
    if (!force && compact == s.lastVisit)
        return {};
    s.lastVisit = compact;
    return "id: " + QByteArray::number(m_seenSeq) +
        "\nevent: update\ndata: {\"seq\":" + QByteArray::number(m_seenSeq) +
        ",\"visit\":" + compact + "}\n\n";
}

bool CustomerPage::write(Stream &s, const QByteArray &bytes)
{
    if (s.dead)
        return false;
    if (!s.socket || s.socket->state() != QAbstractSocket::ConnectedState) {
        s.dead = true;
        scheduleSweep();
        return false;
    }
    if (bytes.isEmpty())
        return true;
    if (s.socket->bytesToWrite() + bytes.size() > kMaxBuffered) {
        qCInfo(lcCustomer) << "dropping a customer stream that stopped reading, visit" << s.visitId;
        s.dead = true;
        s.socket->abort();
        scheduleSweep();
        return false;
    }
    if (s.socket->write(bytes) < 0) {
        s.dead = true;
        scheduleSweep();
        return false;
    }
    return true;
}

void CustomerPage::onCommitted(qint64 seq)
{
    m_views.invalidate();
    const qint64 from = m_seenSeq;
    m_seenSeq = std::max(m_seenSeq, seq);
    if (m_streams.empty())
        return;
    // Notices go out at once, before the state that follows them, so that an `update` id never
    // passes a notice the client has not had.
    QSqlQuery q =
        m_domain.database().exec(QStringLiteral("SELECT seq, type, rooms, payload FROM events "
                                                "WHERE seq > ? AND seq <= ? AND notify = 1 "
                                                "ORDER BY seq"),
                                 { from, m_seenSeq });
    while (q.next()) {
        const char *event = noticeEvent(q.value(1).toString());
        if (!event)
            continue;
        const QStringList rooms = q.value(2).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QByteArray chunk;
        for (const auto &s : m_streams) {
            if (s->dead || !rooms.contains(customerRoom(s->visitId)))
                continue;
            if (chunk.isEmpty()) {
                QJsonObject payload =
                    QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
                payload.insert(QStringLiteral("seq"), q.value(0).toLongLong());
                chunk = eventChunk(q.value(0).toLongLong(), event, payload);
            }
            write(*s, chunk);
        }
    }
    scheduleFlush();
}

void CustomerPage::scheduleFlush()
{
    if (m_flushQueued)
        return;
    m_flushQueued = true;
    QMetaObject::invokeMethod(this, &CustomerPage::flush, Qt::QueuedConnection);
}

// Several commits in one event-loop turn → one view per visit with open streams, sent to the
// streams whose last `update` differs.
void CustomerPage::flush()
{
    m_flushQueued = false;
    QHash<qint64, QJsonObject> views;
    for (std::size_t i = 0; i < m_streams.size(); ++i) {
        Stream &s = *m_streams[i];
        if (s.dead)
            continue;
        auto it = views.find(s.visitId);
        if (it == views.end())
            it = views.insert(s.visitId, customerVisit(s.visitId));
        const QByteArray chunk = updateEvent(s, *it, false);
        if (!chunk.isEmpty())
            write(s, chunk);
    }
}

// Every 15 s: a comment line to each stream (keeps proxies from timing out and finds dead
// peers), and the views again, since estimated waits move with the clock.
void CustomerPage::heartbeat()
{
    if (m_streams.empty()) {
        m_heartbeat.stop();
        return;
    }
    for (std::size_t i = 0; i < m_streams.size(); ++i)
        write(*m_streams[i], QByteArrayLiteral(": keep-alive\n\n"));
    m_views.invalidate();
    flush();
}

void CustomerPage::scheduleSweep()
{
    if (m_sweepQueued)
        return;
    m_sweepQueued = true;
    QMetaObject::invokeMethod(this, &CustomerPage::sweep, Qt::QueuedConnection);
}

void CustomerPage::sweep()
{
    m_sweepQueued = false;
    const auto before = m_streams.size();
    m_streams.erase(std::remove_if(m_streams.begin(), m_streams.end(),
                                   [](const std::unique_ptr<Stream> &s) {
                                       return s->dead || !s->socket ||
                                           s->socket->state() != QAbstractSocket::ConnectedState;
                                   }),
                    m_streams.end());
    if (m_streams.size() != before)
        qCDebug(lcCustomer) << "dropped" << before - m_streams.size()
                            << "customer streams; open:" << m_streams.size();
    if (m_streams.empty())
        m_heartbeat.stop();
}
