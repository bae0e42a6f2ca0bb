// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/alert_tray_notifier.h"

#include <QIcon>
#include <QSystemTrayIcon>

namespace recops::console {

namespace {

constexpr int kMessageShownMs = 15'000;

}  // namespace

AlertTrayNotifier::AlertTrayNotifier(QObject* parent) : QObject(parent) {
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        return;
    }
    m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/recops-console.svg")), this);
    m_tray->setToolTip(tr("RecOps Console"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertTrayNotifier::clicked);
    connect(m_tray, &QSystemTrayIcon::activated, this, &AlertTrayNotifier::clicked);
}

void AlertTrayNotifier::notify(const Alert& alert) {
    const QString title = tr("Critical alert: %1").arg(alert.rule);
    const QString text = alert.summary.isEmpty() ? alert.labelText() : alert.summary;
    m_lastMessage = title + u'\n' + text;
    ++m_count;
    if (!m_tray) {
        return;
    }
    m_tray->show();
    m_tray->showMessage(title, text, QSystemTrayIcon::Critical, kMessageShownMs);
}

}  // namespace recops::console
