// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "http/handler.h"
#include "http/route_template.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace recops::http {

/// What the router decided for a method and a path.
enum class RouteOutcome { Found, NotFound, MethodNotAllowed };

struct RouteResolution {
    RouteOutcome outcome = RouteOutcome::NotFound;
    /// Found: the handler to call. HEAD uses the GET handler when there is no HEAD one.
    const Handler* handler = nullptr;
    /// Found and MethodNotAllowed: the matching template's pattern (the metrics label).
    std::string_view pattern;
    /// Found and MethodNotAllowed: the template's index, as in patterns().
    std::size_t patternIndex = 0;
    /// MethodNotAllowed: the value of the Allow header.
    std::string_view allow;
    PathParameters parameters;
};

/**
 * Maps method + path to a handler through route templates.
 *
 * Routes are added at start, before serving; resolve() is then read-only and safe from every
 * thread at once. Where two templates match one path, the one with a literal segment earlier
 * wins ("/tokens/current" over "/tokens/{id}"), whatever the order they were added in.
 */
class Router {
public:
    /// Throws std::invalid_argument for a bad pattern or a method added twice to one pattern.
    void add(Verb method, std::string_view pattern, Handler handler);

    RouteResolution resolve(Verb method, std::string_view path) const;

    /// Every pattern, indexed by RouteResolution::patternIndex.
    std::vector<std::string> patterns() const;

private:
    struct Entry {
        RouteTemplate routeTemplate;
        std::size_t index = 0;
        std::vector<std::pair<Verb, Handler>> handlers;
        std::string allow;
    };

    static void updateAllow(Entry& entry);

    /// Most specific first.
    std::vector<Entry> m_entries;
};

}  // namespace recops::http
