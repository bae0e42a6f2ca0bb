// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/escalation_policy.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace recops::console {

class EscalationLevelModel;

/**
 * Adds or edits one escalation policy: which alerts it escalates (matchers), its levels in
 * order with the contacts each pages and how long to wait for an acknowledgment before the
 * next, and how many times the sequence repeats. Save is offered only when recopsd would
 * take the policy (every contact named exists, delays and repeat within bounds).
 */
class EscalationPolicyDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    EscalationPolicyDialog(const EscalationPolicy& policy, Mode mode,
                           const QStringList& knownContacts, const QStringList& takenIds,
                           QWidget* parent = nullptr);

    EscalationPolicy policy() const;
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* matchersEdit() const { return m_matchers; }
    QSpinBox* repeatBox() const { return m_repeat; }
    EscalationLevelModel* levels() const { return m_levels; }
    QTableView* levelView() const { return m_levelView; }
    QPushButton* addLevelButton() const { return m_addLevel; }
    QPushButton* removeLevelButton() const { return m_removeLevel; }
    QPushButton* saveButton() const { return m_save; }
    QString problemText() const;

private:
    void validate();
    void moveLevel(int by);

    QStringList m_knownContacts;
    QStringList m_takenIds;
    QLineEdit* m_id;
    QLineEdit* m_name;
    QLineEdit* m_matchers;
    QSpinBox* m_repeat;
    EscalationLevelModel* m_levels;
    QTableView* m_levelView;
    QPushButton* m_addLevel;
    QPushButton* m_removeLevel;
    QPushButton* m_upLevel;
    QPushButton* m_downLevel;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
};

}  // namespace recops::console
