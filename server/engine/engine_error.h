// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <stdexcept>
#include <string>

namespace recops::engine {

/// Base of every error the engine throws. The message is meant for an operator: it names
/// the thing that is wrong and, where it helps, what to do instead.
class EngineError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// A configuration string ("als:factors=64", "hnsw:M=32", event weights...) is invalid:
/// unknown algorithm, unknown parameter, or a value of the wrong type or range.
class SpecError : public EngineError {
public:
    using EngineError::EngineError;
};

/// A model artifact is missing, truncated, corrupt, or of an unsupported format.
class ArtifactError : public EngineError {
public:
    using EngineError::EngineError;
};

/// The data does not fit what was asked (for example EASE on a catalog too large for
/// memory, or a dataset with no interactions).
class CapacityError : public EngineError {
public:
    using EngineError::EngineError;
};

/// Training stopped because its monitor asked for cancellation.
class TrainingCancelled : public EngineError {
public:
    TrainingCancelled() : EngineError("training cancelled") {}
};

}  // namespace recops::engine
