// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/registry_change.h"

#include <QWidget>

class QTableView;

namespace recops::console {

class GateResultModel;
class LabelFilterProxyModel;
class StageHistoryModel;

/// A model's stage history (who, when, from, to, comment, forced, gates) with the gates
/// of the selected change in full below.
class StageHistoryPanel : public QWidget {
    Q_OBJECT

public:
    explicit StageHistoryPanel(QWidget* parent = nullptr);

    void setHistory(const RegistryHistory& history);

    StageHistoryModel* model() const { return m_history; }
    LabelFilterProxyModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    GateResultModel* gates() const { return m_gates; }

private:
    void showGatesOfSelection();

    StageHistoryModel* m_history;
    LabelFilterProxyModel* m_filter;
    QTableView* m_view;
    GateResultModel* m_gates;
};

}  // namespace recops::console
