// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The dashboard's table models, each driven through its updates under
// QAbstractItemModelTester.
#include "core/json_properties_model.h"
#include "core/latency_history_model.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;

class ItemModelsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void flattensNestedObjectsIntoDottedNames() {
        JsonPropertiesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObject(QJsonObject{
            {QStringLiteral("backend"), QStringLiteral("sqlite")},
            {QStringLiteral("schema_version"), 3},
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("vectors"), 5000}, {QStringLiteral("stale"), false}}},
            {QStringLiteral("error"), QJsonValue::Null},
            {QStringLiteral("ratio"), 0.125}});
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), 2);
        QStringList names;
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            names.append(model.index(row, JsonPropertiesModel::NameColumn).data().toString());
            values.append(model.index(row, JsonPropertiesModel::ValueColumn).data().toString());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("backend"), QStringLiteral("error"),
                                     QStringLiteral("index.stale"), QStringLiteral("index.vectors"),
                                     QStringLiteral("ratio"), QStringLiteral("schema_version")}));
        QCOMPARE(values, (QStringList{QStringLiteral("sqlite"), QStringLiteral("none"),
                                      QStringLiteral("no"), QStringLiteral("5,000"),
                                      QStringLiteral("0.125"), QStringLiteral("3")}));
        QCOMPARE(model.index(3, 1).data(JsonPropertiesModel::PathRole).toString(),
                 QStringLiteral("index.vectors"));
        QCOMPARE(model.index(3, 1).data(JsonPropertiesModel::JsonValueRole).toJsonValue(),
                 QJsonValue(5000));
        QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Property"));
    }

    void changesOnlyTheValuesThatMoved() {
        JsonPropertiesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setObject(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 2}});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        model.setObject(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 3}});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, 1));

        model.setObject(QJsonObject{{QStringLiteral("a"), 1}, {QStringLiteral("b"), 3}});
        QCOMPARE(changed.size(), 1);  // nothing moved, nothing said

        model.setObject(QJsonObject{{QStringLiteral("c"), 1}});
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void keepsARollingWindowOfLatencies() {
        LatencyHistoryModel model(3);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        model.addSample(start, 1.5, true);
        model.addSample(start.addSecs(2), 40.0, true);
        model.addSample(start.addSecs(4), 2'000.0, false);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.maximumLatencyMs(), 40.0);  // failures do not count as latency

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.addSample(start.addSecs(6), 3.0, true);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, LatencyHistoryModel::LatencyColumn).data().toDouble(), 40.0);
        QCOMPARE(model.index(2, LatencyHistoryModel::TimeColumn).data().toDouble(),
                 static_cast<double>(start.addSecs(6).toMSecsSinceEpoch()));
        QCOMPARE(model.index(1, 0).data(LatencyHistoryModel::SucceededRole).toBool(), false);
        QCOMPARE(model.index(2, 0).data(LatencyHistoryModel::TimestampRole).toDateTime(),
                 start.addSecs(6));
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"no answer"));

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.maximumLatencyMs(), 0.0);
    }
};

QTEST_GUILESS_MAIN(ItemModelsTest)
#include "item_models_test.moc"
