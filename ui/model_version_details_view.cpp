// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/model_version_details_view.h"

#include "core/change_summary.h"
#include "core/cohort_metrics_model.h"
#include "core/json_properties_model.h"
#include "core/label_filter_proxy_model.h"
#include "core/manifest_file_model.h"
#include "core/registry_format.h"
#include "ui/table_views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

namespace {

QLabel* selectableLabel(const QString& accessibleName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

}  // namespace

ModelVersionDetailsView::ModelVersionDetailsView(QWidget* parent)
    : QWidget(parent)
    , m_headline(selectableLabel(tr("Version details"), this))
    , m_window(selectableLabel(tr("Training data"), this))
    , m_tabs(new QTabWidget(this))
    , m_cohorts(new CohortMetricsModel(this))
    , m_otherMetrics(new JsonPropertiesModel(this))
    , m_files(new ManifestFileModel(this))
    , m_manifest(new JsonPropertiesModel(this)) {
    const auto table = [this](QAbstractItemModel* model, int sortRole, const QString& name) {
        auto* filter = new LabelFilterProxyModel(this);
        filter->setSourceModel(model);
        if (sortRole >= 0) {
            filter->setSortRole(sortRole);
        }
        m_filters.append(filter);
        QTableView* view = TableViews::create(filter, name, this);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        return view;
    };
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);

    auto* metrics = new QSplitter(Qt::Horizontal, m_tabs);
    metrics->addWidget(table(m_cohorts, CohortMetricsModel::SortRole, tr("Metrics per cohort")));
    metrics->addWidget(table(m_otherMetrics, -1, tr("Evaluation details")));
    metrics->setStretchFactor(0, 3);
    metrics->setStretchFactor(1, 2);
    auto* manifest = new QSplitter(Qt::Horizontal, m_tabs);
    QTableView* files = table(m_files, ManifestFileModel::SortRole, tr("Files"));
    files->horizontalHeader()->setSectionResizeMode(ManifestFileModel::Sha256Column,
                                                    QHeaderView::ResizeToContents);
    manifest->addWidget(files);
    manifest->addWidget(table(m_manifest, -1, tr("Manifest")));
    manifest->setStretchFactor(0, 3);
    manifest->setStretchFactor(1, 2);
    m_tabs->addTab(metrics, tr("Metrics"));
    m_tabs->addTab(manifest, tr("Manifest"));
    m_tabs->setAccessibleName(tr("Version details"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_window);
    layout->addWidget(m_tabs, 1);
    showDetails(std::nullopt, tr("Select a version to see its metrics and manifest."));
}

QString ModelVersionDetailsView::headline() const {
    return m_headline->text();
}

void ModelVersionDetailsView::setQuery(const QString& query) {
    for (LabelFilterProxyModel* filter : m_filters) {
        filter->setQuery(query);
    }
}

void ModelVersionDetailsView::showDetails(const std::optional<ModelVersionDetails>& details,
                                          const QString& note) {
    if (!details) {
        m_headline->setText(note);
        m_window->clear();
        m_cohorts->clear();
        m_otherMetrics->clear();
        m_files->clear();
        m_manifest->clear();
        return;
    }
    const ModelVersion& version = details->version;
    m_headline->setText(tr("Version %1 · %2 · %3 · created %4 by %5")
                            .arg(version.version)
                            .arg(ModelStages::displayName(version.stage), version.algorithm,
                                 RegistryFormat::time(version.createdAtUtc),
                                 version.createdBy.isEmpty() ? tr("unknown") : version.createdBy));
    m_headline->setToolTip(tr("manifest.json SHA-256: %1").arg(version.manifestSha256));
    const ModelManifest& manifest = details->manifest;
    const QString from = manifest.windowFromUtc().isValid()
                             ? RegistryFormat::time(manifest.windowFromUtc())
                             : tr("the first event");
    const QString to = manifest.windowToUtc().isValid()
                           ? RegistryFormat::time(manifest.windowToUtc())
                           : tr("the last event");
    m_window->setText(
        tr("Trained on %1 events (%2 users, %3 items) from %4 to %5; the events read span %6 "
           "to %7.")
            .arg(QLocale().toString(manifest.data.value(QLatin1StringView("events")).toInteger()),
                 QLocale().toString(manifest.data.value(QLatin1StringView("users")).toInteger()),
                 QLocale().toString(manifest.data.value(QLatin1StringView("items")).toInteger()),
                 from, to, RegistryFormat::time(manifest.firstEventUtc()),
                 RegistryFormat::time(manifest.lastEventUtc())));
    m_cohorts->setMetrics(details->metrics);
    QJsonObject rest = details->metrics.document;
    rest.remove(QLatin1StringView("overall"));
    rest.remove(QLatin1StringView("cohorts"));
    m_otherMetrics->setObject(rest);
    m_files->setRecords(manifest.files);
    QJsonObject described = manifest.document;
    described.remove(QLatin1StringView("files"));
    m_manifest->setObject(described);
}

}  // namespace recops::console
