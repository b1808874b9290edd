#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots/slip-*.png (the rasters a real TCP listener received, from the
# printing tests: receipt, reprint, shift close, Z report, test page, in English and Thai) and
# cashier-printer-offline*.png (the desk with its printer off: the problem strip with Retry and
# Save as PDF; 1366x768 and 1920x1080, English and Thai), against a real server with demo data.
# BUILD=dir takes another build, OUT=dir writes elsewhere.
source "$(dirname "$0")/demo-server.sh"
for t in tst_printing tst_receiptprinting tst_printtest; do
  SPA_SLIP_PNG_DIR=$PWD/$OUT "$BUILD"/tests/*/$t >/dev/null
done
# The desk's printer on a port where nothing listens.
CLOSED=$(python3 -c "import socket; s=socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
mkdir -p "$XDG_CONFIG_HOME/SpaSuite"
printf '[printer]\ntarget=127.0.0.1:%s\npaperMm=80\ndrawerPin=0\n' "$CLOSED" >>"$XDG_CONFIG_HOME/SpaSuite/spa-cashier.conf"
for size in 1366x768 1920x1080; do
  for lang in en th; do
    suffix=$([ $lang = en ] && echo "" || echo "-$lang")
    SPA_USER=cashier SPA_PASSWORD=cashier SPA_PAGE=printer-offline "$BUILD"/cashier_app/spa-cashier \
      --server "$BASE" --screenshot "$OUT/cashier-printer-offline$suffix-$size.png" --size $size --lang $lang
  done
done
echo "screenshots in $OUT"
