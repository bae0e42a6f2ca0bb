// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_version.h"
#include "core/rollout_status.h"
#include "core/token_role.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSlider;
class QTableView;

namespace recops::console {

class ProductionGuard;
class RolloutArmModel;

/**
 * A canary rollout of the serving model: which version takes what share of the traffic,
 * the two arms' live figures side by side (requests, error rate, p50/p95/p99, click-
 * through; the candidate's in green or red against Production), and for operators the
 * share (slider and spin box), start or change, promote and abort.
 */
class CanaryPanel : public QWidget {
    Q_OBJECT

public:
    CanaryPanel(ProductionGuard* guard, QWidget* parent = nullptr);

    /// The serving model's versions; the candidates are those not in Production.
    void setVersions(const ModelVersionList& versions);
    void setStatus(const RolloutStatus& status);
    void setRole(TokenRole role);

    RolloutArmModel* arms() const { return m_arms; }
    QTableView* armsView() const { return m_armsView; }
    QComboBox* candidateBox() const { return m_candidate; }
    QSlider* shareSlider() const { return m_slider; }
    QDoubleSpinBox* shareBox() const { return m_share; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* promoteButton() const { return m_promote; }
    QPushButton* abortButton() const { return m_abort; }
    QString statusText() const;

Q_SIGNALS:
    /// Start a canary of @p candidate, or change the running one's share.
    void startRequested(int candidate, double percent);
    void promoteRequested();
    void abortRequested();

private:
    void follow();

    QPointer<ProductionGuard> m_guard;
    ModelVersionList m_versions;
    RolloutStatus m_status;
    TokenRole m_role;
    QLabel* m_state;
    QComboBox* m_candidate;
    QSlider* m_slider;
    QDoubleSpinBox* m_share;
    QPushButton* m_start;
    QPushButton* m_promote;
    QPushButton* m_abort;
    QWidget* m_controls;
    RolloutArmModel* m_arms;
    QTableView* m_armsView;
};

}  // namespace recops::console
