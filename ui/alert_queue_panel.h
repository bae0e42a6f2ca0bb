// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/alert.h"
#include "core/alert_event.h"
#include "core/token_role.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace recops::console {

class AlertEventModel;
class AlertTableModel;
class LabelFilterProxyModel;
class ProductionGuard;

/**
 * The alert queue: the alerts as a table (critical firing ones on top), what can be done
 * with the selected one (acknowledge, silence, run its runbook), and its history below.
 * A role below operator sees no acknowledge or silence button at all.
 */
class AlertQueuePanel : public QWidget {
    Q_OBJECT

public:
    explicit AlertQueuePanel(ProductionGuard* guard, QWidget* parent = nullptr);

    void setAlerts(const AlertList& alerts);
    void setHistory(const AlertHistory& history);
    /// Shown instead of the history (loading, failed, nothing selected).
    void setHistoryNote(const QString& note);
    void setRole(TokenRole role);
    /// Whether a runbook answers the selected alert (the page asks the Runbooks page).
    void setRunbookAvailable(bool available, const QString& reason);

    /// The selected alert; nullptr when none is.
    const Alert* currentAlert() const;
    QString currentAlertId() const;
    void selectAlert(const QString& id);

    AlertTableModel* model() const { return m_model; }
    LabelFilterProxyModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    AlertEventModel* historyModel() const { return m_history; }
    LabelFilterProxyModel* historyFilter() const { return m_historyFilter; }
    QTableView* historyView() const { return m_historyView; }
    QPushButton* acknowledgeButton() const { return m_acknowledge; }
    QPushButton* silenceButton() const { return m_silence; }
    QPushButton* runbookButton() const { return m_runbook; }
    QString historyNote() const;

Q_SIGNALS:
    /// Another alert is selected (empty: none).
    void currentAlertChanged(const QString& id);
    void acknowledgeRequested(const QString& id);
    void silenceRequested(const QString& id);
    void runbookRequested(const QString& id);

private:
    void follow();

    ProductionGuard* m_guard;
    AlertTableModel* m_model;
    LabelFilterProxyModel* m_filter;
    QTableView* m_view;
    AlertEventModel* m_history;
    LabelFilterProxyModel* m_historyFilter;
    QTableView* m_historyView;
    QLabel* m_historyTitle;
    QLabel* m_historyNote;
    QPushButton* m_acknowledge;
    QPushButton* m_silence;
    QPushButton* m_runbook;
    TokenRole m_role;
    bool m_runbookAvailable = false;
    QString m_runbookReason;
    QString m_current;
};

}  // namespace recops::console
