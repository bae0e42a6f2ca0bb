// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QString>

namespace recops::console {

/// How the console trusts an https:// recopsd (plain http:// ignores these options).
struct TlsOptions {
    /// PEM file with extra certificate authorities to trust, besides the system's. Empty: none.
    QString caCertificatePath;
    /// Accept a self-signed server certificate. Host name checks still apply.
    bool allowSelfSigned = false;

    friend bool operator==(const TlsOptions&, const TlsOptions&) = default;
};

}  // namespace recops::console
