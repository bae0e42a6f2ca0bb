// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/runbook_alert_dialog.h"

#include "core/filter_query.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace recops::console {

RunbookAlertDialog::RunbookAlertDialog(const QStringList& knownAlerts, QWidget* parent)
    : QDialog(parent)
    , m_alert(new QComboBox(this))
    , m_labels(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("runbookAlertDialog"));
    setWindowTitle(tr("Run runbook for alert"));
    m_alert->setEditable(true);
    m_alert->addItems(knownAlerts);
    m_alert->setAccessibleName(tr("Alert name"));
    m_labels->setAccessibleName(tr("Alert labels"));
    m_labels->setPlaceholderText(tr("unit=recopsd host=\"db 1\""));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem with the labels"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Prepare run"));

    auto* layout = new QFormLayout(this);
    layout->addRow(new QLabel(tr("The runbook whose triggers name the alert is chosen, and its "
                                 "inputs are filled from the labels of the same name."),
                              this));
    layout->addRow(tr("Alert:"), m_alert);
    layout->addRow(tr("Labels:"), m_labels);
    layout->addRow(m_problem);
    layout->addRow(m_buttons);

    connect(m_alert, &QComboBox::currentTextChanged, this, &RunbookAlertDialog::follow);
    connect(m_labels, &QLineEdit::textChanged, this, &RunbookAlertDialog::follow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        accept();
        Q_EMIT requested(alertName(), labels());
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    follow();
}

QString RunbookAlertDialog::alertName() const {
    return m_alert->currentText().trimmed();
}

QVariantMap RunbookAlertDialog::labels() const {
    QVariantMap result;
    for (const LabelMatcher& matcher : FilterQuery::parse(m_labels->text()).matchers()) {
        if (matcher.op == LabelMatcher::Operator::Equals) {
            result.insert(matcher.label, matcher.value);
        }
    }
    return result;
}

QString RunbookAlertDialog::problem() const {
    // Whatever the filter syntax reads as free text is not a label.
    const FilterQuery query = FilterQuery::parse(m_labels->text());
    QStringList problems;
    for (const QString& text : query.freeText()) {
        problems.append(tr("\"%1\" is not name=value; left out.").arg(text));
    }
    for (const LabelMatcher& matcher : query.matchers()) {
        if (matcher.op != LabelMatcher::Operator::Equals) {
            problems.append(tr("\"%1!=…\" says what a label is not; left out.").arg(matcher.label));
        }
    }
    return problems.join(u' ');
}

void RunbookAlertDialog::follow() {
    const QString text = problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!alertName().isEmpty());
}

}  // namespace recops::console
