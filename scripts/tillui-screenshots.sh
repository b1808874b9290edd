#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates the till's desk screens of issue 14 in docs/screenshots at 1366x768 and 1920x1080, English and
# Thai: a cashier's refund (the admin's PIN at the desk), a pay-out in the shift dialog with the
# shift's running figures, and a service's commission editor with a therapist's own rate. Against a
# real server with demo data; BUILD=dir and OUT=dir as in cashier-screenshots.sh. The tax-invoice
# and refund slips are the printer's rasters, saved by tst_tillui (SPA_SLIP_PNG_DIR).
source "$(dirname "$0")/demo-server.sh"
quiet_api() { api "$@" >/dev/null; }
ADMIN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"admin","password":"admin"}' | json '["token"]')
admin_api() { curl -s -X "$1" "$BASE$2" -H "Authorization: Bearer $ADMIN" -d "${3:-}" >/dev/null; }
admin_api PUT /api/settings '{"service_charge_percent":10,"tax_percent":7,"tax_label":"VAT",
  "prices_include_tax":false,"tax_id":"0105558123456","address":"88 Sukhumvit Soi 24, Bangkok 10110"}'

# Two bills paid (card, then cash into the open shift), a pay-in of change and a tip paid out.
for id in 1 2; do
  quiet_api POST /api/visits '{"customer_name":"Guest '$id'","service_ids":[2]}'
  for step in assign start complete; do quiet_api POST /api/visits/$id/$step; done
done
quiet_api POST /api/visits/1/payments '{"method":"card","amount":141240,"idempotency_key":"tillui-shot-1"}'
quiet_api POST /api/visits/2/payments '{"method":"cash","amount":141250,"tendered":150000,"idempotency_key":"tillui-shot-2"}'
SHIFT=$(api GET /api/shifts | json '["open"]["id"]')
quiet_api POST /api/shifts/$SHIFT/cash '{"kind":"pay_in","amount":50000,"reason":"change from the bank"}'
quiet_api POST /api/shifts/$SHIFT/cash '{"kind":"pay_out","amount":10000,"reason":"tips paid out to Anna"}'
# Thai Massage: 10 % of the net price, Budi 75.00 a service.
admin_api PUT /api/services/1/commission '{"type":"percent","percent":"10"}'
admin_api PUT /api/services/1/commission '{"type":"fixed","amount":7500,"therapist_id":4}'

shot() { # name page lang user [size]
  SPA_USER=$4 SPA_PASSWORD=$4 SPA_PAGE=$2 "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
    --screenshot "$OUT/$1.png" --size "${5:-1366x768}" --lang "$3"
}
for size in 1366x768 1920x1080; do
  for lang in en th; do
    suffix=$([ $lang = en ] && echo "" || echo "-$lang")
    shot "cashier-refund$suffix-$size" refund $lang cashier $size
    shot "cashier-shift-payout$suffix-$size" cashmove $lang cashier $size
    shot "cashier-commission$suffix-$size" commission $lang admin $size
  done
done
echo "screenshots in $OUT"
