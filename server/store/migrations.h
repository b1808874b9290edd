#pragma once

#include <QStringList>
#include <QVector>

// A versioned schema step. `{{ID}}` in a statement becomes the engine's auto-increment key type.
struct Migration
{
    int version;
    const char *name;
    QStringList statements;
};

const QVector<Migration> &migrations();
