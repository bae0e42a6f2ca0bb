// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/registry_item_delegate.h"

#include "core/drift_feature_model.h"
#include "core/gate_result_model.h"
#include "core/metric_comparison_model.h"
#include "core/model_version_table_model.h"
#include "core/rollout_arm_model.h"
#include "ui/registry_style.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace recops::console {

namespace {
constexpr int kBadgePadding = 6;
constexpr int kBadgeGap = 4;
}  // namespace

RegistryItemDelegate::RegistryItemDelegate(Table table, QList<int> verdictColumns, QObject* parent)
    : QStyledItemDelegate(parent), m_table(table), m_verdictColumns(std::move(verdictColumns)) {}

void RegistryItemDelegate::initStyleOption(QStyleOptionViewItem* option,
                                           const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    switch (m_table) {
        case Table::Versions:
            if (index.data(ModelVersionTableModel::ServingRole).toBool()) {
                option->backgroundBrush = RegistryStyle::servingBackground();
                option->font.setBold(true);
            }
            break;
        case Table::Verdicts: {
            if (!m_verdictColumns.contains(index.column())) {
                break;
            }
            // Both comparison tables keep the verdict in the same role.
            static_assert(static_cast<int>(MetricComparisonModel::VerdictRole) ==
                          static_cast<int>(RolloutArmModel::VerdictRole));
            const QColor color = RegistryStyle::verdictColor(
                static_cast<MetricVerdict>(index.data(MetricComparisonModel::VerdictRole).toInt()));
            if (color.isValid()) {
                option->palette.setColor(QPalette::Text, color);
                option->font.setBold(true);
            }
            break;
        }
        case Table::Gates:
            if (index.column() == GateResultModel::VerdictColumn) {
                option->palette.setColor(
                    QPalette::Text,
                    RegistryStyle::gateColor(index.data(GateResultModel::PassedRole).toBool()));
                option->font.setBold(true);
            }
            break;
        case Table::DriftBands:
            if (index.column() == DriftFeatureModel::BandColumn ||
                index.column() == DriftFeatureModel::PsiColumn) {
                option->backgroundBrush = RegistryStyle::bandColor(
                    static_cast<DriftBand>(index.data(DriftFeatureModel::BandRole).toInt()));
                option->palette.setColor(QPalette::Text, QColor(0x20, 0x20, 0x20));
            }
            break;
    }
}

void RegistryItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const {
    if (m_table == Table::Versions && paintBadges(painter, option, index)) {
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

namespace {

struct Badge {
    QString text;
    QColor fill;
};

QList<Badge> badgesOf(const QModelIndex& index) {
    QList<Badge> badges;
    const QVariantList list = index.data(ModelVersionTableModel::BadgesRole).toList();
    for (const QVariant& item : list) {
        const QVariantMap badge = item.toMap();
        const QString kind = badge.value(QStringLiteral("kind")).toString();
        QColor fill = RegistryStyle::aliasColor();
        if (kind == u"stage") {
            fill = RegistryStyle::stageColor(
                static_cast<ModelStage>(index.data(ModelVersionTableModel::StageRole).toInt()));
        } else if (kind == u"serving") {
            fill = RegistryStyle::servingBadgeColor();
        } else if (kind == u"canary") {
            fill = RegistryStyle::canaryBadgeColor();
        }
        badges.append({badge.value(QStringLiteral("text")).toString(), fill});
    }
    return badges;
}

int badgesWidth(const QList<Badge>& badges, const QFontMetrics& metrics) {
    int width = 6;
    for (const Badge& badge : badges) {
        width += metrics.horizontalAdvance(badge.text) + 2 * kBadgePadding + kBadgeGap;
    }
    return width;
}

}  // namespace

bool RegistryItemDelegate::paintBadges(QPainter* painter, const QStyleOptionViewItem& option,
                                       const QModelIndex& index) const {
    if (index.column() != ModelVersionTableModel::StageColumn &&
        index.column() != ModelVersionTableModel::AliasesColumn) {
        return false;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(background.font);
    const QFontMetrics metrics(background.font);
    const QRect cell = option.rect.adjusted(3, 3, -3, -3);
    int x = cell.left();
    for (const Badge& badge : badgesOf(index)) {
        const int width = metrics.horizontalAdvance(badge.text) + 2 * kBadgePadding;
        const QRect box(x, cell.top(), std::min(width, cell.right() - x), cell.height());
        if (box.width() <= 2 * kBadgePadding) {
            break;
        }
        QPainterPath path;
        path.addRoundedRect(box, box.height() / 2.0, box.height() / 2.0);
        painter->fillPath(path, badge.fill);
        painter->setPen(QColor(0x20, 0x20, 0x20));
        painter->drawText(
            box.adjusted(kBadgePadding, 0, -kBadgePadding, 0), Qt::AlignVCenter | Qt::AlignLeft,
            metrics.elidedText(badge.text, Qt::ElideRight, box.width() - 2 * kBadgePadding));
        x += width + kBadgeGap;
    }
    painter->restore();
    return true;
}

QSize RegistryItemDelegate::sizeHint(const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (m_table == Table::Versions && (index.column() == ModelVersionTableModel::StageColumn ||
                                       index.column() == ModelVersionTableModel::AliasesColumn)) {
        QFont font = option.font;
        font.setBold(index.data(ModelVersionTableModel::ServingRole).toBool());
        size.setWidth(std::max(size.width(), badgesWidth(badgesOf(index), QFontMetrics(font))));
    }
    size.setHeight(std::max(size.height(), QFontMetrics(option.font).height() + 8));
    return size;
}

}  // namespace recops::console
