// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/connection_profile.h"
#include "core/silence.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace recops::console {

class ProductionGuard;

/**
 * A silence made from an alert: one box per label of the alert (each an equality
 * matcher; all chosen at first, so the silence matches that alert and its kind), how long,
 * and why. Create stays disabled while recopsd would refuse the request, with the reason.
 */
class SilenceDialog : public QDialog {
    Q_OBJECT

public:
    enum class Unit { Minutes, Hours, Days };

    SilenceDialog(const ConnectionProfile& profile, const Alert& alert, ProductionGuard* guard,
                  QWidget* parent = nullptr);

    /// The silence as chosen now.
    SilenceRequest request() const;
    QString problem() const;
    void setDuration(int amount, Unit unit);

    QList<QCheckBox*> labelBoxes() const { return m_labels; }
    QSpinBox* durationBox() const { return m_duration; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QPushButton* createButton() const { return m_create; }

private:
    void check();

    SilenceRequest m_fromAlert;
    QList<QCheckBox*> m_labels;
    QSpinBox* m_duration;
    QComboBox* m_unit;
    QPlainTextEdit* m_comment;
    QLabel* m_problem;
    QPushButton* m_create;
    ProductionGuard* m_guard;
};

}  // namespace recops::console
