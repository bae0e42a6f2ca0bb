// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_stage.h"

#include <optional>

#include <QDateTime>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace recops::console {

class JsonReader;

/**
 * One registered version of a model, as GET /api/v1/models/{name}/versions lists it: its
 * stage and aliases, how it was trained, and its headline metrics (metrics.json's
 * "overall" object; the cohorts come with ModelVersionDetails).
 */
struct ModelVersion {
    QString model;
    int version = 0;
    ModelStage stage = ModelStage::None;
    QStringList aliases;
    /// The algorithm with its parameters, as trained: "als:factors=64,iterations=15".
    QString algorithm;
    QString label;
    QDateTime createdAtUtc;
    QString createdBy;
    QDateTime stageChangedAtUtc;
    bool everProduction = false;
    QString manifestSha256;
    /// Headline metrics by name ("ndcg@10"), numbers only.
    QMap<QString, double> metrics;

    /// The algorithm's name alone: "als".
    QString algorithmName() const;

    static ModelVersion read(JsonReader& reader);
    friend bool operator==(const ModelVersion&, const ModelVersion&) = default;
};

/// GET /api/v1/models/{name}/versions: every version, newest first.
struct ModelVersionList {
    QString model;
    QList<ModelVersion> versions;

    const ModelVersion* find(int version) const;
    /// The version in Production, if any.
    const ModelVersion* production() const;

    static std::optional<ModelVersionList> fromJson(const QJsonDocument& document, QString* error);
};

}  // namespace recops::console
