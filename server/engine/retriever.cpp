// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/retriever.h"

#include "engine/engine_error.h"

namespace recops::engine {

void Retriever::save(ArtifactWriter& /*writer*/) const {
    throw EngineError("retriever '" + spec() + "' is rebuilt at load time and has no artifacts");
}

void Retriever::load(const ArtifactReader& /*reader*/) {
    throw EngineError("retriever '" + spec() + "' is rebuilt at load time and has no artifacts");
}

}  // namespace recops::engine
