// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/connection_profile.h"

#include <QUuid>

namespace recops::console {

QString ConnectionProfile::newId() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

}  // namespace recops::console
