// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/escalation_dry_run.h"
#include "core/escalation_policy.h"

#include <optional>

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace recops::console {

class ApiReply;
class DryRunStepModel;
class OnCallOperations;

/**
 * Who is paged when: for a chosen policy and alert (one of the active alerts, or any
 * alert id typed in), recopsd's dry run of the escalation, step by step. It only reads,
 * so every role may run it.
 */
class EscalationDryRunPanel : public QWidget {
    Q_OBJECT

public:
    EscalationDryRunPanel(OnCallOperations* operations, QWidget* parent = nullptr);

    void setPolicies(const QList<EscalationPolicy>& policies);
    void setAlerts(const QList<Alert>& alerts);

    QComboBox* policyBox() const { return m_policyBox; }
    /// Editable: an alert id may be typed.
    QComboBox* alertBox() const { return m_alertBox; }
    QPushButton* runButton() const { return m_runButton; }
    DryRunStepModel* stepModel() const { return m_steps; }
    QTableView* stepView() const { return m_view; }
    /// What the last dry run says, above its steps.
    QString summaryText() const;
    const std::optional<EscalationDryRun>& lastRun() const { return m_lastRun; }

    /// Asks recopsd for the dry run of the chosen policy and alert.
    void run();

Q_SIGNALS:
    /// A dry run was answered or refused.
    void finished();

private:
    void show(const EscalationDryRun& run);
    QString alertId() const;

    QPointer<OnCallOperations> m_operations;
    QComboBox* m_policyBox;
    QComboBox* m_alertBox;
    QPushButton* m_runButton;
    QLabel* m_summary;
    DryRunStepModel* m_steps;
    QTableView* m_view;
    QPointer<ApiReply> m_inFlight;
    std::optional<EscalationDryRun> m_lastRun;
};

}  // namespace recops::console
