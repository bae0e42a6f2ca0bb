// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook.h"
#include "core/runbook_issue.h"

#include <optional>

#include <QList>
#include <QString>

namespace recops::console {

class Preferences;

/**
 * Every runbook the console knows: the built-in ones embedded from resources/runbooks/
 * (under :/runbooks/) and the user's own, from a folder of *.json files.
 *
 * The folder is the preference Preferences::kRunbookUserFolder (preferences.ini;
 * default AppDataLocation/runbooks). A user runbook with the id of a built-in one is an error
 * rather than an override: two procedures under one name would make the timeline
 * ambiguous.
 */
class RunbookLibrary {
public:
    static constexpr char kBuiltInFolder[] = ":/runbooks";

    /// The user folder: the preference when set, otherwise AppDataLocation/runbooks.
    static QString defaultUserFolder(const Preferences& preferences);
    /// The same, from the preferences file of this user.
    static QString defaultUserFolder();

    /// Loads the built-in runbooks and those in @p userFolder (none when empty or missing).
    void load(const QString& userFolder);

    const QList<Runbook>& runbooks() const { return m_runbooks; }
    const RunbookIssues& issues() const { return m_issues; }
    bool isValid() const { return m_issues.isEmpty(); }
    std::optional<Runbook> find(const QString& id) const;
    /// The runbooks whose triggers name the alert @p alertName, by id.
    QList<Runbook> answering(const QString& alertName) const;
    /// Every alert name some runbook answers, sorted.
    QStringList triggers() const;
    /// The issues of the file that declares (or whose name suggests) runbook @p id.
    RunbookIssues issuesFor(const QString& id) const;

private:
    void loadFolder(const QString& folder, bool builtIn);

    QList<Runbook> m_runbooks;
    RunbookIssues m_issues;
    QStringList m_failedFiles;
};

}  // namespace recops::console
