// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "store/json_columns.h"

#include "store/store_error.h"

#include <nlohmann/json.hpp>

namespace recops::store::json_columns {
namespace {

nlohmann::json parse(std::string_view text, std::string_view what) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception&) {
        throw StoreError(std::string(what) + " is damaged in the database");
    }
}

std::string dump(const nlohmann::json& value) {
    return value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

std::string fromLabels(const std::map<std::string, std::string>& labels) {
    return dump(nlohmann::json(labels));
}

std::map<std::string, std::string> toLabels(std::string_view text, std::string_view what) {
    try {
        return parse(text, what).get<std::map<std::string, std::string>>();
    } catch (const nlohmann::json::exception&) {
        throw StoreError(std::string(what) + " is damaged in the database");
    }
}

std::string fromStrings(const std::vector<std::string>& strings) {
    return dump(nlohmann::json(strings));
}

std::vector<std::string> toStrings(std::string_view text, std::string_view what) {
    try {
        return parse(text, what).get<std::vector<std::string>>();
    } catch (const nlohmann::json::exception&) {
        throw StoreError(std::string(what) + " is damaged in the database");
    }
}

std::string fromMatchers(const std::vector<MatcherRecord>& matchers) {
    nlohmann::json array = nlohmann::json::array();
    for (const MatcherRecord& matcher : matchers) {
        array.push_back({{"name", matcher.name}, {"op", matcher.op}, {"value", matcher.value}});
    }
    return dump(array);
}

std::vector<MatcherRecord> toMatchers(std::string_view text, std::string_view what) {
    std::vector<MatcherRecord> matchers;
    try {
        for (const nlohmann::json& item : parse(text, what)) {
            matchers.push_back({item.at("name").get<std::string>(),
                                item.at("op").get<std::string>(),
                                item.at("value").get<std::string>()});
        }
    } catch (const nlohmann::json::exception&) {
        throw StoreError(std::string(what) + " is damaged in the database");
    }
    return matchers;
}

}  // namespace recops::store::json_columns
