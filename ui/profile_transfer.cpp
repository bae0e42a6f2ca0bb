// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/profile_transfer.h"

#include "core/profile_store.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QStandardPaths>

namespace recops::console {

ProfileTransfer::ProfileTransfer(ProfileStore* store, QWidget* window)
    : QObject(window), m_store(store), m_window(window) {}

void ProfileTransfer::chooseFileToImport() {
    auto* dialog = new QFileDialog(m_window, tr("Import connection profiles"),
                                   QStandardPaths::writableLocation(QStandardPaths::HomeLocation),
                                   tr("Profile files (*.json);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& file) { importFile(file); });
    dialog->open();
}

void ProfileTransfer::chooseFileToExport() {
    auto* dialog = new QFileDialog(m_window, tr("Export connection profiles"),
                                   QStandardPaths::writableLocation(QStandardPaths::HomeLocation) +
                                       QStringLiteral("/recops-profiles.json"),
                                   tr("Profile files (*.json)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& file) {
        QString error;
        exportFile(file, &error);
    });
    dialog->open();
}

ProfileImportOutcome ProfileTransfer::importFile(const QString& filePath) {
    if (!m_store) {
        return {};
    }
    const ProfileImportOutcome outcome = ProfileExchange::importFromFile(*m_store, filePath);
    const bool clean = outcome.succeeded() && outcome.conflicts.isEmpty();
    report(tr("Import connection profiles"), ProfileExchange::summarize(outcome), !clean);
    return outcome;
}

bool ProfileTransfer::exportFile(const QString& filePath, QString* error) {
    if (!m_store) {
        return false;
    }
    if (!ProfileExchange::exportToFile(*m_store, filePath, error)) {
        report(tr("Export connection profiles"), error ? *error : QString(), true);
        return false;
    }
    report(tr("Export connection profiles"),
           tr("Exported %1 profile(s) to %2, without tokens: each recipient sets their own.")
               .arg(m_store->profiles().size())
               .arg(filePath),
           false);
    return true;
}

void ProfileTransfer::report(const QString& title, const QString& text, bool isError) {
    Q_EMIT reported(title, text, isError);
    if (!m_window) {
        return;
    }
    auto* box = new QMessageBox(isError ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("profileTransferReport"));
    box->open();
}

}  // namespace recops::console
