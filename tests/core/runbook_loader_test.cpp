// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Loading runbooks: every class of error is reported with its file, step and field, all
// of a file's errors at once; the built-in runbooks load; the user folder joins the
// library. Also the small pieces loading relies on: templates, durations, captures.
#include "core/runbook_loader.h"

#include "core/runbook_capture_reader.h"
#include "core/runbook_duration.h"
#include "core/runbook_library.h"
#include "core/runbook_template.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace recops::console;

namespace {

// A small valid runbook (data/runbooks/sample.json); each test breaks one thing in it.
QJsonObject validRunbook() {
    QFile file(QStringLiteral(RECOPS_RUNBOOK_TEST_DATA "/sample.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read sample.json");
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Applies @p change to step @p index of the valid runbook.
template <typename Change>
QJsonObject withStep(int index, Change change) {
    QJsonObject runbook = validRunbook();
    QJsonArray steps = runbook.value(QStringLiteral("steps")).toArray();
    QJsonObject step = steps.at(index).toObject();
    change(step);
    steps.replace(index, step);
    runbook.insert(QStringLiteral("steps"), steps);
    return runbook;
}

RunbookIssues load(const QJsonObject& runbook) {
    RunbookIssues issues;
    const auto loaded = RunbookLoader::load(QJsonDocument(runbook).toJson(),
                                            QStringLiteral("sample.json"), &issues);
    if (loaded && !issues.isEmpty()) {
        qFatal("a runbook with issues was returned");
    }
    return issues;
}

QString dump(const RunbookIssues& issues) {
    QStringList lines;
    for (const RunbookIssue& issue : issues) {
        lines.append(issue.toString());
    }
    return lines.join(u'\n');
}

bool hasIssue(const RunbookIssues& issues, const QString& step, const QString& field,
              const QString& part) {
    for (const RunbookIssue& issue : issues) {
        if (issue.file == u"sample.json" && issue.step == step && issue.field == field &&
            issue.message.contains(part)) {
            return true;
        }
    }
    return false;
}

QJsonObject object(const char* json) {
    return QJsonDocument::fromJson(json).object();
}

}  // namespace

#define QCOMPARE_ISSUE(issues, stepName, fieldName, messagePart)               \
    do {                                                                       \
        const RunbookIssues found_ = (issues);                                 \
        QVERIFY2(found_.size() == 1, qPrintable(dump(found_)));                \
        QCOMPARE(found_.first().file, QStringLiteral("sample.json"));          \
        QCOMPARE(found_.first().step, QStringLiteral(stepName));               \
        QCOMPARE(found_.first().field, QStringLiteral(fieldName));             \
        QVERIFY2(found_.first().message.contains(QStringLiteral(messagePart)), \
                 qPrintable(found_.first().message));                          \
    } while (false)

class RunbookLoaderTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSampleIsValid() {
        RunbookIssues issues;
        const auto runbook = RunbookLoader::load(QJsonDocument(validRunbook()).toJson(),
                                                 QStringLiteral("sample.json"), &issues);
        QVERIFY2(runbook, qPrintable(dump(issues)));
        QCOMPARE(runbook->steps.size(), 4);
        QCOMPARE(runbook->input(QStringLiteral("limit"))->defaultValue, QJsonValue(100));
        QCOMPARE(runbook->successorOf(0), QStringLiteral("choose"));
        QCOMPARE(runbook->successorOf(3), QStringLiteral("end"));
    }

    void notJson() {
        RunbookIssues issues;
        QVERIFY(!RunbookLoader::load("{\n  \"id\": \"x\",\n  oops\n}",
                                     QStringLiteral("sample.json"), &issues));
        QCOMPARE(issues.size(), 1);
        QCOMPARE(issues.first().file, QStringLiteral("sample.json"));
        QVERIFY2(issues.first().message.contains(u"line 3"), qPrintable(issues.first().message));
        RunbookIssues array;
        QVERIFY(!RunbookLoader::load("[]", QStringLiteral("sample.json"), &array));
        QVERIFY(array.first().message.contains(u"one JSON object"));
    }

    void missingTopLevelField() {
        QJsonObject runbook = validRunbook();
        runbook.remove(QStringLiteral("title"));
        QCOMPARE_ISSUE(load(runbook), "", "title", "is required");
    }

    void unknownTopLevelField() {
        QJsonObject runbook = validRunbook();
        runbook.insert(QStringLiteral("tirggers"), QJsonArray());
        QCOMPARE_ISSUE(load(runbook), "", "tirggers", "is not a field of a runbook");
    }

    void newerFormat() {
        QJsonObject runbook = validRunbook();
        runbook.insert(QStringLiteral("format"), 2);
        QCOMPARE_ISSUE(load(runbook), "", "format", "newer than this console reads");
    }

    void unknownStepKind() {
        QCOMPARE_ISSUE(load(withStep(2,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("kind"),
                                                     QStringLiteral("shell"));
                                     })),
                       "old", "kind", "\"shell\" is not a step kind");
    }

    void missingStepField() {
        QCOMPARE_ISSUE(
            load(withStep(0, [](QJsonObject& step) { step.remove(QStringLiteral("request")); })),
            "measure", "request", "is required");
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("request"), QJsonObject());
                                     })),
                       "measure", "request.path", "is required");
    }

    void stepWithoutIdIsNamedByPosition() {
        QJsonObject runbook = validRunbook();
        QJsonArray steps = runbook.value(QStringLiteral("steps")).toArray();
        steps.append(object(R"({"kind": "note", "text": "x"})"));
        runbook.insert(QStringLiteral("steps"), steps);
        const RunbookIssues issues = load(runbook);
        QVERIFY2(!issues.isEmpty(), "no issue");
        QCOMPARE(issues.first().step, QStringLiteral("steps[4]"));
        QCOMPARE(issues.first().field, QStringLiteral("id"));
        QCOMPARE(issues.first().message, QStringLiteral("is required"));
    }

    void unknownStepField() {
        QCOMPARE_ISSUE(
            load(withStep(
                0, [](QJsonObject& step) { step.insert(QStringLiteral("destrutive"), true); })),
            "measure", "destrutive", "is not a field of a check step");
        // destructive belongs to actions only.
        QCOMPARE_ISSUE(
            load(withStep(
                0, [](QJsonObject& step) { step.insert(QStringLiteral("destructive"), true); })),
            "measure", "destructive", "is not a field of a check step");
    }

    void wrongType() {
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("retries"),
                                                     object(R"({"count": "3"})"));
                                     })),
                       "measure", "retries.count", "must be an integer from 0 to 20");
        QCOMPARE_ISSUE(
            load(withStep(2, [](QJsonObject& step) { step.insert(QStringLiteral("text"), 42); })),
            "old", "text", "must be a string, not a number");
    }

    void aCheckOnlyReads() {
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(
                                             QStringLiteral("request"),
                                             object(R"({"method": "DELETE", "path": "/x"})"));
                                     })),
                       "measure", "request.method", "a call that changes state is an action");
    }

    void unknownTargets() {
        QCOMPARE_ISSUE(load(withStep(2,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("next"),
                                                     QStringLiteral("nowhere"));
                                     })),
                       "old", "next", "\"nowhere\" is not a step of this runbook");
        const RunbookIssues issues = load(withStep(1, [](QJsonObject& step) {
            step.insert(QStringLiteral("cases"),
                        object(R"({"c": [{"when": "uptime > 1", "next": "gone"}]})")
                            .value(QStringLiteral("c")));
        }));
        // "old" is now reached by nothing, and so neither is the note's text: each issue
        // in its place.
        QVERIFY2(hasIssue(issues, QStringLiteral("choose"), QStringLiteral("cases[0].next"),
                          QStringLiteral("\"gone\" is not a step")),
                 qPrintable(dump(issues)));
        QVERIFY2(hasIssue(issues, QStringLiteral("old"), QString(),
                          QStringLiteral("no path from the first step")),
                 qPrintable(dump(issues)));
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("on_failure"),
                                                     QStringLiteral("nope"));
                                     })),
                       "measure", "on_failure", "\"nope\" is not a step");
    }

    void unreachableStep() {
        QJsonObject runbook = validRunbook();
        QJsonArray steps = runbook.value(QStringLiteral("steps")).toArray();
        // "young" used to end the run by being last; it now ends it explicitly.
        QJsonObject young = steps.at(3).toObject();
        young.insert(QStringLiteral("next"), QStringLiteral("end"));
        steps.replace(3, young);
        steps.append(object(R"({"id": "orphan", "kind": "note", "text": "never"})"));
        runbook.insert(QStringLiteral("steps"), steps);
        QCOMPARE_ISSUE(load(runbook), "orphan", "",
                       "no path from the first step reaches this step");
    }

    void loopWithoutWait() {
        QCOMPARE_ISSUE(load(withStep(2,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("next"),
                                                     QStringLiteral("measure"));
                                     })),
                       "measure", "", "form a loop with no wait_until, manual or approval step");
        // The same loop through the wait_until step is fine.
        QVERIFY(load(withStep(3, [](QJsonObject& step) {
                    step.insert(QStringLiteral("next"), QStringLiteral("measure"));
                })).isEmpty());
    }

    void badExpressions() {
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("assert"),
                                                     QStringLiteral("uptime = 0"));
                                     })),
                       "measure", "assert", "comparisons use \"==\"");
        QCOMPARE_ISSUE(
            load(withStep(1,
                          [](QJsonObject& step) {
                              step.insert(QStringLiteral("cases"),
                                          object(R"({"c": [{"when": "uptime >", "next": "old"}]})")
                                              .value(QStringLiteral("c")));
                          })),
            "choose", "cases[0].when", "ends where a value was expected");
        QCOMPARE_ISSUE(load(withStep(3,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("until"),
                                                     QStringLiteral("limit > 1"));
                                     })),
                       "young", "until", "reads no variable this step captures");
    }

    void unknownVariables() {
        QCOMPARE_ISSUE(load(withStep(2,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("text"),
                                                     QStringLiteral("Up for ${uptme} s."));
                                     })),
                       "old", "text",
                       "${uptme} is not an input, a built-in or a captured variable");
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("request"),
                                                     object(R"({"path": "/x/${later}"})"));
                                     })),
                       "measure", "request.path", "${later} is not an input");
        // Read before the step that captures it: the decision and the note read uptime,
        // which now only the wait_until after them captures.
        const RunbookIssues early = load(withStep(0, [](QJsonObject& step) {
            step.insert(QStringLiteral("capture"), object(R"({"age": "/uptime_seconds"})"));
            step.insert(QStringLiteral("assert"), QStringLiteral("age > 0"));
        }));
        QCOMPARE(early.size(), 2);
        QVERIFY(
            hasIssue(early, QStringLiteral("choose"), QStringLiteral("cases[0].when"),
                     QStringLiteral("${uptime} is read here before any step that captures it")));
        QVERIFY(
            hasIssue(early, QStringLiteral("old"), QStringLiteral("text"),
                     QStringLiteral("${uptime} is read here before any step that captures it")));
        QCOMPARE_ISSUE(load(withStep(2,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("text"),
                                                     QStringLiteral("${broken"));
                                     })),
                       "old", "text", "is not closed");
    }

    void duplicateIds() {
        const RunbookIssues issues = load(withStep(3, [](QJsonObject& step) {
            step.insert(QStringLiteral("id"), QStringLiteral("old"));
        }));
        QVERIFY2(hasIssue(issues, QStringLiteral("old"), QStringLiteral("id"),
                          QStringLiteral("the id is used by steps[2] and steps[3]")),
                 qPrintable(dump(issues)));
        // The decision's default named the renamed step.
        QVERIFY(hasIssue(issues, QStringLiteral("choose"), QStringLiteral("default"),
                         QStringLiteral("\"young\" is not a step")));
    }

    void durations() {
        QCOMPARE_ISSUE(load(withStep(3,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("timeout"),
                                                     QStringLiteral("10"));
                                     })),
                       "young", "timeout", "\"10\" is not a duration");
        QCOMPARE_ISSUE(load(withStep(3,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("interval"),
                                                     QStringLiteral("${limit}"));
                                     })),
                       "young", "interval", "${limit} is a integer input, not a duration");
    }

    void captures() {
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("capture"),
                                                     object(R"({"uptime": "uptime_seconds"})"));
                                     })),
                       "measure", "capture.uptime", "is not a source");
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("capture"),
                                                     object(R"({"uptime": "metric:up"})"));
                                     })),
                       "measure", "capture.uptime", "need \"response\": \"text\"");
        QCOMPARE_ISSUE(load(withStep(0,
                                     [](QJsonObject& step) {
                                         step.insert(QStringLiteral("capture"),
                                                     object(R"({"limit": "/x", "uptime": "/u"})"));
                                     })),
                       "measure", "capture.limit", "already an input");
    }

    void inputs() {
        QJsonObject runbook = validRunbook();
        runbook.insert(QStringLiteral("inputs"),
                       object(R"({"i": [{"name": "limit", "type": "integer", "default": "100",
                                          "description": "A limit."}]})")
                           .value(QStringLiteral("i")));
        QCOMPARE_ISSUE(load(runbook), "", "inputs[0].default",
                       "does not fit an input of type integer");
        runbook.insert(
            QStringLiteral("inputs"),
            object(R"({"i": [{"name": "limit", "type": "float", "description": "A limit."}]})")
                .value(QStringLiteral("i")));
        QCOMPARE_ISSUE(load(runbook), "", "inputs[0].type", "\"float\" is not an input type");
    }

    void revealOnlySecrets() {
        QCOMPARE_ISSUE(load(withStep(2,
                                     [](QJsonObject& step) {
                                         step = object(R"({"id": "old", "kind": "manual",
                                             "instructions": "Look.", "reveal": ["uptime"],
                                             "next": "end"})");
                                     })),
                       "old", "reveal[0]", "is not a secret capture");
    }

    void everyErrorAtOnce() {
        QJsonObject runbook = withStep(2, [](QJsonObject& step) {
            step.insert(QStringLiteral("kind"), QStringLiteral("shell"));
        });
        runbook.remove(QStringLiteral("description"));
        QJsonArray steps = runbook.value(QStringLiteral("steps")).toArray();
        QJsonObject first = steps.at(0).toObject();
        first.insert(QStringLiteral("timeout"), QStringLiteral("soon"));
        steps.replace(0, first);
        runbook.insert(QStringLiteral("steps"), steps);
        const RunbookIssues issues = load(runbook);
        QCOMPARE(issues.size(), 3);
        QCOMPARE(issues.at(0).field, QStringLiteral("description"));
        QCOMPARE(issues.at(1).step, QStringLiteral("measure"));
        QCOMPARE(issues.at(1).field, QStringLiteral("timeout"));
        QCOMPARE(issues.at(2).step, QStringLiteral("old"));
        QCOMPARE(issues.at(2).field, QStringLiteral("kind"));
        QCOMPARE(issues.at(2).toString(),
                 QStringLiteral("sample.json: step 'old': field 'kind': \"shell\" is not a step "
                                "kind (check, action, decision, manual, wait_until, approval, "
                                "escalate, note)"));
    }

    void builtInRunbooksLoad() {
        RunbookLibrary library;
        library.load(QString());
        QVERIFY2(library.isValid(), qPrintable(dump(library.issues())));
        QStringList ids;
        for (const Runbook& runbook : library.runbooks()) {
            ids.append(runbook.id);
            QVERIFY(runbook.builtIn);
        }
        QCOMPARE(ids, (QStringList{
                          QStringLiteral("backup-restore"), QStringLiteral("cache-invalidation"),
                          QStringLiteral("daily-health-check"), QStringLiteral("data-drift"),
                          QStringLiteral("deploy-model"), QStringLiteral("high-error-rate"),
                          QStringLiteral("high-latency"), QStringLiteral("low-cache-hit-rate"),
                          QStringLiteral("model-load-failure"), QStringLiteral("pool-exhaustion"),
                          QStringLiteral("quality-degradation"), QStringLiteral("service-down"),
                          QStringLiteral("token-rotation"), QStringLiteral("user-data-request"),
                          QStringLiteral("vector-index"), QStringLiteral("weekly-maintenance")}));
        QVERIFY(library.find(QStringLiteral("token-rotation"))->revealsSecrets());
    }

    void userFolderJoinsTheLibrary() {
        QTemporaryDir folder;
        const auto write = [&](const char* name, const QByteArray& content) {
            QFile file(folder.filePath(QLatin1StringView(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        };
        QJsonObject mine = validRunbook();
        write("sample.json", QJsonDocument(mine).toJson());
        mine.insert(QStringLiteral("id"), QStringLiteral("service-down"));
        write("clash.json", QJsonDocument(mine).toJson());
        write("broken.json", "{");
        write("ignored.txt", "not a runbook");
        RunbookLibrary library;
        library.load(folder.path());
        QVERIFY(library.find(QStringLiteral("sample")));
        QVERIFY(!library.find(QStringLiteral("sample"))->builtIn);
        QCOMPARE(library.runbooks().size(), 17);  // 16 built-in and sample
        QCOMPARE(library.issues().size(), 2);
        QCOMPARE(library.issues().at(0).file, QStringLiteral("broken.json"));
        QCOMPARE(library.issues().at(1).file, QStringLiteral("clash.json"));
        QVERIFY(library.issues().at(1).message.contains(u"already used by service-down.json"));
        QCOMPARE(library.issuesFor(QStringLiteral("broken")).size(), 1);
    }

    void templates() {
        RunbookVariables variables;
        variables.set(QStringLiteral("id"), QStringLiteral("a/b c"));
        variables.set(QStringLiteral("count"), 3);
        variables.set(QStringLiteral("token"), QStringLiteral("rcp_x"), true);
        QString error;
        QCOMPARE(*RunbookTemplate::render(QStringLiteral("/t/${id}"), variables,
                                          RunbookTemplate::Mode::PathSegment, &error),
                 QStringLiteral("/t/a%2Fb%20c"));
        QCOMPARE(*RunbookTemplate::render(QStringLiteral("$${id} is ${count}; ${token}"), variables,
                                          RunbookTemplate::Mode::Redacted, &error),
                 QStringLiteral("${id} is 3; [secret]"));
        const auto body =
            RunbookTemplate::render(QJsonValue(object(R"({"n": "${count}", "s": "n=${count}"})")),
                                    variables, RunbookTemplate::Mode::Plain, &error);
        QCOMPARE(body->toObject().value(QStringLiteral("n")), QJsonValue(3));
        QCOMPARE(body->toObject().value(QStringLiteral("s")), QJsonValue(QStringLiteral("n=3")));
        QVERIFY(!RunbookTemplate::render(QStringLiteral("${missing}"), variables,
                                         RunbookTemplate::Mode::Plain, &error));
        QCOMPARE(error, QStringLiteral("${missing} has no value"));
    }

    void durationsParse() {
        QCOMPARE(RunbookDuration::parseMs(QStringLiteral("250ms")), 250);
        QCOMPARE(RunbookDuration::parseMs(QStringLiteral("1h30m")), 5'400'000);
        QCOMPARE(RunbookDuration::parseMs(QStringLiteral("1.5s")), 1'500);
        QCOMPARE(RunbookDuration::parseMs(QStringLiteral("2d")), 172'800'000);
        QVERIFY(!RunbookDuration::parseMs(QStringLiteral("30")));
        QVERIFY(!RunbookDuration::parseMs(QStringLiteral("5 minutes")));
        QVERIFY(!RunbookDuration::parseMs(QStringLiteral("31d")));
        QCOMPARE(RunbookDuration::format(5'400'000), QStringLiteral("1h 30m"));
        QCOMPARE(RunbookDuration::format(250), QStringLiteral("250ms"));
    }

    void capturesRead() {
        RunbookAnswer answer;
        answer.httpStatus = 200;
        answer.body = object(R"({"a": {"b/c": [10, 20]}, "list": [1, 2, 3]})");
        QString error;
        QCOMPARE(*RunbookCaptureReader::read({QStringLiteral("v"), QStringLiteral("/a/b~1c/1")},
                                             answer, &error),
                 QJsonValue(20));
        QCOMPARE(*RunbookCaptureReader::read(
                     {QStringLiteral("n"), QStringLiteral("/list"), false, true}, answer, &error),
                 QJsonValue(3));
        QVERIFY(!RunbookCaptureReader::read({QStringLiteral("v"), QStringLiteral("/nope")}, answer,
                                            &error));
        QCOMPARE(error, QStringLiteral("v: /nope is not in the answer"));
        QCOMPARE(*RunbookCaptureReader::read({QStringLiteral("s"), QStringLiteral("http_status")},
                                             answer, &error),
                 QJsonValue(200));
        const QByteArray metrics =
            "# HELP http_requests_total Requests.\n"
            "http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 7\n"
            "http_requests_total{method=\"GET\",route=\"/readyz\",status=\"503\"} 2\n"
            "process_open_fds 12\n";
        QCOMPARE(*RunbookCaptureReader::sumMetric(metrics, QStringLiteral("http_requests_total"),
                                                  &error),
                 9.0);
        QCOMPARE(*RunbookCaptureReader::sumMetric(
                     metrics, QStringLiteral("http_requests_total{status=\"503\"}"), &error),
                 2.0);
        QCOMPARE(
            *RunbookCaptureReader::sumMetric(metrics, QStringLiteral("process_open_fds"), &error),
            12.0);
        QVERIFY(
            !RunbookCaptureReader::sumMetric(metrics, QStringLiteral("process_max_fds"), &error));
        QCOMPARE(error, QStringLiteral("the answer has no sample of process_max_fds"));
    }
};

QTEST_GUILESS_MAIN(RunbookLoaderTest)
#include "runbook_loader_test.moc"
