// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// ProfileListModel follows the store row by row, checked by QAbstractItemModelTester.
#include "core/profile_list_model.h"

#include "core/profile_store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

class ProfileListModelTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() {
        QVERIFY(m_directory.isValid());
        m_store.emplace();
        QVERIFY(m_store->open(m_directory.filePath(QStringLiteral("%1.sqlite").arg(++m_run))));
    }
    void cleanup() { m_store.reset(); }

    void followsTheStoreInNameOrder() {
        ProfileListModel model(&*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        ConnectionProfile zulu = save(QStringLiteral("zulu"), EnvironmentTag::Production);
        ConnectionProfile alpha = save(QStringLiteral("alpha"), EnvironmentTag::Demo);
        save(QStringLiteral("mike"), EnvironmentTag::Staging);
        QCOMPARE(names(model), (QStringList{QStringLiteral("alpha"), QStringLiteral("mike"),
                                            QStringLiteral("zulu")}));

        const QModelIndex zuluIndex = model.index(2);
        QCOMPARE(zuluIndex.data(ProfileListModel::IdRole).toString(), zulu.id);
        QCOMPARE(zuluIndex.data(ProfileListModel::IsProductionRole).toBool(), true);
        QCOMPARE(zuluIndex.data(ProfileListModel::EnvironmentKeyRole).toString(),
                 QStringLiteral("production"));
        QCOMPARE(zuluIndex.data(ProfileListModel::EnvironmentRole).toInt(),
                 static_cast<int>(EnvironmentTag::Production));
        QCOMPARE(zuluIndex.data(ProfileListModel::UrlRole).toUrl(),
                 QUrl(QStringLiteral("http://zulu.example:8470")));
        QCOMPARE(model.index(0).data(ProfileListModel::IsProductionRole).toBool(), false);
        QCOMPARE(model.rowOf(alpha.id), 0);
        QCOMPARE(model.profileAt(0).id, alpha.id);
        QCOMPARE(model.profileAt(7).id, QString());
        QCOMPARE(model.roleNames().value(ProfileListModel::IsProductionRole),
                 QByteArray("isProduction"));
    }

    void movesARenamedProfileToItsNewPlace() {
        ProfileListModel model(&*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ConnectionProfile alpha = save(QStringLiteral("alpha"), EnvironmentTag::Demo);
        save(QStringLiteral("bravo"), EnvironmentTag::Demo);
        save(QStringLiteral("charlie"), EnvironmentTag::Demo);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        alpha.name = QStringLiteral("delta");
        QVERIFY(m_store->save(alpha));
        QCOMPARE(names(model), (QStringList{QStringLiteral("bravo"), QStringLiteral("charlie"),
                                            QStringLiteral("delta")}));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 1);

        alpha.name = QStringLiteral("aardvark");
        QVERIFY(m_store->save(alpha));
        QCOMPARE(names(model), (QStringList{QStringLiteral("aardvark"), QStringLiteral("bravo"),
                                            QStringLiteral("charlie")}));

        alpha.environment = EnvironmentTag::Production;  // same place, new data
        QVERIFY(m_store->save(alpha));
        QCOMPARE(moved.size(), 2);
        QCOMPARE(model.index(0).data(ProfileListModel::IsProductionRole).toBool(), true);
    }

    void removesRows() {
        ProfileListModel model(&*m_store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ConnectionProfile one = save(QStringLiteral("one"), EnvironmentTag::Demo);
        save(QStringLiteral("two"), EnvironmentTag::Demo);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_store->remove(one.id));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(names(model), QStringList{QStringLiteral("two")});
    }

private:
    ConnectionProfile save(const QString& name, EnvironmentTag environment) {
        ConnectionProfile profile;
        profile.name = name;
        profile.url = QUrl(QStringLiteral("http://%1.example:8470").arg(name));
        profile.environment = environment;
        if (!m_store->save(profile)) {
            qFatal("cannot save %s: %s", qPrintable(name), qPrintable(m_store->errorString()));
        }
        return profile;
    }

    static QStringList names(const ProfileListModel& model) {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row) {
            result.append(model.index(row).data().toString());
        }
        return result;
    }

    QTemporaryDir m_directory;
    std::optional<ProfileStore> m_store;
    int m_run = 0;
};

QTEST_GUILESS_MAIN(ProfileListModelTest)
#include "profile_list_model_test.moc"
