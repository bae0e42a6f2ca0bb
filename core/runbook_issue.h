// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QList>
#include <QString>

namespace recops::console {

/**
 * One thing wrong with a runbook file: where (file, step, field) and why.
 *
 * `step` is the step's id (or "steps[3]" when the step has no usable id) and is empty for
 * problems outside the steps; `field` is the path of the field inside the step or the
 * runbook, for example "request.method" or "cases[1].when". Runbook authors read these
 * the way they read compiler errors, so they name the place first.
 */
struct RunbookIssue {
    QString file;
    QString step;
    QString field;
    QString message;

    /// "service-down.json: step 'wait-ready': field 'timeout': ...".
    QString toString() const;

    friend bool operator==(const RunbookIssue&, const RunbookIssue&) = default;
};

using RunbookIssues = QList<RunbookIssue>;

}  // namespace recops::console
