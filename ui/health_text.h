// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/server_health.h"

#include <QCoreApplication>
#include <QString>

namespace recops::console {

/// The words the console uses for a server's health, shared by status bar and dashboard.
class HealthText {
    Q_DECLARE_TR_FUNCTIONS(HealthText)

public:
    /// "Healthy", "Degraded", "Unreachable", "Connecting…", "Not connected".
    static QString status(const ServerHealth& health);
    /// One line on whether and why the server cannot be reached, with the retry delay.
    static QString problem(const ServerHealth& health);
    /// "admin (demo-console)", "no token", "token rejected"...
    static QString identity(const ServerHealth& health);
    /// A latency or a delay for people: "0.8 ms", "12 ms", "1.2 s".
    static QString duration(double milliseconds);
};

}  // namespace recops::console
