// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "config/setting_validators.h"

#include "common/access_token.h"
#include "common/cron_schedule.h"
#include "common/listen_address.h"
#include "common/resource_name.h"

namespace recops::config::validators {

std::optional<std::string> listenAddress(const SettingValue& value) {
    if (common::parseListenAddress(std::get<std::string>(value))) {
        return std::nullopt;
    }
    return "not a numeric IPv4 or [IPv6] address with a port";
}

std::optional<std::string> optionalAccessToken(const SettingValue& value) {
    const auto& text = std::get<std::string>(value);
    if (text.empty() || common::AccessToken::parse(text)) {
        return std::nullopt;
    }
    return "not a token of the form rcp_<16 hex digits>_<64 hex digits>";
}

std::optional<std::string> notEmpty(const SettingValue& value) {
    if (!std::get<std::string>(value).empty()) {
        return std::nullopt;
    }
    return "empty";
}

std::optional<std::string> optionalCronExpression(const SettingValue& value) {
    const auto& text = std::get<std::string>(value);
    if (text.empty()) {
        return std::nullopt;
    }
    try {
        // Parsing checks each field and refuses days no month has (February 30th); the
        // first run shows the expression matches within the years it looks ahead.
        common::CronSchedule::parse(text).nextAfter(std::chrono::system_clock::now());
        return std::nullopt;
    } catch (const std::exception& error) {
        return error.what();
    }
}

std::optional<std::string> modelName(const SettingValue& value) {
    if (common::isValidResourceName(std::get<std::string>(value))) {
        return std::nullopt;
    }
    return "not a model name";
}

}  // namespace recops::config::validators
