// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/change_summary.h"

#include "core/connection_profile.h"
#include "core/environment_tag.h"
#include "core/model_version.h"
#include "core/registry_format.h"

#include <QStringList>

namespace recops::console {

QString ChangeSummary::environment(const ConnectionProfile& profile) {
    const QString name = profile.name.isEmpty() ? tr("unsaved connection") : profile.name;
    const QString tag = profile.isProduction()
                            ? EnvironmentTags::displayName(profile.environment).toUpper()
                            : EnvironmentTags::displayName(profile.environment);
    return tr("%1 — %2 (%3)").arg(tag, name, profile.url.toDisplayString());
}

QString ChangeSummary::environmentNotice(const ConnectionProfile& profile) {
    if (profile.isProduction()) {
        return tr("On %1: this changes what live traffic is served.").arg(environment(profile));
    }
    return tr("On %1.").arg(environment(profile));
}

QString ChangeSummary::versionTag(const ModelVersion& version) {
    const QString algorithm = version.algorithmName();
    if (version.label.isEmpty()) {
        return algorithm;
    }
    return tr("%1, “%2”").arg(algorithm, version.label);
}

QString ChangeSummary::aliasSet(const QString& model, const QString& alias, int version,
                                std::optional<int> previousVersion) {
    if (!previousVersion) {
        return tr("Set the alias %1 of %2 to version %3.").arg(alias, model).arg(version);
    }
    return tr("Move the alias %1 of %2 from version %3 to version %4.")
        .arg(alias, model)
        .arg(*previousVersion)
        .arg(version);
}

QString ChangeSummary::aliasRemoval(const QString& model, const QString& alias, int version) {
    return tr("Remove the alias %1 of %2 (on version %3).").arg(alias, model).arg(version);
}

QString ChangeSummary::jobCancellation(const QString& jobId, const QString& algorithm,
                                       const QString& status) {
    return tr("Cancel training job %1 (%2, %3).").arg(jobId, algorithm, status);
}

QString ChangeSummary::transition(const ModelVersion& version, ModelStage toStage) {
    return tr("Move version %1 of %2 (%3) from %4 to %5.")
        .arg(version.version)
        .arg(version.model, versionTag(version), ModelStages::displayName(version.stage),
             ModelStages::displayName(toStage));
}

QString ChangeSummary::transitionDetails(const ModelVersion& version, ModelStage toStage,
                                         std::optional<int> productionVersion,
                                         const QList<GateResult>& gates, bool force,
                                         const QString& comment) {
    QStringList lines;
    if (toStage == ModelStage::Production && productionVersion &&
        *productionVersion != version.version) {
        lines.append(tr("Version %1 leaves Production and is archived; recopsd serves version "
                        "%2 from then on.")
                         .arg(*productionVersion)
                         .arg(version.version));
    } else if (toStage == ModelStage::Production) {
        lines.append(tr("recopsd serves version %1 from then on.").arg(version.version));
    }
    if (version.stage == ModelStage::Production) {
        lines.append(
            tr("The model has no Production version afterwards: recopsd serves no "
               "model of its own until one is promoted."));
    }
    lines.append(GateResults::summary(gates) + u'.');
    const int failed = GateResults::failedCount(gates);
    if (force) {
        lines.append(failed > 0 ? tr("FORCED past failing gates (%1).").arg(failed)
                                : tr("Forced (recorded as such)."));
    }
    if (!comment.isEmpty()) {
        lines.append(tr("Comment: %1").arg(comment));
    }
    return lines.join(u'\n');
}

QString ChangeSummary::rollback(const QString& model, int productionVersion, int targetVersion) {
    return tr("Roll %1 back from version %2 to version %3, which served in Production before. "
              "No gates are checked.")
        .arg(model)
        .arg(productionVersion)
        .arg(targetVersion);
}

QString ChangeSummary::rollout(const QString& model, int candidateVersion,
                               std::optional<int> productionVersion, double share) {
    if (!productionVersion) {
        return tr("Send %1 of %2's traffic to version %3.")
            .arg(RegistryFormat::percent(share), model)
            .arg(candidateVersion);
    }
    return tr("Send %1 of %2's traffic to version %3; Production version %4 keeps %5.")
        .arg(RegistryFormat::percent(share), model)
        .arg(candidateVersion)
        .arg(*productionVersion)
        .arg(RegistryFormat::percent(100.0 - share));
}

QString ChangeSummary::rolloutPromotion(const QString& model, int candidateVersion) {
    return tr("Promote the canary, version %1 of %2, to Production through the gates, and end "
              "the rollout.")
        .arg(candidateVersion)
        .arg(model);
}

QString ChangeSummary::rolloutAbort(const QString& model, int candidateVersion,
                                    std::optional<int> productionVersion) {
    if (!productionVersion) {
        return tr("Stop the canary of %1: version %2 takes no more traffic.")
            .arg(model)
            .arg(candidateVersion);
    }
    return tr("Stop the canary of %1: version %2 takes no more traffic, Production version %3 "
              "takes all of it.")
        .arg(model)
        .arg(candidateVersion)
        .arg(*productionVersion);
}

}  // namespace recops::console
