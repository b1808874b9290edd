#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/cashier-bookings-*.png: the appointment book's day view (with a
# couple sharing a suite and a booking resized past its services), a therapist's week and the
# booking dialog for a couple with a customer lookup showing its results, in English
# and Thai at 1366x768 and 1920x1080, against a real server with demo data made busy: 8 therapists with their
# working hours, opening hours 09:00-21:00, about 25 bookings today (two arrived, one a no-show
# candidate) and a few this week, customer records, and walk-ins in service; and the queue board
# and assign dialog showing each therapist's next booking.
source "$(dirname "$0")/demo-server.sh"
ADMIN=$(curl -s -X POST "$BASE/api/login" -d '{"username":"admin","password":"admin"}' | json '["token"]')
admin_api() { curl -s -X "$1" "$BASE$2" -H "Authorization: Bearer $ADMIN" -d "${3:-}"; }
quiet_api() { api "$@" >/dev/null; }

# The venue's zone is the whole-hour offset where it is about 08:00 now, so the whole open day
# (09:00-21:00) is still ahead whenever this runs: a booking cannot be made in the past.
HOUR=$(date -u +%-H)
OFFSET=$(( 8 - HOUR )); [ $OFFSET -lt -11 ] && OFFSET=$(( OFFSET + 24 ))
# The server takes IANA names only: a city on each whole-hour offset without summer time now.
ZONES=(Pacific/Pago_Pago Pacific/Honolulu Pacific/Gambier Pacific/Pitcairn America/Phoenix America/Regina
       America/Bogota America/La_Paz America/Sao_Paulo America/Noronha Atlantic/Cape_Verde Africa/Abidjan
       Africa/Lagos Africa/Johannesburg Europe/Moscow Asia/Dubai Asia/Karachi Asia/Dhaka Asia/Bangkok
       Asia/Singapore Asia/Tokyo Australia/Brisbane Pacific/Noumea Pacific/Tarawa)
ZONE=${ZONES[$(( OFFSET + 11 ))]}
WEEK='[{"weekday":1,"start":"09:00","end":"21:00"},{"weekday":2,"start":"09:00","end":"21:00"},{"weekday":3,"start":"09:00","end":"21:00"},{"weekday":4,"start":"09:00","end":"21:00"},{"weekday":5,"start":"09:00","end":"21:00"},{"weekday":6,"start":"09:00","end":"21:00"},{"weekday":7,"start":"09:00","end":"21:00"}]'
admin_api PUT /api/settings "{\"timezone\":\"$ZONE\",\"booking_buffer_minutes\":15,\"opening_hours\":{\"weekly\":$WEEK}}" |
  grep -q '"error"' && { echo "the settings were refused"; exit 1; }
TODAY=$(api GET /api/settings | json '["business_date"]')

# Four more therapists (8 in all), on shift.
for t in "Eka:5555" "Fah:6666" "Gita:7777" "Hana:8888"; do
  id=$(admin_api POST /api/staff "{\"display_name\":\"${t%%:*}\",\"role\":\"therapist\",\"pin\":\"${t##*:}\"}" | json '["staff"]["id"]')
  quiet_api PUT /api/therapists/$id/status '{"status":"available"}'
done
# Working hours: early and late shifts, so the shading differs by column.
hours() { # id start end
  local w=""; for d in 1 2 3 4 5 6 7; do w="$w{\"weekday\":$d,\"start\":\"$2\",\"end\":\"$3\"},"; done
  quiet_api PUT /api/therapists/$1/hours "{\"weekly\":[${w%,}]}"
}
hours 3 09:00 17:00; hours 4 10:00 19:00; hours 5 12:00 21:00; hours 6 09:00 15:00
hours 7 11:00 20:00; hours 8 09:00 18:00; hours 9 13:00 21:00; hours 10 10:00 18:00

for c in "Mali Srisuk:+66 81 234 5678" "Malee Chaiyo:+66 81 234 9999" "Somchai Jaidee:+66 89 555 0101" \
         "Ploy Srisai:+66 86 777 1212"; do
  quiet_api POST /api/customers "{\"name\":\"${c%%:*}\",\"phone\":\"${c##*:}\"}"
done

# Local HH:MM on a date -> UTC ISO for the API.
utc() { python3 -c "import datetime,zoneinfo,sys; d=datetime.datetime.fromisoformat(sys.argv[1]+'T'+sys.argv[2]).replace(tzinfo=zoneinfo.ZoneInfo(sys.argv[3])); print(d.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ'))" "$1" "$2" "$ZONE"; }
book() { # date HH:MM therapist services name
  quiet_api POST /api/bookings "{\"customer_name\":\"$5\",\"therapist_id\":$3,\"service_ids\":[$4],\"start\":\"$(utc "$1" "$2")\"}"
}
# A couple sharing the suite (Room 6 made to hold two) and a booking made longer than its
# services (Thai Massage, 60 min, booked for 105).
admin_api PUT /api/rooms/6 '{"capacity":2}' | grep -q '"error"' && { echo "the suite was refused"; exit 1; }
api POST /api/bookings "{\"customer_name\":\"Ann Lee\",\"room_id\":6,\"start\":\"$(utc "$TODAY" 13:15)\",\"guests\":[{\"service_ids\":[5],\"therapist_id\":5},{\"customer_name\":\"Ben Lee\",\"service_ids\":[5],\"therapist_id\":7}]}" |
  grep -q '"error"' && { echo "the couple was refused"; exit 1; }
api POST /api/bookings "{\"customer_name\":\"Rin Long\",\"therapist_id\":6,\"service_ids\":[1],\"duration_minutes\":105,\"start\":\"$(utc "$TODAY" 13:00)\"}" |
  grep -q '"error"' && { echo "the long booking was refused"; exit 1; }
while read -r time therapist services name; do
  book "$TODAY" "$time" "$therapist" "$services" "$name"
done <<'LIST'
09:00 3 1 Somchai Jaidee
10:30 3 2 Ploy Srisai
13:00 3 3 Nok Wongsa
15:00 3 5 Ari Putra
10:00 4 4 Dewi Lestari
12:00 4 1 Budi Santoso
14:30 4 2 Siti Rahma
12:00 5 1 Kanya Deeprom
14:00 5 3,5 Wanida Suk
17:00 5 2 Anong Meesuk
19:30 5 1 Lisa Tan
09:30 6 1 Mali Srisuk
11:00 6 4 Joko Widodo
11:30 7 2 Rina Hartono
14:00 7 1 Tom Baker
16:30 7 5 Preeya Kaew
09:00 8 3 Yuki Sato
10:15 8 1 Arjun Rao
13:00 8 2 Emma Stone
13:30 9 1 Chen Wei
15:00 9 4 Sara Lee
18:00 9 2 Noor Aziz
10:00 10 5 Putu Ayu
11:00 10 1 Kim Min
15:30 10 3 Hugo Martin
LIST
# Later this week for Anna's week view.
for d in 1 2 3 4; do
  DAY=$(python3 -c "import datetime,sys; print((datetime.date.fromisoformat(sys.argv[1])+datetime.timedelta(days=$d)).isoformat())" "$TODAY")
  book "$DAY" 10:00 3 1 "Guest $d A"; book "$DAY" 13:30 3 2 "Guest $d B"
  [ $((d % 2)) -eq 0 ] && book "$DAY" 16:00 3 5 "Guest $d C"
done
# Two arrived (on the queue board now), and walk-ins given to therapists.
FIRST=$(api GET "/api/bookings?date=$TODAY" | json '["bookings"][0]["id"]')
quiet_api POST /api/bookings/$FIRST/arrive
quiet_api POST /api/visits '{"customer_name":"Walk-in Jane","service_ids":[5],"therapist_id":10}'
quiet_api POST /api/visits '{"customer_name":"Walk-in Bo","service_ids":[3]}'

shot() { # name page lang [size]
  SPA_USER=cashier SPA_PASSWORD=cashier SPA_PAGE=$2 "$BUILD"/cashier_app/spa-cashier --server "$BASE" \
    --screenshot "$OUT/$1.png" --size "${4:-1366x768}" --lang "$3"
}
for size in 1366x768 1920x1080; do
  for lang in en th; do
    suffix=$([ $lang = en ] && echo "" || echo "-$lang")
    shot "cashier-bookings-day$suffix-$size" bookings $lang $size
    shot "cashier-bookings-week$suffix-$size" bookings-week $lang $size
    shot "cashier-booking-dialog$suffix-$size" booking-dialog $lang $size
  done
done
shot cashier-bookings-day-id-1366x768 bookings id
# The board and the assign dialog with each therapist's next booking.
for size in 1366x768 1920x1080; do
  for lang in en th; do
    suffix=$([ $lang = en ] && echo "" || echo "-$lang")
    shot "cashier-queue-next-booking$suffix-$size" queue $lang $size
    shot "cashier-assign-next-booking$suffix-$size" assign $lang $size
  done
done
echo "screenshots in $OUT"
