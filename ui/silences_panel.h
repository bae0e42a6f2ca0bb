// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/silence.h"
#include "core/token_role.h"

#include <QWidget>

class QPushButton;
class QTableView;

namespace recops::console {

class LabelFilterProxyModel;
class ProductionGuard;
class SilenceTableModel;

/// Every silence, active ones first, with Expire for the selected one (operator and up).
class SilencesPanel : public QWidget {
    Q_OBJECT

public:
    explicit SilencesPanel(ProductionGuard* guard, QWidget* parent = nullptr);

    void setSilences(const SilenceList& silences);
    void setRole(TokenRole role);
    /// The selected silence; nullptr when none is.
    const Silence* currentSilence() const;
    void selectSilence(const QString& id);

    SilenceTableModel* model() const { return m_model; }
    LabelFilterProxyModel* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QPushButton* expireButton() const { return m_expire; }

Q_SIGNALS:
    void expireRequested(const QString& id);

private:
    void follow();

    ProductionGuard* m_guard;
    SilenceTableModel* m_model;
    LabelFilterProxyModel* m_filter;
    QTableView* m_view;
    QPushButton* m_expire;
};

}  // namespace recops::console
