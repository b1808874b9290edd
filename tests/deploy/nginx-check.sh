#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# `nginx -t` on deploy/nginx/spa.conf, as Debian's nginx would load it from conf.d: a minimal main
# configuration includes it, with the certificate paths pointed at a throwaway self-signed pair.
# Exit 77 (ctest: skipped) when nginx is not installed.
set -euo pipefail
conf="$1"
nginx=$(command -v nginx || true)
[ -x "$nginx" ] || nginx=/usr/sbin/nginx
if [ ! -x "$nginx" ]; then
  echo "SKIP: nginx is not installed (scripts/setup-deps.sh installs nginx-light)"
  exit 77
fi
dir=$(mktemp -d /tmp/spa-nginx-XXXXXX)
trap 'rm -rf "$dir"' EXIT
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=spa.example.com \
  -keyout "$dir/privkey.pem" -out "$dir/fullchain.pem" 2>/dev/null
sed "s|/etc/spa/tls/|$dir/|g" "$conf" > "$dir/spa.conf"
# Debian's nginx.conf, cut to what the check needs; its user would be www-data.
cat > "$dir/nginx.conf" <<CONF
pid $dir/nginx.pid;
error_log $dir/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $dir/body;
    proxy_temp_path $dir/proxy;
    include $dir/spa.conf;
}
CONF
"$nginx" -t -c "$dir/nginx.conf" -p "$dir"
