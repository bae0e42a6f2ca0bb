// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <functional>

#include <QCoreApplication>
#include <QString>

class QAbstractButton;
class QMessageBox;
class QWidget;

namespace recops::console {

struct ConnectionProfile;

/**
 * The question before a change to the server: where it happens and exactly what changes,
 * with Cancel as the default. On a production profile it says so loudly (a warning, the
 * environment in capitals, live traffic named); elsewhere it names the environment too,
 * so nobody changes the wrong server.
 *
 * The box is window-modal and opened without a nested event loop; @p onConfirmed runs once
 * the person pressed @p confirmText (the caller checks that the connection is still the
 * one asked about).
 */
class ChangeConfirmation {
    Q_DECLARE_TR_FUNCTIONS(ChangeConfirmation)

public:
    static constexpr char kObjectName[] = "changeConfirmation";

    static QMessageBox* ask(QWidget* parent, const ConnectionProfile& profile, const QString& title,
                            const QString& change, const QString& details,
                            const QString& confirmText, std::function<void()> onConfirmed);
    /// The button that confirms @p box (for tests and the accessibility walk).
    static QAbstractButton* confirmButton(QMessageBox* box);
};

}  // namespace recops::console
