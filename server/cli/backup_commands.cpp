// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/backup_commands.h"

#include "backup/backup_catalog.h"
#include "backup/backup_error.h"
#include "backup/backup_operations.h"
#include "cli/configuration_options.h"
#include "common/log_sink.h"
#include "common/logger.h"
#include "common/timestamp.h"
#include "service/backup_setup.h"
#include "service/data_directory.h"
#include "service/data_directory_lock.h"
#include "service/storage_factory.h"
#include "store/storage.h"

#include <iostream>
#include <memory>
#include <pwd.h>
#include <stop_token>
#include <unistd.h>

#include <CLI/CLI.hpp>

namespace recops::cli {
namespace {

namespace fs = std::filesystem;

struct BackupCommandOptions {
    DataDirectoryOption dataDirectory;
    ConfigurationOptions configuration;
    std::string output;
    std::string label;
};

struct RestoreCommandOptions {
    DataDirectoryOption dataDirectory;
    ConfigurationOptions configuration;
    std::string backup;
};

/// Who the audit log names for a command-line action: the login running it.
std::string commandLineActor() {
    const passwd* user = ::getpwuid(::geteuid());
    return "command line (user " +
           (user != nullptr ? std::string(user->pw_name) : std::to_string(::geteuid())) + ")";
}

void audit(store::Storage& storage, std::string action, std::string target, bool succeeded,
           std::string detail) {
    try {
        storage.audit().append(store::AuditEntry{
            0,
            std::chrono::system_clock::now(),
            {},
            commandLineActor(),
            {},
            std::move(action),
            std::move(target),
            succeeded ? store::AuditOutcome::Success : store::AuditOutcome::Failed,
            0,
            {},
            std::move(detail)});
    } catch (const std::exception& error) {
        std::cerr << "recopsd: cannot write the audit log: " << error.what() << '\n';
    }
}

/// Everything a backup command works with, in the order it must be taken: the lock first.
struct CommandContext {
    explicit CommandContext(const DataDirectoryOption& dataOption,
                            const ConfigurationOptions& options)
        : configuration(options.load())
        , dataDirectory(service::prepareDataDirectory(dataOption.path))
        , lock(dataDirectory)
        , storage(service::openStorage(configuration, dataDirectory))
        , setup(service::backupSetupFrom(configuration, dataDirectory))
        , operations(storage->snapshots(), setup.options, logger) {
        operations.recover();
    }

    config::Configuration configuration;
    fs::path dataDirectory;
    service::DataDirectoryLock lock;
    std::unique_ptr<store::Storage> storage;
    service::BackupSetup setup;
    common::Logger logger{common::LogSink::standardError(), common::LogLevel::Warning};
    backup::BackupOperations operations;
};

int runBackup(const BackupCommandOptions& options) {
    CommandContext context(options.dataDirectory, options.configuration);
    backup::BackupCatalog catalog(options.output.empty() ? context.setup.directory
                                                         : fs::absolute(options.output));
    const auto now = std::chrono::system_clock::now();
    const std::string id = backup::BackupCatalog::newId(now);
    const fs::path directory = catalog.pathOf(id);
    try {
        const backup::BackupManifest manifest = context.operations.create(
            catalog,
            backup::BackupIdentity{
                id, "command_line", options.label, {{}, commandLineActor()}, now},
            std::stop_token());
        audit(*context.storage, "backup.create", directory.string(), true, {});
        std::cout << directory.string() << std::endl;
        std::cerr << "recopsd: backed up " << manifest.database.tableRows.size() << " tables and "
                  << manifest.modelFiles.size() << " model files, " << manifest.storedBytes()
                  << " bytes stored (" << manifest.originalBytes() << " before compression), in "
                  << manifest.durationSeconds << " s" << std::endl;
        return 0;
    } catch (const backup::BackupError& error) {
        audit(*context.storage, "backup.create", directory.string(), false, error.what());
        throw;
    }
}

int runRestore(const RestoreCommandOptions& options) {
    CommandContext context(options.dataDirectory, options.configuration);
    // A path to a backup directory, or the id of one in backup.directory.
    fs::path directory(options.backup);
    if (!fs::is_directory(directory) && backup::BackupCatalog::isId(options.backup)) {
        directory = context.setup.directory / options.backup;
    }
    if (!fs::is_directory(directory)) {
        throw std::runtime_error("no backup at " + options.backup +
                                 " (a backup directory, or the id of one in " +
                                 context.setup.directory.string() + ")");
    }
    directory = fs::absolute(directory);
    try {
        // Nothing stops it early: a signal ends the process, and the next start recovers.
        const backup::BackupManifest manifest =
            context.operations.restore(directory, std::stop_token());
        audit(*context.storage, "backup.restore", directory.string(), true, {});
        std::cout << "restored backup " << manifest.id << ", taken at "
                  << common::formatTimestamp(manifest.createdAt) << ", into "
                  << context.dataDirectory.string() << std::endl;
        return 0;
    } catch (const backup::BackupError& error) {
        audit(*context.storage, "backup.restore", directory.string(), false, error.what());
        throw;
    }
}

}  // namespace

void addBackupCommands(CLI::App& app, CommandAction& action) {
    auto backupOptions = std::make_shared<BackupCommandOptions>();
    CLI::App* backupCommand = app.add_subcommand(
        "backup", "Back up the database and the models while the server is down");
    backupOptions->dataDirectory.addTo(*backupCommand);
    backupCommand
        ->add_option("--output", backupOptions->output,
                     "Directory to write the backup into (a subdirectory per backup); default "
                     "backup.directory")
        ->type_name("DIR");
    backupCommand->add_option("--label", backupOptions->label, "A note kept with the backup");
    backupOptions->configuration.addTo(*backupCommand);
    backupCommand->footer(
        "Prints the new backup's directory on standard output. Refuses while a server holds the "
        "data directory: use POST /api/v1/backups then.");
    backupCommand->callback([&action, backupOptions] {
        action = [backupOptions] {
            return runBackup(*backupOptions);
        };
    });

    auto restoreOptions = std::make_shared<RestoreCommandOptions>();
    CLI::App* restoreCommand = app.add_subcommand(
        "restore", "Replace the database and the models by a backup, while the server is down");
    restoreCommand
        ->add_option("backup", restoreOptions->backup,
                     "The backup: its directory, or its id in backup.directory")
        ->required();
    restoreOptions->dataDirectory.addTo(*restoreCommand);
    restoreOptions->configuration.addTo(*restoreCommand);
    restoreCommand->footer(
        "Checks the whole backup before it changes anything; a crash part way leaves the old "
        "data or finishes at the next start. Refuses while a server holds the data directory.");
    restoreCommand->callback([&action, restoreOptions] {
        action = [restoreOptions] {
            return runRestore(*restoreOptions);
        };
    });
}

}  // namespace recops::cli
