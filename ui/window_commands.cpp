// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/window_commands.h"

#include "core/command_registry.h"
#include "core/production_lock.h"
#include "core/profile_store.h"
#include "ui/main_window.h"
#include "ui/page_catalog.h"

#include <QAction>

namespace recops::console {

namespace {
const QString kSwitchPrefix = QStringLiteral("connection.switch.");
}  // namespace

WindowCommands::WindowCommands(MainWindow* window, CommandRegistry* commands,
                               ProfileStore* profiles, ProductionLock* lock)
    : QObject(window), m_window(window), m_commands(commands), m_profiles(profiles), m_lock(lock) {
    const QList<ConsolePage> pages = ConsolePages::all();
    for (qsizetype index = 0; index < pages.size(); ++index) {
        const ConsolePage page = pages.at(index);
        addCommand(QStringLiteral("page.") + ConsolePages::key(page),
                   tr("Go to %1").arg(PageCatalog::describe(page).title), tr("Go to"),
                   QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)),
                   {ConsolePages::key(page), tr("page")},
                   [this, page] { m_window->showPage(page); });
    }
    addCommand(QStringLiteral("view.refresh"), tr("Refresh this page"), tr("View"),
               QKeySequence::Refresh, {tr("reload"), tr("update")},
               [this] { m_window->refreshCurrentPage(); });
    addCommand(QStringLiteral("view.filter"), tr("Filter this page"), tr("View"),
               QKeySequence::Find, {tr("find"), tr("search")}, [this] { m_window->focusFilter(); });
    addCommand(QStringLiteral("view.palette"), tr("Command palette…"), tr("View"),
               QKeySequence(Qt::CTRL | Qt::Key_K), {tr("commands")},
               [this] { m_window->openCommandPalette(); });
    addCommand(QStringLiteral("connection.profiles"), tr("Manage connection profiles…"),
               tr("Connection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
               {tr("edit"), tr("server"), tr("token")}, [this] { m_window->editCurrentProfile(); });
    addCommand(QStringLiteral("connection.import"), tr("Import profiles…"), tr("Connection"), {},
               {tr("file"), tr("load")}, [this] { m_window->importProfiles(); });
    addCommand(QStringLiteral("connection.export"), tr("Export profiles…"), tr("Connection"), {},
               {tr("file"), tr("save"), tr("share")}, [this] { m_window->exportProfiles(); });
    addCommand(QStringLiteral("production.unlock"), tr("Unlock production changes…"),
               tr("Connection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
               {tr("lock"), tr("read-only"), tr("write")}, [this] { m_window->requestUnlock(); });
    addCommand(QStringLiteral("production.lock"), tr("Lock production changes again"),
               tr("Connection"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), {tr("read-only")},
               [this] {
                   if (m_lock) {
                       m_lock->lock();
                   }
               });
    addCommand(QStringLiteral("app.quit"), tr("Quit"), tr("Application"), QKeySequence::Quit,
               {tr("exit"), tr("close")}, [this] { m_window->close(); });
    addCommand(QStringLiteral("help.about"), tr("About RecOps Console"), tr("Help"), {},
               {tr("version")}, [this] { m_window->showAbout(); });

    for (const ConnectionProfile& profile : profiles->profiles()) {
        addSwitchCommand(profile);
    }
    connect(profiles, &ProfileStore::profileAdded, this, &WindowCommands::addSwitchCommand);
    connect(profiles, &ProfileStore::profileUpdated, this, [this](const ConnectionProfile& p) {
        m_commands->remove(kSwitchPrefix + p.id);
        addSwitchCommand(p);
    });
    connect(profiles, &ProfileStore::profileRemoved, this,
            [this](const QString& id) { m_commands->remove(kSwitchPrefix + id); });
    connect(lock, &ProductionLock::lockedChanged, this, &WindowCommands::followLock);
    followLock();
}

void WindowCommands::addCommand(const QString& id, const QString& title, const QString& category,
                                const QKeySequence& shortcut, const QStringList& keywords,
                                std::function<void()> run) {
    Command command;
    command.id = id;
    command.title = title;
    command.category = category;
    command.shortcut = shortcut.toString(QKeySequence::NativeText);
    command.keywords = keywords;
    command.run = std::move(run);
    m_commands->add(command, this);
}

void WindowCommands::addSwitchCommand(const ConnectionProfile& profile) {
    const QString id = profile.id;
    addCommand(kSwitchPrefix + id,
               tr("Switch to profile %1 (%2)")
                   .arg(profile.name, EnvironmentTags::displayName(profile.environment)),
               tr("Connection"), {},
               {tr("connect"), tr("server"), profile.url.host(),
                EnvironmentTags::key(profile.environment)},
               [this, id] { m_window->openProfile(id); });
}

void WindowCommands::followLock() {
    if (!m_lock || !m_commands) {
        return;
    }
    m_commands->setServerStateLocked(m_lock->isLocked(), m_lock->reason());
    if (!m_lock->applies()) {
        const QString reason =
            tr("The connected profile is not a production one: nothing is "
               "locked.");
        m_commands->setEnabled(QStringLiteral("production.unlock"), false, reason);
        m_commands->setEnabled(QStringLiteral("production.lock"), false, reason);
    } else {
        m_commands->setEnabled(QStringLiteral("production.unlock"), m_lock->isLocked(),
                               tr("Production changes are unlocked already."));
        m_commands->setEnabled(QStringLiteral("production.lock"), !m_lock->isLocked(),
                               tr("Production is read-only already."));
    }
}

QAction* WindowCommands::action(const QString& id, const QKeySequence& shortcut) {
    const QString name = QStringLiteral("action:") + id;
    if (auto* existing = m_window->findChild<QAction*>(name, Qt::FindDirectChildrenOnly)) {
        return existing;
    }
    const auto command = m_commands->command(id);
    auto* action = new QAction(command ? command->title : id, m_window);
    action->setObjectName(name);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
    }
    connect(action, &QAction::triggered, this, [this, id] { m_commands->trigger(id); });
    const auto follow = [this, action, id] {
        action->setEnabled(m_commands->isEnabled(id));
        action->setStatusTip(m_commands->disabledReason(id));
    };
    connect(m_commands, &QAbstractItemModel::dataChanged, action, follow);
    follow();
    return action;
}

}  // namespace recops::console
