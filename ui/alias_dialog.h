// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/model_version.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QMessageBox;
class QPushButton;

namespace recops::console {

class ApiReply;
class ModelOperations;
class ProductionGuard;

/**
 * Sets, moves and removes a model's aliases ("champion" → version 3): an alias of the
 * model's (or a new name), the version it goes to, each change confirmed with the
 * environment named, recopsd's answer shown here.
 */
class AliasDialog : public QDialog {
    Q_OBJECT

public:
    AliasDialog(ModelOperations* operations, ProductionGuard* guard,
                const ConnectionProfile& profile, const ModelVersionList& versions,
                int selectedVersion, QWidget* parent = nullptr);

    QComboBox* aliasBox() const { return m_alias; }
    QComboBox* versionBox() const { return m_version; }
    QPushButton* setButton() const { return m_set; }
    QPushButton* removeButton() const { return m_remove; }
    QString problemText() const;
    QMessageBox* confirmation() const { return m_confirmation; }

Q_SIGNALS:
    /// An alias changed on the server; @p message says how.
    void changed(const QString& message);

private:
    QString alias() const;
    int chosenVersion() const;
    /// The version @p alias is on now; 0 when it is not set.
    int versionOf(const QString& alias) const;
    void follow();
    void confirmSet();
    void confirmRemove();
    void track(ApiReply* reply, const QString& success);

    QPointer<ModelOperations> m_operations;
    QPointer<ProductionGuard> m_guard;
    ConnectionProfile m_profile;
    ModelVersionList m_versions;
    QComboBox* m_alias;
    QLabel* m_current;
    QComboBox* m_version;
    QLabel* m_problem;
    QPushButton* m_set;
    QPushButton* m_remove;
    QPointer<QMessageBox> m_confirmation;
    bool m_busy = false;
};

}  // namespace recops::console
