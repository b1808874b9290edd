// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QStringList>
#include <QVector>

// A versioned schema step. `{{ID}}` in a statement becomes the engine's auto-increment key type.
struct Migration {
    int version;
    const char *name;
    QStringList statements;
};

const QVector<Migration> &migrations();
