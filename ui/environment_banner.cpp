// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/environment_banner.h"

#include "ui/environment_style.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>

namespace recops::console {

EnvironmentBanner::EnvironmentBanner(QWidget* parent) : QWidget(parent), m_label(new QLabel(this)) {
    setAccessibleName(tr("Connected environment"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 3, 10, 3);
    layout->addWidget(m_label, 1);
    QFont font = m_label->font();
    font.setBold(true);
    m_label->setFont(font);
    hide();
}

void EnvironmentBanner::showProfile(const ConnectionProfile& profile) {
    m_color = EnvironmentStyle::color(profile.environment);
    QPalette palette = m_label->palette();
    palette.setColor(QPalette::WindowText, EnvironmentStyle::textColor(profile.environment));
    m_label->setPalette(palette);
    m_profile = profile;
    updateText();
    setMinimumHeight(profile.isProduction() ? 30 : 24);
    show();
    update();
}

void EnvironmentBanner::showLockState(bool locked) {
    m_locked = locked;
    updateText();
}

void EnvironmentBanner::addTrailingWidget(QWidget* widget) {
    static_cast<QHBoxLayout*>(layout())->addWidget(widget);
}

void EnvironmentBanner::updateText() {
    const ConnectionProfile& profile = m_profile;
    const QString name = profile.isSaved() ? profile.name : tr("unsaved connection");
    if (profile.isProduction()) {
        m_label->setText(
            m_locked
                ? tr("PRODUCTION — %1 — %2 — read-only").arg(name, profile.url.toDisplayString())
                : tr("PRODUCTION — %1 — %2 — changes unlocked")
                      .arg(name, profile.url.toDisplayString()));
    } else {
        m_label->setText(tr("%1 — %2 — %3")
                             .arg(EnvironmentTags::displayName(profile.environment), name,
                                  profile.url.toDisplayString()));
    }
    setAccessibleDescription(m_label->text());
}

QString EnvironmentBanner::text() const {
    return m_label->text();
}

void EnvironmentBanner::paintEvent(QPaintEvent* event) {
    Q_UNUSED(event)
    QPainter painter(this);
    painter.fillRect(rect(), m_color);
}

}  // namespace recops::console
