// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The schema half of loading: each field is read through a Reader that knows where it is
// (file, step, field path), so that every type mismatch, missing field and unknown field
// becomes one RunbookIssue and reading goes on. The semantic half is RunbookValidator.
#include "core/runbook_loader.h"

#include "core/runbook_duration.h"
#include "core/runbook_validator.h"
#include "core/runbook_variables.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace recops::console {

namespace {

constexpr int kFormatVersion = 1;

QString typeOf(const QJsonValue& value) {
    switch (value.type()) {
        case QJsonValue::String:
            return QStringLiteral("a string");
        case QJsonValue::Double:
            return QStringLiteral("a number");
        case QJsonValue::Bool:
            return QStringLiteral("a boolean");
        case QJsonValue::Array:
            return QStringLiteral("an array");
        case QJsonValue::Object:
            return QStringLiteral("an object");
        default:
            return QStringLiteral("null");
    }
}

bool isStepId(const QString& id) {
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    return pattern.match(id).hasMatch();
}

// Reads the fields of one JSON object, reporting against one place in the file.
class Reader {
public:
    Reader(RunbookIssues* issues, QString file, QString step, QString prefix, QJsonObject object)
        : m_issues(issues)
        , m_file(std::move(file))
        , m_step(std::move(step))
        , m_prefix(std::move(prefix))
        , m_object(std::move(object)) {}

    QString path(const QString& field) const {
        return m_prefix.isEmpty() ? field : m_prefix + u'.' + field;
    }
    void issue(const QString& field, const QString& message) const {
        m_issues->append({m_file, m_step, field.isEmpty() ? m_prefix : path(field), message});
    }
    bool has(const QString& field) const { return m_object.contains(field); }
    QJsonValue raw(const QString& field) const { return m_object.value(field); }

    QString string(const QString& field, bool required) {
        m_known.insert(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            if (required) {
                issue(field, QStringLiteral("is required"));
            }
            return QString();
        }
        if (!value.isString()) {
            issue(field, QStringLiteral("must be a string, not %1").arg(typeOf(value)));
            return QString();
        }
        if (required && value.toString().trimmed().isEmpty()) {
            issue(field, QStringLiteral("must not be empty"));
        }
        return value.toString();
    }

    bool boolean(const QString& field, bool fallback) {
        m_known.insert(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            return fallback;
        }
        if (!value.isBool()) {
            issue(field, QStringLiteral("must be true or false, not %1").arg(typeOf(value)));
            return fallback;
        }
        return value.toBool();
    }

    std::optional<int> integer(const QString& field, int minimum, int maximum) {
        m_known.insert(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            return std::nullopt;
        }
        const double number = value.toDouble();
        if (!value.isDouble() || number != static_cast<double>(static_cast<int>(number)) ||
            number < minimum || number > maximum) {
            issue(field,
                  QStringLiteral("must be an integer from %1 to %2").arg(minimum).arg(maximum));
            return std::nullopt;
        }
        return static_cast<int>(number);
    }

    QStringList strings(const QString& field) {
        m_known.insert(field);
        const QJsonValue value = m_object.value(field);
        QStringList result;
        if (value.isUndefined()) {
            return result;
        }
        if (!value.isArray()) {
            issue(field, QStringLiteral("must be an array of strings, not %1").arg(typeOf(value)));
            return result;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype index = 0; index < array.size(); ++index) {
            if (!array.at(index).isString() || array.at(index).toString().trimmed().isEmpty()) {
                issue(QStringLiteral("%1[%2]").arg(field).arg(index),
                      QStringLiteral("must be a non-empty string"));
            } else {
                result.append(array.at(index).toString());
            }
        }
        return result;
    }

    QJsonArray array(const QString& field, bool required) {
        m_known.insert(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            if (required) {
                issue(field, QStringLiteral("is required"));
            }
            return {};
        }
        if (!value.isArray()) {
            issue(field, QStringLiteral("must be an array, not %1").arg(typeOf(value)));
            return {};
        }
        return value.toArray();
    }

    std::optional<QJsonObject> object(const QString& field, bool required) {
        m_known.insert(field);
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined()) {
            if (required) {
                issue(field, QStringLiteral("is required"));
            }
            return std::nullopt;
        }
        if (!value.isObject()) {
            issue(field, QStringLiteral("must be an object, not %1").arg(typeOf(value)));
            return std::nullopt;
        }
        return value.toObject();
    }

    /// A duration literal ("30s") or a `${name}` placeholder; checked literals only.
    QString duration(const QString& field, bool required) {
        const QString text = string(field, required);
        if (!text.isEmpty() && !text.contains(QStringLiteral("${")) &&
            !RunbookDuration::parseMs(text)) {
            issue(field, QStringLiteral("\"%1\" is not a duration (for example %2)")
                             .arg(text, RunbookDuration::examples()));
        }
        return text;
    }

    void accept(const QString& field) { m_known.insert(field); }

    /// Reports every field that was not read.
    void rejectUnknown(const QString& context) const {
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_known.contains(it.key())) {
                issue(it.key(), QStringLiteral("is not a field of %1").arg(context));
            }
        }
    }

    Reader nested(const QString& field, const QJsonObject& object) const {
        return Reader(m_issues, m_file, m_step, path(field), object);
    }

private:
    RunbookIssues* m_issues;
    QString m_file;
    QString m_step;
    QString m_prefix;
    QJsonObject m_object;
    QSet<QString> m_known;
};

QString lineAndColumn(const QByteArray& bytes, int offset) {
    int line = 1;
    int column = 1;
    for (int index = 0; index < offset && index < bytes.size(); ++index) {
        if (bytes.at(index) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

std::optional<RunbookRequest> readRequest(Reader& step, RunbookStepKind kind) {
    const auto object = step.object(QStringLiteral("request"), true);
    if (!object) {
        return std::nullopt;
    }
    Reader reader = step.nested(QStringLiteral("request"), *object);
    RunbookRequest request;
    const QString method = reader.string(QStringLiteral("method"), false);
    if (!method.isEmpty()) {
        static const QStringList methods = {QStringLiteral("GET"),   QStringLiteral("HEAD"),
                                            QStringLiteral("POST"),  QStringLiteral("PUT"),
                                            QStringLiteral("PATCH"), QStringLiteral("DELETE")};
        if (!methods.contains(method)) {
            reader.issue(
                QStringLiteral("method"),
                QStringLiteral("\"%1\" is not one of %2").arg(method, methods.join(u", ")));
        }
        request.method = method.toLatin1();
    }
    if (kind != RunbookStepKind::Action && request.method != "GET" && request.method != "HEAD") {
        reader.issue(QStringLiteral("method"),
                     QStringLiteral("a %1 step only reads (GET or HEAD); a call that changes "
                                    "state is an action")
                         .arg(RunbookStep::kindName(kind)));
    }
    request.path = reader.string(QStringLiteral("path"), true);
    if (!request.path.isEmpty() && !request.path.startsWith(u'/')) {
        reader.issue(QStringLiteral("path"), QStringLiteral("must start with \"/\""));
    }
    if (request.path.contains(u'?')) {
        reader.issue(QStringLiteral("path"),
                     QStringLiteral("holds a query string; put parameters in \"query\""));
    }
    if (const auto query = reader.object(QStringLiteral("query"), false)) {
        for (auto it = query->constBegin(); it != query->constEnd(); ++it) {
            if (!it.value().isString()) {
                reader.issue(QStringLiteral("query.") + it.key(),
                             QStringLiteral("must be a string, not %1").arg(typeOf(it.value())));
            } else {
                request.query.insert(it.key(), it.value().toString());
            }
        }
    }
    reader.accept(QStringLiteral("body"));
    request.body = object->value(QStringLiteral("body"));
    if (!request.body.isUndefined() && (request.method == "GET" || request.method == "HEAD")) {
        reader.issue(QStringLiteral("body"), QStringLiteral("a GET or HEAD call sends no body"));
    }
    request.token = reader.string(QStringLiteral("token"), false);
    static const QRegularExpression placeholder(
        QStringLiteral("^\\$\\{[A-Za-z_][A-Za-z0-9_]*\\}$"));
    if (!request.token.isEmpty() && !placeholder.match(request.token).hasMatch()) {
        reader.issue(QStringLiteral("token"),
                     QStringLiteral("must be one ${name}: tokens are never written in a runbook"));
    }
    const QJsonArray accepted = reader.array(QStringLiteral("accept_status"), false);
    for (qsizetype index = 0; index < accepted.size(); ++index) {
        const int status = accepted.at(index).toInt(-1);
        if (!accepted.at(index).isDouble() || status < 100 || status > 599) {
            reader.issue(QStringLiteral("accept_status[%1]").arg(index),
                         QStringLiteral("must be an HTTP status from 100 to 599"));
        } else {
            request.acceptStatus.append(status);
        }
    }
    const QString response = reader.string(QStringLiteral("response"), false);
    if (!response.isEmpty() && response != u"json" && response != u"text") {
        reader.issue(QStringLiteral("response"),
                     QStringLiteral("must be \"json\" or \"text\", not \"%1\"").arg(response));
    }
    request.textResponse = response == u"text";
    reader.rejectUnknown(QStringLiteral("a request"));
    return request;
}

QList<RunbookCapture> readCaptures(Reader& step) {
    QList<RunbookCapture> captures;
    const auto object = step.object(QStringLiteral("capture"), false);
    if (!object) {
        return captures;
    }
    for (auto it = object->constBegin(); it != object->constEnd(); ++it) {
        const QString field = QStringLiteral("capture.") + it.key();
        RunbookCapture capture;
        capture.variable = it.key();
        if (it.value().isString()) {
            capture.source = it.value().toString();
        } else if (it.value().isObject()) {
            Reader reader = step.nested(field, it.value().toObject());
            capture.source = reader.string(QStringLiteral("from"), true);
            capture.secret = reader.boolean(QStringLiteral("secret"), false);
            capture.count = reader.boolean(QStringLiteral("count"), false);
            reader.rejectUnknown(QStringLiteral("a capture"));
        } else {
            step.issue(field, QStringLiteral("must be a source string or {\"from\": ...}, not %1")
                                  .arg(typeOf(it.value())));
            continue;
        }
        captures.append(capture);
    }
    return captures;
}

void readRetry(Reader& step, RunbookRetry* retry) {
    const auto object = step.object(QStringLiteral("retries"), false);
    if (!object) {
        return;
    }
    Reader reader = step.nested(QStringLiteral("retries"), *object);
    retry->count = reader.integer(QStringLiteral("count"), 0, 20).value_or(0);
    if (!reader.has(QStringLiteral("count"))) {
        reader.issue(QStringLiteral("count"), QStringLiteral("is required"));
    }
    const QString backoff = reader.duration(QStringLiteral("backoff"), false);
    if (!backoff.isEmpty()) {
        retry->backoff = backoff;
    }
    reader.rejectUnknown(QStringLiteral("retries"));
}

RunbookStep readStep(const QJsonValue& value, qsizetype index, const QString& file,
                     RunbookIssues* issues) {
    RunbookStep step;
    const QString where = QStringLiteral("steps[%1]").arg(index);
    if (!value.isObject()) {
        issues->append({file, where, QString(),
                        QStringLiteral("a step must be an object, not %1").arg(typeOf(value))});
        return step;
    }
    const QJsonObject object = value.toObject();
    const QString id = object.value(QStringLiteral("id")).toString();
    Reader reader(issues, file, isStepId(id) ? id : where, QString(), object);
    step.id = reader.string(QStringLiteral("id"), true);
    if (!step.id.isEmpty() && !isStepId(step.id)) {
        reader.issue(QStringLiteral("id"),
                     QStringLiteral("\"%1\" is not a step id (lower-case letters, digits, - "
                                    "and _, at most 64)")
                         .arg(step.id));
    }
    const QString kindName = reader.string(QStringLiteral("kind"), true);
    const auto kind = RunbookStep::kindFromName(kindName);
    if (!kindName.isEmpty() && !kind) {
        reader.issue(QStringLiteral("kind"),
                     QStringLiteral("\"%1\" is not a step kind (check, action, decision, manual, "
                                    "wait_until, approval, escalate, note)")
                         .arg(kindName));
    }
    step.kind = kind.value_or(RunbookStepKind::Note);
    step.title = reader.string(QStringLiteral("title"), false);
    step.description = reader.string(QStringLiteral("description"), false);
    step.next = reader.string(QStringLiteral("next"), false);
    if (!kind) {
        return step;  // the other fields depend on the kind
    }

    const RunbookStepKind k = *kind;
    const bool calls = step.makesCalls();
    if (calls) {
        step.request = readRequest(reader, k);
        step.captures = readCaptures(reader);
    }
    if (k == RunbookStepKind::Check || k == RunbookStepKind::Action) {
        step.assertion = reader.string(QStringLiteral("assert"), false);
        readRetry(reader, &step.retry);
        step.timeout = reader.duration(QStringLiteral("timeout"), false);
    }
    if (k == RunbookStepKind::Action) {
        step.destructive = reader.boolean(QStringLiteral("destructive"), false);
    }
    if (k != RunbookStepKind::Manual && k != RunbookStepKind::Note &&
        k != RunbookStepKind::Escalate) {
        step.onFailure = reader.string(QStringLiteral("on_failure"), false);
    }
    switch (k) {
        case RunbookStepKind::Decision: {
            const QJsonArray cases = reader.array(QStringLiteral("cases"), true);
            if (cases.isEmpty() && reader.has(QStringLiteral("cases"))) {
                reader.issue(QStringLiteral("cases"), QStringLiteral("needs at least one case"));
            }
            for (qsizetype at = 0; at < cases.size(); ++at) {
                const QString field = QStringLiteral("cases[%1]").arg(at);
                if (!cases.at(at).isObject()) {
                    reader.issue(field, QStringLiteral("must be {\"when\": ..., \"next\": ...}"));
                    continue;
                }
                Reader item = reader.nested(field, cases.at(at).toObject());
                RunbookDecisionCase decision;
                decision.condition = item.string(QStringLiteral("when"), true);
                decision.target = item.string(QStringLiteral("next"), true);
                item.rejectUnknown(QStringLiteral("a case"));
                step.cases.append(decision);
            }
            step.defaultTarget = reader.string(QStringLiteral("default"), true);
            if (!step.next.isEmpty()) {
                reader.issue(QStringLiteral("next"),
                             QStringLiteral("a decision goes where its cases or default say"));
            }
            break;
        }
        case RunbookStepKind::Manual:
            step.instructions = reader.string(QStringLiteral("instructions"), true);
            step.command = reader.string(QStringLiteral("command"), false);
            step.checkbox = reader.string(QStringLiteral("checkbox"), false);
            step.reveal = reader.strings(QStringLiteral("reveal"));
            break;
        case RunbookStepKind::WaitUntil:
            step.until = reader.string(QStringLiteral("until"), true);
            step.interval = reader.duration(QStringLiteral("interval"), true);
            step.timeout = reader.duration(QStringLiteral("timeout"), true);
            break;
        case RunbookStepKind::Approval:
            step.prompt = reader.string(QStringLiteral("prompt"), true);
            break;
        case RunbookStepKind::Escalate:
            step.reason = reader.string(QStringLiteral("reason"), true);
            break;
        case RunbookStepKind::Note:
            step.text = reader.string(QStringLiteral("text"), true);
            break;
        case RunbookStepKind::Check:
        case RunbookStepKind::Action:
            break;
    }
    reader.rejectUnknown(QStringLiteral("a %1 step").arg(kindName));
    return step;
}

RunbookInput readInput(const QJsonValue& value, qsizetype index, Reader& top) {
    RunbookInput input;
    const QString field = QStringLiteral("inputs[%1]").arg(index);
    if (!value.isObject()) {
        top.issue(field, QStringLiteral("an input must be an object, not %1").arg(typeOf(value)));
        return input;
    }
    Reader reader = top.nested(field, value.toObject());
    input.name = reader.string(QStringLiteral("name"), true);
    input.description = reader.string(QStringLiteral("description"), true);
    const QString typeName = reader.string(QStringLiteral("type"), true);
    const auto type = RunbookInput::typeFromName(typeName);
    if (!typeName.isEmpty() && !type) {
        reader.issue(QStringLiteral("type"),
                     QStringLiteral("\"%1\" is not an input type (string, integer, number, "
                                    "boolean, duration)")
                         .arg(typeName));
    }
    input.type = type.value_or(RunbookInputType::String);
    reader.accept(QStringLiteral("default"));
    const QJsonValue fallback = value.toObject().value(QStringLiteral("default"));
    if (!fallback.isUndefined() && type) {
        // The default is written as JSON of the input's type; a duration as its text.
        QString error;
        std::optional<QJsonValue> converted;
        const bool fits =
            (input.type == RunbookInputType::String && fallback.isString()) ||
            (input.type == RunbookInputType::Boolean && fallback.isBool()) ||
            (input.type == RunbookInputType::Duration && fallback.isString()) ||
            ((input.type == RunbookInputType::Integer || input.type == RunbookInputType::Number) &&
             fallback.isDouble());
        if (fits) {
            converted = input.convert(RunbookVariables::plainText(fallback), &error);
        } else {
            error = QStringLiteral("%1 does not fit an input of type %2")
                        .arg(typeOf(fallback), typeName);
        }
        if (converted) {
            input.defaultValue = input.type == RunbookInputType::String ? fallback : *converted;
        } else {
            reader.issue(QStringLiteral("default"), error);
        }
    }
    reader.rejectUnknown(QStringLiteral("an input"));
    return input;
}

}  // namespace

std::optional<Runbook> RunbookLoader::load(const QByteArray& bytes, const QString& fileName,
                                           RunbookIssues* issues) {
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        issues->append(
            {fileName, QString(), QString(),
             QStringLiteral("is not valid JSON: %1 at %2")
                 .arg(parseError.errorString(), lineAndColumn(bytes, parseError.offset))});
        return std::nullopt;
    }
    if (!document.isObject()) {
        issues->append({fileName, QString(), QString(),
                        QStringLiteral("must hold one JSON object (a runbook)")});
        return std::nullopt;
    }
    return fromDefinition(document.object(), fileName, issues);
}

std::optional<Runbook> RunbookLoader::loadFile(const QString& path, RunbookIssues* issues) {
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        issues->append({name, QString(), QString(),
                        QStringLiteral("cannot be read: %1").arg(file.errorString())});
        return std::nullopt;
    }
    auto runbook = load(file.readAll(), name, issues);
    if (runbook) {
        runbook->sourceFile = path;
        runbook->builtIn = path.startsWith(u':');
    }
    return runbook;
}

std::optional<Runbook> RunbookLoader::fromDefinition(const QJsonObject& definition,
                                                     const QString& fileName,
                                                     RunbookIssues* issues) {
    const qsizetype before = issues->size();
    Reader top(issues, fileName, QString(), QString(), definition);
    Runbook runbook;
    runbook.definition = definition;
    top.accept(QStringLiteral("$schema"));  // for editors that validate against a schema
    if (const auto format = top.integer(QStringLiteral("format"), 1, 1000);
        format && *format != kFormatVersion) {
        top.issue(QStringLiteral("format"),
                  QStringLiteral("format %1 is newer than this console reads (%2)")
                      .arg(*format)
                      .arg(kFormatVersion));
    }
    runbook.id = top.string(QStringLiteral("id"), true);
    if (!runbook.id.isEmpty() && !isStepId(runbook.id)) {
        top.issue(QStringLiteral("id"),
                  QStringLiteral("\"%1\" is not a runbook id (lower-case letters, digits, - "
                                 "and _)")
                      .arg(runbook.id));
    }
    runbook.title = top.string(QStringLiteral("title"), true);
    runbook.description = top.string(QStringLiteral("description"), true);
    runbook.triggers = top.strings(QStringLiteral("triggers"));
    if (top.has(QStringLiteral("severity"))) {
        runbook.severity = top.string(QStringLiteral("severity"), true);
        static const QStringList severities = {QStringLiteral("critical"),
                                               QStringLiteral("warning"), QStringLiteral("info")};
        if (!runbook.severity.isEmpty() && !severities.contains(runbook.severity)) {
            top.issue(QStringLiteral("severity"),
                      QStringLiteral("\"%1\" is not one of %2")
                          .arg(runbook.severity, severities.join(u", ")));
        }
    }
    runbook.opensIncident = top.boolean(QStringLiteral("opens_incident"), true);
    runbook.postIncidentChecklist = top.strings(QStringLiteral("post_incident"));
    const QJsonArray inputs = top.array(QStringLiteral("inputs"), false);
    for (qsizetype index = 0; index < inputs.size(); ++index) {
        runbook.inputs.append(readInput(inputs.at(index), index, top));
    }
    const QJsonArray steps = top.array(QStringLiteral("steps"), true);
    if (steps.isEmpty() && top.has(QStringLiteral("steps"))) {
        top.issue(QStringLiteral("steps"), QStringLiteral("needs at least one step"));
    }
    for (qsizetype index = 0; index < steps.size(); ++index) {
        runbook.steps.append(readStep(steps.at(index), index, fileName, issues));
    }
    top.rejectUnknown(QStringLiteral("a runbook"));

    RunbookValidator::validate(runbook, fileName, issues);
    if (issues->size() > before) {
        return std::nullopt;
    }
    return runbook;
}

}  // namespace recops::console
