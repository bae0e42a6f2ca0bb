// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QString>

namespace recops::console {

/// The paths of recopsd's model registry API, with the model's name percent-encoded.
class RegistryPaths {
public:
    /// "/api/v1/models".
    static QString models();
    static QString versions(const QString& model);
    static QString version(const QString& model, int version);
    static QString history(const QString& model);
};

}  // namespace recops::console
