#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Spa Suite contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what the build and tests need from Debian 12's packages. Safe to run again.
set -euo pipefail
PKGS=(
  build-essential cmake ninja-build git ca-certificates curl
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-httpserver-dev
  qt6-declarative-dev qt6-declarative-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6sql6-psql libsqlite3-dev  # the store runs statements on the driver's sqlite3 handle
  qml6-module-qtqml qml6-module-qtqml-models  # QtQml's qmldir and types: qmllint (ctest -R style_qmllint) needs them
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtqml-workerscript qml6-module-qttest
  qml6-module-qtwebsockets qml6-module-qtquick-templates qt6-qpa-plugins
  xvfb xauth libgl1-mesa-dri sqlite3 fonts-dejavu-core fonts-thai-tlwg fontconfig
  libqrencode-dev pkg-config clang-format  # clang-format: the test command checks the C++ formatting
  # TLS: libssl-dev (the server checks a key against its certificate with libcrypto), openssl (the
  # TLS tests make certificates with it). Qt's OpenSSL backend plugin (plugins/tls/
  # libqopensslbackend.so) ships in libqt6network6 on Debian 12, which qt6-base-dev pulls in; it
  # loads libssl3 at run time.
  libssl-dev openssl libssl3
  # The wall speaks its calls: Qt TextToSpeech over speech-dispatcher with espeak-ng (English, Thai
  # and Indonesian voices, offline), the chime through Qt Multimedia; sox checks audio in the tests.
  qt6-speech-dev qt6-speech-speechd-plugin qt6-multimedia-dev speech-dispatcher
  speech-dispatcher-espeak-ng espeak-ng sox
  chromium  # the customer page's browser test (tests/browser) and its screenshots
)
# node and npm: Debian's, unless a node with its own npm is already there
command -v npm >/dev/null 2>&1 || PKGS+=(nodejs npm)
# Extra packages a script needs besides these (fuzz.sh: clang-14 libfuzzer-14-dev) come as arguments.
PKGS+=("$@")
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
