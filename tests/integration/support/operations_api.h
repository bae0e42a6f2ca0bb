// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "integration/support/http_client.h"

#include <chrono>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

// Calls of the operations API (backups, incidents, audit) that tests make again and again,
// each on a fresh connection, with the caller's token. They return the response as it is,
// so tests assert on status and body themselves.
namespace recops::testing {

/// POST @p target with @p body as application/json (no body and no Content-Type when empty).
HttpResponse postJson(const std::string& url, const std::string& token, const std::string& target,
                      const std::string& body = {});
HttpResponse patchJson(const std::string& url, const std::string& token, const std::string& target,
                       const std::string& body);
HttpResponse getWithToken(const std::string& url, const std::string& token,
                          const std::string& target);

/**
 * GETs @p target until @p condition holds for its JSON body (or @p limit passes, then throws
 * with the last body): for jobs that the server runs at a time of its own choosing.
 */
nlohmann::json waitForJson(const std::string& url, const std::string& token,
                           const std::string& target,
                           const std::function<bool(const nlohmann::json&)>& condition,
                           std::chrono::milliseconds limit = std::chrono::seconds(30));

/// POST /api/v1/backups, then waits until the backup finished; returns it (succeeded or not).
nlohmann::json makeBackup(const std::string& url, const std::string& token);

/// Asks for a restore confirmation and confirms it; returns the confirmed call's response.
HttpResponse confirmRestore(const std::string& url, const std::string& token,
                            const std::string& backupId);

/// Waits until the restore from @p backupId finished; returns the backup's "restore" member.
nlohmann::json waitForRestore(const std::string& url, const std::string& token,
                              const std::string& backupId);

/// The files below @p directory with their contents, relative path first: what a models
/// directory holds, for comparing before and after a restore.
std::map<std::string, std::string> treeContents(const std::filesystem::path& directory);

/// Flips one bit of the byte in the middle of @p file.
void flipByteInTheMiddle(const std::filesystem::path& file);

}  // namespace recops::testing
