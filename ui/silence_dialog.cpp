// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/silence_dialog.h"

#include "core/change_summary.h"
#include "ui/production_guard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace recops::console {

namespace {

qint64 secondsPer(SilenceDialog::Unit unit) {
    switch (unit) {
        case SilenceDialog::Unit::Minutes:
            return 60;
        case SilenceDialog::Unit::Hours:
            return 3600;
        case SilenceDialog::Unit::Days:
            return 86'400;
    }
    return 60;
}

}  // namespace

SilenceDialog::SilenceDialog(const ConnectionProfile& profile, const Alert& alert,
                             ProductionGuard* guard, QWidget* parent)
    : QDialog(parent)
    , m_fromAlert(SilenceRequest::forAlert(alert))
    , m_duration(new QSpinBox(this))
    , m_unit(new QComboBox(this))
    , m_comment(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_create(new QPushButton(tr("&Create silence"), this))
    , m_guard(guard) {
    setObjectName(QStringLiteral("silenceDialog"));
    setWindowTitle(tr("Silence alerts like %1").arg(alert.rule));
    setAccessibleName(windowTitle());
    setWindowModality(Qt::WindowModal);

    auto* where = new QLabel(ChangeSummary::environmentNotice(profile), this);
    where->setAccessibleName(tr("Where the change happens"));
    where->setWordWrap(true);
    if (profile.isProduction()) {
        where->setStyleSheet(QStringLiteral("color: #b71c1c; font-weight: bold;"));
    }
    auto* matchers = new QGroupBox(tr("Match alerts with these labels"), this);
    auto* matcherLayout = new QVBoxLayout(matchers);
    for (const SilenceMatcher& matcher : m_fromAlert.matchers) {
        auto* box = new QCheckBox(matcher.text(), matchers);
        box->setAccessibleName(tr("Match %1").arg(matcher.text()));
        box->setChecked(true);
        matcherLayout->addWidget(box);
        m_labels.append(box);
        connect(box, &QCheckBox::toggled, this, &SilenceDialog::check);
    }

    m_duration->setRange(1, 366 * 24 * 60);
    m_duration->setValue(1);
    m_duration->setAccessibleName(tr("Duration"));
    m_unit->addItem(tr("minutes"), static_cast<int>(Unit::Minutes));
    m_unit->addItem(tr("hours"), static_cast<int>(Unit::Hours));
    m_unit->addItem(tr("days"), static_cast<int>(Unit::Days));
    m_unit->setAccessibleName(tr("Duration unit"));
    m_unit->setCurrentIndex(1);
    auto* duration = new QHBoxLayout;
    duration->addWidget(m_duration);
    duration->addWidget(m_unit);
    duration->addStretch(1);
    m_comment->setAccessibleName(tr("Comment"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("deploying the new ranker"));
    auto* form = new QFormLayout;
    auto* durationLabel = new QLabel(tr("&For:"), this);
    durationLabel->setBuddy(m_duration);
    form->addRow(durationLabel, duration);
    auto* commentLabel = new QLabel(tr("&Why:"), this);
    commentLabel->setBuddy(m_comment);
    form->addRow(commentLabel, m_comment);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::PlaceholderText);

    m_create->setObjectName(QStringLiteral("confirmSilence"));
    m_create->setAccessibleName(tr("Create silence"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_create, QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    if (m_guard) {
        m_guard->guard(m_create);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(matchers);
    layout->addLayout(form, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_duration, &QSpinBox::valueChanged, this, &SilenceDialog::check);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &SilenceDialog::check);
    connect(m_comment, &QPlainTextEdit::textChanged, this, &SilenceDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problem().isEmpty()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

SilenceRequest SilenceDialog::request() const {
    SilenceRequest request;
    for (qsizetype index = 0; index < m_labels.size(); ++index) {
        if (m_labels.at(index)->isChecked()) {
            request.matchers.append(m_fromAlert.matchers.at(index));
        }
    }
    request.durationSeconds =
        m_duration->value() * secondsPer(static_cast<Unit>(m_unit->currentData().toInt()));
    request.comment = m_comment->toPlainText().trimmed();
    return request;
}

QString SilenceDialog::problem() const {
    return request().problem();
}

void SilenceDialog::setDuration(int amount, Unit unit) {
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(unit)));
    m_duration->setValue(amount);
}

void SilenceDialog::check() {
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (m_guard) {
        m_guard->setWanted(m_create, why.isEmpty());
    } else {
        m_create->setEnabled(why.isEmpty());
    }
}

}  // namespace recops::console
