// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <filesystem>
#include <string>

namespace recops::testing {

/// A fresh directory under the system's temporary directory, removed with everything in it
/// when the object goes away.
class TemporaryDirectory {
public:
    TemporaryDirectory();
    ~TemporaryDirectory();
    TemporaryDirectory(const TemporaryDirectory&) = delete;
    TemporaryDirectory& operator=(const TemporaryDirectory&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }

    /// Writes @p contents to @p name inside the directory and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& contents) const;

private:
    std::filesystem::path m_path;
};

/// The whole contents of @p file, empty when it cannot be read.
std::string readFile(const std::filesystem::path& file);

}  // namespace recops::testing
