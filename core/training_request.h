// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_stage.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace recops::console {

/**
 * A training job to start, as the console's form holds it, and the body of
 * POST /api/v1/trainer/run it becomes. problem() checks it the way recopsd will, so the
 * form can say what is wrong before anything is sent.
 */
struct TrainingRequest {
    Q_DECLARE_TR_FUNCTIONS(TrainingRequest)

public:
    /// Which events the job trains on.
    enum class Window {
        AllEvents,  ///< every stored event
        LastDays,   ///< the last lastDays days
        Range,      ///< from fromUtc to toUtc
    };

    /// The model to train; empty trains the serving model.
    QString model;
    /// "ease", "als", "itemknn", "popularity"; empty lets recopsd choose for the data.
    QString algorithm;
    /// The algorithm's parameters as text: "factors=64, iterations=15".
    QString parameters;
    Window window = Window::AllEvents;
    double lastDays = 30.0;
    QDateTime fromUtc;
    QDateTime toUtc;
    /// The new version's label.
    QString label;
    /// Train and evaluate, register nothing.
    bool dryRun = false;
    /// Promote the new version through the gates (Staging or Production); none registers it
    /// in None.
    std::optional<ModelStage> targetStage;

    /// The algorithms recopsd's trainer knows.
    static QStringList knownAlgorithms();
    /// Reads "factors=64, iterations=15, solver=cg": numbers and true/false as such, the
    /// rest as text. nullopt, with @p error naming the term, when a term is not key=value.
    static std::optional<QJsonObject> parseParameters(const QString& text, QString* error);

    /// What is wrong, naming the field; empty when the request can be sent.
    QString problem() const;
    /// The JSON body; only meaningful when problem() is empty.
    QJsonObject toJson() const;
};

}  // namespace recops::console
