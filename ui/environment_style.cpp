// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/environment_style.h"

#include <QPainter>
#include <QPixmap>

namespace recops::console {

QColor EnvironmentStyle::color(EnvironmentTag tag) {
    switch (tag) {
        case EnvironmentTag::Production:
            return QColor(0xc6, 0x28, 0x28);
        case EnvironmentTag::Staging:
            return QColor(0xe6, 0x7e, 0x00);
        case EnvironmentTag::Development:
            return QColor(0x2e, 0x7d, 0x32);
        case EnvironmentTag::Demo:
            return QColor(0x15, 0x65, 0xc0);
    }
    Q_UNREACHABLE();
    return {};
}

QColor EnvironmentStyle::textColor(EnvironmentTag tag) {
    Q_UNUSED(tag)
    return Qt::white;
}

QIcon EnvironmentStyle::swatch(EnvironmentTag tag) {
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(tag));
    painter.drawEllipse(QRectF(2, 2, 12, 12));
    return QIcon(pixmap);
}

QColor EnvironmentStyle::healthColor(const ServerHealth& health) {
    switch (health.state) {
        case ConnectionState::Reachable:
            if (health.report && !health.report->isHealthy()) {
                return QColor(0xe6, 0x7e, 0x00);
            }
            if (health.authentication == AuthenticationState::Rejected ||
                health.authentication == AuthenticationState::Failed) {
                return QColor(0xe6, 0x7e, 0x00);
            }
            return QColor(0x2e, 0x7d, 0x32);
        case ConnectionState::Unreachable:
            return QColor(0xc6, 0x28, 0x28);
        case ConnectionState::Connecting:
        case ConnectionState::Disconnected:
            break;
    }
    return QColor(0x80, 0x80, 0x80);
}

}  // namespace recops::console
