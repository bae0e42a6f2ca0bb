// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "integration/support/http_client.h"
#include "server/support/temporary_directory.h"

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace recops::testing {

/**
 * A temporary data directory with a synthetic dataset (`recopsd generate`), for tests of the
 * model lifecycle: registry versions trained on it with `recopsd train`, and tokens of each
 * role to call the API with.
 *
 * The default size (600 users, 400 items, 50,000 events) trains an EASE version in well under
 * a second that passes the default promotion gates (NDCG@10 about 0.48, precision@10 about
 * 0.28), while the popularity model falls far below them.
 */
class LifecycleDataDirectory {
public:
    struct Size {
        std::size_t users = 600;
        std::size_t items = 400;
        std::size_t events = 50'000;
    };

    explicit LifecycleDataDirectory(Size size);
    LifecycleDataDirectory() : LifecycleDataDirectory(Size{}) {}

    /// A copy of @p prepared (database, artifacts, tokens), which no process may have open:
    /// tests that change the registry each start from the same prepared versions without
    /// training them again.
    static std::unique_ptr<LifecycleDataDirectory> copyOf(const LifecycleDataDirectory& prepared);

    const std::filesystem::path& path() const { return m_path; }

    /// `recopsd train --data-dir DIR ARGUMENTS...`: its JSON summary. Throws with recopsd's
    /// standard error when it fails.
    nlohmann::json train(const std::vector<std::string>& arguments = {}) const;

    /// A token of @p role ("viewer", "client", "operator", "admin"), named after the role.
    std::string token(const std::string& role) const;

    /// A version's artifact directory, `DIR/models/<model>/<version>`.
    std::filesystem::path versionDirectory(int version, const std::string& model = "default") const;

private:
    struct Empty {};
    explicit LifecycleDataDirectory(Empty);

    TemporaryDirectory m_scratch;
    std::filesystem::path m_path;
};

/// The value of sample @p sample (`model_loads_total`, `data_drift_psi{feature="x"}`) in
/// GET /metrics, or nothing when it is absent.
std::optional<double> scrapeSample(const std::string& url, const std::string& sample);

/// Authorization with @p token and Content-Type: application/json.
HttpHeaders apiHeaders(const std::string& token);

/// @p body as JSON text, sent with apiHeaders().
HttpResponse callApi(const std::string& url, const std::string& method, const std::string& target,
                     const std::string& token, const nlohmann::json& body = nullptr);

/// The id `recopsd generate` gives user number @p index: "u<index>".
std::string generatedUser(std::size_t index);

/// Flips one bit in the middle of @p file, keeping its size: an artifact damaged in place.
void flipOneByte(const std::filesystem::path& file);

}  // namespace recops::testing
