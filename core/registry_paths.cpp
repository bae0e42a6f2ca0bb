// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/registry_paths.h"

#include <QUrl>

namespace recops::console {

QString RegistryPaths::models() {
    return QStringLiteral("/api/v1/models");
}

QString RegistryPaths::model(const QString& model) {
    return models() + u'/' + QString::fromLatin1(QUrl::toPercentEncoding(model));
}

QString RegistryPaths::versions(const QString& model) {
    return RegistryPaths::model(model) + QStringLiteral("/versions");
}

QString RegistryPaths::version(const QString& model, int version) {
    return versions(model) + u'/' + QString::number(version);
}

QString RegistryPaths::history(const QString& model) {
    return RegistryPaths::model(model) + QStringLiteral("/history");
}

}  // namespace recops::console
