// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/runbook_details_view.h"

#include "core/runbook_step_model.h"
#include "ui/production_guard.h"
#include "ui/runbook_input_form.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

RunbookDetailsView::RunbookDetailsView(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_title(new QLabel(this))
    , m_facts(new QLabel(this))
    , m_description(new QLabel(this))
    , m_inputs(new RunbookInputForm(this))
    , m_steps(new RunbookStepModel(this))
    , m_stepView(new QTableView(this))
    , m_refusal(new QLabel(this))
    , m_start(new QPushButton(tr("Start run"), this)) {
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Runbook"));
    m_facts->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_facts->setAccessibleName(tr("About this runbook"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAccessibleName(tr("Description"));

    auto* inputGroup = new QGroupBox(tr("Inputs"), this);
    (new QVBoxLayout(inputGroup))->addWidget(m_inputs);

    auto* stepGroup = new QGroupBox(tr("Steps"), this);
    m_stepView->setModel(m_steps);
    m_stepView->setAccessibleName(tr("Steps of the runbook"));
    m_stepView->verticalHeader()->hide();
    for (int column = 0; column < RunbookStepModel::ColumnCount; ++column) {
        const bool shown =
            column == RunbookStepModel::StepColumn || column == RunbookStepModel::KindColumn;
        m_stepView->setColumnHidden(column, !shown);
    }
    m_stepView->horizontalHeader()->setSectionResizeMode(RunbookStepModel::StepColumn,
                                                         QHeaderView::Stretch);
    m_stepView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_stepView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_stepView->setAlternatingRowColors(true);
    (new QVBoxLayout(stepGroup))->addWidget(m_stepView);

    m_refusal->setWordWrap(true);
    m_refusal->setAccessibleName(tr("Why the run cannot start"));
    m_refusal->hide();
    m_start->setObjectName(QStringLiteral("startRun"));
    m_start->setDefault(true);
    if (m_guard) {
        m_guard->guard(m_start);
    }
    connect(m_start, &QPushButton::clicked, this, &RunbookDetailsView::startRequested);
    connect(m_inputs, &RunbookInputForm::changed, this, &RunbookDetailsView::follow);

    auto* content = new QWidget(this);
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(m_facts);
    column->addWidget(m_description);
    column->addWidget(inputGroup);
    column->addWidget(stepGroup, 1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_refusal, 1);
    actions->addStretch();
    actions->addWidget(m_start);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addLayout(actions);
    follow();
}

void RunbookDetailsView::setLaunch(const RunbookLaunch& launch) {
    const Runbook& runbook = launch.runbook();
    m_title->setText(runbook.title);
    QStringList facts;
    facts.append(runbook.triggers.isEmpty()
                     ? tr("Answers no alert")
                     : tr("Answers %1").arg(runbook.triggers.join(QStringLiteral(", "))));
    facts.append(tr("severity %1").arg(runbook.severity));
    facts.append(runbook.opensIncident ? tr("opens an incident on the server")
                                       : tr("opens no incident"));
    facts.append(runbook.changesServerState() ? tr("changes server state") : tr("only reads"));
    facts.append(runbook.builtIn ? tr("built-in")
                                 : tr("from %1").arg(QFileInfo(runbook.sourceFile).fileName()));
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_description->setText(runbook.description);
    m_steps->reset(runbook, {});
    m_inputs->setLaunch(launch);
    if (m_guard) {
        m_guard->setLockApplies(m_start, runbook.changesServerState());
    }
    follow();
}

const RunbookLaunch& RunbookDetailsView::launch() const {
    return m_inputs->launch();
}

void RunbookDetailsView::setRefusal(const QString& reason) {
    m_refusalText = reason;
    follow();
}

QString RunbookDetailsView::refusal() const {
    return m_refusalText;
}

void RunbookDetailsView::follow() {
    const bool hasRunbook = !launch().runbook().id.isEmpty();
    QString reason = m_refusalText;
    if (reason.isEmpty() && hasRunbook && !launch().isValid()) {
        reason = tr("Give every input a valid value to start.");
    }
    m_refusal->setText(reason);
    m_refusal->setVisible(!reason.isEmpty());
    const bool wanted = hasRunbook && m_refusalText.isEmpty() && launch().isValid();
    if (m_guard) {
        m_guard->setWanted(m_start, wanted);
    } else {
        m_start->setEnabled(wanted);
    }
}

}  // namespace recops::console
