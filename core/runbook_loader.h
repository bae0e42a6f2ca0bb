// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_issue.h"

#include <optional>

#include <QByteArray>
#include <QString>

namespace recops::console {

/**
 * Reads runbook files: JSON against the schema of docs/runbooks.md (required and unknown
 * fields, types, kinds), then RunbookValidator's semantic checks (targets, reachability,
 * cycles, expressions, variables).
 *
 * Every problem is collected, each with its file, step and field, so that an author fixes
 * a file in one pass; a runbook with any problem is not returned.
 */
class RunbookLoader {
public:
    /// Parses @p bytes (the content of @p fileName, which only names it in issues).
    static std::optional<Runbook> load(const QByteArray& bytes, const QString& fileName,
                                       RunbookIssues* issues);
    /// Reads and parses the file at @p path (a Qt resource path works too).
    static std::optional<Runbook> loadFile(const QString& path, RunbookIssues* issues);
    /// Parses a definition that a journal kept (it was valid when the run started).
    static std::optional<Runbook> fromDefinition(const QJsonObject& definition,
                                                 const QString& fileName, RunbookIssues* issues);
};

}  // namespace recops::console
