// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;

namespace recops::console {

class CommandFilterModel;
class CommandRegistry;

/**
 * Ctrl+K: type a few letters of any command, pick it with the arrow keys, run it with
 * Enter. The list is the CommandRegistry through a CommandFilterModel (fuzzy, best match
 * first); a disabled command stays listed, greyed, and says why it cannot run. Escape
 * closes. Focus never leaves the search field, so it is all keyboard.
 */
class CommandPalette : public QDialog {
    Q_OBJECT

public:
    CommandPalette(CommandRegistry* commands, QWidget* parent = nullptr);

    /// Opens with an empty search and the first command selected.
    void popUp();

    QLineEdit* searchEdit() const { return m_search; }
    QListView* commandList() const { return m_list; }
    CommandFilterModel* filterModel() const { return m_filter; }
    /// The id of the selected command; empty when none.
    QString currentCommandId() const;
    /// The line under the list: the selected command's shortcut, or why it is disabled.
    QString statusText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runCurrent();
    void selectRow(int row);
    void showCurrent();

    QPointer<CommandRegistry> m_commands;
    CommandFilterModel* m_filter;
    QLineEdit* m_search;
    QListView* m_list;
    QLabel* m_status;
};

}  // namespace recops::console
