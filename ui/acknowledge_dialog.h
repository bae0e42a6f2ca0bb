// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/connection_profile.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace recops::console {

class ProductionGuard;

/**
 * Acknowledging one alert: which alert on which environment, and a comment (what you are
 * doing about it), up to 1000 characters. accepted() means the person pressed Acknowledge;
 * the caller sends it.
 */
class AcknowledgeDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kMaximumCommentLength = 1000;

    AcknowledgeDialog(const ConnectionProfile& profile, const Alert& alert, ProductionGuard* guard,
                      QWidget* parent = nullptr);

    QString alertId() const { return m_alertId; }
    QString comment() const;
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }

private:
    void check();

    QString m_alertId;
    QPlainTextEdit* m_comment;
    QLabel* m_problem;
    QPushButton* m_acknowledge;
    ProductionGuard* m_guard;
};

}  // namespace recops::console
