// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/operations_api.h"

#include "server/support/temporary_directory.h"

#include <fstream>
#include <map>
#include <stdexcept>
#include <thread>

namespace recops::testing {
namespace {

HttpHeaders headersFor(const std::string& token, bool json) {
    HttpHeaders headers{bearer(token)};
    if (json) {
        headers.emplace_back("Content-Type", "application/json");
    }
    return headers;
}

bool isFinished(const nlohmann::json& state) {
    return state.is_string() && state != "queued" && state != "running";
}

}  // namespace

HttpResponse postJson(const std::string& url, const std::string& token, const std::string& target,
                      const std::string& body) {
    return httpRequest(url, "POST", target, headersFor(token, !body.empty()), body);
}

HttpResponse patchJson(const std::string& url, const std::string& token, const std::string& target,
                       const std::string& body) {
    return httpRequest(url, "PATCH", target, headersFor(token, true), body);
}

HttpResponse getWithToken(const std::string& url, const std::string& token,
                          const std::string& target) {
    return httpRequest(url, "GET", target, headersFor(token, false));
}

nlohmann::json waitForJson(const std::string& url, const std::string& token,
                           const std::string& target,
                           const std::function<bool(const nlohmann::json&)>& condition,
                           std::chrono::milliseconds limit) {
    const auto deadline = std::chrono::steady_clock::now() + limit;
    std::string last;
    while (std::chrono::steady_clock::now() < deadline) {
        const HttpResponse response = getWithToken(url, token, target);
        last = std::to_string(response.status) + " " + response.body;
        if (response.status == 200 && condition(response.json())) {
            return response.json();
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    throw std::runtime_error("GET " + target +
                             " did not reach the expected state; last answer: " + last);
}

nlohmann::json makeBackup(const std::string& url, const std::string& token) {
    const HttpResponse accepted = postJson(url, token, "/api/v1/backups");
    if (accepted.status != 202) {
        throw std::runtime_error("POST /api/v1/backups answered " + accepted.body);
    }
    return waitForJson(url, token, accepted.header("Location"),
                       [](const nlohmann::json& backup) { return isFinished(backup["status"]); });
}

HttpResponse confirmRestore(const std::string& url, const std::string& token,
                            const std::string& backupId) {
    const std::string target = "/api/v1/backups/" + backupId + "/restore";
    const HttpResponse prepared = postJson(url, token, target);
    if (prepared.status != 200) {
        return prepared;
    }
    return postJson(url, token, target,
                    nlohmann::json{{"confirmation", prepared.json()["confirmation"]}}.dump());
}

nlohmann::json waitForRestore(const std::string& url, const std::string& token,
                              const std::string& backupId) {
    return waitForJson(url, token, "/api/v1/backups/" + backupId, [](const nlohmann::json& backup) {
        return backup["restore"].is_object() && isFinished(backup["restore"]["status"]);
    })["restore"];
}

std::map<std::string, std::string> treeContents(const std::filesystem::path& directory) {
    std::map<std::string, std::string> contents;
    if (!std::filesystem::exists(directory)) {
        return contents;
    }
    for (const auto& entry : std::filesystem::recursive_directory_iterator(directory)) {
        if (entry.is_regular_file()) {
            contents[std::filesystem::relative(entry.path(), directory).generic_string()] =
                readFile(entry.path());
        }
    }
    return contents;
}

void flipByteInTheMiddle(const std::filesystem::path& file) {
    std::fstream stream(file, std::ios::in | std::ios::out | std::ios::binary);
    stream.seekg(0, std::ios::end);
    const std::streamoff middle = static_cast<std::streamoff>(stream.tellg()) / 2;
    char byte = 0;
    stream.seekg(middle);
    stream.read(&byte, 1);
    byte = static_cast<char>(byte ^ 0x04);
    stream.seekp(middle);
    stream.write(&byte, 1);
    if (!stream) {
        throw std::runtime_error("cannot flip a byte of " + file.string());
    }
}

}  // namespace recops::testing
