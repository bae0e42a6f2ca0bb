// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/model_versions_panel.h"

#include "core/label_filter_proxy_model.h"
#include "core/model_version_table_model.h"
#include "ui/model_version_details_view.h"
#include "ui/production_guard.h"
#include "ui/registry_item_delegate.h"
#include "ui/table_views.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace recops::console {

ModelVersionsPanel::ModelVersionsPanel(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_model(new ModelVersionTableModel(this))
    , m_filter(new LabelFilterProxyModel(this))
    , m_view(nullptr)
    , m_compare(new QPushButton(tr("Co&mpare…"), this))
    , m_transition(new QPushButton(tr("Change &stage…"), this))
    , m_promote(new QPushButton(tr("&Promote to Production…"), this))
    , m_rollback(new QPushButton(tr("&Roll back…"), this))
    , m_aliases(new QPushButton(tr("&Aliases…"), this))
    , m_hint(new QLabel(this))
    , m_details(new ModelVersionDetailsView(this)) {
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(ModelVersionTableModel::SortRole);
    m_filter->setLabelsRole(ModelVersionTableModel::LabelsRole);
    m_view = TableViews::create(m_filter, tr("Model versions"), this);
    m_view->setObjectName(QStringLiteral("versionsTable"));
    m_view->setItemDelegate(
        new RegistryItemDelegate(RegistryItemDelegate::Table::Versions, {}, m_view));
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->sortByColumn(ModelVersionTableModel::VersionColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ModelVersionTableModel::AlgorithmColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ModelVersionTableModel::AlgorithmColumn, 260);

    m_compare->setAccessibleName(tr("Compare versions"));
    m_compare->setToolTip(
        tr("Compare the two selected versions, or the selected one with "
           "Production, metric by metric and cohort by cohort."));
    m_transition->setAccessibleName(tr("Change stage"));
    m_promote->setAccessibleName(tr("Promote to Production"));
    m_rollback->setAccessibleName(tr("Roll back"));
    m_aliases->setAccessibleName(tr("Aliases"));
    m_transition->setToolTip(
        tr("Move the selected version to another stage, with the gates "
           "checked first."));
    m_promote->setToolTip(
        tr("Promote the selected version to Production, with the gates "
           "checked first."));
    m_rollback->setToolTip(tr("Return Production to the version that served before it."));
    m_aliases->setToolTip(tr("Set, move or remove the aliases of the model's versions."));
    m_hint->setAccessibleName(tr("Versions hint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Ctrl+click a second version to compare the two."));
    for (QPushButton* button : {m_transition, m_promote, m_rollback, m_aliases}) {
        if (m_guard) {
            m_guard->guard(button);
        }
    }

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_compare);
    actions->addWidget(m_transition);
    actions->addWidget(m_promote);
    actions->addWidget(m_rollback);
    actions->addWidget(m_aliases);
    actions->addSpacing(12);
    actions->addWidget(m_hint, 1);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_view, 1);
    topLayout->addLayout(actions);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModelVersionsPanel::follow);
    connect(m_compare, &QPushButton::clicked, this, [this] {
        const QList<int> selected = selectedVersions();
        const ModelVersion* production = m_versions.production();
        if (selected.size() >= 2) {
            // The older version is the baseline the newer one is measured against.
            Q_EMIT compareRequested(std::min(selected.at(0), selected.at(1)),
                                    std::max(selected.at(0), selected.at(1)));
        } else if (selected.size() == 1 && production) {
            Q_EMIT compareRequested(production->version, selected.at(0));
        }
    });
    connect(m_transition, &QPushButton::clicked, this,
            [this] { Q_EMIT transitionRequested(currentVersion()); });
    connect(m_promote, &QPushButton::clicked, this,
            [this] { Q_EMIT promoteRequested(currentVersion()); });
    connect(m_rollback, &QPushButton::clicked, this, &ModelVersionsPanel::rollbackRequested);
    connect(m_aliases, &QPushButton::clicked, this,
            [this] { Q_EMIT aliasesRequested(currentVersion()); });
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (m_role.canChangeModels()) {
            Q_EMIT transitionRequested(currentVersion());
        }
    });
    setRole(TokenRole());
}

void ModelVersionsPanel::setVersions(const ModelVersionList& versions) {
    const QList<int> selected = selectedVersions();
    m_versions = versions;
    m_model->setVersions(versions);
    // A reset (a new version) drops the view's selection: put it back.
    if (selectedVersions().isEmpty()) {
        for (int version : selected) {
            selectVersion(version);
        }
    }
    follow();
}

void ModelVersionsPanel::setRole(TokenRole role) {
    m_role = role;
    const bool changes = role.canChangeModels();
    for (QPushButton* button : {m_transition, m_promote, m_rollback, m_aliases}) {
        button->setVisible(changes);
    }
    follow();
}

void ModelVersionsPanel::setRollbackTarget(std::optional<int> version) {
    m_rollbackTarget = version;
    follow();
}

void ModelVersionsPanel::selectVersion(int version) {
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ModelVersionTableModel::VersionRole).toInt() == version) {
            m_view->selectionModel()->select(
                index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
            m_view->scrollTo(index);
            return;
        }
    }
}

QList<int> ModelVersionsPanel::selectedVersions() const {
    QList<int> versions;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        versions.append(row.data(ModelVersionTableModel::VersionRole).toInt());
    }
    return versions;
}

int ModelVersionsPanel::currentVersion() const {
    const QList<int> selected = selectedVersions();
    return selected.isEmpty() ? 0 : selected.first();
}

void ModelVersionsPanel::follow() {
    const QList<int> selected = selectedVersions();
    const ModelVersion* current = m_versions.find(currentVersion());
    const ModelVersion* production = m_versions.production();
    m_compare->setEnabled(selected.size() >= 2 || (selected.size() == 1 && production &&
                                                   production->version != selected.at(0)));
    // Through the guard, so the production lock's reason is never overwritten.
    const auto want = [this](QPushButton* button, bool enabled) {
        if (m_guard) {
            m_guard->setWanted(button, enabled);
        } else {
            button->setEnabled(enabled);
        }
    };
    want(m_transition, current != nullptr);
    want(m_promote, current && current->stage != ModelStage::Production);
    want(m_rollback, m_rollbackTarget.has_value() && production);
    want(m_aliases, current != nullptr);
    const int version = currentVersion();
    if (version != m_reportedVersion) {
        m_reportedVersion = version;
        Q_EMIT currentVersionChanged(version);
    }
    Q_EMIT selectionChanged();
}

}  // namespace recops::console
