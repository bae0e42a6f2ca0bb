// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/lifecycle_data.h"

#include "integration/support/child_process.h"

#include <fstream>
#include <stdexcept>

namespace recops::testing {

LifecycleDataDirectory::LifecycleDataDirectory(Size size) : m_path(m_scratch / "data") {
    const CommandResult generated = runRecopsd(
        {"generate", "--data-dir", m_path.string(), "--users", std::to_string(size.users),
         "--items", std::to_string(size.items), "--events", std::to_string(size.events)});
    if (generated.exitCode != 0) {
        throw std::runtime_error("recopsd generate failed: " + generated.standardError);
    }
}

LifecycleDataDirectory::LifecycleDataDirectory(Empty) : m_path(m_scratch / "data") {}

std::unique_ptr<LifecycleDataDirectory> LifecycleDataDirectory::copyOf(
    const LifecycleDataDirectory& prepared) {
    std::unique_ptr<LifecycleDataDirectory> copy(new LifecycleDataDirectory(Empty{}));
    std::filesystem::copy(prepared.m_path, copy->m_path, std::filesystem::copy_options::recursive);
    return copy;
}

nlohmann::json LifecycleDataDirectory::train(const std::vector<std::string>& arguments) const {
    std::vector<std::string> command{"train", "--data-dir", m_path.string()};
    command.insert(command.end(), arguments.begin(), arguments.end());
    const CommandResult result = runRecopsd(command);
    if (result.exitCode != 0) {
        throw std::runtime_error("recopsd train failed (exit code " +
                                 std::to_string(result.exitCode) + "): " + result.standardError);
    }
    return nlohmann::json::parse(result.standardOutput);
}

std::string LifecycleDataDirectory::token(const std::string& role) const {
    return createToken(m_path, role, role);
}

std::filesystem::path LifecycleDataDirectory::versionDirectory(int version,
                                                               const std::string& model) const {
    return m_path / "models" / model / std::to_string(version);
}

std::optional<double> scrapeSample(const std::string& url, const std::string& sample) {
    const HttpResponse response = httpRequest(url, "GET", "/metrics");
    if (response.status != 200) {
        throw std::runtime_error("GET /metrics answered " + std::to_string(response.status));
    }
    const std::string text = "\n" + response.body;
    const std::string prefix = "\n" + sample + " ";
    const auto found = text.find(prefix);
    if (found == std::string::npos) {
        return std::nullopt;
    }
    return std::stod(text.substr(found + prefix.size()));
}

HttpHeaders apiHeaders(const std::string& token) {
    return {bearer(token), {"Content-Type", "application/json"}};
}

HttpResponse callApi(const std::string& url, const std::string& method, const std::string& target,
                     const std::string& token, const nlohmann::json& body) {
    return httpRequest(url, method, target, apiHeaders(token), body.is_null() ? "" : body.dump());
}

std::string generatedUser(std::size_t index) {
    // Appended: GCC 12 warns falsely (-Wrestrict) on "u" + std::to_string().
    std::string id = "u";
    id += std::to_string(index);
    return id;
}

void flipOneByte(const std::filesystem::path& file) {
    std::string bytes = readFile(file);
    if (bytes.empty()) {
        throw std::runtime_error("cannot damage " + file.string() + ": empty or unreadable");
    }
    bytes[bytes.size() / 2] = static_cast<char>(bytes[bytes.size() / 2] ^ 0x01);
    std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace recops::testing
