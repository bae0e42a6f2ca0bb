// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/canary_panel.h"

#include "core/change_summary.h"
#include "core/label_filter_proxy_model.h"
#include "core/registry_format.h"
#include "core/rollout_arm_model.h"
#include "ui/production_guard.h"
#include "ui/registry_item_delegate.h"
#include "ui/table_views.h"

#include <cmath>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

CanaryPanel::CanaryPanel(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_state(new QLabel(this))
    , m_candidate(new QComboBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
    , m_share(new QDoubleSpinBox(this))
    , m_start(new QPushButton(this))
    , m_promote(new QPushButton(tr("&Promote canary…"), this))
    , m_abort(new QPushButton(tr("A&bort canary…"), this))
    , m_controls(new QWidget(this))
    , m_arms(new RolloutArmModel(this)) {
    m_state->setAccessibleName(tr("Canary status"));
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_candidate->setAccessibleName(tr("Candidate version"));
    m_slider->setRange(0, 100);
    m_slider->setValue(5);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setTickInterval(10);
    m_slider->setAccessibleName(tr("Candidate's share of traffic"));
    m_share->setRange(0.0, 100.0);
    m_share->setDecimals(1);
    m_share->setSingleStep(1.0);
    m_share->setSuffix(tr(" %"));
    m_share->setValue(5.0);
    m_share->setAccessibleName(tr("Candidate's share in percent"));
    m_start->setObjectName(QStringLiteral("startCanary"));
    m_promote->setObjectName(QStringLiteral("promoteCanary"));
    m_promote->setAccessibleName(tr("Promote canary"));
    m_promote->setToolTip(tr("Promote the candidate to Production through the gates."));
    m_abort->setObjectName(QStringLiteral("abortCanary"));
    m_abort->setAccessibleName(tr("Abort canary"));
    m_abort->setToolTip(tr("Send all traffic back to Production."));
    for (QWidget* control : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_promote),
                             static_cast<QWidget*>(m_abort), static_cast<QWidget*>(m_candidate),
                             static_cast<QWidget*>(m_slider), static_cast<QWidget*>(m_share)}) {
        if (m_guard) {
            m_guard->guard(control);
        }
    }

    auto* share = new QHBoxLayout;
    share->addWidget(m_slider, 1);
    share->addWidget(m_share);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_promote);
    buttons->addWidget(m_abort);
    buttons->addStretch();
    auto* form = new QFormLayout(m_controls);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Ca&ndidate:"), m_candidate);
    form->addRow(tr("S&hare:"), share);
    form->addRow(QString(), buttons);

    auto* sorted = new LabelFilterProxyModel(this);
    sorted->setSourceModel(m_arms);
    sorted->setSortRole(RolloutArmModel::SortRole);
    m_armsView = TableViews::create(sorted, tr("Canary arms"), this);
    m_armsView->setObjectName(QStringLiteral("canaryArmsTable"));
    m_armsView->setSortingEnabled(false);  // the figures read in their own order
    m_armsView->setItemDelegate(new RegistryItemDelegate(
        RegistryItemDelegate::Table::Verdicts, {RolloutArmModel::CandidateColumn}, m_armsView));
    m_armsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_controls);
    layout->addWidget(m_armsView, 1);

    connect(m_slider, &QSlider::valueChanged, this, [this](int value) {
        if (std::lround(m_share->value()) != value) {
            m_share->setValue(value);
        }
    });
    connect(m_share, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        if (m_slider->value() != std::lround(value)) {
            const QSignalBlocker blocker(m_slider);
            m_slider->setValue(static_cast<int>(std::lround(value)));
        }
        follow();
    });
    connect(m_candidate, &QComboBox::currentIndexChanged, this, &CanaryPanel::follow);
    connect(m_start, &QPushButton::clicked, this, [this] {
        Q_EMIT startRequested(m_candidate->currentData().toInt(), m_share->value());
    });
    connect(m_promote, &QPushButton::clicked, this, &CanaryPanel::promoteRequested);
    connect(m_abort, &QPushButton::clicked, this, &CanaryPanel::abortRequested);
    setRole(TokenRole());
    setStatus(RolloutStatus());
}

QString CanaryPanel::statusText() const {
    return m_state->text();
}

void CanaryPanel::setVersions(const ModelVersionList& versions) {
    m_versions = versions;
    const int chosen = m_candidate->currentData().toInt();
    const QSignalBlocker blocker(m_candidate);
    m_candidate->clear();
    for (const ModelVersion& version : versions.versions) {
        if (version.stage != ModelStage::Production) {
            m_candidate->addItem(tr("%1 — %2 (%3)")
                                     .arg(version.version)
                                     .arg(ModelStages::displayName(version.stage),
                                          ChangeSummary::versionTag(version)),
                                 version.version);
        }
    }
    const int keep = m_status.active ? m_status.candidateVersion : chosen;
    m_candidate->setCurrentIndex(std::max(0, m_candidate->findData(keep)));
    follow();
}

void CanaryPanel::setStatus(const RolloutStatus& status) {
    const bool started = status.active && !m_status.active;
    m_status = status;
    m_arms->setStatus(status);
    if (!status.active) {
        m_state->setText(
            tr("No canary runs: Production takes all of the serving model's "
               "traffic."));
    } else {
        QString text = tr("Version %1 takes %2 of %3's traffic since %4 (started by %5).")
                           .arg(status.candidateVersion)
                           .arg(RegistryFormat::percent(status.percent), status.model,
                                RegistryFormat::time(status.startedAtUtc), status.startedBy);
        text += u' ' + (status.candidateServing
                            ? tr("The candidate serves; figures since %1.")
                                  .arg(RegistryFormat::time(status.figuresSinceUtc))
                            : tr("The candidate is not serving yet: it is loading, or failed to "
                                 "load (see the Dashboard)."));
        m_state->setText(text);
    }
    if (started) {
        // Follow the server's share when a canary appears, not while someone edits it.
        m_share->setValue(status.percent);
        m_candidate->setCurrentIndex(std::max(0, m_candidate->findData(status.candidateVersion)));
    }
    follow();
}

void CanaryPanel::setRole(TokenRole role) {
    m_role = role;
    m_controls->setVisible(role.canChangeModels());
    follow();
}

void CanaryPanel::follow() {
    const bool active = m_status.active;
    const int candidate = m_candidate->currentData().toInt();
    m_start->setText(active ? tr("&Change share…") : tr("&Start canary…"));
    m_start->setAccessibleName(active ? tr("Change share") : tr("Start canary"));
    const bool canStart = candidate > 0 && (!active || candidate != m_status.candidateVersion ||
                                            std::abs(m_share->value() - m_status.percent) > 1e-9);
    const auto want = [this](QWidget* control, bool enabled) {
        if (m_guard) {
            m_guard->setWanted(control, enabled);
        } else {
            control->setEnabled(enabled);
        }
    };
    want(m_start, canStart);
    want(m_promote, active);
    want(m_abort, active);
    want(m_candidate, m_candidate->count() > 0);
}

}  // namespace recops::console
