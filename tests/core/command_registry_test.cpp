// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The command registry and the palette's filter: both under QAbstractItemModelTester,
// fuzzy matching that puts the obvious command first, commands that go with their owner,
// and the production lock disabling the commands that change server state.
#include "core/command_registry.h"

#include "core/command_filter_model.h"
#include "core/fuzzy_matcher.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace recops::console;

namespace {

Command makeCommand(
    const QString& id, const QString& title, const QString& category,
    std::function<void()> run = [] {}) {
    Command command;
    command.id = id;
    command.title = title;
    command.category = category;
    command.run = std::move(run);
    return command;
}

QStringList titlesOf(const QAbstractItemModel& model) {
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row) {
        titles.append(model.index(row, 0).data().toString());
    }
    return titles;
}

}  // namespace

class CommandRegistryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        m_registry.emplace();
        m_tester.emplace(&*m_registry, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (const QString& page :
             {QStringLiteral("Dashboard"), QStringLiteral("Alerts"), QStringLiteral("Models"),
              QStringLiteral("Backups"), QStringLiteral("Contacts"), QStringLiteral("Runbooks"),
              QStringLiteral("Incidents")}) {
            QVERIFY(m_registry->add(makeCommand(QStringLiteral("page.") + page.toLower(),
                                                QStringLiteral("Go to ") + page,
                                                QStringLiteral("Go to"))));
        }
        QVERIFY(m_registry->add(makeCommand(QStringLiteral("view.refresh"),
                                            QStringLiteral("Refresh this page"),
                                            QStringLiteral("View"))));
        QVERIFY(m_registry->add(makeCommand(QStringLiteral("production.unlock"),
                                            QStringLiteral("Unlock production changes…"),
                                            QStringLiteral("Connection"))));
    }
    void cleanup() {
        m_tester.reset();
        m_registry.reset();
    }

    void scoresSubsequencesAndPrefersWordStarts() {
        QVERIFY(FuzzyMatcher::score(u"gtal", u"Go to Alerts"));
        QVERIFY(!FuzzyMatcher::score(u"zz", u"Go to Alerts"));
        QVERIFY(!FuzzyMatcher::score(u"stla", u"Go to Alerts"));  // order matters
        QCOMPARE(FuzzyMatcher::score(u"", u"anything"), std::optional<int>(0));
        QVERIFY(FuzzyMatcher::score(u"GO TO", u"go to alerts"));  // case and spaces ignored
        // Word starts and runs beat scattered letters.
        QVERIFY(FuzzyMatcher::score(u"mod", u"Command for diagnostics"));
        QVERIFY(*FuzzyMatcher::score(u"mod", u"Go to Models") >
                *FuzzyMatcher::score(u"mod", u"Command for diagnostics"));
        QVERIFY(FuzzyMatcher::score(u"gtm", u"Go to Command"));
        QVERIFY(*FuzzyMatcher::score(u"gtm", u"Go to Models") >
                *FuzzyMatcher::score(u"gtm", u"Go to Command"));
        // A later word start is taken only when the rest still fits after it.
        QVERIFY(FuzzyMatcher::score(u"ag", u"xag Alpha"));
    }

    void filtersAndRanksTheBestMatchFirst() {
        CommandFilterModel filter;
        filter.setSourceModel(&*m_registry);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(filter.rowCount(), m_registry->rowCount());

        filter.setPattern(QStringLiteral("gtal"));
        QCOMPARE(titlesOf(filter), QStringList{QStringLiteral("Go to Alerts")});
        filter.setPattern(QStringLiteral("inc"));
        QCOMPARE(titlesOf(filter).constFirst(), QStringLiteral("Go to Incidents"));
        filter.setPattern(QStringLiteral("unlock"));
        QCOMPARE(titlesOf(filter), QStringList{QStringLiteral("Unlock production changes…")});
        filter.setPattern(QStringLiteral("ref"));
        QCOMPARE(titlesOf(filter).constFirst(), QStringLiteral("Refresh this page"));
        filter.setPattern(QStringLiteral("nothing like it"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setPattern(QString());
        QCOMPARE(filter.rowCount(), m_registry->rowCount());
        // Without a pattern: by category, then title.
        QCOMPARE(titlesOf(filter).constFirst(), QStringLiteral("Unlock production changes…"));

        // A command added while the palette is open appears in place.
        filter.setPattern(QStringLiteral("ack"));
        QVERIFY(m_registry->add(makeCommand(QStringLiteral("alerts.acknowledge"),
                                            QStringLiteral("Acknowledge alert"),
                                            QStringLiteral("Alerts"))));
        QCOMPARE(titlesOf(filter).constFirst(), QStringLiteral("Acknowledge alert"));
    }

    void keywordsAndCategoriesFindCommandsToo() {
        Command command = makeCommand(QStringLiteral("connection.switch.1"),
                                      QStringLiteral("Switch to profile prod-eu (Production)"),
                                      QStringLiteral("Connection"));
        command.keywords = {QStringLiteral("server"), QStringLiteral("recops.example")};
        QVERIFY(m_registry->add(command));
        CommandFilterModel filter;
        filter.setSourceModel(&*m_registry);
        filter.setPattern(QStringLiteral("recops.example"));
        QCOMPARE(titlesOf(filter),
                 QStringList{QStringLiteral("Switch to profile prod-eu (Production)")});
        const QModelIndex index = m_registry->index(m_registry->rowCount() - 1);
        QCOMPARE(index.data(CommandRegistry::KeywordsRole).toStringList(), command.keywords);
        QVERIFY(index.data(CommandRegistry::SearchTextRole).toString().contains(u"Connection"));
    }

    void runsEnabledCommandsAndRefusesOthersWithTheReason() {
        int runs = 0;
        QVERIFY(m_registry->add(makeCommand(QStringLiteral("alerts.acknowledge"),
                                            QStringLiteral("Acknowledge alert"),
                                            QStringLiteral("Alerts"), [&runs] { ++runs; })));
        QVERIFY(!m_registry->add(makeCommand(QStringLiteral("alerts.acknowledge"),
                                             QStringLiteral("Again"), QStringLiteral("Alerts"))));
        QVERIFY(!m_registry->add(Command{}));
        QSignalSpy triggered(&*m_registry, &CommandRegistry::triggered);
        QSignalSpy refused(&*m_registry, &CommandRegistry::refused);
        QVERIFY(m_registry->trigger(QStringLiteral("alerts.acknowledge")));
        QCOMPARE(runs, 1);
        QCOMPARE(triggered.size(), 1);

        m_registry->setEnabled(QStringLiteral("alerts.acknowledge"), false,
                               QStringLiteral("Select an alert first."));
        QVERIFY(!m_registry->trigger(QStringLiteral("alerts.acknowledge")));
        QCOMPARE(runs, 1);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.at(0).at(1).toString(), QStringLiteral("Select an alert first."));
        const int row = m_registry->ids().indexOf(QStringLiteral("alerts.acknowledge"));
        QCOMPARE(m_registry->index(row).data(CommandRegistry::EnabledRole).toBool(), false);
        QVERIFY(m_registry->flags(m_registry->index(row)) & Qt::ItemIsSelectable);
        QCOMPARE(m_registry->index(row).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Select an alert first."));
        QVERIFY(!m_registry->trigger(QStringLiteral("no.such.command")));
    }

    void theProductionLockDisablesOnlyServerChangingCommands() {
        int acknowledged = 0;
        Command acknowledge =
            makeCommand(QStringLiteral("alerts.acknowledge"), QStringLiteral("Acknowledge alert"),
                        QStringLiteral("Alerts"), [&] { ++acknowledged; });
        acknowledge.changesServerState = true;
        QVERIFY(m_registry->add(acknowledge));
        QSignalSpy changed(&*m_registry, &QAbstractItemModel::dataChanged);
        const QString reason = QStringLiteral("Read-only: prod-eu is a production profile.");
        m_registry->setServerStateLocked(true, reason);
        QCOMPARE(changed.size(), 1);  // only the one command that changes server state
        QVERIFY(!m_registry->isEnabled(QStringLiteral("alerts.acknowledge")));
        QCOMPARE(m_registry->disabledReason(QStringLiteral("alerts.acknowledge")), reason);
        QVERIFY(m_registry->isEnabled(QStringLiteral("view.refresh")));
        QVERIFY(!m_registry->trigger(QStringLiteral("alerts.acknowledge")));
        QCOMPARE(acknowledged, 0);

        m_registry->setServerStateLocked(false, QString());
        QVERIFY(m_registry->trigger(QStringLiteral("alerts.acknowledge")));
        QCOMPARE(acknowledged, 1);
    }

    void commandsGoWithTheirOwner() {
        auto* page = new QObject;
        QVERIFY(
            m_registry->add(makeCommand(QStringLiteral("models.promote"),
                                        QStringLiteral("Promote model"), QStringLiteral("Models")),
                            page));
        QVERIFY(m_registry->add(
            makeCommand(QStringLiteral("models.rollback"), QStringLiteral("Roll back model"),
                        QStringLiteral("Models")),
            page));
        const int before = m_registry->rowCount();
        delete page;
        QCOMPARE(m_registry->rowCount(), before - 2);
        QVERIFY(!m_registry->contains(QStringLiteral("models.promote")));
        QVERIFY(m_registry->remove(QStringLiteral("view.refresh")));
        QVERIFY(!m_registry->remove(QStringLiteral("view.refresh")));
    }

    void aCommandMayRemoveItselfWhileItRuns() {
        QVERIFY(m_registry->add(
            makeCommand(QStringLiteral("once"), QStringLiteral("Once"), QStringLiteral("Test"),
                        [this] { m_registry->remove(QStringLiteral("once")); })));
        QVERIFY(m_registry->trigger(QStringLiteral("once")));
        QVERIFY(!m_registry->contains(QStringLiteral("once")));
    }

private:
    std::optional<CommandRegistry> m_registry;
    std::optional<QAbstractItemModelTester> m_tester;
};

QTEST_GUILESS_MAIN(CommandRegistryTest)
#include "command_registry_test.moc"
