// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// recops-engine-generate: writes a synthetic event log and catalog as CSV, to evaluate and
// tune on data of a chosen shape:
//
//   recops-engine-generate --users 20000 --items 10000 --events 500000 --seed 7
//       --events-csv events.csv --items-csv items.csv      (one command line)
#include "engine/synthetic_data_generator.h"

#include <iostream>

#include <CLI/CLI.hpp>

int main(int argc, char** argv) {
    CLI::App app{"Write a synthetic interaction log (and its catalog) as CSV"};
    recops::engine::SyntheticOptions options;
    std::string eventsPath;
    std::string itemsPath;
    app.add_option("--users", options.users)->capture_default_str();
    app.add_option("--items", options.items)->capture_default_str();
    app.add_option("--events", options.events)->capture_default_str();
    app.add_option("--seed", options.seed)->capture_default_str();
    app.add_option("--categories", options.categories)->capture_default_str();
    app.add_option("--clusters", options.tasteClusters)->capture_default_str();
    app.add_option("--days", options.durationDays)->capture_default_str();
    app.add_option("--events-csv", eventsPath, "user_id,item_id,value,timestamp,type")->required();
    app.add_option("--items-csv", itemsPath, "item_id,categories,created_at,available");
    CLI11_PARSE(app, argc, argv);
    try {
        const recops::engine::SyntheticDataGenerator generator(options);
        const auto written = generator.writeEventsCsv(eventsPath);
        if (!itemsPath.empty()) {
            generator.writeItemsCsv(itemsPath);
        }
        std::cerr << "wrote " << written << " events\n";
    } catch (const std::exception& error) {
        std::cerr << "recops-engine-generate: " << error.what() << '\n';
        return 1;
    }
    return 0;
}
