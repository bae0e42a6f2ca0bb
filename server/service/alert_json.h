// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/alert.h"
#include "alerting/label_matcher.h"
#include "alerting/silence.h"
#include "service/json_reader.h"
#include "service/principal.h"

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

// Alerts, silences and label matchers as the API writes and reads them (docs/openapi.yaml).
namespace recops::service {

/// How @p caller appears in alert records: the token's name, or "token <id>" without one.
std::string actorName(const Principal& caller);

nlohmann::json timestampOrNull(const std::optional<alerting::TimePoint>& time);

/// @p silencedBy: the ids of the active silences that match it.
nlohmann::json alertToJson(const alerting::Alert& alert,
                           const std::vector<std::string>& silencedBy);

nlohmann::json matcherToJson(const alerting::LabelMatcher& matcher);
nlohmann::json silenceToJson(const alerting::Silence& silence, alerting::TimePoint now);

/// The matchers of array @p member of @p body ({"name", "op", "value"} each); throws
/// InvalidInput naming the matcher that is wrong.
std::vector<alerting::LabelMatcher> readMatchers(const JsonReader& body, std::string_view member,
                                                 bool required);

}  // namespace recops::service
