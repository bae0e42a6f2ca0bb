// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/version_comparison_dialog.h"

#include "core/change_summary.h"
#include "core/label_filter_proxy_model.h"
#include "core/metric_comparison_model.h"
#include "core/registry_paths.h"
#include "ui/registry_item_delegate.h"
#include "ui/table_views.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

namespace {
// Versions do not change once registered; their details are read once per choice.
constexpr int kDetailsIntervalMs = 10 * 60 * 1000;
}  // namespace

VersionComparisonDialog::VersionComparisonDialog(ServerConnection* connection,
                                                 const ModelVersionList& versions, int baseline,
                                                 int candidate, QWidget* parent)
    : QDialog(parent)
    , m_model(versions.model)
    , m_baseline(new QComboBox(this))
    , m_candidate(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_comparison(new MetricComparisonModel(this))
    , m_sorted(new LabelFilterProxyModel(this))
    , m_view(nullptr)
    , m_baselineDetails(new PolledResource<ModelVersionDetails>(
          connection, pathOf(baseline), &ModelVersionDetails::fromJson, this))
    , m_candidateDetails(new PolledResource<ModelVersionDetails>(
          connection, pathOf(candidate), &ModelVersionDetails::fromJson, this)) {
    setObjectName(QStringLiteral("versionComparisonDialog"));
    setWindowTitle(tr("Compare versions of %1").arg(versions.model));
    setAccessibleName(windowTitle());
    resize(900, 600);

    for (const ModelVersion& version : versions.versions) {
        const QString text =
            tr("%1 — %2 (%3)")
                .arg(version.version)
                .arg(ModelStages::displayName(version.stage), ChangeSummary::versionTag(version));
        m_baseline->addItem(text, version.version);
        m_candidate->addItem(text, version.version);
    }
    m_baseline->setCurrentIndex(std::max(0, m_baseline->findData(baseline)));
    m_candidate->setCurrentIndex(std::max(0, m_candidate->findData(candidate)));
    m_baseline->setAccessibleName(tr("Baseline version"));
    m_candidate->setAccessibleName(tr("Candidate version"));
    m_filter->setPlaceholderText(tr("Filter: text, or verdict=worse scope=new_users"));
    m_filter->setAccessibleName(tr("Filter the comparison"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Comparison summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_sorted->setSourceModel(m_comparison);
    m_sorted->setSortRole(MetricComparisonModel::SortRole);
    m_view = TableViews::create(m_sorted, tr("Metric comparison"), this);
    m_view->setItemDelegate(new RegistryItemDelegate(
        RegistryItemDelegate::Table::Verdicts,
        {MetricComparisonModel::DifferenceColumn, MetricComparisonModel::VerdictColumn}, m_view));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto* choices = new QFormLayout;
    choices->addRow(tr("&Baseline:"), m_baseline);
    choices->addRow(tr("&Candidate:"), m_candidate);
    choices->addRow(tr("&Filter:"), m_filter);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choices);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    for (PolledResource<ModelVersionDetails>* details : {m_baselineDetails, m_candidateDetails}) {
        details->setIntervalMs(kDetailsIntervalMs);
        connect(details, &DataSource::statusChanged, this,
                &VersionComparisonDialog::refreshComparison);
        connect(details, &DataSource::dataChanged, this,
                &VersionComparisonDialog::refreshComparison);
        details->start();
    }
    connect(m_baseline, &QComboBox::currentIndexChanged, this,
            [this] { m_baselineDetails->setPath(pathOf(m_baseline->currentData().toInt())); });
    connect(m_candidate, &QComboBox::currentIndexChanged, this,
            [this] { m_candidateDetails->setPath(pathOf(m_candidate->currentData().toInt())); });
    connect(m_filter, &QLineEdit::textChanged, m_sorted, &LabelFilterProxyModel::setQuery);
    refreshComparison();
}

QString VersionComparisonDialog::pathOf(int version) const {
    return RegistryPaths::version(m_model, version);
}

bool VersionComparisonDialog::isLoaded() const {
    return m_baselineDetails->value().has_value() && m_candidateDetails->value().has_value();
}

QString VersionComparisonDialog::summary() const {
    return m_summary->text();
}

void VersionComparisonDialog::refreshComparison() {
    if (!isLoaded()) {
        m_comparison->clear();
        QStringList problems;
        for (const auto* details : {m_baselineDetails, m_candidateDetails}) {
            if (details->lastError().isError()) {
                problems.append(details->lastError().detailedText());
            }
        }
        m_summary->setText(
            problems.isEmpty()
                ? tr("Loading both versions' metrics…")
                : tr("The metrics could not be loaded: %1").arg(problems.join(u"; ")));
        return;
    }
    const ModelVersionDetails& baseline = *m_baselineDetails->value();
    const ModelVersionDetails& candidate = *m_candidateDetails->value();
    m_comparison->compare(baseline.version.version, baseline.metrics, candidate.version.version,
                          candidate.metrics);
    m_summary->setText(tr("Version %1 against version %2: %3 better, %4 worse, %5 the same, %6 "
                          "not comparable (counts, or missing on one side).")
                           .arg(candidate.version.version)
                           .arg(baseline.version.version)
                           .arg(m_comparison->count(MetricVerdict::Better))
                           .arg(m_comparison->count(MetricVerdict::Worse))
                           .arg(m_comparison->count(MetricVerdict::Same))
                           .arg(m_comparison->count(MetricVerdict::NotComparable)));
}

}  // namespace recops::console
