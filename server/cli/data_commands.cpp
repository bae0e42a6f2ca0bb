// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "cli/data_commands.h"

#include "cli/configuration_options.h"
#include "cli/import_files.h"
#include "cli/progress_meter.h"
#include "common/digest.h"
#include "common/hex.h"
#include "engine/synthetic_data_generator.h"

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

namespace recops::cli {
namespace {

/// Events written per durable batch: large enough that the fsync per batch costs little,
/// small enough that progress moves.
constexpr std::size_t kBatchEvents = 20'000;
constexpr std::size_t kBatchItems = 5'000;

struct GenerateOptions {
    StorageOptions storage;
    std::size_t users = 10'000;
    std::size_t items = 5'000;
    std::size_t events = 200'000;
    std::uint64_t seed = 42;
    double days = 90.0;
};

struct ImportOptions {
    StorageOptions storage;
    std::string eventsFile;
    std::string itemsFile;
    ImportFormat format = ImportFormat::Csv;
};

int generate(const GenerateOptions& options) {
    const auto storage = options.storage.open(options.storage.configuration.load());
    if (storage->events().count() > 0) {
        throw std::runtime_error(
            "the data directory already holds events; generate writes into an empty one (use a "
            "new --data-dir)");
    }
    engine::SyntheticOptions synthetic;
    synthetic.users = options.users;
    synthetic.items = options.items;
    synthetic.events = options.events;
    synthetic.seed = options.seed;
    synthetic.durationDays = options.days;
    // The period ends now, so that freshness and "recent" mean something in a demo.
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(
                         std::chrono::system_clock::now().time_since_epoch())
                         .count();
    synthetic.startSeconds = now - static_cast<std::int64_t>(options.days * 86'400.0);
    const engine::SyntheticDataGenerator generator(synthetic);

    std::vector<store::ItemRecord> items;
    items.reserve(kBatchItems);
    std::size_t itemCount = 0;
    for (const engine::ItemMetadata& metadata : generator.items()) {
        std::string title = "Item " + metadata.itemId.substr(1);
        if (!metadata.categories.empty()) {
            title += " (" + metadata.categories.front() + ")";
        }
        items.push_back(store::ItemRecord{metadata.itemId, std::move(title), metadata.categories,
                                          metadata.createdAtSeconds * 1000, metadata.available, 0});
        if (items.size() == kBatchItems) {
            itemCount += storage->catalog().upsert(items).created;
            items.clear();
        }
    }
    itemCount += storage->catalog().upsert(items).created;

    ProgressMeter progress("generating events");
    std::vector<store::EventRecord> batch;
    batch.reserve(kBatchEvents);
    std::uint64_t stored = 0;
    const auto flush = [&] {
        stored += storage->events().append(batch).accepted;
        batch.clear();
        progress.update(stored, options.events);
    };
    generator.generate([&](const engine::InteractionEvent& event) {
        batch.push_back(store::EventRecord{event.userId,
                                           event.itemId,
                                           event.type,
                                           event.value,
                                           event.timestampSeconds * 1000,
                                           {}});
        if (batch.size() == kBatchEvents) {
            flush();
        }
    });
    flush();
    progress.finish();
    std::cout << nlohmann::json{{"users", options.users},
                                {"items", itemCount},
                                {"events", stored},
                                {"seed", options.seed},
                                {"days", options.days}}
                     .dump()
              << std::endl;
    return 0;
}

/// First pass: every row is valid, and how many there are. Nothing is written before the
/// whole file has passed, so a bad row anywhere leaves the store untouched.
template <typename Reader, typename Record>
std::uint64_t validate(const std::string& path, ImportFormat format, const char* what) {
    Reader reader(path, format);
    Record record;
    std::uint64_t rows = 0;
    ProgressMeter progress(std::string("checking ") + what);
    while (reader.next(record)) {
        ++rows;
        if (rows % 10'000 == 0) {
            progress.update(rows, 0);
        }
    }
    return rows;
}

/// Imports a file validate() has passed, of @p rows rows.
nlohmann::json importItems(store::Storage& storage, const std::string& path, ImportFormat format,
                           std::uint64_t rows) {
    ItemFileReader reader(path, format);
    ProgressMeter progress("importing items");
    std::vector<store::ItemRecord> batch;
    store::UpsertOutcome total;
    store::ItemRecord item;
    const auto flush = [&] {
        const auto outcome = storage.catalog().upsert(batch);
        total.created += outcome.created;
        total.updated += outcome.updated;
        batch.clear();
        progress.update(total.created + total.updated, rows);
    };
    while (reader.next(item)) {
        batch.push_back(item);
        if (batch.size() == kBatchItems) {
            flush();
        }
    }
    flush();
    return {{"file", path}, {"rows", rows}, {"created", total.created}, {"updated", total.updated}};
}

/// Imports a file validate() has passed, of @p rows rows.
nlohmann::json importEvents(store::Storage& storage, const std::string& path, ImportFormat format,
                            std::uint64_t rows) {
    // Rows without their own idempotency key get one from the file's content and their line:
    // importing the same file again, say after an interrupted run, stores each row once.
    const std::string fileKey =
        "import:" + common::toHex(common::sha256OfFile(path)).substr(0, 16) + ":";
    EventFileReader reader(path, format);
    ProgressMeter progress("importing events");
    std::vector<store::EventRecord> batch;
    batch.reserve(kBatchEvents);
    store::AppendOutcome total;
    store::EventRecord event;
    const auto flush = [&] {
        const auto outcome = storage.events().append(batch);
        total.accepted += outcome.accepted;
        total.duplicates += outcome.duplicates;
        batch.clear();
        progress.update(total.accepted + total.duplicates, rows);
    };
    while (reader.next(event)) {
        if (event.idempotencyKey.empty()) {
            event.idempotencyKey = fileKey + std::to_string(reader.line());
        }
        batch.push_back(event);
        if (batch.size() == kBatchEvents) {
            flush();
        }
    }
    flush();
    return {{"file", path},
            {"rows", rows},
            {"accepted", total.accepted},
            {"duplicates", total.duplicates}};
}

int import(const ImportOptions& options) {
    const auto storage = options.storage.open(options.storage.configuration.load());
    // Both files pass before either is written: a bad row in the events leaves the catalog as
    // it was too.
    const std::uint64_t itemRows = options.itemsFile.empty()
                                       ? 0
                                       : validate<ItemFileReader, store::ItemRecord>(
                                             options.itemsFile, options.format, "items");
    const std::uint64_t eventRows =
        validate<EventFileReader, store::EventRecord>(options.eventsFile, options.format, "events");
    nlohmann::json summary = nlohmann::json::object();
    // Items first: the catalog should know the items before events name them.
    if (!options.itemsFile.empty()) {
        summary["items"] = importItems(*storage, options.itemsFile, options.format, itemRows);
    }
    summary["events"] = importEvents(*storage, options.eventsFile, options.format, eventRows);
    std::cout << summary.dump() << std::endl;
    return 0;
}

}  // namespace

void addDataCommands(CLI::App& app, CommandAction& action) {
    auto generateOptions = std::make_shared<GenerateOptions>();
    CLI::App* generateCommand = app.add_subcommand(
        "generate",
        "Fill an empty data directory with a synthetic dataset: a catalog and events with "
        "power-law popularity, taste clusters, categories and time");
    generateOptions->storage.addTo(*generateCommand);
    generateCommand->add_option("--users", generateOptions->users, "Users")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}));
    generateCommand->add_option("--items", generateOptions->items, "Catalog items")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{100'000'000}));
    generateCommand->add_option("--events", generateOptions->events, "Events")
        ->capture_default_str()
        ->check(CLI::Range(std::size_t{1}, std::size_t{10'000'000'000}));
    generateCommand
        ->add_option("--seed", generateOptions->seed, "Random seed: same seed, same data")
        ->capture_default_str();
    generateCommand->add_option("--days", generateOptions->days, "Days the events span, ending now")
        ->capture_default_str()
        ->check(CLI::Range(1.0, 3650.0));
    generateCommand->footer(
        "Prints {\"users\", \"items\", \"events\", \"seed\", \"days\"} as JSON when done.");
    generateCommand->callback([&action, generateOptions] {
        action = [generateOptions] {
            return generate(*generateOptions);
        };
    });

    auto importOptions = std::make_shared<ImportOptions>();
    CLI::App* importCommand = app.add_subcommand(
        "import",
        "Import events (and catalog items) from files; a bad row in either file imports "
        "nothing");
    importOptions->storage.addTo(*importCommand);
    importCommand->add_option("--events", importOptions->eventsFile, "Events file")
        ->required()
        ->check(CLI::ExistingFile)
        ->type_name("FILE");
    importCommand->add_option("--items", importOptions->itemsFile, "Catalog file")
        ->check(CLI::ExistingFile)
        ->type_name("FILE");
    importCommand
        ->add_option("--format", importOptions->format,
                     "csv: header user_id,item_id,value,timestamp[,type,idempotency_key] and "
                     "item_id[,title,categories,created_at,available]; movielens: u.data/u.item "
                     "or ratings.csv/movies.csv")
        ->transform(CLI::CheckedTransformer(std::map<std::string, ImportFormat>{
            {"csv", ImportFormat::Csv}, {"movielens", ImportFormat::MovieLens}}))
        ->default_str("csv");
    importCommand->footer(
        "Every row is checked before anything is written; the first bad row stops the import "
        "with FILE:LINE: reason.\nRows are keyed by the file's content and line, so importing "
        "the same file again stores nothing twice.\nPrints a JSON summary when done.");
    importCommand->callback([&action, importOptions] {
        action = [importOptions] {
            return import(*importOptions);
        };
    });
}

}  // namespace recops::cli
