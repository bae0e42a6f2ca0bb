// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/change_confirmation.h"

#include "core/change_summary.h"
#include "core/connection_profile.h"

#include <QMessageBox>
#include <QPushButton>

namespace recops::console {

QMessageBox* ChangeConfirmation::ask(QWidget* parent, const ConnectionProfile& profile,
                                     const QString& title, const QString& change,
                                     const QString& details, const QString& confirmText,
                                     std::function<void()> onConfirmed) {
    const bool production = profile.isProduction();
    auto* box = new QMessageBox(production ? QMessageBox::Warning : QMessageBox::Question, title,
                                QString(), QMessageBox::NoButton, parent);
    box->setObjectName(QLatin1StringView(kObjectName));
    box->setTextFormat(Qt::RichText);
    const QString notice = ChangeSummary::environmentNotice(profile).toHtmlEscaped();
    box->setText(
        production
            ? QStringLiteral("<p style=\"color:#b71c1c\"><b>%1</b></p><p>%2</p>")
                  .arg(notice, change.toHtmlEscaped())
            : QStringLiteral("<p>%1</p><p><b>%2</b></p>").arg(notice, change.toHtmlEscaped()));
    box->setInformativeText(details);
    QPushButton* confirm = box->addButton(confirmText, QMessageBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmChange"));
    confirm->setAccessibleName(confirmText);
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setWindowModality(Qt::WindowModal);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [box, confirm, run = std::move(onConfirmed)](QAbstractButton* button) {
                         if (button == confirm && run) {
                             run();
                         }
                         box->close();
                     });
    box->open();
    return box;
}

QAbstractButton* ChangeConfirmation::confirmButton(QMessageBox* box) {
    return box ? box->findChild<QPushButton*>(QStringLiteral("confirmChange")) : nullptr;
}

}  // namespace recops::console
