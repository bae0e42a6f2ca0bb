// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <string_view>

// The keys the code reads, named once so that a typo is a compile error. The table in
// settings_table.cpp describes each of them; a unit test checks every key here is in it.
namespace recops::config::keys {

inline constexpr std::string_view kServerListen = "server.listen";
inline constexpr std::string_view kServerThreads = "server.threads";
inline constexpr std::string_view kServerReadTimeoutMs = "server.read_timeout_ms";
inline constexpr std::string_view kServerWriteTimeoutMs = "server.write_timeout_ms";
inline constexpr std::string_view kServerMaxHeaderBytes = "server.max_header_bytes";
inline constexpr std::string_view kServerMaxBodyBytes = "server.max_body_bytes";
inline constexpr std::string_view kServerShutdownTimeoutMs = "server.shutdown_timeout_ms";

inline constexpr std::string_view kAuthOpenEndpoints = "auth.open_endpoints";
inline constexpr std::string_view kAuthTokenRefreshMs = "auth.token_refresh_ms";
inline constexpr std::string_view kAuthBootstrapAdminToken = "auth.bootstrap_admin_token";

inline constexpr std::string_view kLogAccess = "log.access";
inline constexpr std::string_view kLogLevel = "log.level";

inline constexpr std::string_view kStorageSqliteFile = "storage.sqlite_file";
inline constexpr std::string_view kStorageBusyTimeoutMs = "storage.busy_timeout_ms";

inline constexpr std::string_view kCacheEnabled = "cache.enabled";

inline constexpr std::string_view kBackupDirectory = "backup.directory";
inline constexpr std::string_view kBackupIntervalSeconds = "backup.interval_seconds";
inline constexpr std::string_view kBackupKeepLast = "backup.keep_last";
inline constexpr std::string_view kBackupMaxAgeHours = "backup.max_age_hours";
inline constexpr std::string_view kBackupRpoHours = "backup.rpo_hours";
inline constexpr std::string_view kBackupCompressionLevel = "backup.compression_level";
inline constexpr std::string_view kBackupRestoreHaltAt = "backup.restore_halt_at";

}  // namespace recops::config::keys
