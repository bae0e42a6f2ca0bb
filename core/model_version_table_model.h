// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_version.h"
#include "core/record_table_model.h"

#include <optional>

#include <QStringList>

namespace recops::console {

/**
 * A model's versions as a table: version, stage, aliases, algorithm, label, created, and
 * one column per headline metric the versions report (ndcg@10, precision@10...).
 *
 * Rows say in roles what the view draws apart: the version recopsd serves, the one in
 * Production, the canary. Every column sorts by its value (SortRole), not by its text.
 */
class ModelVersionTableModel : public RecordTableModel<ModelVersion> {
    Q_OBJECT

public:
    enum Column {
        VersionColumn,
        StageColumn,
        AliasesColumn,
        AlgorithmColumn,
        LabelColumn,
        CreatedColumn,
        FirstMetricColumn
    };
    enum Role {
        SortRole = Qt::UserRole + 1,  ///< the value to sort by (numbers, times, stage order)
        VersionRole,                  ///< int
        StageRole,                    ///< int: a ModelStage
        AliasesRole,                  ///< QStringList
        ServingRole,                  ///< bool: recopsd serves this version now
        CanaryRole,                   ///< bool: the candidate of the running rollout
        LabelsRole,                   ///< QVariantMap: serving, canary, ever_production, created_by
        BadgesRole,                   ///< QVariantList of {text, kind} maps for the stage and alias
                                      ///< columns; kind is "stage", "serving", "canary" or "alias"
        MetricNameRole,               ///< in headerData: the metric of a metric column
    };
    Q_ENUM(Role)

    explicit ModelVersionTableModel(QObject* parent = nullptr);

    void setVersions(const ModelVersionList& list);
    /// The version recopsd serves (from /healthz), when it is of this model.
    void setServingVersion(std::optional<int> version);
    /// The canary's candidate and share, while a rollout runs.
    void setCanary(std::optional<int> version, double percent);
    const ModelVersion* version(int number) const;
    /// The metrics shown as columns, in column order.
    QStringList metricNames() const { return m_metricNames; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The order metric columns come in: the gates' metrics first, counts left out.
    static QStringList orderedMetrics(const QList<ModelVersion>& versions);

protected:
    QString keyOf(const ModelVersion& version) const override;

private:
    void notifyRowsOf(int version);

    QStringList m_metricNames;
    std::optional<int> m_serving;
    std::optional<int> m_canary;
    double m_canaryPercent = 0.0;
};

}  // namespace recops::console
