// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/runbook_step_panel.h"

#include "core/runbook_state_text.h"
#include "core/runbook_step_model.h"
#include "ui/production_guard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

namespace {

QLabel* textLabel(const QString& accessibleName, QWidget* parent, bool monospace = false) {
    auto* label = new QLabel(parent);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    if (monospace) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    return label;
}

// The request as sent, in full: method, path and query, then the body.
QString describeRequest(const QJsonObject& request) {
    QString text = RunbookStepModel::requestSummary(request);
    if (request.contains(QStringLiteral("body"))) {
        text += u'\n' + QString::fromUtf8(QJsonDocument::fromVariant(
                                              request.value(QStringLiteral("body")).toVariant())
                                              .toJson(QJsonDocument::Compact));
    }
    return text;
}

QString describeResult(const QJsonObject& result) {
    QStringList lines{RunbookStepModel::resultSummary(result)};
    const QString requestId = result.value(QStringLiteral("request_id")).toString();
    if (!requestId.isEmpty()) {
        lines.append(RunbookStepPanel::tr("request id %1").arg(requestId));
    }
    const QString excerpt = result.value(QStringLiteral("body_excerpt")).toString();
    if (!excerpt.isEmpty()) {
        lines.append(excerpt);
    }
    lines.removeAll(QString());
    return lines.join(u'\n');
}

}  // namespace

RunbookStepPanel::RunbookStepPanel(ProductionGuard* guard, QWidget* parent)
    : QWidget(parent)
    , m_guard(guard)
    , m_heading(textLabel(tr("Selected step"), this))
    , m_description(textLabel(tr("Step description"), this))
    , m_request(textLabel(tr("Request"), this, true))
    , m_result(textLabel(tr("Result"), this, true))
    , m_explanation(textLabel(tr("Explanation"), this))
    , m_confirmBox(new QGroupBox(tr("Confirmation needed"), this))
    , m_confirmText(textLabel(tr("What the confirmation is for"), m_confirmBox))
    , m_confirm(new QPushButton(tr("Confirm and send…"), m_confirmBox))
    , m_manualBox(new QGroupBox(tr("Manual step"), this))
    , m_instructions(textLabel(tr("Instructions"), m_manualBox))
    , m_command(textLabel(tr("Command"), m_manualBox, true))
    , m_copyCommand(new QPushButton(tr("Copy command"), m_manualBox))
    , m_secrets(new QWidget(m_manualBox))
    , m_secretsLayout(new QVBoxLayout(m_secrets))
    , m_manualDone(new QCheckBox(m_manualBox))
    , m_approvalBox(new QGroupBox(tr("Approval needed"), this))
    , m_prompt(textLabel(tr("What is to be approved"), m_approvalBox))
    , m_approver(new QLineEdit(m_approvalBox))
    , m_comment(new QLineEdit(m_approvalBox))
    , m_approve(new QPushButton(tr("Approve"), m_approvalBox))
    , m_reject(new QPushButton(tr("Reject"), m_approvalBox)) {
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_explanation->setObjectName(QStringLiteral("stepExplanation"));

    auto* details = new QFormLayout;
    details->addRow(tr("Request:"), m_request);
    details->addRow(tr("Result:"), m_result);
    details->addRow(tr("Why:"), m_explanation);

    auto* confirmLayout = new QVBoxLayout(m_confirmBox);
    confirmLayout->addWidget(m_confirmText);
    confirmLayout->addWidget(m_confirm, 0, Qt::AlignLeft);
    m_confirm->setObjectName(QStringLiteral("confirmStep"));
    connect(m_confirm, &QPushButton::clicked, this, &RunbookStepPanel::askConfirmation);

    auto* manualLayout = new QVBoxLayout(m_manualBox);
    manualLayout->addWidget(m_instructions);
    auto* commandRow = new QHBoxLayout;
    commandRow->addWidget(m_command, 1);
    commandRow->addWidget(m_copyCommand);
    manualLayout->addLayout(commandRow);
    m_secretsLayout->setContentsMargins(0, 0, 0, 0);
    manualLayout->addWidget(m_secrets);
    manualLayout->addWidget(m_manualDone);
    m_copyCommand->setObjectName(QStringLiteral("copyCommand"));
    m_manualDone->setObjectName(QStringLiteral("manualDone"));
    connect(m_copyCommand, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commandForClipboard); });
    connect(m_manualDone, &QCheckBox::toggled, this, [this](bool checked) {
        if (checked) {
            Q_EMIT manualDone();
        }
    });

    auto* approvalLayout = new QFormLayout(m_approvalBox);
    approvalLayout->addRow(m_prompt);
    approvalLayout->addRow(tr("Approved by:"), m_approver);
    approvalLayout->addRow(tr("Comment or reason:"), m_comment);
    m_approver->setAccessibleName(tr("Approved by"));
    m_comment->setAccessibleName(tr("Comment or reason"));
    m_comment->setPlaceholderText(tr("optional to approve, required to reject"));
    auto* approvalButtons = new QHBoxLayout;
    approvalButtons->addWidget(m_approve);
    approvalButtons->addWidget(m_reject);
    approvalButtons->addStretch();
    approvalLayout->addRow(approvalButtons);
    m_approve->setObjectName(QStringLiteral("approveStep"));
    m_reject->setObjectName(QStringLiteral("rejectStep"));
    connect(m_approver, &QLineEdit::textChanged, this, &RunbookStepPanel::followApproval);
    connect(m_comment, &QLineEdit::textChanged, this, &RunbookStepPanel::followApproval);
    connect(m_approve, &QPushButton::clicked, this,
            [this] { Q_EMIT approved(m_approver->text().trimmed(), m_comment->text().trimmed()); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { Q_EMIT rejected(m_approver->text().trimmed(), m_comment->text().trimmed()); });

    if (m_guard) {
        for (QWidget* control :
             {static_cast<QWidget*>(m_confirm), static_cast<QWidget*>(m_manualDone),
              static_cast<QWidget*>(m_approve), static_cast<QWidget*>(m_reject)}) {
            m_guard->guard(control);
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_description);
    layout->addLayout(details);
    layout->addWidget(m_confirmBox);
    layout->addWidget(m_manualBox);
    layout->addWidget(m_approvalBox);
    layout->addStretch();
    clear();
}

void RunbookStepPanel::clear() {
    m_stepId.clear();
    m_heading->setText(tr("Choose a step to see its details."));
    for (QLabel* label : {m_description, m_request, m_result, m_explanation}) {
        label->clear();
    }
    m_confirmBox->hide();
    m_manualBox->hide();
    m_approvalBox->hide();
    m_approving = false;
}

void RunbookStepPanel::guard(QWidget* control, bool lockApplies, bool wanted) {
    if (m_guard) {
        m_guard->setLockApplies(control, lockApplies);
        m_guard->setWanted(control, wanted);
    } else {
        control->setEnabled(wanted);
    }
}

void RunbookStepPanel::showStep(const RunbookStep& step, const RunbookStepRecord& record,
                                bool actionable, bool lockApplies) {
    const bool sameStep = step.id == m_stepId;
    m_stepId = step.id;
    m_heading->setText(tr("%1 · %2 · %3")
                           .arg(step.title.isEmpty() ? step.id : step.title,
                                RunbookStateText::kind(step.kind),
                                RunbookStateText::step(record.state)));
    m_description->setText(step.description);
    m_description->setVisible(!step.description.isEmpty());
    m_requestText = describeRequest(record.request);
    m_request->setText(m_requestText.isEmpty() ? tr("none") : m_requestText);
    const QString result = describeResult(record.result);
    m_result->setText(result.isEmpty() ? tr("none yet") : result);
    QString explanation = record.explanation;
    if (!record.skipReason.isEmpty()) {
        explanation += (explanation.isEmpty() ? QString() : QStringLiteral("\n")) +
                       tr("Skipped: %1").arg(record.skipReason);
    }
    if (!record.actor.isEmpty()) {
        explanation += (explanation.isEmpty() ? QString() : QStringLiteral("\n")) +
                       tr("By: %1").arg(record.actor);
    }
    m_explanation->setText(explanation);

    const bool confirming = actionable && record.state == RunbookStepState::WaitingForConfirmation;
    m_confirmBox->setVisible(confirming);
    if (confirming) {
        m_confirmText->setText(
            tr("This step changes state on %1 with:\n%2").arg(m_target, m_requestText));
    }
    guard(m_confirm, lockApplies, confirming);

    const bool manual = record.state == RunbookStepState::WaitingForOperator;
    m_manualBox->setVisible(step.kind == RunbookStepKind::Manual &&
                            (manual || record.state == RunbookStepState::Succeeded));
    m_instructions->setText(step.instructions);
    m_command->setText(step.command);
    m_command->setVisible(!step.command.isEmpty());
    m_manualDone->blockSignals(true);
    m_manualDone->setText(step.checkbox.isEmpty() ? tr("Done") : step.checkbox);
    m_manualDone->setChecked(record.state == RunbookStepState::Succeeded);
    m_manualDone->blockSignals(false);
    guard(m_manualDone, lockApplies, actionable && manual);
    if (!manual || !actionable) {
        setManualDetails(QString(), {});
    }

    const bool approving = actionable && record.state == RunbookStepState::WaitingForApproval;
    m_approving = approving;
    m_approvalBox->setVisible(approving);
    m_prompt->setText(step.prompt);
    if (approving && !sameStep) {
        m_approver->setText(m_operatorName);
        m_comment->clear();
    }
    guard(m_approve, lockApplies, approving);
    guard(m_reject, lockApplies, approving);
    if (approving) {
        followApproval();
    }
}

void RunbookStepPanel::setManualDetails(const QString& commandForClipboard,
                                        const QHash<QString, QString>& revealed) {
    // The command is shown as the step shows it (secrets redacted) and copied whole.
    m_commandForClipboard = commandForClipboard;
    m_copyCommand->setVisible(!commandForClipboard.isEmpty());
    while (QLayoutItem* item = m_secretsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QStringList names = revealed.keys();
    names.sort();
    for (const QString& name : names) {
        // A revealed secret is shown hidden until asked for, and copied without showing.
        auto* row = new QWidget(m_secrets);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(tr("%1 (shown once, kept nowhere):").arg(name), row);
        auto* value = new QLineEdit(revealed.value(name), row);
        value->setReadOnly(true);
        value->setEchoMode(QLineEdit::Password);
        value->setAccessibleName(tr("Secret %1").arg(name));
        label->setBuddy(value);
        auto* show = new QPushButton(tr("Show"), row);
        show->setCheckable(true);
        show->setAccessibleName(tr("Show %1").arg(name));
        connect(show, &QPushButton::toggled, value, [value](bool shown) {
            value->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        });
        auto* copy = new QPushButton(tr("Copy"), row);
        copy->setAccessibleName(tr("Copy %1").arg(name));
        const QString secret = revealed.value(name);
        connect(copy, &QPushButton::clicked, this,
                [secret] { QApplication::clipboard()->setText(secret); });
        rowLayout->addWidget(label);
        rowLayout->addWidget(value, 1);
        rowLayout->addWidget(show);
        rowLayout->addWidget(copy);
        m_secretsLayout->addWidget(row);
    }
    m_secrets->setVisible(!names.isEmpty());
}

void RunbookStepPanel::followApproval() {
    // An approval names who gives it; a rejection also says why.
    const bool named = m_approving && !m_approver->text().trimmed().isEmpty();
    const bool reasoned = named && !m_comment->text().trimmed().isEmpty();
    if (m_guard) {
        m_guard->setWanted(m_approve, named);
        m_guard->setWanted(m_reject, reasoned);
    } else {
        m_approve->setEnabled(named);
        m_reject->setEnabled(reasoned);
    }
}

void RunbookStepPanel::askConfirmation() {
    // Window-modal, without a nested event loop; Cancel is the default.
    auto* question = new QMessageBox(
        QMessageBox::Warning, tr("Confirm a change"),
        tr("Send this request to %1?\n\n%2\n\nIt changes state on the server and cannot be "
           "taken back by the console.")
            .arg(m_target, m_requestText),
        QMessageBox::Cancel, this);
    question->setObjectName(QStringLiteral("confirmStepQuestion"));
    QPushButton* send = question->addButton(tr("Send request"), QMessageBox::AcceptRole);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(send, &QPushButton::clicked, this, &RunbookStepPanel::confirmed);
    m_confirmation = question;
    question->open();
}

QMessageBox* RunbookStepPanel::confirmation() const {
    return m_confirmation;
}

QString RunbookStepPanel::explanationText() const {
    return m_explanation->text();
}

}  // namespace recops::console
