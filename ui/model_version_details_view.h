// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/data_source.h"
#include "core/model_version_details.h"

#include <optional>

#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace recops::console {

class CohortMetricsModel;
class JsonPropertiesModel;
class LabelFilterProxyModel;
class ManifestFileModel;

/**
 * One version in full: its metrics overall and per cohort, the rest of metrics.json (the
 * split, timings), and its manifest: the files with their SHA-256, the data it was
 * trained on and its window, the parameters.
 */
class ModelVersionDetailsView : public QWidget {
    Q_OBJECT

public:
    explicit ModelVersionDetailsView(QWidget* parent = nullptr);

    /// Shows @p details; nullopt shows @p note instead (loading, failed, nothing selected).
    void showDetails(const std::optional<ModelVersionDetails>& details, const QString& note);
    /// The tables' filter (the page's Ctrl+F field).
    void setQuery(const QString& query);

    QString headline() const;
    CohortMetricsModel* cohortMetrics() const { return m_cohorts; }
    ManifestFileModel* files() const { return m_files; }
    QTabWidget* tabs() const { return m_tabs; }

private:
    QLabel* m_headline;
    QLabel* m_window;
    QTabWidget* m_tabs;
    CohortMetricsModel* m_cohorts;
    JsonPropertiesModel* m_otherMetrics;
    ManifestFileModel* m_files;
    JsonPropertiesModel* m_manifest;
    QList<LabelFilterProxyModel*> m_filters;
};

}  // namespace recops::console
