// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/training_dialog.h"

#include "core/api_reply.h"
#include "core/change_summary.h"
#include "core/model_operations.h"
#include "ui/change_confirmation.h"
#include "ui/production_guard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

TrainingDialog::TrainingDialog(ModelOperations* operations, ProductionGuard* guard,
                               const ConnectionProfile& profile, const QString& model,
                               QWidget* parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_guard(guard)
    , m_profile(profile)
    , m_model(model)
    , m_algorithm(new QComboBox(this))
    , m_parameters(new QLineEdit(this))
    , m_window(new QComboBox(this))
    , m_days(new QDoubleSpinBox(this))
    , m_from(new QDateTimeEdit(this))
    , m_to(new QDateTimeEdit(this))
    , m_label(new QLineEdit(this))
    , m_dryRun(new QCheckBox(tr("&Dry run: train and evaluate, register nothing"), this))
    , m_stage(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_start(new QPushButton(tr("&Start training…"), this)) {
    setObjectName(QStringLiteral("trainingDialog"));
    setWindowTitle(tr("Train a new version of %1").arg(model));
    setAccessibleName(windowTitle());

    m_algorithm->addItem(tr("recopsd's choice for the data"), QString());
    for (const QString& algorithm : TrainingRequest::knownAlgorithms()) {
        m_algorithm->addItem(algorithm, algorithm);
    }
    m_algorithm->setAccessibleName(tr("Algorithm"));
    m_parameters->setPlaceholderText(tr("factors=64, iterations=15"));
    m_parameters->setAccessibleName(tr("Parameters"));
    m_window->addItem(tr("Every stored event"),
                      static_cast<int>(TrainingRequest::Window::AllEvents));
    m_window->addItem(tr("The last days"), static_cast<int>(TrainingRequest::Window::LastDays));
    m_window->addItem(tr("From – to"), static_cast<int>(TrainingRequest::Window::Range));
    m_window->setAccessibleName(tr("Window of events"));
    m_days->setRange(0.1, 3650.0);
    m_days->setDecimals(1);
    m_days->setValue(30.0);
    m_days->setSuffix(tr(" days"));
    m_days->setAccessibleName(tr("Days"));
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-30));
    m_to->setDateTime(now);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_label->setPlaceholderText(tr("weekly retrain"));
    m_label->setAccessibleName(tr("Label"));
    m_dryRun->setAccessibleName(tr("Dry run"));
    m_stage->addItem(tr("None: register the version only"), QString());
    m_stage->addItem(tr("Staging, through the gates"), ModelStages::key(ModelStage::Staging));
    m_stage->addItem(tr("Production, through the gates"), ModelStages::key(ModelStage::Production));
    m_stage->setAccessibleName(tr("Target stage"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_start->setObjectName(QStringLiteral("startTraining"));
    m_start->setAccessibleName(tr("Start training"));

    auto* window = new QHBoxLayout;
    window->addWidget(m_window);
    window->addWidget(m_days);
    window->addWidget(m_from);
    window->addWidget(m_to);
    window->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Algorithm:"), m_algorithm);
    form->addRow(tr("&Parameters:"), m_parameters);
    form->addRow(tr("&Window:"), window);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(QString(), m_dryRun);
    form->addRow(tr("&Then:"), m_stage);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (m_guard) {
        m_guard->guard(m_start);
    }
    connect(m_start, &QPushButton::clicked, this, &TrainingDialog::confirm);
    for (QComboBox* box : {m_algorithm, m_window, m_stage}) {
        connect(box, &QComboBox::currentIndexChanged, this, &TrainingDialog::follow);
    }
    for (QLineEdit* edit : {m_parameters, m_label}) {
        connect(edit, &QLineEdit::textChanged, this, &TrainingDialog::follow);
    }
    connect(m_days, &QDoubleSpinBox::valueChanged, this, &TrainingDialog::follow);
    connect(m_from, &QDateTimeEdit::dateTimeChanged, this, &TrainingDialog::follow);
    connect(m_to, &QDateTimeEdit::dateTimeChanged, this, &TrainingDialog::follow);
    connect(m_dryRun, &QCheckBox::toggled, this, &TrainingDialog::follow);
    follow();
}

TrainingRequest TrainingDialog::request() const {
    TrainingRequest request;
    request.model = m_model;
    request.algorithm = m_algorithm->currentData().toString();
    request.parameters = m_parameters->text();
    request.window = static_cast<TrainingRequest::Window>(m_window->currentData().toInt());
    request.lastDays = m_days->value();
    request.fromUtc = m_from->dateTime().toUTC();
    request.toUtc = m_to->dateTime().toUTC();
    request.label = m_label->text().trimmed();
    request.dryRun = m_dryRun->isChecked();
    if (const auto stage = ModelStages::fromKey(m_stage->currentData().toString())) {
        request.targetStage = stage;
    }
    return request;
}

QString TrainingDialog::problemText() const {
    return m_problem->text();
}

void TrainingDialog::follow() {
    const auto window = static_cast<TrainingRequest::Window>(m_window->currentData().toInt());
    m_days->setVisible(window == TrainingRequest::Window::LastDays);
    m_from->setVisible(window == TrainingRequest::Window::Range);
    m_to->setVisible(window == TrainingRequest::Window::Range);
    m_stage->setEnabled(!m_dryRun->isChecked());
    if (m_dryRun->isChecked()) {
        m_stage->setCurrentIndex(0);
    }
    const QString problem = request().problem();
    if (!m_busy) {
        m_problem->setText(problem);
    }
    const bool wanted = !m_busy && problem.isEmpty();
    if (m_guard) {
        m_guard->setWanted(m_start, wanted);
    } else {
        m_start->setEnabled(wanted);
    }
}

void TrainingDialog::confirm() {
    const TrainingRequest training = request();
    if (!training.problem().isEmpty()) {
        return;
    }
    const QString algorithm =
        training.algorithm.isEmpty() ? tr("recopsd's choice") : training.algorithm;
    QString change =
        training.dryRun
            ? tr("Train %1 on %2 as a dry run: nothing is registered.").arg(m_model, algorithm)
            : tr("Train a new version of %1 with %2.").arg(m_model, algorithm);
    if (training.targetStage) {
        change += u' ' + tr("Then promote it to %1 if the gates pass.")
                             .arg(ModelStages::displayName(*training.targetStage));
    }
    m_confirmation = ChangeConfirmation::ask(
        this, m_profile, tr("Confirm the training job"), change,
        tr("Training reads the stored events on recopsd's trainer thread; serving goes on."),
        tr("Start training"), [this, training] { send(training); });
}

void TrainingDialog::send(const TrainingRequest& training) {
    m_busy = true;
    m_problem->setText(tr("Sending…"));
    follow();
    ApiReply* reply = m_operations->startTraining(training);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_busy = false;
        if (reply->isSuccess()) {
            const QString id = reply->json().object().value(QLatin1StringView("id")).toString();
            Q_EMIT started(id, tr("Training job %1 is queued.").arg(id));
            accept();
            return;
        }
        follow();
        m_problem->setText(tr("recopsd refused the job: %1").arg(reply->error().detailedText()));
    });
}

}  // namespace recops::console
