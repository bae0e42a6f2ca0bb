// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_step_record.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QVBoxLayout;

namespace recops::console {

class ProductionGuard;

/**
 * One step of a run in detail: what it is, the request it sent and what came back, why it
 * went where it went; and, when it is the live run's current step and waits for a person,
 * what that person does: confirm a destructive call (after a question that names the
 * environment and the exact request), check a manual step's box (with its instructions,
 * its command to copy and any secret it reveals), or approve or reject (recording who).
 *
 * The panel only asks; the page acts on its signals through the engine.
 */
class RunbookStepPanel : public QWidget {
    Q_OBJECT

public:
    RunbookStepPanel(ProductionGuard* guard, QWidget* parent = nullptr);

    /**
     * Shows @p step (its texts already filled in) with its latest @p record. With
     * @p actionable, the controls for what
     * the step waits for are shown; @p lockApplies says whether the production lock holds
     * them back (the run changes server state).
     */
    void showStep(const RunbookStep& step, const RunbookStepRecord& record, bool actionable,
                  bool lockApplies);
    void clear();
    /// Who is at the console (the token's name), the default approver.
    void setOperatorName(const QString& name) { m_operatorName = name; }
    /// Where a confirmed call goes, for the question: "PRODUCTION: prod-eu (https://…)".
    void setTargetDescription(const QString& text) { m_target = text; }
    /// The manual step's command with its secrets filled in, and the secrets it reveals.
    void setManualDetails(const QString& commandForClipboard,
                          const QHash<QString, QString>& revealed);

    QString stepId() const { return m_stepId; }
    /// The question of the last Confirm, while it is open.
    QMessageBox* confirmation() const;
    QPushButton* confirmButton() const { return m_confirm; }
    QCheckBox* manualCheckBox() const { return m_manualDone; }
    QPushButton* copyCommandButton() const { return m_copyCommand; }
    QLineEdit* approverEdit() const { return m_approver; }
    QLineEdit* commentEdit() const { return m_comment; }
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    QString explanationText() const;

Q_SIGNALS:
    void confirmed();
    void manualDone();
    void approved(const QString& approver, const QString& comment);
    void rejected(const QString& approver, const QString& reason);

private:
    void askConfirmation();
    void followApproval();
    void guard(QWidget* control, bool lockApplies, bool wanted);

    ProductionGuard* m_guard;
    QLabel* m_heading;
    QLabel* m_description;
    QLabel* m_request;
    QLabel* m_result;
    QLabel* m_explanation;
    QGroupBox* m_confirmBox;
    QLabel* m_confirmText;
    QPushButton* m_confirm;
    QGroupBox* m_manualBox;
    QLabel* m_instructions;
    QLabel* m_command;
    QPushButton* m_copyCommand;
    QWidget* m_secrets;
    QVBoxLayout* m_secretsLayout;
    QCheckBox* m_manualDone;
    QGroupBox* m_approvalBox;
    QLabel* m_prompt;
    QLineEdit* m_approver;
    QLineEdit* m_comment;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPointer<QMessageBox> m_confirmation;
    QString m_stepId;
    QString m_requestText;
    QString m_commandForClipboard;
    QString m_operatorName;
    QString m_target;
    bool m_approving = false;
};

}  // namespace recops::console
