// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/escalation_policy_dialog.h"

#include "core/escalation_level_model.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

EscalationPolicyDialog::EscalationPolicyDialog(const EscalationPolicy& policy, Mode mode,
                                               const QStringList& knownContacts,
                                               const QStringList& takenIds, QWidget* parent)
    : QDialog(parent)
    , m_knownContacts(knownContacts)
    , m_takenIds(takenIds)
    , m_id(new QLineEdit(policy.id, this))
    , m_name(new QLineEdit(policy.name, this))
    , m_matchers(new QLineEdit(policy.matchers.isEmpty() ? QString() : policy.matcherText(), this))
    , m_repeat(new QSpinBox(this))
    , m_levels(new EscalationLevelModel(this))
    , m_levelView(new QTableView(this))
    , m_addLevel(new QPushButton(tr("&Add level"), this))
    , m_removeLevel(new QPushButton(tr("Re&move level"), this))
    , m_upLevel(new QPushButton(tr("Move &up"), this))
    , m_downLevel(new QPushButton(tr("Move &down"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_save(m_buttons->button(QDialogButtonBox::Save)) {
    setWindowTitle(mode == Mode::Add ? tr("Add an escalation policy")
                                     : tr("Edit escalation policy %1").arg(policy.id));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);
    resize(640, 420);
    m_id->setAccessibleName(tr("Policy id"));
    m_id->setReadOnly(mode == Mode::Edit);
    m_name->setAccessibleName(tr("Policy name"));
    m_matchers->setAccessibleName(tr("Alerts it escalates"));
    m_matchers->setPlaceholderText(tr("every alert; or severity=critical, alertname=~High.*"));
    m_repeat->setAccessibleName(tr("Repeat"));
    m_repeat->setRange(0, EscalationPolicy::kMaximumRepeat);
    m_repeat->setValue(policy.repeat);
    m_repeat->setSuffix(tr(" more times"));
    m_levels->setLevels(policy.levels);
    m_levelView->setModel(m_levels);
    m_levelView->setAccessibleName(tr("Escalation levels"));
    m_levelView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_levelView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_levelView->verticalHeader()->hide();
    m_levelView->horizontalHeader()->setSectionResizeMode(EscalationLevelModel::ContactsColumn,
                                                          QHeaderView::Stretch);
    m_levelView->setToolTip(tr("Known contacts: %1").arg(knownContacts.join(QStringLiteral(", "))));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("A&lerts:"), m_matchers);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto* levelButtons = new QHBoxLayout;
    for (QPushButton* button : {m_addLevel, m_removeLevel, m_upLevel, m_downLevel}) {
        levelButtons->addWidget(button);
    }
    levelButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Levels, paged in order until someone acknowledges:"), this));
    layout->addWidget(m_levelView, 1);
    layout->addLayout(levelButtons);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addLevel, &QPushButton::clicked, this, [this] {
        const int row = m_levels->rowCount();
        if (m_levels->insertRows(row, 1)) {
            m_levelView->setCurrentIndex(
                m_levels->index(row, EscalationLevelModel::ContactsColumn));
            m_levelView->edit(m_levelView->currentIndex());
        }
    });
    connect(m_removeLevel, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_levelView->currentIndex();
        if (current.isValid()) {
            m_levels->removeRows(current.row(), 1);
        }
    });
    connect(m_upLevel, &QPushButton::clicked, this, [this] { moveLevel(-1); });
    connect(m_downLevel, &QPushButton::clicked, this, [this] { moveLevel(1); });
    for (QLineEdit* edit : {m_id, m_name, m_matchers}) {
        connect(edit, &QLineEdit::textChanged, this, &EscalationPolicyDialog::validate);
    }
    connect(m_repeat, &QSpinBox::valueChanged, this, &EscalationPolicyDialog::validate);
    connect(m_levels, &QAbstractItemModel::dataChanged, this, &EscalationPolicyDialog::validate);
    connect(m_levels, &QAbstractItemModel::rowsInserted, this, &EscalationPolicyDialog::validate);
    connect(m_levels, &QAbstractItemModel::rowsRemoved, this, &EscalationPolicyDialog::validate);
    connect(m_levels, &QAbstractItemModel::modelReset, this, &EscalationPolicyDialog::validate);
    validate();
}

void EscalationPolicyDialog::moveLevel(int by) {
    const QModelIndex current = m_levelView->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = current.row();
    const int destination = by < 0 ? row - 1 : row + 2;
    if (m_levels->moveRows(QModelIndex(), row, 1, QModelIndex(), destination)) {
        m_levelView->setCurrentIndex(m_levels->index(row + by, current.column()));
    }
}

EscalationPolicy EscalationPolicyDialog::policy() const {
    EscalationPolicy policy;
    policy.id = m_id->text().trimmed();
    policy.name = m_name->text().trimmed();
    policy.matchers = EscalationPolicy::parseMatchers(m_matchers->text(), nullptr)
                          .value_or(QList<SilenceMatcher>());
    policy.levels = m_levels->levels();
    policy.repeat = m_repeat->value();
    return policy;
}

QString EscalationPolicyDialog::problemText() const {
    return m_problem->text();
}

void EscalationPolicyDialog::validate() {
    QString problem;
    EscalationPolicy::parseMatchers(m_matchers->text(), &problem);
    if (problem.isEmpty()) {
        problem = policy().problem(m_knownContacts);
    }
    if (problem.isEmpty() && !m_id->isReadOnly() && m_takenIds.contains(m_id->text().trimmed())) {
        problem = tr("There is a policy %1 already.").arg(m_id->text().trimmed());
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_save->setEnabled(problem.isEmpty());
}

}  // namespace recops::console
