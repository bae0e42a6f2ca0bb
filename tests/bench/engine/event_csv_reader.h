// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "engine/interaction_event.h"

#include <cstddef>
#include <filesystem>
#include <functional>

namespace recops::bench {

/// Reads interaction events from a CSV file for the engine's measuring tools. Two layouts
/// are recognised by their header line:
///   user_id,item_id,value,timestamp,type       what SyntheticDataGenerator writes
///   userId,movieId,rating,timestamp            MovieLens ratings (type "rate")
/// Fields are plain (no quoting), as in both sources. A malformed line is an error that
/// names the file and line.
class EventCsvReader {
public:
    using Callback = std::function<void(const engine::InteractionEvent&)>;

    /// Calls `callback` for each event; returns how many were read.
    static std::size_t read(const std::filesystem::path& path, const Callback& callback);
};

}  // namespace recops::bench
