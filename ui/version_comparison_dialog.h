// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/model_version.h"
#include "core/model_version_details.h"
#include "core/polled_resource.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace recops::console {

class LabelFilterProxyModel;
class MetricComparisonModel;
class ServerConnection;

/**
 * Two versions side by side: every metric overall and per cohort, each version's value,
 * the difference with its arrow and sign, and whether it is better or worse (in words and
 * in colour). Either side can be any version of the model; the table sorts and filters
 * (`verdict=worse`, `scope=new_users`).
 */
class VersionComparisonDialog : public QDialog {
    Q_OBJECT

public:
    VersionComparisonDialog(ServerConnection* connection, const ModelVersionList& versions,
                            int baseline, int candidate, QWidget* parent = nullptr);

    MetricComparisonModel* comparison() const { return m_comparison; }
    QComboBox* baselineBox() const { return m_baseline; }
    QComboBox* candidateBox() const { return m_candidate; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }
    /// "Version 2 against version 1: 14 better, 4 worse." or what is being waited for.
    QString summary() const;
    /// Both versions' details are in.
    bool isLoaded() const;

private:
    QString pathOf(int version) const;
    void refreshComparison();

    QString m_model;
    QComboBox* m_baseline;
    QComboBox* m_candidate;
    QLineEdit* m_filter;
    QLabel* m_summary;
    MetricComparisonModel* m_comparison;
    LabelFilterProxyModel* m_sorted;
    QTableView* m_view;
    PolledResource<ModelVersionDetails>* m_baselineDetails;
    PolledResource<ModelVersionDetails>* m_candidateDetails;
};

}  // namespace recops::console
