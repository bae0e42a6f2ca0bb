// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/token_commands.h"

#include "cli/configuration_options.h"
#include "common/timestamp.h"
#include "service/backup_setup.h"
#include "service/data_directory.h"
#include "service/storage_factory.h"
#include "service/token_json.h"
#include "service/token_service.h"
#include "store/role.h"

#include <cstdio>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <string>

#include <CLI/CLI.hpp>

namespace recops::cli {
namespace {

struct StorageOptions {
    DataDirectoryOption dataDirectory;
    ConfigurationOptions configuration;

    void addTo(CLI::App& command) {
        dataDirectory.addTo(command);
        configuration.addTo(command);
    }

    std::unique_ptr<store::Storage> open() const {
        const auto loaded = configuration.load();
        const auto directory = service::prepareDataDirectory(dataDirectory.path);
        service::refuseIfRestorePending(directory);
        return service::openStorage(loaded, directory);
    }
};

struct CreateOptions {
    StorageOptions storage;
    std::string role;
    std::string name;
};

struct ListOptions {
    StorageOptions storage;
    bool json = false;
};

struct RevokeOptions {
    StorageOptions storage;
    std::string id;
};

int create(const CreateOptions& options) {
    const auto storage = options.storage.open();
    const auto issued = service::TokenService(storage->tokens())
                            .issue(*store::parseRole(options.role), options.name);
    std::cout << issued.token << std::endl;
    std::cerr << "recopsd: created " << options.role << " token " << issued.record.id
              << "; it is shown only this once" << std::endl;
    return 0;
}

std::string padded(std::string text, std::size_t width) {
    text.resize(std::max(width, text.size()), ' ');
    return text;
}

int list(const ListOptions& options) {
    const auto storage = options.storage.open();
    const auto records = service::TokenService(storage->tokens()).list();
    if (options.json) {
        nlohmann::json tokens = nlohmann::json::array();
        for (const auto& record : records) {
            tokens.push_back(service::tokenToJson(record));
        }
        std::cout << nlohmann::json{{"tokens", tokens}}.dump(2) << std::endl;
        return 0;
    }
    std::cout << padded("ID", 18) << padded("ROLE", 10) << padded("CREATED", 26)
              << padded("REVOKED", 26) << "NAME\n";
    for (const auto& record : records) {
        std::cout << padded(record.id, 18) << padded(std::string(store::roleName(record.role)), 10)
                  << padded(common::formatTimestamp(record.createdAt), 26)
                  << padded(record.revokedAt ? common::formatTimestamp(*record.revokedAt) : "-", 26)
                  << record.name << "\n";
    }
    std::cout << std::flush;
    return 0;
}

int revoke(const RevokeOptions& options) {
    const auto storage = options.storage.open();
    switch (service::TokenService(storage->tokens()).revoke(options.id)) {
        case store::RevokeOutcome::Revoked:
            std::cout << "revoked token " << options.id << std::endl;
            return 0;
        case store::RevokeOutcome::AlreadyRevoked:
            std::cout << "token " << options.id << " was already revoked" << std::endl;
            return 0;
        case store::RevokeOutcome::NotFound:
            break;
    }
    throw std::runtime_error("no token has id " + options.id);
}

std::string nameProblem(const std::string& name) {
    const auto problem = service::TokenService::findNameProblem(name);
    return problem ? *problem : std::string();
}

}  // namespace

void addTokenCommands(CLI::App& app, CommandAction& action) {
    CLI::App* tokens = app.add_subcommand("token", "Create, list and revoke API tokens");
    tokens->require_subcommand(1);
    tokens->footer("Roles, each including the ones before: viewer < client < operator < admin.");

    auto createOptions = std::make_shared<CreateOptions>();
    CLI::App* createCommand = tokens->add_subcommand(
        "create", "Create a token and print it on standard output (shown only this once)");
    createOptions->storage.addTo(*createCommand);
    createCommand->add_option("--role", createOptions->role, "What the token may do")
        ->required()
        ->check(CLI::IsMember({"viewer", "client", "operator", "admin"}));
    createCommand->add_option("--name", createOptions->name, "A label for people, such as grafana")
        ->check(CLI::Validator(nameProblem, "", "token name"));
    createCommand->callback([&action, createOptions] {
        action = [createOptions] {
            return create(*createOptions);
        };
    });

    auto listOptions = std::make_shared<ListOptions>();
    CLI::App* listCommand =
        tokens->add_subcommand("list", "List every token, revoked ones included (never secrets)");
    listOptions->storage.addTo(*listCommand);
    listCommand->add_flag("--json", listOptions->json, "Print {\"tokens\": [...]} as the API does");
    listCommand->callback([&action, listOptions] {
        action = [listOptions] {
            return list(*listOptions);
        };
    });

    auto revokeOptions = std::make_shared<RevokeOptions>();
    CLI::App* revokeCommand = tokens->add_subcommand(
        "revoke",
        "Revoke a token; a running server stops accepting it within auth.token_refresh_ms");
    revokeCommand->add_option("id", revokeOptions->id, "The token's id (16 hex digits)")
        ->required();
    revokeOptions->storage.addTo(*revokeCommand);
    revokeCommand->callback([&action, revokeOptions] {
        action = [revokeOptions] {
            return revoke(*revokeOptions);
        };
    });
}

}  // namespace recops::cli
