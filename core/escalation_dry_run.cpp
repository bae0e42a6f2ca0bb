// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "core/escalation_dry_run.h"

#include "core/json_reader.h"

namespace recops::console {

std::optional<EscalationDryRun> EscalationDryRun::fromJson(const QJsonDocument& document,
                                                           QString* error) {
    JsonReader reader = JsonReader::root(document);
    EscalationDryRun run;
    run.policyId = reader.string(u"policy_id");
    run.alertId = reader.string(u"alert_id");
    run.matches = reader.boolean(u"matches");
    run.selectedPolicyId = reader.optionalString(u"selected_policy_id");
    run.status = reader.string(u"status");
    run.firingSinceUtc = reader.optionalTimestamp(u"firing_since");
    run.stopsWhen = reader.string(u"stops_when");
    reader.forEachObject(u"steps", [&run](JsonReader& item) {
        DryRunStep step;
        step.step = static_cast<int>(item.integer(u"step"));
        step.cycle = static_cast<int>(item.integer(u"cycle"));
        step.level = static_cast<int>(item.integer(u"level"));
        step.afterSeconds = item.number(u"after_s");
        step.atUtc = item.optionalTimestamp(u"at");
        step.state = item.string(u"state");
        item.forEachObject(u"contacts", [&step](JsonReader& contactItem) {
            step.contacts.append(DryRunContact{
                contactItem.string(u"id"), contactItem.string(u"name"),
                contactItem.optionalString(u"role"), contactItem.optionalString(u"channel")});
        });
        run.steps.append(step);
    });
    return reader.finish(run, error);
}

}  // namespace recops::console
