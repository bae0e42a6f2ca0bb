// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Answers in the shapes docs/openapi.yaml gives, for on_call_tables_test. Kept apart from
// the test's source because moc (Qt 6.4) loses its way in raw string literals.
#pragma once

namespace {

/// The shape GET /api/v1/slo answers (docs/openapi.yaml, SloReport).
constexpr char kSlo[] = R"({"evaluated_at":"2026-03-01T12:00:00.000Z","slos":[
 {"name":"availability","description":"99.9 % over 30d","kind":"availability","objective":0.999,
  "window_s":2592000,"requests":1000,"sli":0.9995,"good_ratio":0.9995,
  "error_budget_remaining":0.5,"met":true,"burn_rates":[
   {"windows":"1h/5m","long_window_s":3600,"short_window_s":300,"long":0.4,"short":0.2},
   {"windows":"6h/30m","long_window_s":21600,"short_window_s":1800,"long":0.3,"short":null},
   {"windows":"3d/6h","long_window_s":259200,"short_window_s":21600,"long":null,"short":null}]},
 {"name":"latency_p95","description":"P95 <= 100 ms over 5m","kind":"latency","objective":0.95,
  "window_s":300,"requests":1000,"sli":0.142,"good_ratio":0.9,"error_budget_remaining":-1.0,
  "met":false,"latency_threshold_ms":100,"percentile":95,"burn_rates":[
   {"windows":"1h/5m","long_window_s":3600,"short_window_s":300,"long":20.5,"short":18}]},
 {"name":"error_rate","description":"5xx <= 1 % over 5m","kind":"error_rate","objective":0.99,
  "window_s":300,"requests":0,"sli":null,"good_ratio":null,"error_budget_remaining":null,
  "met":null,"burn_rates":[]}]})";

constexpr char kSloBreakingTheContract[] =
    R"({"evaluated_at":"2026-03-01T12:00:00Z","slos":[{"name":"x"}]})";

constexpr char kLatencySeries[] =
    R"({"series":"latency_p95","unit":"seconds","from":"2026-03-01T12:00:00Z",
                     "to":"2026-03-01T12:02:00Z","step_s":60,"resolution_s":60,"points":[
                     {"t":"2026-03-01T12:00:00Z","v":0.05},{"t":"2026-03-01T12:01:00Z","v":null},
                     {"t":"2026-03-01T12:02:00Z","v":0.07}]})";

constexpr char kContacts[] =
    R"({"contacts":[{"id":"alice","name":"Alice","role":"SRE","email":"a@x.org",
                     "phone":"+49 30 1","webhook":{"url":"https://hooks.slack.com",
                     "format":"slack","routing_key_set":false}},
                     {"id":"pd","name":"Pager","role":"","email":"","phone":"",
                     "webhook":{"url":"https://events.pagerduty.com","format":"pagerduty",
                     "routing_key_set":true}},
                     {"id":"bob","name":"Bob","role":"","email":"","phone":"","webhook":null}]})";

constexpr char kPolicies[] = R"({"escalation_policies":[{"id":"critical","name":"Critical alerts",
                     "matchers":[{"name":"severity","op":"=","value":"critical"}],
                     "levels":[{"contacts":["alice"],"delay_s":300},
                               {"contacts":["bob","pd"],"delay_s":0}],"repeat":2},
                     {"id":"rest","levels":[{"contacts":["bob"]}]}]})";

constexpr char kDryRun[] = R"({"policy_id":"critical","alert_id":"a1","matches":true,
                     "selected_policy_id":"critical","status":"escalating",
                     "firing_since":"2026-03-01T12:00:00Z","stops_when":"acknowledged",
                     "steps":[{"step":1,"cycle":1,"level":1,"after_s":0,
                               "at":"2026-03-01T12:00:00Z","state":"paged","contacts":[
                                {"id":"alice","name":"Alice","role":"SRE","email":"","phone":"",
                                 "channel":"slack"}]},
                              {"step":2,"cycle":1,"level":2,"after_s":300,"at":null,
                               "state":"upcoming","contacts":[{"id":"bob","name":"Bob",
                               "role":"","email":"","phone":"","channel":null}]}]})";

}  // namespace
