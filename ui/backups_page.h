// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/backup.h"
#include "core/polled_resource.h"
#include "core/recovery_point_status.h"
#include "core/token_role.h"
#include "ui/notice_label.h"
#include "ui/page_widget.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace recops::console {

class BackupActions;
class BackupTableModel;
class CommandRegistry;
class LabelFilterProxyModel;
class ProductionGuard;
class ServerConnection;

/**
 * The backups of the connected recopsd against the recovery point objective: the age of
 * the last successful backup in green, amber (from 75 % of the RPO) or red, the schedule,
 * and every backup with its time, status, size and verification. Operators take a backup
 * now and verify one; admins restore one, after typing its id.
 *
 * The list is a PolledResource watched by the page (staleness badge, F5, --screenshot),
 * fetched while the page is shown, faster while a backup, verification or restore is in
 * flight. Its last value stays while recopsd is unreachable, and the age keeps growing.
 */
class BackupsPage : public PageWidget {
    Q_OBJECT

public:
    BackupsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent = nullptr);
    ~BackupsPage() override;

    bool isSettled() const override;
    QLineEdit* filterEdit() const override { return m_filter; }
    void registerCommands(CommandRegistry* commands) override;

    TokenRole role() const { return m_role; }
    BackupActions* actions() const { return m_actions; }
    BackupTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    ResourcePoller* poller() const { return m_backups; }
    RecoveryPointStatus recoveryPoint() const { return m_recoveryPoint; }
    QLabel* recoveryPointLabel() const { return m_rpo; }
    QPushButton* createButton() const { return m_create; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* restoreButton() const { return m_restore; }
    /// The outcome of the last change, as shown above the table.
    QString noticeText() const { return m_notice->noticeText(); }

    /// The selected backup; nullptr when none is.
    const Backup* currentBackup() const;
    void selectBackup(const QString& id);

    void createBackup();
    void verifySelected();
    void restoreSelected();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void showBackups();
    void showRecoveryPoint();
    void followSelection();
    void followRole(TokenRole role);
    void updateCommands();

    QPointer<ServerConnection> m_connection;
    QPointer<CommandRegistry> m_commands;
    ProductionGuard* m_guard;
    BackupActions* m_actions;
    PolledResource<BackupList>* m_backups;
    BackupTableModel* m_model;
    LabelFilterProxyModel* m_proxy;
    RecoveryPointStatus m_recoveryPoint;
    QTimer* m_ageTimer;
    QLabel* m_rpo;
    QLabel* m_schedule;
    QLineEdit* m_filter;
    QLabel* m_roleNote;
    NoticeLabel* m_notice;
    QTableView* m_view;
    QPushButton* m_create;
    QPushButton* m_verify;
    QPushButton* m_restore;
    TokenRole m_role;
    bool m_started = false;
};

}  // namespace recops::console
