// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/connection_profile.h"
#include "core/training_request.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace recops::console {

class ModelOperations;
class ProductionGuard;

/**
 * Starts a training job: algorithm (or recopsd's choice), parameters, the window of
 * events, the new version's label, a dry run, and the stage to promote it to through the
 * gates. The form says what is wrong before anything is sent; the job is confirmed with
 * the environment named.
 */
class TrainingDialog : public QDialog {
    Q_OBJECT

public:
    TrainingDialog(ModelOperations* operations, ProductionGuard* guard,
                   const ConnectionProfile& profile, const QString& model,
                   QWidget* parent = nullptr);

    /// The request as the form holds it now.
    TrainingRequest request() const;

    QComboBox* algorithmBox() const { return m_algorithm; }
    QLineEdit* parametersEdit() const { return m_parameters; }
    QComboBox* windowBox() const { return m_window; }
    QDoubleSpinBox* daysBox() const { return m_days; }
    QLineEdit* labelEdit() const { return m_label; }
    QCheckBox* dryRunBox() const { return m_dryRun; }
    QComboBox* stageBox() const { return m_stage; }
    QPushButton* startButton() const { return m_start; }
    QString problemText() const;
    QMessageBox* confirmation() const { return m_confirmation; }

Q_SIGNALS:
    /// recopsd accepted the job @p jobId.
    void started(const QString& jobId, const QString& message);

private:
    void follow();
    void confirm();
    void send(const TrainingRequest& request);

    QPointer<ModelOperations> m_operations;
    QPointer<ProductionGuard> m_guard;
    ConnectionProfile m_profile;
    QString m_model;
    QComboBox* m_algorithm;
    QLineEdit* m_parameters;
    QComboBox* m_window;
    QDoubleSpinBox* m_days;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QLineEdit* m_label;
    QCheckBox* m_dryRun;
    QComboBox* m_stage;
    QLabel* m_problem;
    QPushButton* m_start;
    QPointer<QMessageBox> m_confirmation;
    bool m_busy = false;
};

}  // namespace recops::console
