// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The console's client against docs/openapi.yaml (read as JSON, converted at build time):
//
// - every entry of the endpoint table the client sends its requests from is a documented
//   operation, with that method and that path template;
// - no source of the console writes an API path of its own: every literal path in core/,
//   ui/ and app/ is a template of the table, so a path renamed on either side fails here;
// - every field the console's readers read from recopsd's answers is declared in the
//   schema of that answer. The answers are ones a real recopsd gave (data/), read under a
//   JsonFieldLog that records each field the readers ask for.
#include "core/alert.h"
#include "core/alert_event.h"
#include "core/api_endpoint.h"
#include "core/backup.h"
#include "core/drift_report.h"
#include "core/gate_result.h"
#include "core/health_report.h"
#include "core/incident.h"
#include "core/json_field_log.h"
#include "core/model_catalog.h"
#include "core/model_version.h"
#include "core/model_version_details.h"
#include "core/registry_change.h"
#include "core/rollout_status.h"
#include "core/silence.h"
#include "core/token_identity.h"
#include "core/training_job.h"

#include <functional>

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace recops::console;

namespace {

QJsonDocument readJson(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return QJsonDocument::fromJson(file.readAll());
}

const QJsonObject& openapi() {
    static const QJsonObject document = readJson(QStringLiteral(RECOPS_OPENAPI_JSON)).object();
    return document;
}

QJsonObject resolve(QJsonObject schema) {
    while (schema.contains(u"$ref")) {
        QJsonValue node = openapi();
        for (const QString& part : schema.value(u"$ref").toString().mid(2).split(u'/')) {
            node = node.toObject().value(part);
        }
        schema = node.toObject();
    }
    return schema;
}

/// @p schema and every schema it combines (allOf, oneOf, anyOf), references resolved.
QList<QJsonObject> alternatives(const QJsonObject& schema) {
    QList<QJsonObject> result{resolve(schema)};
    for (const char* combinator : {"allOf", "oneOf", "anyOf"}) {
        for (const QJsonValue& part :
             result.constFirst().value(QLatin1StringView(combinator)).toArray()) {
            result.append(alternatives(part.toObject()));
        }
    }
    return result;
}

/// Whether the reader's @p path ("versions[3].stage") names a field @p schema declares.
bool declares(const QJsonObject& schema, const QString& path) {
    static const QRegularExpression index(QStringLiteral("\\[\\d+\\]"));
    QString normalized = path;
    normalized.replace(index, QStringLiteral(".[]"));
    QList<QJsonObject> candidates{schema};
    for (const QString& step : normalized.split(u'.', Qt::SkipEmptyParts)) {
        QList<QJsonObject> next;
        for (const QJsonObject& candidate : std::as_const(candidates)) {
            for (const QJsonObject& alternative : alternatives(candidate)) {
                if (step == u"[]") {
                    if (alternative.value(u"items").isObject()) {
                        next.append(alternative.value(u"items").toObject());
                    }
                } else if (alternative.value(u"properties").toObject().contains(step)) {
                    next.append(alternative.value(u"properties").toObject().value(step).toObject());
                } else if (alternative.value(u"additionalProperties").isObject()) {
                    next.append(alternative.value(u"additionalProperties").toObject());
                }
            }
        }
        if (next.isEmpty()) {
            return false;
        }
        candidates = next;
    }
    return true;
}

/// The schema of @p endpoint's answer with @p status, or an empty object.
QJsonObject answerSchema(Endpoint endpoint, const QString& status) {
    const ApiEndpoint entry = ApiEndpoint::of(endpoint);
    const QJsonObject operation = openapi()
                                      .value(u"paths")
                                      .toObject()
                                      .value(entry.pathTemplate)
                                      .toObject()
                                      .value(QString::fromLatin1(entry.method.toLower()))
                                      .toObject();
    const QJsonObject content =
        resolve(operation.value(u"responses").toObject().value(status).toObject())
            .value(u"content")
            .toObject();
    for (const char* mediaType : {"application/json", "application/problem+json"}) {
        if (content.contains(QLatin1StringView(mediaType))) {
            return content.value(QLatin1StringView(mediaType))
                .toObject()
                .value(u"schema")
                .toObject();
        }
    }
    return {};
}

/// One reader of an answer, run on an answer of a real recopsd.
struct ReaderCase {
    const char* name;
    Endpoint endpoint;
    const char* status;
    const char* fixture;  ///< under tests/core/data
    std::function<bool(const QJsonDocument&, QString*)> read;
};

template <typename T>
std::function<bool(const QJsonDocument&, QString*)> reader() {
    return [](const QJsonDocument& document, QString* error) {
        return T::fromJson(document, error).has_value();
    };
}

/// The gates of a transition's answer, as the Models page reads them (200 and 422 alike).
bool readGates(const QJsonDocument& document, QString* error) {
    return GateResults::fromJson(document.object().value(u"gates").toArray(), error).has_value();
}

}  // namespace

class ApiContractTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theDocumentIsRead() {
        QVERIFY(openapi().value(u"paths").toObject().size() > 40);
        QVERIFY(ApiEndpoint::all().size() >= 28);
    }

    void everyEndpointIsADocumentedOperation() {
        const QJsonObject paths = openapi().value(u"paths").toObject();
        for (const Endpoint endpoint : ApiEndpoint::all()) {
            const ApiEndpoint entry = ApiEndpoint::of(endpoint);
            const QString name = QString::fromLatin1(entry.method) + u' ' + entry.pathTemplate;
            QVERIFY2(paths.contains(entry.pathTemplate),
                     qPrintable(name + QStringLiteral(": no such path in docs/openapi.yaml")));
            QVERIFY2(paths.value(entry.pathTemplate)
                         .toObject()
                         .contains(QString::fromLatin1(entry.method.toLower())),
                     qPrintable(name + QStringLiteral(": the path has no such method")));
        }
    }

    void placeholdersTakeEncodedArgumentsInOrder() {
        const ApiEndpoint alias = ApiEndpoint::of(Endpoint::AliasSet);
        QCOMPARE(alias.method, QByteArray("PUT"));
        QCOMPARE(alias.path({QStringLiteral("films/2026"), QStringLiteral("best one")}),
                 QStringLiteral("/api/v1/models/films%2F2026/aliases/best%20one"));
        QCOMPARE(ApiEndpoint::of(Endpoint::Models).path(), QStringLiteral("/api/v1/models"));
    }

    void theSourcesWriteNoPathOfTheirOwn() {
        QStringList templates;
        for (const Endpoint endpoint : ApiEndpoint::all()) {
            templates.append(ApiEndpoint::of(endpoint).pathTemplate);
        }
        // A string literal that is an API path, outside comments.
        static const QRegularExpression literal(
            QStringLiteral("\"(/api/v1/[^\"]*|/healthz|/readyz|/metrics)\""));
        int scanned = 0;
        for (const char* folder : {"core", "ui", "app"}) {
            QDirIterator files(QStringLiteral(RECOPS_SOURCE_DIR "/") + QLatin1StringView(folder),
                               {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                               QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString path = files.next();
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
                int lineNumber = 0;
                while (!file.atEnd()) {
                    ++lineNumber;
                    QString line = QString::fromUtf8(file.readLine());
                    const QString code = line.trimmed();
                    if (code.startsWith(u'*') || code.startsWith(QStringLiteral("/*"))) {
                        continue;  // inside a block comment
                    }
                    const qsizetype comment = line.indexOf(QStringLiteral("//"));
                    if (comment >= 0 && !line.left(comment).contains(u'"')) {
                        line.truncate(comment);
                    }
                    for (const QRegularExpressionMatch& match : literal.globalMatch(line)) {
                        QVERIFY2(templates.contains(match.captured(1)),
                                 qPrintable(QStringLiteral("%1:%2: the path %3 is not taken from "
                                                           "core/api_endpoint.h")
                                                .arg(path)
                                                .arg(lineNumber)
                                                .arg(match.captured(1))));
                    }
                }
                ++scanned;
            }
        }
        QVERIFY(scanned > 100);
    }

    void theReadersReadOnlyDocumentedFields_data() {
        QTest::addColumn<int>("index");
        for (int index = 0; index < static_cast<int>(cases().size()); ++index) {
            QTest::newRow(cases().at(index).name) << index;
        }
    }

    void theReadersReadOnlyDocumentedFields() {
        QFETCH(int, index);
        const ReaderCase& readerCase = cases().at(index);
        const QJsonObject schema =
            answerSchema(readerCase.endpoint, QLatin1StringView(readerCase.status));
        QVERIFY2(!schema.isEmpty(), "the document gives that answer no JSON schema");
        const QJsonDocument answer = readJson(QStringLiteral(RECOPS_CORE_TEST_DATA "/") +
                                              QLatin1StringView(readerCase.fixture));
        JsonFieldLog log;
        QString error;
        QVERIFY2(readerCase.read(answer, &error), qPrintable(error));
        QVERIFY(!log.fields().isEmpty());
        for (const QString& field : log.fields()) {
            QVERIFY2(declares(schema, field),
                     qPrintable(QStringLiteral("the reader reads %1, which the schema of %2 %3 "
                                               "does not declare")
                                    .arg(field, ApiEndpoint::of(readerCase.endpoint).pathTemplate,
                                         QLatin1StringView(readerCase.status))));
        }
    }

    void aFieldTheSchemaLacksIsNamed() {
        const QJsonObject schema = answerSchema(Endpoint::ModelVersions, QStringLiteral("200"));
        QVERIFY(declares(schema, QStringLiteral("versions[3].stage")));
        QVERIFY(!declares(schema, QStringLiteral("versions[3].no_such_field")));
        QVERIFY(!declares(schema, QStringLiteral("no_such_list[0]")));
    }

private:
    static const std::vector<ReaderCase>& cases() {
        static const std::vector<ReaderCase> all{
            {"healthz", Endpoint::Health, "200", "contract/healthz.json", reader<HealthReport>()},
            {"whoami", Endpoint::Whoami, "200", "contract/whoami.json", reader<TokenIdentity>()},
            {"alerts", Endpoint::Alerts, "200", "alerts/alerts.json", reader<AlertList>()},
            {"alert history", Endpoint::AlertHistory, "200", "alerts/alert-history.json",
             reader<AlertHistory>()},
            {"acknowledged alert", Endpoint::AlertAcknowledge, "200",
             "alerts/alert-acknowledged.json", reader<Alert>()},
            {"silences", Endpoint::Silences, "200", "alerts/silences.json", reader<SilenceList>()},
            {"models", Endpoint::Models, "200", "models/models.json", reader<ModelCatalog>()},
            {"versions", Endpoint::ModelVersions, "200", "models/versions.json",
             reader<ModelVersionList>()},
            {"version", Endpoint::ModelVersion, "200", "models/version-2.json",
             reader<ModelVersionDetails>()},
            {"history", Endpoint::ModelHistory, "200", "models/history.json",
             reader<RegistryHistory>()},
            {"transition gates", Endpoint::VersionTransition, "200", "models/dry-run-failing.json",
             readGates},
            {"refused transition gates", Endpoint::VersionTransition, "422",
             "models/refused-gates.json", readGates},
            {"trainer status", Endpoint::TrainerStatus, "200", "models/trainer-status-running.json",
             reader<TrainerStatus>()},
            {"trainer history", Endpoint::TrainerHistory, "200", "models/trainer-history.json",
             reader<TrainingJobList>()},
            {"rollout status", Endpoint::RolloutStatus, "200", "models/rollout-status.json",
             reader<RolloutStatus>()},
            {"drift", Endpoint::Drift, "200", "models/drift.json", reader<DriftReport>()},
            {"backups", Endpoint::Backups, "200", "operations/backups.json", reader<BackupList>()},
            {"restore preview", Endpoint::BackupRestore, "200", "operations/restore-preview.json",
             reader<RestorePreview>()},
            {"incidents", Endpoint::Incidents, "200", "operations/incidents.json",
             reader<IncidentList>()},
            {"incident", Endpoint::Incident, "200", "operations/incident.json",
             reader<IncidentDetails>()},
        };
        return all;
    }
};

QTEST_GUILESS_MAIN(ApiContractTest)
#include "api_contract_test.moc"
