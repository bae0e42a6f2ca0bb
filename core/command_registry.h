// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <functional>
#include <optional>

#include <QAbstractListModel>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace recops::console {

/// One thing the user can do, by name: what the command palette lists and runs.
struct Command {
    /// Stable identifier: "page.alerts", "connection.refresh", "alerts.acknowledge".
    QString id;
    /// Translated, what the palette shows and searches: "Go to Alerts".
    QString title;
    /// Translated group: "Go to", "Connection", "Alerts".
    QString category;
    /// The key sequence as portable text ("Ctrl+1"), shown beside the title; may be empty.
    QString shortcut;
    /// More words that find the command ("switch server" for a profile).
    QStringList keywords;
    /// Changes state on the server: disabled while a production profile is locked.
    bool changesServerState = false;
    std::function<void()> run;
};

/**
 * Every command of the console, as a list model for the command palette. The window adds
 * the global ones (pages, refresh, profiles, lock); a page adds its own in
 * PageWidget::registerCommands() ("acknowledge alert", "promote model", "run runbook"),
 * with the page as owner so they go when it goes.
 *
 * A command is disabled, with a reason, when its owner says so (setEnabled) or when it
 * changes server state while the production lock is on (setServerStateLocked). trigger()
 * runs only enabled commands; a refused command emits refused() with the reason.
 */
class CommandRegistry : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        CategoryRole,
        ShortcutRole,
        KeywordsRole,
        SearchTextRole,  ///< title, category and keywords, for matching
        EnabledRole,     ///< whether it can run now (the item itself stays selectable)
        DisabledReasonRole,
        ChangesServerStateRole,
    };
    Q_ENUM(Role)

    explicit CommandRegistry(QObject* parent = nullptr);

    /**
     * Adds @p command; false when its id is taken or it has no id, title or action. With
     * an @p owner, the command is removed when the owner is destroyed.
     */
    bool add(const Command& command, QObject* owner = nullptr);
    bool remove(const QString& id);
    bool contains(const QString& id) const;
    std::optional<Command> command(const QString& id) const;
    /// Ids of every command, in the order they were added.
    QStringList ids() const;

    /// The owner's own availability of a command, with the reason when not available.
    void setEnabled(const QString& id, bool enabled, const QString& reason = {});
    /// Disables (or enables again) every command that changes server state.
    void setServerStateLocked(bool locked, const QString& reason);
    bool isEnabled(const QString& id) const;
    /// Why a command cannot run now; empty when it can.
    QString disabledReason(const QString& id) const;

    /// Runs the command when it is enabled; false otherwise (refused() says why).
    bool trigger(const QString& id);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void triggered(const QString& id);
    void refused(const QString& id, const QString& reason);

private:
    struct Entry {
        Command command;
        bool ownerEnabled = true;
        QString ownerReason;
    };
    int rowOf(const QString& id) const;
    bool entryEnabled(const Entry& entry) const;
    QString entryReason(const Entry& entry) const;
    void removeOwnedBy(QObject* owner);

    QList<Entry> m_entries;
    QList<QPair<QString, QObject*>> m_owners;
    bool m_serverStateLocked = false;
    QString m_lockReason;
};

}  // namespace recops::console
