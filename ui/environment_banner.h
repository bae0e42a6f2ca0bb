// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"

#include <QWidget>

class QLabel;

namespace recops::console {

/**
 * A strip across the top of the window in the colour of the connected environment, with
 * its name and address. Production gets the loudest version, so a command meant for
 * staging is not sent to production by mistake.
 */
class EnvironmentBanner : public QWidget {
    Q_OBJECT

public:
    explicit EnvironmentBanner(QWidget* parent = nullptr);

    void showProfile(const ConnectionProfile& profile);
    /// Says whether production changes are locked (only for a production profile).
    void showLockState(bool locked);
    /// Puts @p widget (the lock control) at the banner's right end.
    void addTrailingWidget(QWidget* widget);
    QString text() const;
    QColor color() const { return m_color; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void updateText();

    QLabel* m_label;
    QColor m_color;
    ConnectionProfile m_profile;
    bool m_locked = true;
};

}  // namespace recops::console
