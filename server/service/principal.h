// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "store/role.h"

#include <string>

namespace recops::service {

/// Who is calling: the token that authenticated the request.
struct Principal {
    std::string tokenId;
    std::string name;
    store::Role role = store::Role::Viewer;
};

}  // namespace recops::service
