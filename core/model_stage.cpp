// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/model_stage.h"

namespace recops::console {

QList<ModelStage> ModelStages::all() {
    return {ModelStage::None, ModelStage::Staging, ModelStage::Production, ModelStage::Archived};
}

QString ModelStages::key(ModelStage stage) {
    switch (stage) {
        case ModelStage::None:
            return QStringLiteral("None");
        case ModelStage::Staging:
            return QStringLiteral("Staging");
        case ModelStage::Production:
            return QStringLiteral("Production");
        case ModelStage::Archived:
            return QStringLiteral("Archived");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<ModelStage> ModelStages::fromKey(const QString& key) {
    for (ModelStage stage : all()) {
        if (ModelStages::key(stage).compare(key, Qt::CaseInsensitive) == 0) {
            return stage;
        }
    }
    return std::nullopt;
}

QString ModelStages::displayName(ModelStage stage) {
    switch (stage) {
        case ModelStage::None:
            return tr("None");
        case ModelStage::Staging:
            return tr("Staging");
        case ModelStage::Production:
            return tr("Production");
        case ModelStage::Archived:
            return tr("Archived");
    }
    Q_UNREACHABLE();
    return QString();
}

}  // namespace recops::console
