// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/runbook_launch.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace recops::console {

/**
 * The inputs of a runbook as a form, one field per input typed by its kind: a check box
 * for a boolean, a text field for the others with the default as placeholder and a hint of
 * the type. Each field says at once why its text cannot be used (RunbookLaunch::error()).
 */
class RunbookInputForm : public QWidget {
    Q_OBJECT

public:
    explicit RunbookInputForm(QWidget* parent = nullptr);

    /// Shows the inputs of @p launch's runbook with its texts.
    void setLaunch(const RunbookLaunch& launch);
    const RunbookLaunch& launch() const { return m_launch; }
    /// The field of input @p name (a QLineEdit or a QCheckBox), for tests.
    QWidget* field(const QString& name) const { return m_fields.value(name); }
    QString errorText(const QString& name) const;

Q_SIGNALS:
    void changed();

private:
    void addField(const RunbookInput& input);
    void showError(const QString& name);

    RunbookLaunch m_launch;
    QFormLayout* m_layout;
    QLabel* m_none;
    QHash<QString, QWidget*> m_fields;
    QHash<QString, QLabel*> m_errors;
};

}  // namespace recops::console
