// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/alias_dialog.h"

#include "core/api_reply.h"
#include "core/change_summary.h"
#include "core/model_operations.h"
#include "ui/change_confirmation.h"
#include "ui/production_guard.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace recops::console {

AliasDialog::AliasDialog(ModelOperations* operations, ProductionGuard* guard,
                         const ConnectionProfile& profile, const ModelVersionList& versions,
                         int selectedVersion, QWidget* parent)
    : QDialog(parent)
    , m_operations(operations)
    , m_guard(guard)
    , m_profile(profile)
    , m_versions(versions)
    , m_alias(new QComboBox(this))
    , m_current(new QLabel(this))
    , m_version(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_set(new QPushButton(this))
    , m_remove(new QPushButton(tr("&Remove alias…"), this)) {
    setObjectName(QStringLiteral("aliasDialog"));
    setWindowTitle(tr("Aliases of %1").arg(versions.model));
    setAccessibleName(windowTitle());

    m_alias->setEditable(true);
    m_alias->setInsertPolicy(QComboBox::NoInsert);
    m_alias->setAccessibleName(tr("Alias"));
    m_alias->lineEdit()->setPlaceholderText(tr("champion"));
    m_alias->lineEdit()->setAccessibleName(tr("Alias"));
    QStringList known;
    for (const ModelVersion& version : versions.versions) {
        for (const QString& alias : version.aliases) {
            if (!known.contains(alias)) {
                known.append(alias);
            }
        }
        m_version->addItem(
            tr("%1 — %2 (%3)")
                .arg(version.version)
                .arg(ModelStages::displayName(version.stage), ChangeSummary::versionTag(version)),
            version.version);
    }
    known.sort();
    m_alias->addItems(known);
    const ModelVersion* selected = versions.find(selectedVersion);
    m_alias->setCurrentText(selected && !selected->aliases.isEmpty() ? selected->aliases.first()
                                                                     : QString());
    m_version->setCurrentIndex(std::max(0, m_version->findData(selectedVersion)));
    m_version->setAccessibleName(tr("Version"));
    m_current->setAccessibleName(tr("Where the alias is now"));
    m_problem->setWordWrap(true);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_set->setObjectName(QStringLiteral("setAlias"));
    m_remove->setObjectName(QStringLiteral("removeAlias"));
    m_remove->setAccessibleName(tr("Remove alias"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Alias:"), m_alias);
    form->addRow(tr("Now on:"), m_current);
    form->addRow(tr("&Version:"), m_version);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_set, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    if (m_guard) {
        m_guard->guard(m_set);
        m_guard->guard(m_remove);
    }
    connect(m_alias, &QComboBox::currentTextChanged, this, &AliasDialog::follow);
    connect(m_version, &QComboBox::currentIndexChanged, this, &AliasDialog::follow);
    connect(m_set, &QPushButton::clicked, this, &AliasDialog::confirmSet);
    connect(m_remove, &QPushButton::clicked, this, &AliasDialog::confirmRemove);
    follow();
}

QString AliasDialog::alias() const {
    return m_alias->currentText().trimmed();
}

int AliasDialog::chosenVersion() const {
    return m_version->currentData().toInt();
}

QString AliasDialog::problemText() const {
    return m_problem->text();
}

int AliasDialog::versionOf(const QString& alias) const {
    for (const ModelVersion& version : m_versions.versions) {
        if (version.aliases.contains(alias)) {
            return version.version;
        }
    }
    return 0;
}

void AliasDialog::follow() {
    const QString name = alias();
    const int current = versionOf(name);
    const bool valid = ModelOperations::isValidAlias(name);
    m_current->setText(current > 0 ? tr("version %1").arg(current) : tr("not set"));
    m_set->setText(current > 0 && current != chosenVersion() ? tr("&Move alias…")
                                                             : tr("&Set alias…"));
    m_set->setAccessibleName(m_set->text().remove(u'&').remove(u'…'));
    if (!name.isEmpty() && !valid) {
        m_problem->setText(
            tr("An alias is 1 to 64 characters: a-z, 0-9, - and _ (such as champion)."));
    } else if (!m_busy) {
        m_problem->clear();
    }
    const bool canSet = !m_busy && valid && current != chosenVersion();
    const bool canRemove = !m_busy && current > 0;
    if (m_guard) {
        m_guard->setWanted(m_set, canSet);
        m_guard->setWanted(m_remove, canRemove);
    } else {
        m_set->setEnabled(canSet);
        m_remove->setEnabled(canRemove);
    }
}

void AliasDialog::confirmSet() {
    const QString name = alias();
    const int version = chosenVersion();
    const int current = versionOf(name);
    const QString change = ChangeSummary::aliasSet(
        m_versions.model, name, version, current > 0 ? std::optional<int>(current) : std::nullopt);
    m_confirmation = ChangeConfirmation::ask(
        this, m_profile, tr("Confirm the alias"), change,
        tr("An alias names a version in the registry; what recopsd serves does not change. "
           "The stage history records who moved it."),
        current > 0 ? tr("Move alias") : tr("Set alias"), [this, name, version, change] {
            track(m_operations->setAlias(m_versions.model, name, version, QString()), change);
        });
}

void AliasDialog::confirmRemove() {
    const QString name = alias();
    const int current = versionOf(name);
    const QString change = ChangeSummary::aliasRemoval(m_versions.model, name, current);
    m_confirmation = ChangeConfirmation::ask(
        this, m_profile, tr("Confirm the removal"), change,
        tr("What recopsd serves does not change. The stage history records the removal."),
        tr("Remove alias"),
        [this, name, change] { track(m_operations->removeAlias(m_versions.model, name), change); });
}

void AliasDialog::track(ApiReply* reply, const QString& success) {
    m_busy = true;
    m_problem->setText(tr("Sending…"));
    follow();
    connect(reply, &ApiReply::finished, this, [this, reply, success] {
        m_busy = false;
        if (reply->isSuccess()) {
            Q_EMIT changed(tr("Done: %1").arg(success));
            accept();
            return;
        }
        m_problem->setText(tr("recopsd refused: %1").arg(reply->error().detailedText()));
        follow();
    });
}

}  // namespace recops::console
