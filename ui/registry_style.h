// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/drift_report.h"
#include "core/model_stage.h"
#include "core/registry_format.h"

#include <QColor>

namespace recops::console {

/// The colours of the Models page, in one place: stages, better and worse, drift bands.
/// Colour is never the only signal: the cells say the same in words, signs and arrows.
class RegistryStyle {
public:
    /// The fill of a stage badge.
    static QColor stageColor(ModelStage stage);
    /// The fill of an alias badge.
    static QColor aliasColor();
    /// The fill of the "serving" badge of the version recopsd serves.
    static QColor servingBadgeColor();
    /// The fill of the canary's badge.
    static QColor canaryBadgeColor();
    /// The background of the row recopsd serves.
    static QColor servingBackground();
    /// Text colour for a better (green) or worse (red) figure; invalid for the others.
    static QColor verdictColor(MetricVerdict verdict);
    /// Cell background of a drift band, from green (stable) to red (severe).
    static QColor bandColor(DriftBand band);
    /// Text colour of a passed or failed gate.
    static QColor gateColor(bool passed);
};

}  // namespace recops::console
