// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"

#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace recops::console {

/**
 * A desktop notification when a critical alert starts firing, through the system tray
 * where there is one (QSystemTrayIcon::isSystemTrayAvailable()). Without a tray (a
 * minimal desktop, the offscreen platform) nothing is shown: the alert queue is still
 * there, and lastMessage() still says what would have been.
 */
class AlertTrayNotifier : public QObject {
    Q_OBJECT

public:
    explicit AlertTrayNotifier(QObject* parent = nullptr);

    /// Notifies of @p alert, which has just begun firing.
    void notify(const Alert& alert);
    bool hasTray() const { return m_tray != nullptr; }
    /// The title and text of the last notification, shown or not.
    QString lastMessage() const { return m_lastMessage; }
    int notificationCount() const { return m_count; }

Q_SIGNALS:
    /// The person clicked the notification: show the queue.
    void clicked();

private:
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastMessage;
    int m_count = 0;
};

}  // namespace recops::console
