// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/environment_tag.h"
#include "core/server_health.h"

#include <QColor>
#include <QIcon>

namespace recops::console {

/// The colours the console gives environments and health states, in one place.
class EnvironmentStyle {
public:
    /// Production is red and drawn apart everywhere, so nobody mistakes it for staging.
    static QColor color(EnvironmentTag tag);
    /// Text colour that reads on color(tag).
    static QColor textColor(EnvironmentTag tag);
    /// A small round swatch of the environment's colour, for combo boxes and menus.
    static QIcon swatch(EnvironmentTag tag);

    static QColor healthColor(const ServerHealth& health);
};

}  // namespace recops::console
