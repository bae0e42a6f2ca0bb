// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_issue.h"

namespace recops::console {

/**
 * The semantic checks of a runbook whose fields have been read: duplicate ids, targets
 * that name no step, steps no path reaches, loops that would spin (a cycle through no
 * wait_until, manual or approval step), expressions that do not parse, `${name}`s that no
 * input, built-in or earlier capture defines, captures and durations that cannot work.
 */
class RunbookValidator {
public:
    static void validate(const Runbook& runbook, const QString& fileName, RunbookIssues* issues);
};

}  // namespace recops::console
