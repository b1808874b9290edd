// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "auth/principal.h"
#include "core/tokenbucket.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

class WsConnection;

// One Socket.IO connection: its socket, who it is and where it is in the handshake.
struct HubClient {
    enum class Stage { Opened, Connected };

    WsConnection *conn = nullptr; // owned by the client
    QString sid;
    QString address;
    Stage stage = Stage::Opened;
    Principal who;
    QString token; // the credential it connected with, checked again before every command
    QStringList rooms;
    QElapsedTimer since; // since the upgrade
    bool awaitingPong = false; // a ping went out and no pong came back yet
    QElapsedTimer pingSent; // when that ping went out

    TokenBucket commands; // commands per second, as REST gives each token
};
