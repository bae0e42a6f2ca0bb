// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/profile_exchange.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace recops::console {

class ProfileStore;

/**
 * Connection ▸ Import profiles… and Export profiles…: picks a file (window-modal, no
 * nested event loop), runs ProfileExchange, and tells what happened in a message box:
 * what was imported, which names conflicted and were left alone, or why nothing was.
 */
class ProfileTransfer : public QObject {
    Q_OBJECT

public:
    ProfileTransfer(ProfileStore* store, QWidget* window);

    void chooseFileToImport();
    void chooseFileToExport();

    /// The work behind the dialogs, without them.
    ProfileImportOutcome importFile(const QString& filePath);
    bool exportFile(const QString& filePath, QString* error);

Q_SIGNALS:
    /// After each import or export: what to tell the user.
    void reported(const QString& title, const QString& text, bool isError);

private:
    void report(const QString& title, const QString& text, bool isError);

    QPointer<ProfileStore> m_store;
    QPointer<QWidget> m_window;
};

}  // namespace recops::console
