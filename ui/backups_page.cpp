// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The Backups page: one PolledResource (GET /api/v1/backups), the recovery point line
// drawn from it, the table of backups, and BackupActions for taking, verifying and
// restoring. The page wires the selection and the token's role to the buttons and the
// palette's commands.
#include "ui/backups_page.h"

#include "core/api_endpoint.h"
#include "core/backup_table_model.h"
#include "core/command_registry.h"
#include "core/health_monitor.h"
#include "core/label_filter_proxy_model.h"
#include "core/registry_format.h"
#include "core/server_connection.h"
#include "ui/backup_actions.h"
#include "ui/notice_label.h"
#include "ui/production_guard.h"
#include "ui/table_views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace recops::console {

namespace {

constexpr int kBackupsIntervalMs = 15'000;
// While a backup, verification or restore runs, its progress is worth following closely.
constexpr int kBusyIntervalMs = 2'000;
constexpr int kAgeRefreshMs = 30'000;

const QString kCreateCommand = QStringLiteral("backups.create");
const QString kVerifyCommand = QStringLiteral("backups.verify");
const QString kRestoreCommand = QStringLiteral("backups.restore");

struct LevelColours {
    QColor text;
    QColor background;
};

LevelColours coloursOf(RecoveryPointStatus::Level level) {
    switch (level) {
        case RecoveryPointStatus::Level::Met:
            return {QColor(0x1b, 0x5e, 0x20), QColor(0xe8, 0xf5, 0xe9)};
        case RecoveryPointStatus::Level::Nearing:
            return {QColor(0x7a, 0x4f, 0x01), QColor(0xff, 0xf3, 0xd6)};
        case RecoveryPointStatus::Level::Missed:
            return {QColor(0xb7, 0x1c, 0x1c), QColor(0xfb, 0xe3, 0xe4)};
        case RecoveryPointStatus::Level::Unknown:
            break;
    }
    return {QColor(0x42, 0x42, 0x42), QColor(0xee, 0xee, 0xee)};
}

}  // namespace

BackupsPage::BackupsPage(ServerConnection* connection, ProductionGuard* guard, QWidget* parent)
    : PageWidget(ConsolePage::Backups, parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_actions(new BackupActions(connection, guard, this))
    , m_backups(new PolledResource<BackupList>(
          connection, ApiEndpoint::of(Endpoint::Backups).path(), &BackupList::fromJson, this))
    , m_model(new BackupTableModel(this))
    , m_proxy(new LabelFilterProxyModel(this))
    , m_ageTimer(new QTimer(this))
    , m_rpo(new QLabel(this))
    , m_schedule(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_roleNote(new QLabel(this))
    , m_notice(new NoticeLabel(this))
    , m_create(new QPushButton(tr("&Back up now…"), this))
    , m_verify(new QPushButton(tr("&Verify…"), this))
    , m_restore(new QPushButton(tr("&Restore…"), this)) {
    setAccessibleName(tr("Backups"));
    m_backups->setTitle(tr("Backups"));
    m_backups->setIntervalMs(kBackupsIntervalMs);

    m_rpo->setObjectName(QStringLiteral("recoveryPoint"));
    m_rpo->setAccessibleName(tr("Recovery point"));
    m_rpo->setAutoFillBackground(true);
    m_rpo->setMargin(8);
    m_rpo->setWordWrap(true);
    QFont rpoFont = m_rpo->font();
    rpoFont.setBold(true);
    rpoFont.setPointSizeF(rpoFont.pointSizeF() * 1.15);
    m_rpo->setFont(rpoFont);
    m_schedule->setAccessibleName(tr("Backup schedule"));
    m_schedule->setWordWrap(true);
    m_filter->setObjectName(QStringLiteral("pageFilter"));
    m_filter->setPlaceholderText(tr("Filter: text, or status=failed trigger=schedule (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter backups"));
    m_filter->setClearButtonEnabled(true);
    m_roleNote->setAccessibleName(tr("What this token may do"));
    m_roleNote->setForegroundRole(QPalette::PlaceholderText);
    m_notice->setObjectName(QStringLiteral("backupsNotice"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BackupTableModel::SortRole);
    m_proxy->setColumnLabel(BackupTableModel::StatusColumn, QStringLiteral("status"));
    m_proxy->setColumnLabel(BackupTableModel::TriggerColumn, QStringLiteral("trigger"));
    m_proxy->setColumnLabel(BackupTableModel::VerifiedColumn, QStringLiteral("verified"));
    m_view = TableViews::create(m_proxy, tr("Backups"), this);
    m_view->setObjectName(QStringLiteral("backupsTable"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_create->setAccessibleName(tr("Back up now"));
    m_create->setToolTip(tr("Take a backup of the database and the models directory now."));
    m_verify->setAccessibleName(tr("Verify the selected backup"));
    m_verify->setToolTip(
        tr("Restore the selected backup into scratch space and check it against its manifest."));
    m_restore->setAccessibleName(tr("Restore the selected backup"));
    m_restore->setToolTip(tr("Replace the live database and models by the selected backup."));
    for (QPushButton* button : {m_create, m_verify, m_restore}) {
        if (m_guard) {
            m_guard->guard(button);
        }
    }

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addSpacing(12);
    bar->addWidget(m_roleNote);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_verify);
    buttons->addWidget(m_restore);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_rpo);
    layout->addWidget(m_schedule);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    watch(m_backups);
    m_ageTimer->setInterval(kAgeRefreshMs);
    connect(m_ageTimer, &QTimer::timeout, this, &BackupsPage::showRecoveryPoint);
    connect(m_backups, &DataSource::dataChanged, this, &BackupsPage::showBackups);
    connect(m_backups, &DataSource::statusChanged, this, &BackupsPage::showRecoveryPoint);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &LabelFilterProxyModel::setQuery);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BackupsPage::followSelection);
    connect(m_create, &QPushButton::clicked, this, &BackupsPage::createBackup);
    connect(m_verify, &QPushButton::clicked, this, &BackupsPage::verifySelected);
    connect(m_restore, &QPushButton::clicked, this, &BackupsPage::restoreSelected);
    connect(m_actions, &BackupActions::reported, m_notice, &NoticeLabel::showNotice);
    connect(m_actions, &BackupActions::changed, m_backups, &ResourcePoller::refresh);

    connect(connection->monitor(), &HealthMonitor::healthChanged, this,
            [this] { followRole(TokenRole::ofHealth(m_connection->monitor()->health(), m_role)); });
    connect(connection, &ServerConnection::profileChanged, this, [this] {
        m_notice->hide();
        m_model->clear();
        followRole(TokenRole());
        showRecoveryPoint();
    });
    followRole(TokenRole::ofHealth(connection->monitor()->health(), TokenRole()));
    showRecoveryPoint();
}

BackupsPage::~BackupsPage() = default;

bool BackupsPage::isSettled() const {
    if (!m_connection || !m_connection->isOpen()) {
        return true;
    }
    return m_started && m_backups->state() != DataState::Empty && PageWidget::isSettled();
}

void BackupsPage::showEvent(QShowEvent* event) {
    PageWidget::showEvent(event);
    if (!m_started) {
        m_started = true;
        m_backups->start();
    } else {
        m_backups->resume();
    }
    m_ageTimer->start();
    updateSettled();
}

void BackupsPage::hideEvent(QHideEvent* event) {
    PageWidget::hideEvent(event);
    // A page that is not shown fetches nothing; its data stays for when it comes back.
    m_backups->pause();
    m_ageTimer->stop();
}

const Backup* BackupsPage::currentBackup() const {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->recordAt(m_proxy->mapToSource(rows.first()).row());
}

void BackupsPage::selectBackup(const QString& id) {
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOfKey(id), 0));
    if (index.isValid()) {
        m_view->selectionModel()->select(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->setCurrentIndex(index);
    }
}

void BackupsPage::showBackups() {
    const Backup* current = currentBackup();
    const QString selected = current ? current->id : QString();
    const BackupList list = m_backups->value().value_or(BackupList());
    m_model->setRecords(list.backups);
    if (!selected.isEmpty()) {
        selectBackup(selected);
    }
    bool busy = false;
    for (const Backup& backup : list.backups) {
        busy = busy || backup.isBusy() || backup.hasWorkInFlight();
    }
    m_backups->setIntervalMs(busy ? kBusyIntervalMs : kBackupsIntervalMs);
    if (!m_backups->value()) {
        m_schedule->clear();
    } else if (list.scheduleIntervalSeconds <= 0) {
        m_schedule->setText(tr("No backup schedule: backups are taken only when asked for."));
    } else {
        m_schedule->setText(tr("Scheduled every %1, next at %2.")
                                .arg(RecoveryPointStatus::duration(
                                         static_cast<double>(list.scheduleIntervalSeconds)),
                                     RegistryFormat::time(list.nextScheduledAtUtc)));
    }
    showRecoveryPoint();
    followSelection();
}

void BackupsPage::showRecoveryPoint() {
    const auto& list = m_backups->value();
    if (!list) {
        m_recoveryPoint = RecoveryPointStatus();
    } else {
        // The server's age when it answered, plus the time since: while recopsd is away the
        // kept answer ages as the backup does.
        std::optional<double> age = list->lastSuccessAgeSeconds;
        if (age && m_backups->lastSuccessUtc().isValid()) {
            *age += static_cast<double>(
                        m_backups->lastSuccessUtc().msecsTo(QDateTime::currentDateTimeUtc())) /
                    1000.0;
        }
        m_recoveryPoint = RecoveryPointStatus(age, list->rpoSeconds);
    }
    const LevelColours colours = coloursOf(m_recoveryPoint.level());
    QPalette palette = m_rpo->palette();
    palette.setColor(QPalette::WindowText, colours.text);
    palette.setColor(QPalette::Window, colours.background);
    m_rpo->setPalette(palette);
    m_rpo->setText(m_recoveryPoint.text());
    m_rpo->setAccessibleDescription(RecoveryPointStatus::levelName(m_recoveryPoint.level()));
}

void BackupsPage::followSelection() {
    const Backup* backup = currentBackup();
    const bool restorable = backup && backup->isSucceeded() && !backup->hasWorkInFlight();
    if (m_guard) {
        m_guard->setWanted(m_verify, restorable);
        m_guard->setWanted(m_restore, restorable);
    } else {
        m_verify->setEnabled(restorable);
        m_restore->setEnabled(restorable);
    }
    updateCommands();
}

void BackupsPage::followRole(TokenRole role) {
    if (role == m_role && !m_roleNote->text().isEmpty()) {
        return;
    }
    m_role = role;
    m_actions->setRole(role);
    // What the role may not do is not shown at all.
    m_create->setVisible(role.canRunBackups());
    m_verify->setVisible(role.canRunBackups());
    m_restore->setVisible(role.canRestoreBackups());
    if (!role.isKnown()) {
        m_roleNote->setText(tr("Role not known yet: read-only"));
    } else if (role.canRestoreBackups()) {
        m_roleNote->setText(tr("Token role %1: backs up, verifies and restores").arg(role.name()));
    } else if (role.canRunBackups()) {
        m_roleNote->setText(tr("Token role %1: backs up and verifies").arg(role.name()));
    } else {
        m_roleNote->setText(tr("Token role %1: read-only").arg(role.name()));
    }
    updateCommands();
}

void BackupsPage::createBackup() {
    m_actions->confirmCreate();
}

void BackupsPage::verifySelected() {
    if (const Backup* backup = currentBackup()) {
        m_actions->confirmVerify(*backup);
    }
}

void BackupsPage::restoreSelected() {
    if (const Backup* backup = currentBackup()) {
        m_actions->startRestore(*backup);
    }
}

void BackupsPage::registerCommands(CommandRegistry* commands) {
    m_commands = commands;
    updateCommands();
}

void BackupsPage::updateCommands() {
    if (!m_commands) {
        return;
    }
    const auto offer = [this](bool offered, const QString& id, const QString& title,
                              const QStringList& keywords, void (BackupsPage::*run)()) {
        if (!offered) {
            m_commands->remove(id);
            return;
        }
        if (!m_commands->contains(id)) {
            Command command;
            command.id = id;
            command.title = title;
            command.category = tr("Backups");
            command.keywords = keywords;
            command.changesServerState = true;
            command.run = [this, run] {
                Q_EMIT activationRequested();
                (this->*run)();
            };
            m_commands->add(command, this);
        }
    };
    offer(m_role.canRunBackups(), kCreateCommand, tr("Back up now…"),
          {tr("backup"), tr("snapshot"), tr("RPO")}, &BackupsPage::createBackup);
    offer(m_role.canRunBackups(), kVerifyCommand, tr("Verify the selected backup…"),
          {tr("backup"), tr("check"), tr("manifest")}, &BackupsPage::verifySelected);
    offer(m_role.canRestoreBackups(), kRestoreCommand, tr("Restore the selected backup…"),
          {tr("backup"), tr("recover"), tr("RTO")}, &BackupsPage::restoreSelected);

    const Backup* backup = currentBackup();
    const bool restorable = backup && backup->isSucceeded() && !backup->hasWorkInFlight();
    const QString reason = !backup ? tr("Select a backup on the Backups page first.")
                                   : tr("Only a successful backup with nothing in flight can be "
                                        "verified or restored.");
    for (const QString& id : {kVerifyCommand, kRestoreCommand}) {
        if (m_commands->contains(id)) {
            m_commands->setEnabled(id, restorable, reason);
        }
    }
}

}  // namespace recops::console
