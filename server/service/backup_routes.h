// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <filesystem>

namespace recops::backup {
class BackupService;
class RestoreConfirmations;
}  // namespace recops::backup
namespace recops::http {
class Router;
}

namespace recops::service {

struct ServiceContext;

/// What the backup routes work with besides the ServiceContext.
struct BackupRouteContext {
    backup::BackupService& backups;
    backup::RestoreConfirmations& confirmations;
    std::filesystem::path dataDirectory;
};

/**
 * Backups: GET /api/v1/backups and GET /api/v1/backups/{id} (viewer); POST /api/v1/backups
 * and POST /api/v1/backups/{id}/verify (operator), answered 202 while the job runs on the
 * backup thread; POST /api/v1/backups/{id}/restore (admin), twice: without a confirmation it
 * answers one, with what the restore would replace; with it, the restore is queued. Every
 * POST is audited (backup.create, backup.verify, backup.restore.prepare, backup.restore).
 */
void addBackupRoutes(http::Router& router, const ServiceContext& service,
                     const BackupRouteContext& backups);

}  // namespace recops::service
