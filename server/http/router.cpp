// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "http/router.h"

#include <algorithm>
#include <stdexcept>

namespace recops::http {
namespace {

const Handler* findHandler(const std::vector<std::pair<Verb, Handler>>& handlers, Verb method) {
    for (const auto& [candidate, handler] : handlers) {
        if (candidate == method) {
            return &handler;
        }
    }
    return nullptr;
}

}  // namespace

void Router::add(Verb method, std::string_view pattern, Handler handler) {
    auto existing = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& entry) {
        return entry.routeTemplate.pattern() == pattern;
    });
    if (existing == m_entries.end()) {
        RouteTemplate routeTemplate(pattern);
        // Keep the most specific templates first: insert before the first one this beats.
        auto position = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& entry) {
            return routeTemplate.isMoreSpecificThan(entry.routeTemplate);
        });
        existing =
            m_entries.insert(position, Entry{std::move(routeTemplate), m_entries.size(), {}, {}});
    }
    if (findHandler(existing->handlers, method) != nullptr) {
        throw std::invalid_argument(
            "route added twice: " + std::string(beast_http::to_string(method)) + " " +
            std::string(pattern));
    }
    existing->handlers.emplace_back(method, std::move(handler));
    updateAllow(*existing);
}

void Router::updateAllow(Entry& entry) {
    std::vector<Verb> methods;
    for (const auto& [method, handler] : entry.handlers) {
        methods.push_back(method);
    }
    if (std::find(methods.begin(), methods.end(), Verb::get) != methods.end() &&
        std::find(methods.begin(), methods.end(), Verb::head) == methods.end()) {
        methods.push_back(Verb::head);
    }
    std::sort(methods.begin(), methods.end());
    entry.allow.clear();
    for (Verb method : methods) {
        entry.allow += entry.allow.empty() ? "" : ", ";
        entry.allow += beast_http::to_string(method);
    }
}

RouteResolution Router::resolve(Verb method, std::string_view path) const {
    RouteResolution resolution;
    for (const Entry& entry : m_entries) {
        if (!entry.routeTemplate.match(path, resolution.parameters)) {
            continue;
        }
        resolution.pattern = entry.routeTemplate.pattern();
        resolution.patternIndex = entry.index;
        resolution.handler = findHandler(entry.handlers, method);
        if (resolution.handler == nullptr && method == Verb::head) {
            resolution.handler = findHandler(entry.handlers, Verb::get);
        }
        if (resolution.handler != nullptr) {
            resolution.outcome = RouteOutcome::Found;
        } else {
            resolution.outcome = RouteOutcome::MethodNotAllowed;
            resolution.allow = entry.allow;
        }
        return resolution;
    }
    resolution.parameters.clear();
    return resolution;
}

std::vector<std::string> Router::patterns() const {
    std::vector<std::string> patterns(m_entries.size());
    for (const Entry& entry : m_entries) {
        patterns[entry.index] = entry.routeTemplate.pattern();
    }
    return patterns;
}

}  // namespace recops::http
