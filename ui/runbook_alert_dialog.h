// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace recops::console {

/**
 * "Run runbook for alert…": the name of an alert (the ones the library answers are
 * offered) and its labels as `name=value` terms, the way the console's filters write them
 * (`unit=recopsd host="db 1"`). OK prepares the run (RunbooksPage::startRunbookForAlert()).
 */
class RunbookAlertDialog : public QDialog {
    Q_OBJECT

public:
    RunbookAlertDialog(const QStringList& knownAlerts, QWidget* parent = nullptr);

    QString alertName() const;
    /// The labels as typed; terms that are not `name=value` are left out (see problem()).
    QVariantMap labels() const;
    /// What in the labels field is not a `name=value` term; empty when all is well.
    QString problem() const;

    QComboBox* alertBox() const { return m_alert; }
    QLineEdit* labelsEdit() const { return m_labels; }

Q_SIGNALS:
    void requested(const QString& alertName, const QVariantMap& labels);

private:
    void follow();

    QComboBox* m_alert;
    QLineEdit* m_labels;
    QLabel* m_problem;
    QDialogButtonBox* m_buttons;
};

}  // namespace recops::console
