// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/escalation_dry_run_panel.h"

#include "core/api_reply.h"
#include "core/dry_run_step_model.h"
#include "core/on_call_operations.h"
#include "ui/table_views.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

EscalationDryRunPanel::EscalationDryRunPanel(OnCallOperations* operations, QWidget* parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_policyBox(new QComboBox(this))
    , m_alertBox(new QComboBox(this))
    , m_runButton(new QPushButton(tr("&Dry run"), this))
    , m_summary(new QLabel(this))
    , m_steps(new DryRunStepModel(this))
    , m_view(nullptr) {
    setAccessibleName(tr("Escalation dry run"));
    m_policyBox->setAccessibleName(tr("Escalation policy"));
    m_alertBox->setAccessibleName(tr("Alert"));
    m_alertBox->setEditable(true);
    m_alertBox->lineEdit()->setPlaceholderText(tr("an alert id"));
    m_alertBox->setMinimumContentsLength(30);
    m_runButton->setAccessibleName(tr("Dry-run the policy for the alert"));
    m_summary->setAccessibleName(tr("Dry run result"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_steps);
    proxy->setSortRole(DryRunStepModel::SortRole);
    m_view = TableViews::create(proxy, tr("Who is paged when"), this);
    m_view->sortByColumn(DryRunStepModel::StepColumn, Qt::AscendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(DryRunStepModel::ContactsColumn,
                                                     QHeaderView::Stretch);

    auto* bar = new QHBoxLayout;
    auto* policyLabel = new QLabel(tr("&Policy:"), this);
    policyLabel->setBuddy(m_policyBox);
    auto* alertLabel = new QLabel(tr("A&lert:"), this);
    alertLabel->setBuddy(m_alertBox);
    bar->addWidget(policyLabel);
    bar->addWidget(m_policyBox, 1);
    bar->addWidget(alertLabel);
    bar->addWidget(m_alertBox, 2);
    bar->addWidget(m_runButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);

    connect(m_runButton, &QPushButton::clicked, this, &EscalationDryRunPanel::run);
    m_summary->setText(
        tr("Choose a policy and an alert: the dry run shows whom the policy "
           "pages at each step, and when."));
}

void EscalationDryRunPanel::setPolicies(const QList<EscalationPolicy>& policies) {
    const QString current = m_policyBox->currentData().toString();
    m_policyBox->clear();
    for (const EscalationPolicy& policy : policies) {
        m_policyBox->addItem(policy.name.isEmpty() || policy.name == policy.id
                                 ? policy.id
                                 : tr("%1 (%2)").arg(policy.name, policy.id),
                             policy.id);
    }
    m_policyBox->setCurrentIndex(std::max(0, m_policyBox->findData(current)));
    m_runButton->setEnabled(m_policyBox->count() > 0);
}

void EscalationDryRunPanel::setAlerts(const QList<Alert>& alerts) {
    const QString current = alertId();
    m_alertBox->clear();
    for (const Alert& alert : alerts) {
        m_alertBox->addItem(tr("%1 — %2 (%3)").arg(alert.rule, alert.summary, alert.id), alert.id);
    }
    const int found = m_alertBox->findData(current);
    if (found >= 0) {
        m_alertBox->setCurrentIndex(found);
    } else if (!current.isEmpty()) {
        m_alertBox->setEditText(current);
    }
}

QString EscalationDryRunPanel::alertId() const {
    const int index = m_alertBox->currentIndex();
    if (index >= 0 && m_alertBox->itemText(index) == m_alertBox->currentText()) {
        return m_alertBox->itemData(index).toString();
    }
    return m_alertBox->currentText().trimmed();  // typed in
}

QString EscalationDryRunPanel::summaryText() const {
    return m_summary->text();
}

void EscalationDryRunPanel::run() {
    const QString policy = m_policyBox->currentData().toString();
    const QString alert = alertId();
    if (!m_operations || policy.isEmpty() || alert.isEmpty()) {
        m_summary->setText(tr("Choose a policy and an alert first."));
        return;
    }
    if (m_inFlight) {
        m_inFlight->abort();
    }
    m_summary->setText(tr("Asking recopsd…"));
    ApiReply* reply = m_operations->dryRun(policy, alert);
    m_inFlight = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->error().kind() == ApiError::Kind::Cancelled) {
            return;
        }
        QString problem;
        std::optional<EscalationDryRun> run;
        if (reply->isSuccess()) {
            run = EscalationDryRun::fromJson(reply->json(), &problem);
        } else {
            problem = reply->error().detailedText();
        }
        if (run) {
            show(*run);
        } else {
            m_lastRun.reset();
            m_steps->clear();
            m_summary->setText(tr("No dry run: %1").arg(problem));
        }
        Q_EMIT finished();
    });
}

void EscalationDryRunPanel::show(const EscalationDryRun& run) {
    m_lastRun = run;
    m_steps->setRecords(run.steps);
    QString text;
    if (run.matches) {
        text = tr("Policy %1 matches alert %2 (%3).").arg(run.policyId, run.alertId, run.status);
    } else {
        text = tr("Policy %1 does not match alert %2 (%3): these steps are what it would do.")
                   .arg(run.policyId, run.alertId, run.status);
    }
    if (run.selectedPolicyId.isEmpty()) {
        text += u' ' + tr("No policy escalates this alert.");
    } else if (run.selectedPolicyId != run.policyId) {
        text += u' ' + tr("It is escalated by %1 in fact.").arg(run.selectedPolicyId);
    }
    text += u' ' + tr("Stops when: %1.").arg(run.stopsWhen);
    m_summary->setText(text);
}

}  // namespace recops::console
