// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_version_table_model.h"

#include "core/model_metrics.h"
#include "core/registry_format.h"

#include <utility>

#include <QVariantMap>

namespace recops::console {

ModelVersionTableModel::ModelVersionTableModel(QObject* parent) : RecordTableModel(parent) {}

QString ModelVersionTableModel::keyOf(const ModelVersion& version) const {
    return version.model + u'@' + QString::number(version.version);
}

QStringList ModelVersionTableModel::orderedMetrics(const QList<ModelVersion>& versions) {
    QStringList names;
    for (const ModelVersion& version : versions) {
        for (auto it = version.metrics.cbegin(); it != version.metrics.cend(); ++it) {
            // "users" is how many were evaluated, not a quality.
            if (it.key().contains(u'@') && !names.contains(it.key())) {
                names.append(it.key());
            }
        }
    }
    return ModelMetrics::ordered(names);
}

void ModelVersionTableModel::setVersions(const ModelVersionList& list) {
    const QStringList metrics = orderedMetrics(list.versions);
    if (metrics != m_metricNames) {
        beginResetModel();
        m_metricNames = metrics;
        endResetModel();
    }
    setRecords(list.versions);
}

const ModelVersion* ModelVersionTableModel::version(int number) const {
    for (const ModelVersion& candidate : records()) {
        if (candidate.version == number) {
            return &candidate;
        }
    }
    return nullptr;
}

void ModelVersionTableModel::notifyRowsOf(int version) {
    for (int row = 0; row < rowCount(); ++row) {
        if (recordAt(row)->version == version) {
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        }
    }
}

void ModelVersionTableModel::setServingVersion(std::optional<int> version) {
    if (version == m_serving) {
        return;
    }
    const std::optional<int> previous = std::exchange(m_serving, version);
    if (previous) {
        notifyRowsOf(*previous);
    }
    if (version) {
        notifyRowsOf(*version);
    }
}

void ModelVersionTableModel::setCanary(std::optional<int> version, double percent) {
    if (version == m_canary && percent == m_canaryPercent) {
        return;
    }
    const std::optional<int> previous = std::exchange(m_canary, version);
    m_canaryPercent = percent;
    if (previous) {
        notifyRowsOf(*previous);
    }
    if (version) {
        notifyRowsOf(*version);
    }
}

int ModelVersionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : FirstMetricColumn + static_cast<int>(m_metricNames.size());
}

QVariant ModelVersionTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ModelVersion& version = *recordAt(index.row());
    const bool serving = m_serving == version.version;
    const bool canary = m_canary == version.version;
    const int column = index.column();
    switch (role) {
        case VersionRole:
            return version.version;
        case StageRole:
            return static_cast<int>(version.stage);
        case AliasesRole:
            return version.aliases;
        case ServingRole:
            return serving;
        case CanaryRole:
            return canary;
        case BadgesRole: {
            const auto badge = [](const QString& text, const QString& kind) {
                return QVariantMap{{QStringLiteral("text"), text}, {QStringLiteral("kind"), kind}};
            };
            QVariantList badges;
            if (column == StageColumn) {
                badges.append(
                    badge(ModelStages::displayName(version.stage), QStringLiteral("stage")));
                if (serving) {
                    badges.append(badge(tr("serving"), QStringLiteral("serving")));
                }
                if (canary) {
                    badges.append(
                        badge(tr("canary %1").arg(RegistryFormat::percent(m_canaryPercent)),
                              QStringLiteral("canary")));
                }
            } else if (column == AliasesColumn) {
                for (const QString& alias : version.aliases) {
                    badges.append(badge(alias, QStringLiteral("alias")));
                }
            }
            return badges;
        }
        case LabelsRole:
            return QVariantMap{
                {QStringLiteral("serving"), serving ? tr("yes") : tr("no")},
                {QStringLiteral("canary"), canary ? tr("yes") : tr("no")},
                {QStringLiteral("ever_production"), version.everProduction ? tr("yes") : tr("no")},
                {QStringLiteral("created_by"), version.createdBy}};
        default:
            break;
    }
    if (column >= FirstMetricColumn) {
        const QString metric = m_metricNames.at(column - FirstMetricColumn);
        const auto value = version.metrics.constFind(metric);
        if (role == Qt::DisplayRole) {
            return value == version.metrics.cend() ? QString() : RegistryFormat::metric(*value);
        }
        if (role == SortRole) {
            return value == version.metrics.cend() ? QVariant() : QVariant(*value);
        }
        if (role == Qt::TextAlignmentRole) {
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        }
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (column) {
            case VersionColumn:
                return QString::number(version.version);
            case StageColumn:
                // Serving and canary are badges and labels (serving=yes), so that
                // stage=production still finds the serving version.
                return ModelStages::displayName(version.stage);
            case AliasesColumn:
                return version.aliases.join(QStringLiteral(", "));
            case AlgorithmColumn:
                return version.algorithm;
            case LabelColumn:
                return version.label;
            case CreatedColumn:
                if (role == Qt::ToolTipRole && !version.createdBy.isEmpty()) {
                    return tr("%1 by %2")
                        .arg(RegistryFormat::time(version.createdAtUtc), version.createdBy);
                }
                return RegistryFormat::time(version.createdAtUtc);
            default:
                return {};
        }
    }
    if (role == Qt::AccessibleTextRole && column == VersionColumn && serving) {
        return tr("%1, served now").arg(version.version);
    }
    if (role == Qt::AccessibleTextRole && column == StageColumn) {
        QStringList words{ModelStages::displayName(version.stage)};
        if (serving) {
            words.append(tr("serving"));
        }
        if (canary) {
            words.append(tr("canary %1").arg(RegistryFormat::percent(m_canaryPercent)));
        }
        return words.join(QStringLiteral(", "));
    }
    if (role == SortRole) {
        switch (column) {
            case VersionColumn:
                return version.version;
            case StageColumn:
                return static_cast<int>(version.stage);
            case CreatedColumn:
                return version.createdAtUtc;
            default:
                return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && column == VersionColumn) {
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    }
    return {};
}

QVariant ModelVersionTableModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    if (section >= FirstMetricColumn) {
        const QString metric = m_metricNames.at(section - FirstMetricColumn);
        if (role == Qt::DisplayRole || role == MetricNameRole) {
            return metric;
        }
        return {};
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
        case VersionColumn:
            return tr("Version");
        case StageColumn:
            return tr("Stage");
        case AliasesColumn:
            return tr("Aliases");
        case AlgorithmColumn:
            return tr("Algorithm");
        case LabelColumn:
            return tr("Label");
        case CreatedColumn:
            return tr("Created");
        default:
            return {};
    }
}

}  // namespace recops::console
