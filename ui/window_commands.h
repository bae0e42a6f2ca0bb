// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;

namespace recops::console {

class CommandRegistry;
class MainWindow;
class ProductionLock;
class ProfileStore;
struct ConnectionProfile;

/**
 * The window's own commands, declared once: each is a Command in the registry (for the
 * palette) and, through action(), the QAction of the menus and the shortcut, both running
 * the same code. Keeps "Switch to profile …" in step with the saved profiles and the
 * unlock/lock commands with the production lock.
 */
class WindowCommands : public QObject {
    Q_OBJECT

public:
    WindowCommands(MainWindow* window, CommandRegistry* commands, ProfileStore* profiles,
                   ProductionLock* lock);

    /// The menu action of command @p id (created on first use): its title, @p shortcut,
    /// enabled state and reason follow the registry.
    QAction* action(const QString& id, const QKeySequence& shortcut = {});

private:
    void addCommand(const QString& id, const QString& title, const QString& category,
                    const QKeySequence& shortcut, const QStringList& keywords,
                    std::function<void()> run);
    void addSwitchCommand(const ConnectionProfile& profile);
    void followLock();

    QPointer<MainWindow> m_window;
    QPointer<CommandRegistry> m_commands;
    QPointer<ProfileStore> m_profiles;
    QPointer<ProductionLock> m_lock;
};

}  // namespace recops::console
