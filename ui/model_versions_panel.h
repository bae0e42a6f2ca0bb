// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_version.h"
#include "core/token_role.h"

#include <optional>

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace recops::console {

class LabelFilterProxyModel;
class ModelVersionDetailsView;
class ModelVersionTableModel;
class ProductionGuard;

/**
 * The versions of one model: the table (version, stage and alias badges, algorithm,
 * label, created, headline metrics; the serving version drawn apart), the actions on the
 * selection, and the selected version's details below.
 *
 * Compare works for everyone; the actions that change the registry are shown only to a
 * role that may use them and are guarded by the production lock.
 */
class ModelVersionsPanel : public QWidget {
    Q_OBJECT

public:
    ModelVersionsPanel(ProductionGuard* guard, QWidget* parent = nullptr);

    ModelVersionTableModel* model() const { return m_model; }
    LabelFilterProxyModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    ModelVersionDetailsView* details() const { return m_details; }

    void setVersions(const ModelVersionList& versions);
    void setRole(TokenRole role);
    /// The version POST /rollback would return to; nullopt disables the rollback.
    void setRollbackTarget(std::optional<int> version);
    /// Selects @p version (once it is listed); the page does this for the serving one.
    void selectVersion(int version);
    /// The selected versions, in the table's order.
    QList<int> selectedVersions() const;
    /// The first selected version; 0 when none is.
    int currentVersion() const;

    QPushButton* compareButton() const { return m_compare; }
    QPushButton* transitionButton() const { return m_transition; }
    QPushButton* promoteButton() const { return m_promote; }
    QPushButton* rollbackButton() const { return m_rollback; }
    QPushButton* aliasesButton() const { return m_aliases; }

Q_SIGNALS:
    void currentVersionChanged(int version);
    /// The selection changed (another version, or a second one for a comparison).
    void selectionChanged();
    void compareRequested(int baseline, int candidate);
    void transitionRequested(int version);
    void promoteRequested(int version);
    void rollbackRequested();
    void aliasesRequested(int version);

private:
    void follow();

    QPointer<ProductionGuard> m_guard;
    ModelVersionTableModel* m_model;
    LabelFilterProxyModel* m_filter;
    QTableView* m_view;
    QPushButton* m_compare;
    QPushButton* m_transition;
    QPushButton* m_promote;
    QPushButton* m_rollback;
    QPushButton* m_aliases;
    QLabel* m_hint;
    ModelVersionDetailsView* m_details;
    ModelVersionList m_versions;
    TokenRole m_role;
    std::optional<int> m_rollbackTarget;
    int m_reportedVersion = 0;
};

}  // namespace recops::console
