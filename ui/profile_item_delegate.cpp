// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/profile_item_delegate.h"

#include "core/profile_list_model.h"
#include "ui/environment_style.h"

#include <QApplication>
#include <QPainter>

namespace recops::console {

namespace {
constexpr int kPillPadding = 6;
constexpr int kMargin = 6;
}  // namespace

void ProfileItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    QStyleOptionViewItem itemOption = option;
    initStyleOption(&itemOption, index);
    const auto tag =
        static_cast<EnvironmentTag>(index.data(ProfileListModel::EnvironmentRole).toInt());
    const bool production = index.data(ProfileListModel::IsProductionRole).toBool();
    const QString pillText = EnvironmentTags::displayName(tag);

    // Background and selection as the style draws them, without the text.
    itemOption.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &itemOption, painter, widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRect area = option.rect.adjusted(kMargin, 2, -kMargin, -2);
    if (production) {
        painter->fillRect(QRect(option.rect.left(), option.rect.top(), 4, option.rect.height()),
                          EnvironmentStyle::color(tag));
    }

    QFont pillFont = option.font;
    pillFont.setPointSizeF(pillFont.pointSizeF() * 0.85);
    pillFont.setBold(true);
    const QFontMetrics pillMetrics(pillFont);
    const int pillWidth = pillMetrics.horizontalAdvance(pillText) + 2 * kPillPadding;
    const int pillHeight = pillMetrics.height() + 2;
    const QRect pill(area.right() - pillWidth, area.center().y() - pillHeight / 2, pillWidth,
                     pillHeight);
    painter->setPen(Qt::NoPen);
    painter->setBrush(EnvironmentStyle::color(tag));
    painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    painter->setFont(pillFont);
    painter->setPen(EnvironmentStyle::textColor(tag));
    painter->drawText(pill, Qt::AlignCenter, pillText);

    QFont nameFont = option.font;
    nameFont.setBold(production);
    painter->setFont(nameFont);
    const bool selected = option.state & QStyle::State_Selected;
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    const QRect nameRect(area.left(), area.top(), pill.left() - area.left() - kMargin,
                         area.height());
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetrics(nameFont).elidedText(index.data().toString(), Qt::ElideRight,
                                                        nameRect.width()));
    painter->restore();
}

QSize ProfileItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), option.fontMetrics.height() + 14));
    size.setWidth(size.width() + 90);
    return size;
}

}  // namespace recops::console
