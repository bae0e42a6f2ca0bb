// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/label_filter_proxy_model.h"

#include <QString>

namespace recops::console {

/**
 * The Runbooks page's search over RunbookLibraryModel: the console's filter (free text and
 * `label=value` on the columns: `id=token-*`, `source=built-in`) plus the alert a runbook
 * must answer, chosen apart because a runbook answers several alerts and a label holds one
 * value.
 */
class RunbookLibraryFilterModel : public LabelFilterProxyModel {
    Q_OBJECT

public:
    explicit RunbookLibraryFilterModel(QObject* parent = nullptr);

    /// Keeps only the runbooks whose triggers name @p alertName; empty keeps all.
    void setTrigger(const QString& alertName);
    QString trigger() const { return m_trigger; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_trigger;
};

}  // namespace recops::console
