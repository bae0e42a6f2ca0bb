// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "common/log_sink.h"
#include "common/logger.h"
#include "server/support/temporary_directory.h"
#include "server/support/wait_until.h"
#include "store/sqlite_storage.h"

#include <chrono>
#include <memory>

#include <gtest/gtest.h>

namespace recops::service {

/// A real SQLite storage in a temporary directory and a logger writing to a file there: what
/// the service classes work with in recopsd, minus the HTTP server.
class ServiceFixture : public ::testing::Test {
protected:
    store::SqliteOptions storageOptions() const { return {m_directory / "recops.db", 1000}; }

    /// Another storage on the same file, as a `recopsd token` command would open it.
    std::unique_ptr<store::SqliteStorage> openOtherProcessStorage() const {
        return std::make_unique<store::SqliteStorage>(storageOptions());
    }

    testing::TemporaryDirectory m_directory;
    store::SqliteStorage m_storage{storageOptions()};
    std::unique_ptr<common::LogSink> m_logSink =
        common::LogSink::openFile((m_directory / "app.log").string());
    common::Logger m_logger{*m_logSink, common::LogLevel::Debug};
};

}  // namespace recops::service
