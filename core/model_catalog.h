// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QString>

namespace recops::console {

/// One registered model, as GET /api/v1/models lists it.
struct RegisteredModel {
    QString name;
    QDateTime createdAtUtc;
    int latestVersion = 0;
    std::optional<int> productionVersion;

    friend bool operator==(const RegisteredModel&, const RegisteredModel&) = default;
};

/// GET /api/v1/models: the registered models and the one recopsd serves.
struct ModelCatalog {
    QList<RegisteredModel> models;
    QString servingModel;

    static std::optional<ModelCatalog> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
