// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/data_directory.h"

#include <stdexcept>
#include <system_error>

namespace recops::service {

std::filesystem::path prepareDataDirectory(const std::filesystem::path& directory) {
    namespace fs = std::filesystem;
    std::error_code error;
    const fs::path absolute = fs::absolute(directory, error);
    if (error) {
        throw std::runtime_error("data directory " + directory.string() + ": " + error.message());
    }
    if (fs::exists(absolute, error)) {
        if (!fs::is_directory(absolute, error)) {
            throw std::runtime_error("data directory " + absolute.string() + " is not a directory");
        }
        return absolute;
    }
    fs::create_directories(absolute, error);
    if (error) {
        throw std::runtime_error("cannot create data directory " + absolute.string() + ": " +
                                 error.message());
    }
    // Tokens' digests and, soon, users' events live here: owner only.
    fs::permissions(absolute, fs::perms::owner_all, fs::perm_options::replace, error);
    return absolute;
}

std::filesystem::path modelsDirectory(const std::filesystem::path& dataDirectory) {
    return dataDirectory / "models";
}

}  // namespace recops::service
