// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/notice_label.h"

namespace recops::console {

NoticeLabel::NoticeLabel(QWidget* parent) : QLabel(parent) {
    setAccessibleName(tr("Outcome of the last change"));
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

void NoticeLabel::showNotice(const QString& message, bool failed) {
    setText(message);
    QPalette colours = palette();
    colours.setColor(QPalette::WindowText,
                     failed ? QColor(0xb7, 0x1c, 0x1c) : QColor(0x1b, 0x5e, 0x20));
    setPalette(colours);
    show();
}

}  // namespace recops::console
