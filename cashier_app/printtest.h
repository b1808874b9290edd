// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QCommandLineParser;
class QGuiApplication;

// spa-cashier --print-test HOST:PORT|DEVICE [--paper 80|58] [--lang en|th|id] [--drawer]: prints
// the test page (and pulses the drawer) without signing in or showing a window, for installers
// and for checks. Exits 0 when the printer took the page, 2 with the reason otherwise, 1 for a
// bad option.
namespace PrintTest {
// True when the command line asks for it (read before the application object exists, so a desk
// without a display can run it: the caller picks the offscreen platform then).
bool asked(int argc, char *argv[]);
void addOptions(QCommandLineParser &parser);
// Runs it when --print-test is set and returns the exit code; -1 when it is not set.
int run(QGuiApplication &app, const QCommandLineParser &parser);
} // namespace PrintTest
