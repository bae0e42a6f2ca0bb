// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/console_page.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLineEdit;

namespace recops::console {

class CommandRegistry;
class DataSource;

/**
 * A page of the main window. A page is "settled" once what it shows is final for now:
 * its data has loaded, or loading failed and the page shows that. --screenshot waits for
 * it, so pictures never show a half-loaded page.
 *
 * A page shows server data through DataSources (PolledResource<T> for an API resource)
 * and hands them to watch(): the window then draws the page's staleness badge from them,
 * F5 refreshes them, and the page counts as settled when they are. Ctrl+F focuses
 * filterEdit(); registerCommands() puts the page's own actions in the command palette.
 */
class PageWidget : public QWidget {
    Q_OBJECT

public:
    PageWidget(ConsolePage page, QWidget* parent = nullptr);

    ConsolePage page() const { return m_page; }
    /// By default: every watched source is settled.
    virtual bool isSettled() const;

    /// The sources of the data this page shows (see watch()).
    QList<DataSource*> dataSources() const;
    /// F5: fetches every watched source now.
    virtual void refresh();
    /// The field Ctrl+F focuses; nullptr for a page without a filter.
    virtual QLineEdit* filterEdit() const { return nullptr; }
    /// Adds the page's commands ("acknowledge alert") to @p commands, owned by the page.
    virtual void registerCommands(CommandRegistry* commands) { Q_UNUSED(commands) }

Q_SIGNALS:
    /// isSettled() became true.
    void settled();
    /// A watched source changed state or data: the badge follows.
    void dataStatusChanged();
    /// The page asks to be shown (one of its palette commands runs while another page is).
    void activationRequested();

protected:
    /// Shows @p source's data on this page: staleness badge, F5 and settling follow it.
    void watch(DataSource* source);
    /// Emits settled() if the page has just become settled (once per transition).
    void updateSettled();

private:
    ConsolePage m_page;
    bool m_reportedSettled = false;
    QList<QPointer<DataSource>> m_sources;
};

}  // namespace recops::console
