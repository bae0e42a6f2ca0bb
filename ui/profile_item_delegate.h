// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <QStyledItemDelegate>

namespace recops::console {

/**
 * Draws a connection profile as its name and a pill with its environment, in the
 * environment's colour; production profiles are also drawn in bold with a red edge, so
 * they stand out in every list of profiles.
 */
class ProfileItemDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

}  // namespace recops::console
