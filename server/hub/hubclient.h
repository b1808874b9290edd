#pragma once

#include "auth/principal.h"

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

class WsConnection;

// One Socket.IO connection: its socket, who it is and where it is in the handshake.
struct HubClient
{
    enum class Stage { Opened, Connected };

    WsConnection *conn = nullptr; // owned by the client
    QString sid;
    QString address;
    Stage stage = Stage::Opened;
    Principal who;
    QStringList rooms;
    QElapsedTimer since;       // since the upgrade
    bool awaitingPong = false; // a ping went out and no pong came back yet
    QElapsedTimer pingSent;    // when that ping went out

    // Token bucket for commands: refilled by elapsed time, one token per command.
    double tokens = 0;
    QElapsedTimer refill;
    bool takeCommandToken(int perSecond, int burst)
    {
        if (!refill.isValid()) {
            refill.start();
            tokens = burst;
        }
        tokens = std::min<double>(burst, tokens + refill.restart() / 1000.0 * perSecond);
        if (tokens < 1)
            return false;
        tokens -= 1;
        return true;
    }
};
