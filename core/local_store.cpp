// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/local_store.h"

#include "core/alert_history_store.h"
#include "core/chart_history_store.h"
#include "core/local_database.h"
#include "core/profile_store.h"
#include "core/runbook_journal.h"

#include <QDateTime>

namespace recops::console {

LocalStore::LocalStore(QObject* parent)
    : QObject(parent)
    , m_database(new LocalDatabase(this))
    , m_profiles(new ProfileStore(m_database, this))
    , m_chartHistory(new ChartHistoryStore(m_database, this))
    , m_alertHistory(new AlertHistoryStore(m_database, this))
    , m_runbookJournal(new RunbookJournal(m_database, this)) {
    connect(m_profiles, &ProfileStore::profileRemoved, this, [this](const QString& id) {
        m_chartHistory->removeProfile(id);
        m_alertHistory->removeProfile(id);
    });
}

LocalStore::~LocalStore() = default;

bool LocalStore::open(const QString& filePath) {
    const bool opened = filePath.isEmpty() ? m_database->openDefault() : m_database->open(filePath);
    if (opened) {
        pruneHistory();
    }
    return opened;
}

QString LocalStore::errorString() const {
    return m_database->errorString();
}

void LocalStore::setHistoryRetentionDays(int days) {
    m_chartHistory->setRetentionDays(days);
    m_alertHistory->setRetentionDays(days);
    if (m_database->isOpen()) {
        pruneHistory();
    }
}

void LocalStore::pruneHistory() {
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_chartHistory->prune(now);
    m_alertHistory->prune(now);
}

}  // namespace recops::console
