// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/transition_dialog.h"

#include "core/change_summary.h"
#include "core/gate_result_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/model_operations.h"
#include "core/stage_transition.h"
#include "ui/change_confirmation.h"
#include "ui/production_guard.h"
#include "ui/registry_item_delegate.h"
#include "ui/table_views.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace recops::console {

TransitionDialog::TransitionDialog(ModelOperations* operations, ProductionGuard* guard,
                                   const ConnectionProfile& profile, const ModelVersion& version,
                                   std::optional<int> productionVersion, ModelStage stage,
                                   TokenRole role, QWidget* parent)
    : QDialog(parent)
    , m_guard(guard)
    , m_profile(profile)
    , m_version(version)
    , m_production(productionVersion)
    , m_role(role)
    , m_transition(new StageTransition(operations, this))
    , m_gates(new GateResultModel(this))
    , m_gatesSorted(new LabelFilterProxyModel(this))
    , m_change(new QLabel(this))
    , m_stage(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_force(new QCheckBox(tr("&Force past failing gates (admin; needs a comment)"), this))
    , m_verdict(new QLabel(this))
    , m_gatesView(nullptr)
    , m_checkAgain(new QPushButton(tr("&Check the gates again"), this))
    , m_apply(new QPushButton(this))
    , m_recheck(new QTimer(this)) {
    setObjectName(QStringLiteral("transitionDialog"));
    setWindowTitle(tr("Change the stage of %1 version %2").arg(version.model).arg(version.version));
    setAccessibleName(windowTitle());
    resize(860, 520);

    m_change->setWordWrap(true);
    m_change->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change->setAccessibleName(tr("Change"));
    for (ModelStage target : ModelStages::all()) {
        if (target != version.stage) {
            m_stage->addItem(ModelStages::displayName(target), static_cast<int>(target));
        }
    }
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(static_cast<int>(stage))));
    m_stage->setAccessibleName(tr("Target stage"));
    m_comment->setPlaceholderText(tr("Why (kept in the stage history)"));
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setFixedHeight(60);
    m_force->setAccessibleName(tr("Force past failing gates"));
    m_force->setVisible(role.canForce());
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setAccessibleName(tr("Gate verdict"));
    QFont bold = m_verdict->font();
    bold.setBold(true);
    m_verdict->setFont(bold);

    m_gatesSorted->setSourceModel(m_gates);
    m_gatesSorted->setSortRole(GateResultModel::SortRole);
    m_gatesView = TableViews::create(m_gatesSorted, tr("Gates"), this);
    m_gatesView->setItemDelegate(
        new RegistryItemDelegate(RegistryItemDelegate::Table::Gates, {}, m_gatesView));
    m_gatesView->horizontalHeader()->setSectionResizeMode(GateResultModel::GateColumn,
                                                          QHeaderView::ResizeToContents);

    m_apply->setObjectName(QStringLiteral("applyTransition"));
    m_apply->setDefault(false);
    m_apply->setAutoDefault(false);
    m_checkAgain->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_checkAgain, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("C&omment:"), m_comment);
    form->addRow(QString(), m_force);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_change);
    layout->addLayout(form);
    layout->addWidget(m_verdict);
    layout->addWidget(m_gatesView, 1);
    layout->addWidget(buttons);

    if (m_guard) {
        m_guard->guard(m_apply);
    }
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(500);
    connect(m_recheck, &QTimer::timeout, m_transition, &StageTransition::evaluate);
    connect(m_stage, &QComboBox::currentIndexChanged, this, [this] {
        updateRequest();
        m_transition->evaluate();
    });
    connect(m_force, &QCheckBox::toggled, this, [this] {
        updateRequest();
        m_transition->evaluate();
    });
    connect(m_comment, &QPlainTextEdit::textChanged, this, [this] {
        updateRequest();
        if (m_force->isChecked()) {
            m_recheck->start();  // recopsd checks a forced change's comment
        }
        follow();
    });
    connect(m_checkAgain, &QPushButton::clicked, m_transition, &StageTransition::evaluate);
    connect(m_apply, &QPushButton::clicked, this, &TransitionDialog::confirm);
    connect(m_transition, &StageTransition::stateChanged, this, &TransitionDialog::follow);

    updateRequest();
    m_transition->evaluate();
}

TransitionDialog::~TransitionDialog() = default;

ModelStage TransitionDialog::chosenStage() const {
    return static_cast<ModelStage>(m_stage->currentData().toInt());
}

QString TransitionDialog::verdictText() const {
    return m_verdict->text();
}

void TransitionDialog::updateRequest() {
    TransitionRequest request;
    request.model = m_version.model;
    request.version = m_version.version;
    request.toStage = chosenStage();
    request.comment = m_comment->toPlainText().trimmed();
    request.force = m_role.canForce() && m_force->isChecked();
    m_transition->setRequest(request);
    m_change->setText(ChangeSummary::transition(m_version, request.toStage));
    m_apply->setText(tr("&Move to %1…").arg(ModelStages::displayName(request.toStage)));
    m_apply->setAccessibleName(tr("Move to %1").arg(ModelStages::displayName(request.toStage)));
}

void TransitionDialog::follow() {
    using State = StageTransition::State;
    m_gates->setRecords(m_transition->gates());
    const TransitionRequest request = m_transition->request();
    const int failed = GateResults::failedCount(m_transition->gates());
    QString verdict;
    switch (m_transition->state()) {
        case State::Idle:
        case State::Evaluating:
            verdict = tr("Checking the gates…");
            break;
        case State::Evaluated:
            if (failed == 0) {
                verdict = tr("✓ %1. Nothing has changed yet.")
                              .arg(GateResults::summary(m_transition->gates()));
            } else if (request.force) {
                verdict = tr("✗ %1. Forced: the change goes past them and is recorded as forced.")
                              .arg(GateResults::summary(m_transition->gates()));
            } else {
                verdict = m_role.canForce()
                              ? tr("✗ %1. recopsd refuses this change unless an admin forces it "
                                   "with a comment.")
                                    .arg(GateResults::summary(m_transition->gates()))
                              : tr("✗ %1. recopsd refuses this change.")
                                    .arg(GateResults::summary(m_transition->gates()));
            }
            break;
        case State::Applying:
            verdict = tr("Changing the stage…");
            break;
        case State::Applied:
            Q_EMIT applied(appliedMessage());
            accept();
            return;
        case State::Unchanged:
            verdict = tr("Version %1 is already in %2: nothing to change.")
                          .arg(m_version.version)
                          .arg(ModelStages::displayName(request.toStage));
            break;
        case State::Refused:
            verdict = m_transition->refusedOnApply()
                          ? tr("✗ recopsd refused the change: %1")
                                .arg(m_transition->error().detailedText())
                          : tr("✗ recopsd refuses this change: %1")
                                .arg(m_transition->error().detailedText());
            break;
        case State::Conflict:
            verdict = tr("✗ Production changed meanwhile (now %1): %2. Check the gates again.")
                          .arg(m_transition->currentProduction()
                                   ? tr("version %1").arg(*m_transition->currentProduction())
                                   : tr("no version"),
                               m_transition->error().detailedText());
            break;
        case State::Failed:
            verdict =
                tr("The gates could not be checked: %1").arg(m_transition->error().detailedText());
            break;
    }
    m_verdict->setText(verdict);
    const bool commentMissing = request.force && request.comment.isEmpty();
    if (commentMissing && m_transition->state() == State::Evaluated) {
        m_verdict->setText(verdict + u' ' + tr("A forced change needs a comment."));
    }
    const bool wanted = m_transition->canApply() && !commentMissing;
    if (m_guard) {
        m_guard->setWanted(m_apply, wanted);
    } else {
        m_apply->setEnabled(wanted);
    }
    m_checkAgain->setEnabled(m_transition->state() != State::Applying);
}

void TransitionDialog::confirm() {
    if (!m_transition->canApply()) {
        return;
    }
    const TransitionRequest request = m_transition->request();
    const QList<GateResult> gates = m_transition->gates();
    m_confirmation = ChangeConfirmation::ask(
        this, m_profile, tr("Confirm the stage change"),
        ChangeSummary::transition(m_version, request.toStage),
        ChangeSummary::transitionDetails(m_version, request.toStage, m_production, gates,
                                         request.force, request.comment),
        tr("Move to %1").arg(ModelStages::displayName(request.toStage)), [this, request] {
            // Only what was checked and confirmed goes out.
            const TransitionRequest now = m_transition->request();
            if (now.toStage == request.toStage && now.force == request.force) {
                m_transition->apply();
            }
        });
}

QString TransitionDialog::appliedMessage() const {
    const TransitionRequest request = m_transition->request();
    QString message = tr("Version %1 of %2 is in %3 now.")
                          .arg(m_version.version)
                          .arg(m_version.model, ModelStages::displayName(request.toStage));
    if (const auto archived = m_transition->archivedProduction()) {
        message += u' ' + tr("Version %1 left Production for Archived.").arg(*archived);
    }
    return message;
}

}  // namespace recops::console
