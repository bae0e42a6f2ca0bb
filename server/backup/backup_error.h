// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <stdexcept>
#include <string>

namespace recops::backup {

/// A backup, verification or restore cannot go on: a file cannot be read or written, the
/// archive is damaged, the manifest disagrees with the files. The message names the file
/// and says what is wrong.
class BackupError : public std::runtime_error {
public:
    explicit BackupError(const std::string& message) : std::runtime_error(message) {}
};

/// A restore stopped where backup.restore_halt_at said, leaving what a crash there would.
class RestoreHalted : public BackupError {
public:
    explicit RestoreHalted(const std::string& message) : BackupError(message) {}
};

}  // namespace recops::backup
