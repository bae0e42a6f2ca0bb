// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/runbook_library.h"

#include "core/preferences.h"
#include "core/runbook_loader.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace recops::console {

QString RunbookLibrary::defaultUserFolder(const Preferences& preferences) {
    const QString configured = preferences.value(Preferences::kRunbookUserFolder);
    if (!configured.isEmpty()) {
        return configured;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/runbooks");
}

QString RunbookLibrary::defaultUserFolder() {
    return defaultUserFolder(Preferences());
}

void RunbookLibrary::load(const QString& userFolder) {
    m_runbooks.clear();
    m_issues.clear();
    m_failedFiles.clear();
    loadFolder(QLatin1StringView(kBuiltInFolder), true);
    if (!userFolder.isEmpty() && QFileInfo(userFolder).isDir()) {
        loadFolder(userFolder, false);
    }
    std::sort(m_runbooks.begin(), m_runbooks.end(),
              [](const Runbook& a, const Runbook& b) { return a.id < b.id; });
}

void RunbookLibrary::loadFolder(const QString& folder, bool builtIn) {
    const QDir directory(folder);
    const QStringList files =
        directory.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QString& name : files) {
        const QString path = directory.filePath(name);
        RunbookIssues issues;
        auto runbook = RunbookLoader::loadFile(path, &issues);
        if (!runbook) {
            m_issues.append(issues);
            m_failedFiles.append(name);
            continue;
        }
        runbook->builtIn = builtIn;
        if (const auto existing = find(runbook->id)) {
            m_issues.append({name, QString(), QStringLiteral("id"),
                             QStringLiteral("the id \"%1\" is already used by %2")
                                 .arg(runbook->id, QFileInfo(existing->sourceFile).fileName())});
            m_failedFiles.append(name);
            continue;
        }
        m_runbooks.append(*runbook);
    }
}

std::optional<Runbook> RunbookLibrary::find(const QString& id) const {
    for (const Runbook& runbook : m_runbooks) {
        if (runbook.id == id) {
            return runbook;
        }
    }
    return std::nullopt;
}

QList<Runbook> RunbookLibrary::answering(const QString& alertName) const {
    QList<Runbook> found;
    for (const Runbook& runbook : m_runbooks) {
        if (runbook.triggers.contains(alertName)) {
            found.append(runbook);
        }
    }
    return found;
}

QStringList RunbookLibrary::triggers() const {
    QStringList names;
    for (const Runbook& runbook : m_runbooks) {
        names.append(runbook.triggers);
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

RunbookIssues RunbookLibrary::issuesFor(const QString& id) const {
    RunbookIssues found;
    for (const RunbookIssue& issue : m_issues) {
        if (QFileInfo(issue.file).completeBaseName() == id) {
            found.append(issue);
        }
    }
    return found;
}

}  // namespace recops::console
