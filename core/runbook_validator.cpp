// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The semantic half of loading. The runbook is a graph: steps are nodes, and next,
// on_failure, decision cases and defaults are edges. Reachability and loop detection run
// on that graph; "is this variable defined here" asks whether some step that captures it
// can reach the step that reads it (a variable read before anything could have captured
// it is almost always a mistake in the order of steps).
#include "core/runbook_validator.h"

#include "core/runbook_expression.h"
#include "core/runbook_template.h"

#include <functional>

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace recops::console {

namespace {

class Validation {
public:
    Validation(const Runbook& runbook, QString file, RunbookIssues* issues)
        : m_runbook(runbook), m_file(std::move(file)), m_issues(issues) {}

    void run() {
        checkInputs();
        checkIds();
        buildGraph();
        checkReachability();
        checkLoops();
        for (int index = 0; index < m_runbook.steps.size(); ++index) {
            checkStep(index);
        }
    }

private:
    void issue(const QString& step, const QString& field, const QString& message) {
        m_issues->append({m_file, step, field, message});
    }
    const QList<RunbookStep>& steps() const { return m_runbook.steps; }

    void checkInputs() {
        QSet<QString> seen;
        for (qsizetype index = 0; index < m_runbook.inputs.size(); ++index) {
            const QString& name = m_runbook.inputs.at(index).name;
            const QString field = QStringLiteral("inputs[%1].name").arg(index);
            if (name.isEmpty()) {
                continue;
            }
            if (!RunbookTemplate::isVariableName(name)) {
                issue({}, field, QStringLiteral("\"%1\" is not a variable name").arg(name));
            } else if (RunbookVariables::builtInNames().contains(name)) {
                issue({}, field, QStringLiteral("\"%1\" is a built-in variable").arg(name));
            } else if (seen.contains(name)) {
                issue({}, field, QStringLiteral("the input \"%1\" is declared twice").arg(name));
            }
            seen.insert(name);
        }
    }

    void checkIds() {
        QHash<QString, int> seen;
        for (int index = 0; index < steps().size(); ++index) {
            const QString& id = steps().at(index).id;
            if (id.isEmpty()) {
                continue;
            }
            if (id == QLatin1StringView(Runbook::kEnd) ||
                id == QLatin1StringView(Runbook::kAbort)) {
                issue(id, QStringLiteral("id"),
                      QStringLiteral("\"%1\" is reserved for a target that ends the run").arg(id));
            } else if (seen.contains(id)) {
                issue(id, QStringLiteral("id"),
                      QStringLiteral("the id is used by steps[%1] and steps[%2]")
                          .arg(seen.value(id))
                          .arg(index));
            }
            seen.insert(id, index);
        }
    }

    // Resolves a target to a step index (or -1 for end/abort); reports unknown targets.
    void edge(int from, const QString& target, const QString& field) {
        if (target == QLatin1StringView(Runbook::kEnd) ||
            target == QLatin1StringView(Runbook::kAbort) || target.isEmpty()) {
            return;
        }
        const int to = m_runbook.indexOf(target);
        if (to < 0) {
            issue(steps().at(from).id, field,
                  QStringLiteral("\"%1\" is not a step of this runbook (nor end or abort)")
                      .arg(target));
            return;
        }
        m_edges[from].append(to);
    }

    void buildGraph() {
        m_edges.assign(static_cast<size_t>(steps().size()), {});
        for (int index = 0; index < steps().size(); ++index) {
            const RunbookStep& step = steps().at(index);
            if (step.kind == RunbookStepKind::Decision) {
                for (qsizetype at = 0; at < step.cases.size(); ++at) {
                    edge(index, step.cases.at(at).target, QStringLiteral("cases[%1].next").arg(at));
                }
                edge(index, step.defaultTarget, QStringLiteral("default"));
            } else {
                edge(index, step.next.isEmpty() ? m_runbook.successorOf(index) : step.next,
                     QStringLiteral("next"));
            }
            edge(index, step.onFailure, QStringLiteral("on_failure"));
        }
        // Who can reach whom: small graphs, so one search per step is plenty.
        m_reaches.assign(static_cast<size_t>(steps().size()), {});
        for (int start = 0; start < steps().size(); ++start) {
            QList<int> stack = m_edges[static_cast<size_t>(start)];
            QSet<int>& seen = m_reaches[static_cast<size_t>(start)];
            while (!stack.isEmpty()) {
                const int node = stack.takeLast();
                if (seen.contains(node)) {
                    continue;
                }
                seen.insert(node);
                stack.append(m_edges[static_cast<size_t>(node)]);
            }
        }
    }

    void checkReachability() {
        if (steps().isEmpty()) {
            return;
        }
        const QSet<int>& fromFirst = m_reaches[0];
        for (int index = 1; index < steps().size(); ++index) {
            if (!fromFirst.contains(index) && !steps().at(index).id.isEmpty()) {
                issue(steps().at(index).id, QString(),
                      QStringLiteral("no path from the first step reaches this step"));
            }
        }
    }

    static bool waits(const RunbookStep& step) {
        return step.kind == RunbookStepKind::WaitUntil || step.kind == RunbookStepKind::Manual ||
               step.kind == RunbookStepKind::Approval;
    }

    // Tarjan's strongly connected components over the steps that do not wait: any
    // component with a cycle would run round without anything making time pass.
    void checkLoops() {
        const int count = static_cast<int>(steps().size());
        QList<int> order(count, -1);
        QList<int> low(count, 0);
        QList<bool> onStack(count, false);
        QList<int> stack;
        int counter = 0;
        std::function<void(int)> visit = [&](int node) {
            order[node] = low[node] = counter++;
            stack.append(node);
            onStack[node] = true;
            for (int next : m_edges[static_cast<size_t>(node)]) {
                if (waits(steps().at(next))) {
                    continue;
                }
                if (order[next] < 0) {
                    visit(next);
                    low[node] = std::min(low[node], low[next]);
                } else if (onStack[next]) {
                    low[node] = std::min(low[node], order[next]);
                }
            }
            if (low[node] != order[node]) {
                return;
            }
            QList<int> component;
            int member = -1;
            do {
                member = stack.takeLast();
                onStack[member] = false;
                component.prepend(member);
            } while (member != node);
            const bool selfLoop = m_edges[static_cast<size_t>(node)].contains(node);
            if (component.size() > 1 || selfLoop) {
                QStringList names;
                for (int index : component) {
                    names.append(QStringLiteral("'%1'").arg(steps().at(index).id));
                }
                issue(steps().at(component.constFirst()).id, QString(),
                      QStringLiteral("steps %1 form a loop with no wait_until, manual or "
                                     "approval step in it: it would run round without pause")
                          .arg(names.join(QStringLiteral(" → "))));
            }
        };
        for (int node = 0; node < count; ++node) {
            if (order[node] < 0 && !waits(steps().at(node))) {
                visit(node);
            }
        }
    }

    // Whether @p name has a value at step @p index: an input, a built-in, or captured by a
    // step that can reach it (or, with @p ownCaptures, by the step itself).
    bool defined(const QString& name, int index, bool ownCaptures) const {
        if (m_runbook.input(name) || RunbookVariables::builtInNames().contains(name)) {
            return true;
        }
        for (int other = 0; other < steps().size(); ++other) {
            const bool before = m_reaches[static_cast<size_t>(other)].contains(index);
            if (!before && !(ownCaptures && other == index)) {
                continue;
            }
            for (const RunbookCapture& capture : steps().at(other).captures) {
                if (capture.variable == name) {
                    return true;
                }
            }
        }
        return false;
    }

    bool capturedAnywhere(const QString& name) const {
        for (const RunbookStep& step : steps()) {
            for (const RunbookCapture& capture : step.captures) {
                if (capture.variable == name) {
                    return true;
                }
            }
        }
        return false;
    }

    void checkNames(int index, const QStringList& names, const QString& field, bool ownCaptures) {
        QSet<QString> reported;
        for (const QString& name : names) {
            if (reported.contains(name) || defined(name, index, ownCaptures)) {
                continue;
            }
            reported.insert(name);
            issue(steps().at(index).id, field,
                  capturedAnywhere(name)
                      ? QStringLiteral("${%1} is read here before any step that captures it")
                            .arg(name)
                      : QStringLiteral("${%1} is not an input, a built-in or a captured "
                                       "variable")
                            .arg(name));
        }
    }

    void checkText(int index, const QString& text, const QString& field, bool ownCaptures = false) {
        QString error;
        const QStringList names = RunbookTemplate::variables(text, &error);
        if (!error.isEmpty()) {
            issue(steps().at(index).id, field, error);
        }
        checkNames(index, names, field, ownCaptures);
    }

    void checkDuration(int index, const QString& text, const QString& field) {
        checkText(index, text, field);
        for (const QString& name : RunbookTemplate::variables(text)) {
            const RunbookInput* input = m_runbook.input(name);
            if (input && input->type != RunbookInputType::Duration) {
                issue(steps().at(index).id, field,
                      QStringLiteral("${%1} is a %2 input, not a duration")
                          .arg(name, RunbookInput::typeName(input->type)));
            }
        }
    }

    void checkExpression(int index, const QString& text, const QString& field) {
        if (text.isEmpty()) {
            return;
        }
        const RunbookExpression expression = RunbookExpression::parse(text);
        if (!expression.isValid()) {
            issue(steps().at(index).id, field, expression.error());
            return;
        }
        checkNames(index, expression.variables(), field, true);
    }

    void checkCapture(int index, const RunbookCapture& capture) {
        const RunbookStep& step = steps().at(index);
        const QString field = QStringLiteral("capture.") + capture.variable;
        if (!RunbookTemplate::isVariableName(capture.variable)) {
            issue(step.id, field,
                  QStringLiteral("\"%1\" is not a variable name").arg(capture.variable));
        } else if (RunbookVariables::builtInNames().contains(capture.variable) ||
                   m_runbook.input(capture.variable)) {
            issue(step.id, field,
                  QStringLiteral("\"%1\" is already an input or a built-in variable")
                      .arg(capture.variable));
        }
        static const QStringList specials = {
            QStringLiteral("http_status"), QStringLiteral("latency_ms"),
            QStringLiteral("problem_type"), QStringLiteral("problem_detail"),
            QStringLiteral("error")};
        const bool text = step.request && step.request->textResponse;
        static const QRegularExpression metric(
            QStringLiteral("^metric:[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[^}]*\\})?$"));
        if (capture.source.startsWith(u'/') || capture.source == u"body") {
            if (text) {
                issue(step.id, field,
                      QStringLiteral("a text response has no JSON to point into; use metric:NAME"));
            }
        } else if (capture.source.startsWith(u"metric:")) {
            if (!metric.match(capture.source).hasMatch()) {
                issue(step.id, field,
                      QStringLiteral("\"%1\" is not metric:NAME or metric:NAME{label=\"value\"}")
                          .arg(capture.source));
            } else if (!text) {
                issue(
                    step.id, field,
                    QStringLiteral("metric: captures need \"response\": \"text\" in the request"));
            }
        } else if (!specials.contains(capture.source)) {
            issue(step.id, field,
                  QStringLiteral("\"%1\" is not a source: a JSON pointer (\"/a/b\"), body, "
                                 "%2 or metric:NAME")
                      .arg(capture.source, specials.join(u", ")));
        }
    }

    void checkStep(int index) {
        const RunbookStep& step = steps().at(index);
        if (step.request) {
            const RunbookRequest& request = *step.request;
            checkText(index, request.path, QStringLiteral("request.path"));
            for (auto it = request.query.cbegin(); it != request.query.cend(); ++it) {
                checkText(index, it.value(), QStringLiteral("request.query.") + it.key());
            }
            QString error;
            const QStringList bodyNames = RunbookTemplate::variables(request.body, &error);
            if (!error.isEmpty()) {
                issue(step.id, QStringLiteral("request.body"), error);
            }
            checkNames(index, bodyNames, QStringLiteral("request.body"), false);
            checkText(index, request.token, QStringLiteral("request.token"));
        }
        for (const RunbookCapture& capture : step.captures) {
            checkCapture(index, capture);
        }
        checkExpression(index, step.assertion, QStringLiteral("assert"));
        for (qsizetype at = 0; at < step.cases.size(); ++at) {
            checkExpression(index, step.cases.at(at).condition,
                            QStringLiteral("cases[%1].when").arg(at));
        }
        checkExpression(index, step.until, QStringLiteral("until"));
        if (step.kind == RunbookStepKind::WaitUntil && !step.until.isEmpty()) {
            const RunbookExpression until = RunbookExpression::parse(step.until);
            bool readsOwnCapture = false;
            for (const RunbookCapture& capture : step.captures) {
                readsOwnCapture = readsOwnCapture || until.variables().contains(capture.variable);
            }
            if (until.isValid() && !readsOwnCapture) {
                issue(step.id, QStringLiteral("until"),
                      QStringLiteral("reads no variable this step captures, so polling could "
                                     "never change it"));
            }
        }
        checkDuration(index, step.timeout, QStringLiteral("timeout"));
        checkDuration(index, step.interval, QStringLiteral("interval"));
        if (step.retry.count > 0) {
            checkDuration(index, step.retry.backoff, QStringLiteral("retries.backoff"));
        }
        checkText(index, step.title, QStringLiteral("title"));
        checkText(index, step.instructions, QStringLiteral("instructions"));
        checkText(index, step.command, QStringLiteral("command"));
        checkText(index, step.checkbox, QStringLiteral("checkbox"));
        checkText(index, step.prompt, QStringLiteral("prompt"));
        checkText(index, step.reason, QStringLiteral("reason"));
        checkText(index, step.text, QStringLiteral("text"));
        for (qsizetype at = 0; at < step.reveal.size(); ++at) {
            const QString& name = step.reveal.at(at);
            bool secret = false;
            for (const RunbookStep& other : steps()) {
                for (const RunbookCapture& capture : other.captures) {
                    secret = secret || (capture.variable == name && capture.secret);
                }
            }
            const QString field = QStringLiteral("reveal[%1]").arg(at);
            if (!secret) {
                issue(step.id, field,
                      QStringLiteral("\"%1\" is not a secret capture; only secrets need "
                                     "revealing, other values can be written as ${%1}")
                          .arg(name));
            } else {
                checkNames(index, {name}, field, false);
            }
        }
    }

    const Runbook& m_runbook;
    QString m_file;
    RunbookIssues* m_issues;
    std::vector<QList<int>> m_edges;
    std::vector<QSet<int>> m_reaches;
};

}  // namespace

void RunbookValidator::validate(const Runbook& runbook, const QString& fileName,
                                RunbookIssues* issues) {
    Validation(runbook, fileName, issues).run();
}

}  // namespace recops::console
