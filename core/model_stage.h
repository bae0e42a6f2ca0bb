// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace recops::console {

/// Where a registered model version stands: None → Staging → Production → Archived.
enum class ModelStage {
    None,
    Staging,
    Production,
    Archived,
};

/// Names of the stages in the API and on screen.
class ModelStages {
    Q_DECLARE_TR_FUNCTIONS(ModelStages)

public:
    static QList<ModelStage> all();
    /// The API's name: "None", "Staging", "Production", "Archived".
    static QString key(ModelStage stage);
    static std::optional<ModelStage> fromKey(const QString& key);
    /// Translated, for the screen.
    static QString displayName(ModelStage stage);
};

}  // namespace recops::console
