// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/acknowledge_dialog.h"

#include "core/change_summary.h"
#include "ui/production_guard.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

AcknowledgeDialog::AcknowledgeDialog(const ConnectionProfile& profile, const Alert& alert,
                                     ProductionGuard* guard, QWidget* parent)
    : QDialog(parent)
    , m_alertId(alert.id)
    , m_comment(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_acknowledge(new QPushButton(tr("&Acknowledge"), this))
    , m_guard(guard) {
    setObjectName(QStringLiteral("acknowledgeDialog"));
    setWindowTitle(tr("Acknowledge %1").arg(alert.rule));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    auto* where = new QLabel(ChangeSummary::environmentNotice(profile), this);
    where->setAccessibleName(tr("Where the change happens"));
    where->setWordWrap(true);
    if (profile.isProduction()) {
        where->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    auto* what = new QLabel(
        tr("%1 (%2, %3 since %4): %5")
            .arg(alert.rule, Alert::severityText(alert.severity), Alert::stateText(alert.state),
                 QLocale().toString(alert.sinceUtc().toLocalTime(), QLocale::ShortFormat),
                 alert.summary),
        this);
    what->setAccessibleName(tr("The alert"));
    what->setWordWrap(true);
    auto* commentLabel = new QLabel(tr("&Comment (what you are doing about it):"), this);
    commentLabel->setBuddy(m_comment);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("loading the last good model"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_problem->setWordWrap(true);

    m_acknowledge->setObjectName(QStringLiteral("confirmAcknowledge"));
    m_acknowledge->setAccessibleName(tr("Acknowledge"));
    m_acknowledge->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_acknowledge, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    if (m_guard) {
        m_guard->guard(m_acknowledge);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(what);
    layout->addWidget(commentLabel);
    layout->addWidget(m_comment, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_comment, &QPlainTextEdit::textChanged, this, &AcknowledgeDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

QString AcknowledgeDialog::comment() const {
    return m_comment->toPlainText().trimmed();
}

void AcknowledgeDialog::check() {
    const bool tooLong = comment().size() > kMaximumCommentLength;
    m_problem->setText(
        tooLong ? tr("The comment is longer than %1 characters.").arg(kMaximumCommentLength)
                : QString());
    m_problem->setVisible(tooLong);
    if (m_guard) {
        m_guard->setWanted(m_acknowledge, !tooLong);
    } else {
        m_acknowledge->setEnabled(!tooLong);
    }
}

}  // namespace recops::console
