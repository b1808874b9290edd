{{! SPDX-FileCopyrightText: 2026 Spa Suite contributors }}
{{! SPDX-License-Identifier: GPL-3.0-or-later }}
{{! The page's script, inlined with the page's nonce. It renders the same model as the server
    (server/http/customermodel.cpp: keep the two in step) from each `update`, shows `called` and
    `paid` at once, and tells when the stream is down ("Reconnecting…"). EventSource reconnects by
    itself with Last-Event-ID; when the browser gives up (an HTTP error) it is reopened here with a
    backoff. Its words arrive in the page's JSON data block (`strings`), already translated.
    This file goes through the page's template step: no double braces in the code. }}
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
    // The bill's lines, as the server's model shows them (http/customermodel.cpp).
    var lines = v.total > 0 && (v.discount > 0 || v.service_charge > 0 || v.tax > 0);
    m.subtotal = lines ? money(v.subtotal, v.currency) : '';
    m.discount = lines && v.discount > 0 ? '\u2212' + money(v.discount, v.currency) : '';
    m.service_charge = lines && v.service_charge > 0 ? money(v.service_charge, v.currency) : '';
    m.tax = lines && v.tax > 0 ? money(v.tax, v.currency) : '';
    m.tax_label = v.tax_label || S.tax;
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
    $('tax-label').textContent = m.tax_label;
    ['position', 'wait', 'therapist', 'room', 'services', 'subtotal', 'discount', 'service_charge',
     'tax', 'total'].forEach(function (k) {
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
