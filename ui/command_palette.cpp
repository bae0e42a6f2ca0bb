// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/command_palette.h"

#include "core/command_filter_model.h"
#include "core/command_registry.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace recops::console {

namespace {

// Draws commands that cannot run now greyed; they stay selectable to say why.
class CommandItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (!index.data(CommandRegistry::EnabledRole).toBool()) {
            option->state &= ~QStyle::State_Enabled;
        }
        const QString shortcut = index.data(CommandRegistry::ShortcutRole).toString();
        if (!shortcut.isEmpty()) {
            option->text += QStringLiteral("    ") + shortcut;
        }
    }
};

}  // namespace

CommandPalette::CommandPalette(CommandRegistry* commands, QWidget* parent)
    : QDialog(parent)
    , m_commands(commands)
    , m_filter(new CommandFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_status(new QLabel(this)) {
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command palette"));
    setAccessibleName(tr("Command palette"));
    resize(560, 380);

    m_filter->setSourceModel(commands);
    m_search->setPlaceholderText(tr("Type a command: go to, refresh, switch, unlock…"));
    m_search->setAccessibleName(tr("Command"));
    m_search->setAccessibleDescription(
        tr("Type to search the commands; Up and Down choose, Enter runs, Escape closes."));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new CommandItemDelegate(m_list));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setFocusPolicy(Qt::NoFocus);  // typing goes on in the search field
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_status->setAccessibleName(tr("Selected command"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_filter->setPattern(text);
        selectRow(0);
    });
    connect(m_search, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListView::activated, this, [this](const QModelIndex& index) {
        m_list->setCurrentIndex(index);
        runCurrent();
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CommandPalette::showCurrent);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, &CommandPalette::showCurrent);
}

void CommandPalette::popUp() {
    m_search->clear();
    m_filter->setPattern(QString());
    selectRow(0);
    open();
    m_search->setFocus();
}

QString CommandPalette::currentCommandId() const {
    return m_list->currentIndex().data(CommandRegistry::IdRole).toString();
}

QString CommandPalette::statusText() const {
    return m_status->text();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const int row = m_list->currentIndex().row();
        const int last = m_filter->rowCount() - 1;
        switch (key->key()) {
            case Qt::Key_Down:
                selectRow(std::min(row + 1, last));
                return true;
            case Qt::Key_Up:
                selectRow(std::max(row - 1, 0));
                return true;
            case Qt::Key_PageDown:
                selectRow(std::min(row + 8, last));
                return true;
            case Qt::Key_PageUp:
                selectRow(std::max(row - 8, 0));
                return true;
            default:
                break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::selectRow(int row) {
    if (m_filter->rowCount() == 0) {
        m_list->setCurrentIndex(QModelIndex());
        showCurrent();
        return;
    }
    const QModelIndex index = m_filter->index(std::clamp(row, 0, m_filter->rowCount() - 1), 0);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    showCurrent();
}

void CommandPalette::showCurrent() {
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid()) {
        m_status->setText(m_filter->rowCount() == 0 ? tr("No command matches.") : QString());
        return;
    }
    const QString reason = current.data(CommandRegistry::DisabledReasonRole).toString();
    const QString shortcut = current.data(CommandRegistry::ShortcutRole).toString();
    const QString category = current.data(CommandRegistry::CategoryRole).toString();
    if (!reason.isEmpty()) {
        m_status->setText(tr("Not available: %1").arg(reason));
    } else if (!shortcut.isEmpty()) {
        m_status->setText(tr("%1 · %2").arg(category, shortcut));
    } else {
        m_status->setText(category);
    }
}

void CommandPalette::runCurrent() {
    const QString id = currentCommandId();
    if (id.isEmpty() || !m_commands) {
        return;
    }
    if (!m_commands->isEnabled(id)) {
        showCurrent();  // stays open and says why
        return;
    }
    // Closed first, so a command that moves the focus (Ctrl+F's) lands in the window.
    accept();
    QPointer<CommandRegistry> commands = m_commands;
    QTimer::singleShot(0, commands, [commands, id] {
        if (commands) {
            commands->trigger(id);
        }
    });
}

}  // namespace recops::console
