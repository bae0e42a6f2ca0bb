// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The filter every table sits behind: free text plus label=value matchers, over columns
// and over a row's own label map, with sorting, under QAbstractItemModelTester.
#include "core/filter_query.h"
#include "core/json_properties_model.h"
#include "core/label_filter_proxy_model.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QStandardItemModel>
#include <QTest>

using namespace recops::console;

namespace {

constexpr int kLabelsRole = Qt::UserRole + 7;

// An alert-like table: name, state, and each row's labels in kLabelsRole.
void fillAlerts(QStandardItemModel& model) {
    model.setHorizontalHeaderLabels(
        {QStringLiteral("Alert"), QStringLiteral("State"), QStringLiteral("Last seen")});
    const auto add = [&](const QString& name, const QString& state, const QString& seen,
                         const QVariantMap& labels) {
        auto* first = new QStandardItem(name);
        first->setData(labels, kLabelsRole);
        model.appendRow({first, new QStandardItem(state), new QStandardItem(seen)});
    };
    add(QStringLiteral("HighLatency"), QStringLiteral("firing"), QStringLiteral("14:02"),
        {{QStringLiteral("severity"), QStringLiteral("critical")},
         {QStringLiteral("model"), QStringLiteral("als-v12")}});
    add(QStringLiteral("ErrorRate"), QStringLiteral("acknowledged"), QStringLiteral("13:55"),
        {{QStringLiteral("severity"), QStringLiteral("warning")},
         {QStringLiteral("model"), QStringLiteral("ease-v3")}});
    add(QStringLiteral("Drift high latency band"), QStringLiteral("resolved"),
        QStringLiteral("09:10"), {{QStringLiteral("severity"), QStringLiteral("critical")}});
}

QStringList firstColumn(const QAbstractItemModel& model) {
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row) {
        values.append(model.index(row, 0).data().toString());
    }
    return values;
}

}  // namespace

class LabelFilterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesFreeTextAndMatchers() {
        const FilterQuery query = FilterQuery::parse(
            QStringLiteral("  severity=critical state!=resolved \"high latency\" model=als* =x "));
        QCOMPARE(query.freeText(),
                 (QStringList{QStringLiteral("high latency"), QStringLiteral("=x")}));
        QCOMPARE(query.matchers().size(), 3);
        QCOMPARE(query.matchers().at(0).label, QStringLiteral("severity"));
        QCOMPARE(query.matchers().at(0).op, LabelMatcher::Operator::Equals);
        QCOMPARE(query.matchers().at(1).op, LabelMatcher::Operator::NotEquals);
        QCOMPARE(query.matchers().at(1).value, QStringLiteral("resolved"));
        QCOMPARE(query.matchers().at(2).value, QStringLiteral("als*"));
        QCOMPARE(query.problems().size(), 1);
        QVERIFY(query.problems().constFirst().contains(u"no label before the ="));
        QVERIFY(FilterQuery::parse(QStringLiteral("   ")).isEmpty());
        // Quotes keep spaces inside a value.
        QCOMPARE(
            FilterQuery::parse(QStringLiteral("team=\"search ranking\"")).matchers().at(0).value,
            QStringLiteral("search ranking"));
    }

    void matchesValuesLikePrometheusDoes() {
        const LabelMatcher equals{QStringLiteral("model"), LabelMatcher::Operator::Equals,
                                  QStringLiteral("als*")};
        QVERIFY(equals.accepts(QStringLiteral("ALS-v12")));
        QVERIFY(!equals.accepts(QStringLiteral("ease")));
        QVERIFY(!equals.accepts(std::nullopt));
        const LabelMatcher notEquals{QStringLiteral("team"), LabelMatcher::Operator::NotEquals,
                                     QStringLiteral("sre")};
        QVERIFY(notEquals.accepts(std::nullopt));  // a missing label reads as empty
        QVERIFY(!notEquals.accepts(QStringLiteral("SRE")));
        const LabelMatcher special{QStringLiteral("path"), LabelMatcher::Operator::Equals,
                                   QStringLiteral("/api/v1/(x)")};
        QVERIFY(special.accepts(QStringLiteral("/api/v1/(x)")));  // no regex meaning leaks in
    }

    void filtersRowsByTextColumnsAndLabels() {
        QStandardItemModel source;
        fillAlerts(source);
        LabelFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        proxy.setLabelsRole(kLabelsRole);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 3);
        QCOMPARE(proxy.columnLabel(2), QStringLiteral("last_seen"));

        proxy.setQuery(QStringLiteral("severity=critical"));
        QCOMPARE(firstColumn(proxy), (QStringList{QStringLiteral("HighLatency"),
                                                  QStringLiteral("Drift high latency band")}));
        proxy.setQuery(QStringLiteral("severity=critical state!=resolved"));
        QCOMPARE(firstColumn(proxy), QStringList{QStringLiteral("HighLatency")});
        proxy.setQuery(QStringLiteral("\"high latency\""));
        QCOMPARE(firstColumn(proxy), QStringList{QStringLiteral("Drift high latency band")});
        proxy.setQuery(QStringLiteral("latency"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setQuery(QStringLiteral("model=ease*"));
        QCOMPARE(firstColumn(proxy), QStringList{QStringLiteral("ErrorRate")});
        proxy.setQuery(QStringLiteral("last_seen=13:55"));
        QCOMPARE(firstColumn(proxy), QStringList{QStringLiteral("ErrorRate")});
        proxy.setQuery(QStringLiteral("model!=\"\""));  // rows without a model label drop out
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setColumnLabel(1, QStringLiteral("status"));
        proxy.setQuery(QStringLiteral("status=firing"));
        QCOMPARE(firstColumn(proxy), QStringList{QStringLiteral("HighLatency")});
        proxy.setQuery(QString());
        QCOMPARE(proxy.rowCount(), 3);

        // Rows that change in the source are filtered again.
        proxy.setQuery(QStringLiteral("status=firing"));
        source.item(1, 1)->setText(QStringLiteral("firing"));
        QCOMPARE(proxy.rowCount(), 2);
    }

    void sortsAnyColumn() {
        QStandardItemModel source;
        fillAlerts(source);
        LabelFilterProxyModel proxy;
        proxy.setSourceModel(&source);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(2, Qt::AscendingOrder);
        QCOMPARE(firstColumn(proxy),
                 (QStringList{QStringLiteral("Drift high latency band"),
                              QStringLiteral("ErrorRate"), QStringLiteral("HighLatency")}));
        proxy.sort(0, Qt::DescendingOrder);
        QCOMPARE(firstColumn(proxy).constFirst(), QStringLiteral("HighLatency"));
    }

    void filtersTheDashboardsPropertyTables() {
        JsonPropertiesModel properties;
        properties.setObject(QJsonObject{
            {QStringLiteral("backend"), QStringLiteral("sqlite")},
            {QStringLiteral("index"),
             QJsonObject{{QStringLiteral("vectors"), 5000}, {QStringLiteral("stale"), false}}}});
        LabelFilterProxyModel proxy;
        proxy.setSourceModel(&properties);
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setQuery(QStringLiteral("property=index.*"));
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setQuery(QStringLiteral("value=sqlite"));
        QCOMPARE(firstColumn(proxy), QStringList{QStringLiteral("backend")});
        properties.setObject(QJsonObject{{QStringLiteral("backend"), QStringLiteral("postgres")}});
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(LabelFilterTest)
#include "label_filter_test.moc"
