// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/registry_style.h"

namespace recops::console {

QColor RegistryStyle::stageColor(ModelStage stage) {
    switch (stage) {
        case ModelStage::None:
            return QColor(0xe0, 0xe0, 0xe0);
        case ModelStage::Staging:
            return QColor(0xff, 0xe0, 0xa3);
        case ModelStage::Production:
            return QColor(0xb9, 0xe4, 0xbc);
        case ModelStage::Archived:
            return QColor(0xd7, 0xd7, 0xe8);
    }
    return QColor(0xe0, 0xe0, 0xe0);
}

QColor RegistryStyle::aliasColor() {
    return QColor(0xcf, 0xe2, 0xf7);
}

QColor RegistryStyle::servingBadgeColor() {
    return QColor(0x81, 0xc7, 0x84);
}

QColor RegistryStyle::canaryBadgeColor() {
    return QColor(0xff, 0xcc, 0x80);
}

QColor RegistryStyle::servingBackground() {
    return QColor(0xe8, 0xf5, 0xe9);
}

QColor RegistryStyle::verdictColor(MetricVerdict verdict) {
    switch (verdict) {
        case MetricVerdict::Better:
            return QColor(0x1b, 0x6e, 0x20);
        case MetricVerdict::Worse:
            return QColor(0xb7, 0x1c, 0x1c);
        case MetricVerdict::Same:
        case MetricVerdict::NotComparable:
            break;
    }
    return QColor();
}

QColor RegistryStyle::bandColor(DriftBand band) {
    switch (band) {
        case DriftBand::Unknown:
            return QColor(0xee, 0xee, 0xee);
        case DriftBand::Stable:
            return QColor(0xc8, 0xe6, 0xc9);
        case DriftBand::Moderate:
            return QColor(0xff, 0xf1, 0x76);
        case DriftBand::Significant:
            return QColor(0xff, 0xb7, 0x4d);
        case DriftBand::Severe:
            return QColor(0xef, 0x9a, 0x9a);
    }
    return QColor();
}

QColor RegistryStyle::gateColor(bool passed) {
    return passed ? verdictColor(MetricVerdict::Better) : verdictColor(MetricVerdict::Worse);
}

}  // namespace recops::console
