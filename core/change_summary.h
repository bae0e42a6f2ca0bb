// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/gate_result.h"
#include "core/model_stage.h"

#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace recops::console {

struct ConnectionProfile;
struct ModelVersion;

/**
 * The words of the confirmations that come before a change to the server: where it
 * happens (production says so loudly) and exactly what changes, so that nobody confirms
 * a promotion on the wrong server or the wrong version.
 */
class ChangeSummary {
    Q_DECLARE_TR_FUNCTIONS(ChangeSummary)

public:
    /// "PRODUCTION — prod-eu (https://…)", "Staging — staging (http://…)".
    static QString environment(const ConnectionProfile& profile);
    /// The line that opens every confirmation: on production, that live traffic is affected.
    static QString environmentNotice(const ConnectionProfile& profile);

    /// "Move version 2 of default (als, “weekly”) from None to Production."
    static QString transition(const ModelVersion& version, ModelStage toStage);
    /// What else happens and on what grounds: the Production version that is archived, the
    /// gates' verdict, a forced change and its comment.
    static QString transitionDetails(const ModelVersion& version, ModelStage toStage,
                                     std::optional<int> productionVersion,
                                     const QList<GateResult>& gates, bool force,
                                     const QString& comment);
    /// "Roll default back from version 3 to version 1, which served in Production before."
    static QString rollback(const QString& model, int productionVersion, int targetVersion);
    /// "Send 10 % of default's traffic to version 2 (Production version 1 keeps 90 %)."
    static QString rollout(const QString& model, int candidateVersion,
                           std::optional<int> productionVersion, double percent);
    /// "Promote canary version 2 of default to Production, through the gates."
    static QString rolloutPromotion(const QString& model, int candidateVersion);
    /// "Stop the canary of default: all traffic returns to Production version 1."
    static QString rolloutAbort(const QString& model, int candidateVersion,
                                std::optional<int> productionVersion);

    /// "Set the alias champion of default to version 3." or "Move the alias champion of
    /// default from version 2 to version 3."
    static QString aliasSet(const QString& model, const QString& alias, int version,
                            std::optional<int> previousVersion);
    /// "Remove the alias champion of default (on version 2)."
    static QString aliasRemoval(const QString& model, const QString& alias, int version);
    /// "Cancel training job job-1a2b (als, running)."
    static QString jobCancellation(const QString& jobId, const QString& algorithm,
                                   const QString& status);

    /// "als" or "als, “weekly”": how a version is recognised at a glance.
    static QString versionTag(const ModelVersion& version);
};

}  // namespace recops::console
