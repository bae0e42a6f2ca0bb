// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/model_version.h"
#include "core/token_role.h"

#include <optional>

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace recops::console {

class GateResultModel;
class LabelFilterProxyModel;
class ModelOperations;
class ProductionGuard;
class StageTransition;

/**
 * A stage transition with the gates shown before anything changes.
 *
 * It opens with a dry run of the transition and shows each gate's verdict and detail;
 * another stage, or forcing (admins only, with a comment), is checked again at once. The
 * apply button asks a confirmation naming the environment and the exact change, then
 * sends exactly what was checked. A refusal (422) or a conflict (409) is shown here with
 * its gates and recopsd's detail; a change that went through closes the dialog.
 */
class TransitionDialog : public QDialog {
    Q_OBJECT

public:
    TransitionDialog(ModelOperations* operations, ProductionGuard* guard,
                     const ConnectionProfile& profile, const ModelVersion& version,
                     std::optional<int> productionVersion, ModelStage stage, TokenRole role,
                     QWidget* parent = nullptr);
    ~TransitionDialog() override;

    StageTransition* transition() const { return m_transition; }
    QComboBox* stageBox() const { return m_stage; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QCheckBox* forceBox() const { return m_force; }
    QPushButton* applyButton() const { return m_apply; }
    QTableView* gatesView() const { return m_gatesView; }
    /// The verdict line above the gates.
    QString verdictText() const;
    /// The confirmation asked last, while it is open.
    QMessageBox* confirmation() const { return m_confirmation; }

Q_SIGNALS:
    /// The change went through; @p message says what happened.
    void applied(const QString& message);

private:
    ModelStage chosenStage() const;
    void updateRequest();
    void follow();
    void confirm();
    QString appliedMessage() const;

    QPointer<ProductionGuard> m_guard;
    ConnectionProfile m_profile;
    ModelVersion m_version;
    std::optional<int> m_production;
    TokenRole m_role;
    StageTransition* m_transition;
    GateResultModel* m_gates;
    LabelFilterProxyModel* m_gatesSorted;
    QLabel* m_change;
    QComboBox* m_stage;
    QPlainTextEdit* m_comment;
    QCheckBox* m_force;
    QLabel* m_verdict;
    QTableView* m_gatesView;
    QPushButton* m_checkAgain;
    QPushButton* m_apply;
    QTimer* m_recheck;
    QPointer<QMessageBox> m_confirmation;
};

}  // namespace recops::console
