#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the till's screenshots in docs/screenshots: the checkout of a ฿1,000++ bill with
# service charge and VAT, the receipt (the app's PDF rendered to PNG with pdftoppm from
# poppler-utils) and the close of a cash shift with over/short, at 1366x768 and 1920x1080 in English
# and Thai (the receipt at 1366x768 in English: taking it pays the bill),
# against a real server with demo data. BUILD=dir and OUT=dir as in cashier-screenshots.sh.
source "$(dirname "$0")/demo-server.sh"
quiet_api() { api "$@" >/dev/null; }
ADMIN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"admin","password":"admin"}' | json '["token"]')
curl -s -X PUT "$BASE/api/settings" -H "Authorization: Bearer $ADMIN" -d '{"service_charge_percent":10,
  "tax_percent":7,"tax_label":"VAT","prices_include_tax":false,"tax_id":"0105558123456",
  "address":"88 Sukhumvit Soi 24, Khlong Toei, Bangkok 10110"}' >/dev/null

# Aromatherapy ฿1,200 less a ฿200 voucher: ฿1,000++ -> ฿1,177.00, awaiting payment.
quiet_api POST /api/visits '{"customer_name":"Somchai Jaidee","service_ids":[2]}'
quiet_api POST /api/visits/1/discount '{"amount":20000,"reason":"voucher"}'
for step in assign start complete; do quiet_api POST /api/visits/1/$step; done
# Two paid in cash earlier (the shift's takings), a tip paid out to the therapist.
for id in 2 3; do
  quiet_api POST /api/visits '{"customer_name":"Guest '$id'","service_ids":[1]}'
  for step in assign start complete; do quiet_api POST /api/visits/$id/$step; done
  quiet_api POST /api/visits/$id/payments '{"method":"cash","amount":48150,"tip":2000,"tendered":60000,"idempotency_key":"till-shot-'$id'0000"}'
done
SHIFT=$(api GET /api/shifts | json '["open"]["id"]')
quiet_api POST /api/shifts/$SHIFT/cash '{"kind":"pay_out","amount":2000,"reason":"tip paid out to Anna"}'

shot() { # name page lang [size]
  SPA_USER=cashier SPA_PASSWORD=cashier SPA_PAGE=$2 "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
    --screenshot "$OUT/$1.png" --size "${4:-1366x768}" --lang "$3"
}
for size in 1366x768 1920x1080; do
  for lang in en th; do
    suffix=$([ $lang = en ] && echo "" || echo "-$lang")
    shot "cashier-checkout-tax$suffix-$size" checkout $lang $size
    shot "cashier-shift-close$suffix-$size" shift $lang $size
  done
done
# Pays visit 1 in cash (tip, change) and saves its receipt PDF; the Thai run pays nothing more.
shot cashier-receipt-1366x768 receipt en
PDF=$(ls "$DATA"/Documents/SpaSuite/receipt-*.pdf | head -1)
pdftoppm -png -r 150 -singlefile "$PDF" "$OUT/cashier-receipt-pdf"
echo "screenshots in $OUT"
