// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "ui/drift_panel.h"

#include "core/drift_feature_model.h"
#include "core/health_report.h"
#include "core/label_filter_proxy_model.h"
#include "core/registry_format.h"
#include "ui/registry_item_delegate.h"
#include "ui/registry_style.h"
#include "ui/table_views.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace recops::console {

DriftPanel::DriftPanel(QWidget* parent)
    : QWidget(parent)
    , m_features(new DriftFeatureModel(this))
    , m_filter(new LabelFilterProxyModel(this))
    , m_summary(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_series(new QBarSeries(m_chart))
    , m_bins(new QBarCategoryAxis(m_chart))
    , m_shares(new QValueAxis(m_chart)) {
    m_summary->setAccessibleName(tr("Drift summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_legend->setAccessibleName(tr("PSI bands"));
    m_legend->setTextFormat(Qt::RichText);
    const auto swatch = [](DriftBand band, const QString& text) {
        return QStringLiteral("<span style=\"background-color:%1\">&nbsp;%2&nbsp;</span>")
            .arg(RegistryStyle::bandColor(band).name(), text.toHtmlEscaped());
    };
    m_legend->setText(tr("PSI bands: %1 %2 %3 %4")
                          .arg(swatch(DriftBand::Stable, tr("stable < 0.2")),
                               swatch(DriftBand::Moderate, tr("moderate ≥ 0.2")),
                               swatch(DriftBand::Significant, tr("significant ≥ 0.3")),
                               swatch(DriftBand::Severe, tr("severe ≥ 0.5"))));

    m_filter->setSourceModel(m_features);
    m_filter->setSortRole(DriftFeatureModel::SortRole);
    m_view = TableViews::create(m_filter, tr("Drift per feature"), this);
    m_view->setObjectName(QStringLiteral("driftTable"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegate(
        new RegistryItemDelegate(RegistryItemDelegate::Table::DriftBands, {}, m_view));
    m_view->sortByColumn(DriftFeatureModel::PsiColumn, Qt::DescendingOrder);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    m_chart->addSeries(m_series);
    m_chart->addAxis(m_bins, Qt::AlignBottom);
    m_chart->addAxis(m_shares, Qt::AlignLeft);
    m_series->attachAxis(m_bins);
    m_series->attachAxis(m_shares);
    m_shares->setLabelFormat(QStringLiteral("%.0f %%"));
    m_shares->setTitleText(tr("share of observations"));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setAccessibleName(tr("Baseline and live distribution"));
    m_chartView->setMinimumHeight(220);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_legend);
    layout->addWidget(splitter, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DriftPanel::chartSelection);
    setReport(DriftReport());
}

int DriftPanel::barCount() const {
    int bars = 0;
    for (const QBarSet* set : m_series->barSets()) {
        bars += set->count();
    }
    return bars;
}

QString DriftPanel::summary() const {
    return m_summary->text();
}

void DriftPanel::setReport(const DriftReport& report) {
    m_features->setReport(report);
    if (report.features.isEmpty()) {
        m_summary->setText(report.modelVersion.isEmpty()
                               ? tr("No drift figures: no Production version with a training "
                                    "baseline is served.")
                               : tr("No drift figures yet for %1: recopsd computes them once "
                                    "live traffic fills its window.")
                                     .arg(report.modelVersion));
    } else {
        m_summary->setText(tr("Live traffic of the last %1 against the training window of %2, "
                              "computed at %3.")
                               .arg(formatDuration(report.windowSeconds), report.modelVersion,
                                    RegistryFormat::time(report.computedAtUtc)));
    }
    if (m_view->selectionModel()->selectedRows().isEmpty() && m_filter->rowCount() > 0) {
        m_view->selectRow(0);  // the most drifted feature, as the table sorts
    }
    chartSelection();
}

void DriftPanel::chartSelection() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const FeatureDrift* feature =
        rows.isEmpty() ? nullptr : m_features->recordAt(m_filter->mapToSource(rows.first()).row());
    m_series->clear();
    m_bins->clear();
    m_charted = feature ? feature->feature : QString();
    if (!feature) {
        m_chart->setTitle(tr("Select a feature to see its distributions."));
        return;
    }
    auto* baseline = new QBarSet(tr("training window"));
    auto* live = new QBarSet(tr("live traffic"));
    baseline->setColor(QColor(0x90, 0xa4, 0xae));
    live->setColor(RegistryStyle::bandColor(m_features->report().band(feature->psi)).darker(130));
    QStringList bins;
    double highest = 0.0;
    for (const DriftBin& bin : feature->bins) {
        bins.append(bin.bin);
        baseline->append(bin.baseline * 100.0);
        live->append(bin.live * 100.0);
        highest = std::max({highest, bin.baseline * 100.0, bin.live * 100.0});
    }
    m_series->append(baseline);
    m_series->append(live);
    m_bins->append(bins);
    m_shares->setRange(0.0, std::max(10.0, std::ceil(highest / 10.0) * 10.0));
    m_chart->setTitle(
        feature->psi
            ? tr("%1: PSI %2 (%3)")
                  .arg(feature->feature, QLocale().toString(*feature->psi, 'f', 3),
                       DriftReport::bandDisplayName(m_features->report().band(feature->psi)))
            : tr("%1: %2").arg(feature->feature, feature->bandName));
}

}  // namespace recops::console
