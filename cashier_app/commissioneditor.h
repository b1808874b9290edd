// SPDX-FileCopyrightText: 2026 Spa Suite contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class Session;

// A service's commission in the back office: the therapists' rate on it (a percent of the net
// price, a fixed amount per service done, or none) and each therapist's own rate where it
// differs, through PUT /api/services/{id}/commission. Each change is sent on its own and the
// server's answer is what is shown; a rate the server would refuse is said before sending.
class CommissionEditor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Session *session READ session WRITE setSession NOTIFY sessionChanged)
    Q_PROPERTY(QString currency MEMBER m_currency NOTIFY sessionChanged)
    Q_PROPERTY(QVariantMap service READ service NOTIFY changed)
    Q_PROPERTY(QVariantMap commission READ commission NOTIFY changed)
    // [{therapist_id, name, type, percent, amount, label}] by name.
    Q_PROPERTY(QVariantList overrides READ overrides NOTIFY changed)
    // [{id, name}] of the active therapists, for the override's picker.
    Q_PROPERTY(QVariantList therapists READ therapists NOTIFY changed)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)

public:
    explicit CommissionEditor(QObject *parent = nullptr);

    Session *session() const { return m_session; }
    void setSession(Session *s);
    QVariantMap service() const { return m_service; }
    QVariantMap commission() const { return m_commission; }
    QVariantList overrides() const;
    QVariantList therapists() const { return m_therapists; }
    QString error() const { return m_error; }
    bool busy() const { return m_busy; }

    // Edits `service` (as an admin's GET /api/services lists it, with its `commission`).
    Q_INVOKABLE void open(const QVariantMap &service);
    // What is wrong with a rate, or "": `type` none|percent|fixed, `percent` as typed ("12.5"),
    // `amount` in minor units.
    Q_INVOKABLE QString rateProblem(const QString &type, const QString &percent,
                                    qint64 amount) const;
    // The service's own rate; with `therapistId` > 0, that therapist's.
    Q_INVOKABLE void save(const QString &type, const QString &percent, qint64 amount,
                          qint64 therapistId = 0);
    // The therapist goes back to the service's rate.
    Q_INVOKABLE void removeOverride(qint64 therapistId);
    // "10%", "฿75.00 each", "None" — for the services list.
    Q_INVOKABLE QString summary(const QVariantMap &rate) const;

Q_SIGNALS:
    void sessionChanged();
    void changed();
    void saved();

private:
    void put(const QJsonObject &body);
    void loadTherapists();

    QPointer<Session> m_session;
    QString m_currency;
    QVariantMap m_service;
    QVariantMap m_commission;
    QVariantList m_therapists;
    QString m_error;
    bool m_busy = false;
};
