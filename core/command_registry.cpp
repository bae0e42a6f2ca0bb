// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/command_registry.h"

#include <algorithm>

namespace recops::console {

CommandRegistry::CommandRegistry(QObject* parent) : QAbstractListModel(parent) {}

bool CommandRegistry::add(const Command& command, QObject* owner) {
    if (command.id.isEmpty() || command.title.isEmpty() || !command.run || contains(command.id)) {
        return false;
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows(QModelIndex(), row, row);
    m_entries.append(Entry{command, true, QString()});
    endInsertRows();
    if (owner) {
        const bool firstOfOwner =
            std::none_of(m_owners.cbegin(), m_owners.cend(),
                         [owner](const auto& pair) { return pair.second == owner; });
        m_owners.append({command.id, owner});
        if (firstOfOwner) {
            connect(owner, &QObject::destroyed, this, [this, owner] { removeOwnedBy(owner); });
        }
    }
    return true;
}

bool CommandRegistry::remove(const QString& id) {
    const int row = rowOf(id);
    if (row < 0) {
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    m_owners.removeIf([&id](const auto& pair) { return pair.first == id; });
    return true;
}

void CommandRegistry::removeOwnedBy(QObject* owner) {
    QStringList owned;
    for (const auto& [id, candidate] : m_owners) {
        if (candidate == owner) {
            owned.append(id);
        }
    }
    for (const QString& id : owned) {
        remove(id);
    }
}

bool CommandRegistry::contains(const QString& id) const {
    return rowOf(id) >= 0;
}

std::optional<Command> CommandRegistry::command(const QString& id) const {
    const int row = rowOf(id);
    if (row < 0) {
        return std::nullopt;
    }
    return m_entries.at(row).command;
}

QStringList CommandRegistry::ids() const {
    QStringList result;
    for (const Entry& entry : m_entries) {
        result.append(entry.command.id);
    }
    return result;
}

void CommandRegistry::setEnabled(const QString& id, bool enabled, const QString& reason) {
    const int row = rowOf(id);
    if (row < 0) {
        return;
    }
    Entry& entry = m_entries[row];
    entry.ownerEnabled = enabled;
    entry.ownerReason = enabled ? QString() : reason;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void CommandRegistry::setServerStateLocked(bool locked, const QString& reason) {
    m_serverStateLocked = locked;
    m_lockReason = locked ? reason : QString();
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).command.changesServerState) {
            const QModelIndex changed = index(row);
            Q_EMIT dataChanged(changed, changed);
        }
    }
}

bool CommandRegistry::entryEnabled(const Entry& entry) const {
    return entry.ownerEnabled && !(m_serverStateLocked && entry.command.changesServerState);
}

QString CommandRegistry::entryReason(const Entry& entry) const {
    if (m_serverStateLocked && entry.command.changesServerState) {
        return m_lockReason;
    }
    return entry.ownerEnabled ? QString() : entry.ownerReason;
}

bool CommandRegistry::isEnabled(const QString& id) const {
    const int row = rowOf(id);
    return row >= 0 && entryEnabled(m_entries.at(row));
}

QString CommandRegistry::disabledReason(const QString& id) const {
    const int row = rowOf(id);
    return row >= 0 ? entryReason(m_entries.at(row)) : tr("There is no command %1.").arg(id);
}

bool CommandRegistry::trigger(const QString& id) {
    const int row = rowOf(id);
    if (row < 0 || !entryEnabled(m_entries.at(row))) {
        Q_EMIT refused(id, disabledReason(id));
        return false;
    }
    // A copy: the command may remove itself (or its page) while it runs.
    const std::function<void()> run = m_entries.at(row).command.run;
    run();
    Q_EMIT triggered(id);
    return true;
}

int CommandRegistry::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant CommandRegistry::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Entry& entry = m_entries.at(index.row());
    const Command& command = entry.command;
    switch (role) {
        case Qt::DisplayRole:
        case TitleRole:
            return command.title;
        case Qt::ToolTipRole: {
            const QString reason = entryReason(entry);
            return reason.isEmpty() ? command.title : reason;
        }
        case Qt::AccessibleTextRole:
            return command.shortcut.isEmpty()
                       ? command.title
                       : tr("%1, shortcut %2").arg(command.title, command.shortcut);
        case IdRole:
            return command.id;
        case CategoryRole:
            return command.category;
        case ShortcutRole:
            return command.shortcut;
        case KeywordsRole:
            return command.keywords;
        case SearchTextRole:
            return QStringList{command.title, command.category, command.keywords.join(u' ')}.join(
                u' ');
        case EnabledRole:
            return entryEnabled(entry);
        case DisabledReasonRole:
            return entryReason(entry);
        case ChangesServerStateRole:
            return command.changesServerState;
        default:
            return {};
    }
}

Qt::ItemFlags CommandRegistry::flags(const QModelIndex& index) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    // Disabled commands stay enabled items, so a view can select them and say why they
    // cannot run; EnabledRole tells it to draw them greyed.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> CommandRegistry::roleNames() const {
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "commandId");
    names.insert(TitleRole, "title");
    names.insert(CategoryRole, "category");
    names.insert(ShortcutRole, "shortcut");
    names.insert(KeywordsRole, "keywords");
    names.insert(SearchTextRole, "searchText");
    names.insert(EnabledRole, "enabled");
    names.insert(DisabledReasonRole, "disabledReason");
    names.insert(ChangesServerStateRole, "changesServerState");
    return names;
}

int CommandRegistry::rowOf(const QString& id) const {
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).command.id == id) {
            return row;
        }
    }
    return -1;
}

}  // namespace recops::console
