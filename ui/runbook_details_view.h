// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook_launch.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace recops::console {

class ProductionGuard;
class RunbookInputForm;
class RunbookStepModel;

/**
 * One runbook before it runs: its title, the alerts it answers, what it does, its inputs
 * as a form and its steps; and Start, available once every input is valid and nothing
 * else stands in the way (the token's role, a run already in progress), which the page
 * says through setRefusal(). Start is guarded by the production lock when the runbook
 * changes server state.
 */
class RunbookDetailsView : public QWidget {
    Q_OBJECT

public:
    RunbookDetailsView(ProductionGuard* guard, QWidget* parent = nullptr);

    void setLaunch(const RunbookLaunch& launch);
    /// The runbook and the inputs as typed so far.
    const RunbookLaunch& launch() const;
    /// Why the run cannot start now, shown above Start; empty when nothing stands in the way.
    void setRefusal(const QString& reason);
    QString refusal() const;

    QPushButton* startButton() const { return m_start; }
    RunbookInputForm* inputForm() const { return m_inputs; }

Q_SIGNALS:
    void startRequested();

private:
    void follow();

    ProductionGuard* m_guard;
    QLabel* m_title;
    QLabel* m_facts;
    QLabel* m_description;
    RunbookInputForm* m_inputs;
    RunbookStepModel* m_steps;
    QTableView* m_stepView;
    QLabel* m_refusal;
    QPushButton* m_start;
    QString m_refusalText;
};

}  // namespace recops::console
