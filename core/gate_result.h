// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <optional>

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>

namespace recops::console {

class JsonReader;

/// One promotion gate's verdict: "production.no_regression.ndcg@10" passed or not, why.
struct GateResult {
    QString gate;
    bool passed = false;
    double actual = 0.0;
    double threshold = 0.0;
    /// recopsd's own words: "ndcg@10 = 0.4506 vs Production's 0.3841 (+17.3 %)...".
    QString detail;

    static GateResult read(JsonReader& reader);
    friend bool operator==(const GateResult&, const GateResult&) = default;
};

/// The verdicts of every gate a transition went through.
class GateResults {
    Q_DECLARE_TR_FUNCTIONS(GateResults)

public:
    /// Reads the array @p key of @p reader's object ("gates").
    static QList<GateResult> read(JsonReader& reader, QStringView key);
    /// Reads an array found elsewhere (a problem object's "gates" extension); nullopt and
    /// @p error when it is not an array of gates.
    static std::optional<QList<GateResult>> fromJson(const QJsonArray& array, QString* error);
    static int failedCount(const QList<GateResult>& gates);
    /// "All gates passed (6 of 6)", "Gates failed: 2 of 6", "No gates apply".
    static QString summary(const QList<GateResult>& gates);
};

}  // namespace recops::console
