// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/drift_report.h"

#include "core/json_reader.h"

namespace recops::console {

DriftBand DriftReport::band(std::optional<double> psi) const {
    if (!psi) {
        return DriftBand::Unknown;
    }
    if (*psi >= severeThreshold) {
        return DriftBand::Severe;
    }
    if (*psi >= significantThreshold) {
        return DriftBand::Significant;
    }
    if (*psi >= moderateThreshold) {
        return DriftBand::Moderate;
    }
    return DriftBand::Stable;
}

QString DriftReport::bandDisplayName(DriftBand band) {
    switch (band) {
        case DriftBand::Unknown:
            return tr("insufficient data");
        case DriftBand::Stable:
            return tr("stable");
        case DriftBand::Moderate:
            return tr("moderate");
        case DriftBand::Significant:
            return tr("significant");
        case DriftBand::Severe:
            return tr("severe");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<DriftReport> DriftReport::fromJson(const QJsonDocument& document, QString* error) {
    JsonReader reader = JsonReader::root(document);
    DriftReport report;
    report.modelVersion = reader.optionalString(u"model_version");
    report.windowSeconds = reader.optionalNumber(u"window_seconds").value_or(0.0);
    if (reader.has(u"bands")) {
        JsonReader bands = reader.child(u"bands");
        report.moderateThreshold = bands.number(u"moderate");
        report.significantThreshold = bands.number(u"significant");
        report.severeThreshold = bands.number(u"severe");
    }
    reader.forEachObject(u"features", [&report](JsonReader& item) {
        FeatureDrift feature;
        feature.feature = item.string(u"feature");
        feature.psi = item.optionalNumber(u"psi");
        feature.bandName = item.optionalString(u"band");
        feature.samples = item.optionalInteger(u"samples").value_or(0);
        if (item.has(u"bins")) {
            item.forEachObject(u"bins", [&feature](JsonReader& bin) {
                feature.bins.append(
                    DriftBin{bin.string(u"bin"), bin.number(u"baseline"), bin.number(u"live")});
            });
        }
        report.features.append(feature);
    });
    report.computedAtUtc = reader.optionalTimestamp(u"computed_at");
    return reader.finish(report, error);
}

}  // namespace recops::console
