// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A thermal printer's raw port (9100) for tests: a real TCP listener on an ephemeral loopback
// port that keeps each connection's bytes as one job, answers the real-time status requests
// (DLE EOT) as a printer would, and parses a job's ESC/POS back into what the printer would do:
// initialize, open the drawer (which pin), print raster slips (GS v 0 bands, stacked up to each
// cut) and cut. Bytes it does not know make the parse fail, so a stray command is caught.

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

struct EscPosJob {
    bool ok = false; // every byte understood
    QString problem; // what was not, with its offset
    int initializations = 0;
    QList<int> drawerPulses; // pin of each ESC p (0: pin 2, 1: pin 5)
    int statusQueries = 0; // DLE EOT requests (real-time, print nothing)
    int cuts = 0;
    QList<QImage> slips; // the raster printed between cuts (one per slip or copy)
    // The order of what was done: "init", "drawer", "raster", "feed", "cut", "status".
    QStringList steps;

    static EscPosJob parse(const QByteArray &b)
    {
        EscPosJob j;
        QList<QImage> bands;
        const auto flush = [&] {
            if (bands.isEmpty())
                return;
            int width = 0, height = 0;
            for (const QImage &band : std::as_const(bands)) {
                width = std::max(width, band.width());
                height += band.height();
            }
            QImage slip(width, height, QImage::Format_Grayscale8);
            slip.fill(255);
            int y = 0;
            for (const QImage &band : std::as_const(bands)) {
                for (int row = 0; row < band.height(); ++row)
                    memcpy(slip.scanLine(y + row), band.constScanLine(row), size_t(band.width()));
                y += band.height();
            }
            j.slips << slip;
            bands.clear();
        };
        const auto at = [&b](qsizetype i) { return i < b.size() ? uchar(b[i]) : 0x100; };
        qsizetype i = 0;
        while (i < b.size()) {
            const uint c = at(i), d = at(i + 1);
            if (c == 0x1b && d == 0x40) { // ESC @
                ++j.initializations;
                j.steps << QStringLiteral("init");
                i += 2;
            } else if (c == 0x1b && d == 0x70 && i + 5 <= b.size()) { // ESC p m t1 t2
                j.drawerPulses << int(at(i + 2));
                j.steps << QStringLiteral("drawer");
                i += 5;
            } else if (c == 0x1b && d == 0x64 && i + 3 <= b.size()) { // ESC d n
                j.steps << QStringLiteral("feed");
                i += 3;
            } else if (c == 0x1d && d == 0x56 && at(i + 2) == 0x42 && i + 4 <= b.size()) {
                ++j.cuts; // GS V 66 n
                flush();
                j.steps << QStringLiteral("cut");
                i += 4;
            } else if (c == 0x10 && d == 0x04 && i + 3 <= b.size()) { // DLE EOT n
                ++j.statusQueries;
                j.steps << QStringLiteral("status");
                i += 3;
            } else if (c == 0x1d && d == 0x76 && at(i + 2) == 0x30 && i + 8 <= b.size()) {
                const int widthBytes = int(at(i + 4) | (at(i + 5) << 8));
                const int rows = int(at(i + 6) | (at(i + 7) << 8));
                const qsizetype data = i + 8;
                if (widthBytes == 0 || rows == 0 ||
                    data + qsizetype(widthBytes) * rows > b.size()) {
                    j.problem = QStringLiteral("raster band at %1 runs past the job").arg(i);
                    return j;
                }
                QImage band(widthBytes * 8, rows, QImage::Format_Grayscale8);
                band.fill(255);
                for (int y = 0; y < rows; ++y)
                    for (int x = 0; x < widthBytes * 8; ++x)
                        if (uchar(b[data + qsizetype(y) * widthBytes + x / 8]) & (0x80 >> (x % 8)))
                            band.scanLine(y)[x] = 0;
                bands << band;
                if (j.steps.isEmpty() || j.steps.last() != QLatin1String("raster"))
                    j.steps << QStringLiteral("raster");
                i = data + qsizetype(widthBytes) * rows;
            } else {
                j.problem = QStringLiteral("unknown byte 0x%1 at %2")
                                .arg(c, 2, 16, QLatin1Char('0'))
                                .arg(i);
                return j;
            }
        }
        flush(); // a slip printed without a cut
        j.ok = true;
        return j;
    }
};

class EscPosListener : public QObject {
public:
    QTcpServer server;
    QList<QByteArray> jobs; // one per connection, complete once the sender closed
    // The answers to DLE EOT 2 (offline cause) and DLE EOT 4 (paper sensor); 0: no answer (a
    // printer or interface that does not report status).
    char offlineCause = 0x12;
    char paperSensor = 0x12;
    int connections = 0;

    explicit EscPosListener(quint16 port = 0) { listen(port); }
    bool listen(quint16 port = 0)
    {
        if (!server.listen(QHostAddress::LocalHost, port))
            return false;
        connect(&server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                ++connections;
                auto data = std::make_shared<QByteArray>();
                connect(s, &QTcpSocket::readyRead, s, [this, s, data] {
                    const qsizetype before = data->size();
                    *data += s->readAll();
                    // Real-time status requests are answered at once, whatever else is queued.
                    // (Only at the start, where a sender asks them: raster bytes may look alike.)
                    for (qsizetype i = std::max<qsizetype>(0, before - 2);
                         (i = data->indexOf(QByteArray("\x10\x04", 2), i)) >= 0 && i < 12 &&
                         i + 2 < data->size();
                         ++i) {
                        const char n = data->at(i + 2);
                        const char answer = n == 2 ? offlineCause : n == 4 ? paperSensor : 0;
                        if (answer)
                            s->write(&answer, 1);
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, [this, s, data] {
                    *data += s->readAll();
                    jobs << *data;
                    s->deleteLater();
                });
            }
        });
        return true;
    }
    quint16 port() const { return server.serverPort(); }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(port()); }
    EscPosJob job(int i) const { return EscPosJob::parse(jobs.value(i)); }
};
