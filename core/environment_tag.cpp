// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/environment_tag.h"

namespace recops::console {

QList<EnvironmentTag> EnvironmentTags::all() {
    return {EnvironmentTag::Production, EnvironmentTag::Staging, EnvironmentTag::Development,
            EnvironmentTag::Demo};
}

QString EnvironmentTags::key(EnvironmentTag tag) {
    switch (tag) {
        case EnvironmentTag::Production:
            return QStringLiteral("production");
        case EnvironmentTag::Staging:
            return QStringLiteral("staging");
        case EnvironmentTag::Development:
            return QStringLiteral("development");
        case EnvironmentTag::Demo:
            return QStringLiteral("demo");
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<EnvironmentTag> EnvironmentTags::fromKey(const QString& key) {
    const QString normalized = key.trimmed().toLower();
    if (normalized == u"prod") {
        return EnvironmentTag::Production;
    }
    if (normalized == u"dev") {
        return EnvironmentTag::Development;
    }
    for (EnvironmentTag tag : all()) {
        if (normalized == EnvironmentTags::key(tag)) {
            return tag;
        }
    }
    return std::nullopt;
}

QString EnvironmentTags::displayName(EnvironmentTag tag) {
    switch (tag) {
        case EnvironmentTag::Production:
            return tr("Production");
        case EnvironmentTag::Staging:
            return tr("Staging");
        case EnvironmentTag::Development:
            return tr("Development");
        case EnvironmentTag::Demo:
            return tr("Demo");
    }
    Q_UNREACHABLE();
    return QString();
}

}  // namespace recops::console
