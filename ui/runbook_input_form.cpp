// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/runbook_input_form.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace recops::console {

namespace {

QString typeHint(RunbookInputType type) {
    switch (type) {
        case RunbookInputType::String:
            return RunbookInputForm::tr("text");
        case RunbookInputType::Integer:
            return RunbookInputForm::tr("whole number");
        case RunbookInputType::Number:
            return RunbookInputForm::tr("number");
        case RunbookInputType::Boolean:
            return RunbookInputForm::tr("yes or no");
        case RunbookInputType::Duration:
            return RunbookInputForm::tr("duration, for example 30s or 5m");
    }
    return QString();
}

}  // namespace

RunbookInputForm::RunbookInputForm(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QFormLayout)
    , m_none(new QLabel(tr("This runbook takes no "
                           "inputs."),
                        this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_layout);
    layout->addWidget(m_none);
    m_none->setForegroundRole(QPalette::PlaceholderText);
}

void RunbookInputForm::setLaunch(const RunbookLaunch& launch) {
    m_launch = launch;
    while (m_layout->rowCount() > 0) {
        m_layout->removeRow(0);
    }
    m_fields.clear();
    m_errors.clear();
    for (const RunbookInput& input : m_launch.runbook().inputs) {
        addField(input);
    }
    m_none->setVisible(m_launch.runbook().inputs.isEmpty());
    Q_EMIT changed();
}

void RunbookInputForm::addField(const RunbookInput& input) {
    const QString name = input.name;
    auto* label = new QLabel(name + u':', this);
    label->setToolTip(input.description);
    auto* error = new QLabel(this);
    error->setWordWrap(true);
    error->setAccessibleName(tr("Problem with %1").arg(name));
    QPalette palette = error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    error->setPalette(palette);
    error->hide();
    const auto descriptionLabel = [this, &input] {
        auto* description = new QLabel(input.description, this);
        description->setWordWrap(true);
        description->setForegroundRole(QPalette::PlaceholderText);
        return description;
    };

    QWidget* field = nullptr;
    if (input.type == RunbookInputType::Boolean) {
        // The description goes below the box, wrapped like every field's: a check box does not
        // wrap its text, and a long one would widen the whole form beyond the window.
        auto* box = new QCheckBox(this);
        const QString text = m_launch.text(name).trimmed().toLower();
        const bool fallback = input.defaultValue && input.defaultValue->toBool();
        box->setChecked(text.isEmpty() ? fallback
                                       : text == u"true" || text == u"yes" || text == u"1");
        m_launch.setText(name, box->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
        connect(box, &QCheckBox::toggled, this, [this, name](bool checked) {
            m_launch.setText(name, checked ? QStringLiteral("true") : QStringLiteral("false"));
            showError(name);
            Q_EMIT changed();
        });
        field = box;
    } else {
        auto* edit = new QLineEdit(m_launch.text(name), this);
        const QString fallback = RunbookLaunch::defaultText(input);
        edit->setPlaceholderText(fallback.isEmpty()
                                     ? tr("%1 (required)").arg(typeHint(input.type))
                                     : tr("%1 (default %2)").arg(typeHint(input.type), fallback));
        edit->setToolTip(input.description);
        connect(edit, &QLineEdit::textChanged, this, [this, name](const QString& text) {
            m_launch.setText(name, text);
            showError(name);
            Q_EMIT changed();
        });
        field = edit;
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(edit);
        column->addWidget(descriptionLabel());
        column->addWidget(error);
        m_layout->addRow(label, column);
    }
    field->setObjectName(QStringLiteral("input:") + name);
    field->setAccessibleName(name);
    field->setAccessibleDescription(input.description);
    label->setBuddy(field);
    if (input.type == RunbookInputType::Boolean) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(descriptionLabel());
        column->addWidget(error);
        m_layout->addRow(label, column);
    }
    m_fields.insert(name, field);
    m_errors.insert(name, error);
    showError(name);
}

void RunbookInputForm::showError(const QString& name) {
    QLabel* label = m_errors.value(name);
    if (!label) {
        return;
    }
    const QString error = m_launch.error(name);
    label->setText(error);
    label->setVisible(!error.isEmpty());
}

QString RunbookInputForm::errorText(const QString& name) const {
    const QLabel* label = m_errors.value(name);
    return label && !label->isHidden() ? label->text() : QString();
}

}  // namespace recops::console
