// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// The request path of GET /api/v1/recommend, kept apart from HTTP: cache, history, model and
// the response body. Buffers are per thread and reused, so after a thread's first requests a
// request allocates little more than the body it returns.
#include "service/recommendation_service.h"

#include "cache/recommendation_cache.h"
#include "common/json_string.h"
#include "metrics/registry.h"
#include "models/drift_monitor.h"
#include "models/live_model.h"
#include "service/monitoring_plane.h"
#include "store/event_store.h"

#include <algorithm>
#include <charconv>

namespace recops::service {
namespace {

struct RequestScratch {
    store::UserHistory history;
    std::vector<engine::HistoryEvent> events;
    std::string cacheKey;
    std::vector<std::string_view> sortedExclude;
};

RequestScratch& scratch() {
    thread_local RequestScratch buffers;
    return buffers;
}

void appendNumber(std::string& out, float value) {
    char buffer[32];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, error == std::errc{} ? end : buffer);
}

void appendInteger(std::string& out, std::size_t value) {
    char buffer[24];
    const auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, error == std::errc{} ? end : buffer);
}

void appendExplanation(std::string& out, const engine::Recommendation& item) {
    out += ",\"sources\":[";
    bool first = true;
    for (std::size_t position = 0; position < engine::kCandidateSourceCount; ++position) {
        if ((item.sources >> position) & 1U) {
            out += first ? "\"" : ",\"";
            out += engine::candidateSourceName(engine::candidateSourceAt(position));
            out += '"';
            first = false;
        }
    }
    const auto& components = item.components;
    out += "],\"components\":{\"model\":";
    appendNumber(out, components.model);
    out += ",\"popularity\":";
    appendNumber(out, components.popularity);
    out += ",\"freshness\":";
    appendNumber(out, components.freshness);
    out += ",\"affinity\":";
    appendNumber(out, components.categoryAffinity);
    out += ",\"relevance\":";
    appendNumber(out, components.relevance);
    out += ",\"diversity_penalty\":";
    appendNumber(out, components.diversityPenalty);
    out += '}';
}

void appendItems(std::string& out, std::span<const engine::Recommendation> items, bool explain) {
    out += "\"items\":[";
    for (std::size_t index = 0; index < items.size(); ++index) {
        out += index == 0 ? "{\"item_id\":" : ",{\"item_id\":";
        common::appendJsonString(out, items[index].itemId);
        out += ",\"score\":";
        appendNumber(out, items[index].score);
        if (explain) {
            appendExplanation(out, items[index]);
        }
        out += '}';
    }
    out += ']';
}

/// Everything besides the user that the answer depends on, so that two requests with the
/// same key may share a cached body.
void buildCacheKey(const RecommendQuery& query, std::string_view modelTag, RequestScratch& s) {
    std::string& key = s.cacheKey;
    key.assign(modelTag);
    key += "|k=";
    appendInteger(key, query.count);
    key += query.explain ? "|e" : "|-";
    key += query.excludeSeen ? "|s" : "|-";
    s.sortedExclude.assign(query.exclude.begin(), query.exclude.end());
    std::sort(s.sortedExclude.begin(), s.sortedExclude.end());
    for (const std::string_view item : s.sortedExclude) {
        key += "|x=";
        key += item;
    }
}

}  // namespace

RecommendationService::RecommendationService(models::LiveModel& liveModel,
                                             store::EventStore& events,
                                             cache::RecommendationCache* cache,
                                             models::DriftMonitor& drift,
                                             MonitoringPlane& monitoring,
                                             metrics::Registry& metrics, Settings settings)
    : m_liveModel(liveModel)
    , m_events(events)
    , m_cache(cache)
    , m_drift(drift)
    , m_monitoring(monitoring)
    , m_settings(settings)
    , m_fallbacks(metrics.counter(
          "recommend_fallback_total",
          "Recommendations answered by the popularity model: users without usable history.")) {
    auto& candidates = metrics.counterFamily(
        "recommend_candidates_total",
        "Candidates proposed per source before ranking (a candidate of several sources counts "
        "for each).",
        {"source"});
    for (std::size_t position = 0; position < engine::kCandidateSourceCount; ++position) {
        m_candidates[position] = &candidates.withLabels(
            {engine::candidateSourceName(engine::candidateSourceAt(position))});
    }
}

RecommendAnswer RecommendationService::recommend(const RecommendQuery& query) {
    RecommendAnswer answer;
    const models::ServingState& state = m_liveModel.state();
    if (!state.ready()) {
        answer.outcome = RecommendAnswer::Outcome::NoModel;
        return answer;
    }
    const auto [served, arm] = state.versionFor(query.userId);
    const models::LoadedVersion& version = *served;
    answer.modelTag = version.tag;
    answer.arm = arm;
    answer.rolloutActive = state.candidate != nullptr;
    RequestScratch& s = scratch();

    // A cache_down drill: the cache behaves as if its backend were gone, every lookup misses.
    const bool cached =
        m_cache != nullptr && !m_monitoring.faults().active(drills::FaultKind::CacheDown);
    if (cached) {
        buildCacheKey(query, version.tag, s);
        if (m_cache->find(query.userId, s.cacheKey, answer.body)) {
            if (query.observed) {
                m_monitoring.recordCacheLookup(monitoring::CacheOutcome::Hit);
            }
            return answer;
        }
    }
    if (m_cache != nullptr && query.observed) {
        m_monitoring.recordCacheLookup(monitoring::CacheOutcome::Miss);
    }

    m_monitoring.delayStoreOperation();
    m_events.readUserHistory(query.userId, m_settings.historyLimit, s.history);
    s.events.clear();
    for (const store::HistoryEntry& entry : s.history.entries()) {
        s.events.push_back(
            engine::HistoryEvent{entry.itemId, entry.type, entry.value, entry.occurredAtMs / 1000});
    }
    engine::RecommendationRequest request;
    request.history = s.events;
    request.count = query.count;
    request.exclude = query.exclude;
    request.excludeSeen = query.excludeSeen;
    request.explain = query.explain;
    const engine::RecommendationResult result = version.model->recommend(request);
    if (result.fallback) {
        m_fallbacks.increment();
    }
    if (arm == models::RolloutArm::Production && query.observed) {
        // The drift baseline is Production's training window.
        m_drift.observeRequest(s.history.size(), result.items);
    }
    for (std::size_t position = 0; query.observed && position < engine::kCandidateSourceCount;
         ++position) {
        if (result.candidatesBySource[position] > 0) {
            m_candidates[position]->increment(result.candidatesBySource[position]);
        }
    }

    std::string& body = answer.body;
    body.reserve(64 + result.items.size() * (query.explain ? 220 : 48));
    body += "{\"user_id\":";
    common::appendJsonString(body, query.userId);
    body += ",\"model_version\":";
    common::appendJsonString(body, version.tag);
    body += result.fallback ? ",\"fallback\":true," : ",\"fallback\":false,";
    appendItems(body, result.items, query.explain);
    body += '}';
    if (cached) {
        m_cache->store(query.userId, s.cacheKey, body);
    }
    return answer;
}

RecommendAnswer RecommendationService::similarItems(std::string_view itemId, std::size_t count) {
    RecommendAnswer answer;
    const models::ServingState& state = m_liveModel.state();
    if (!state.ready()) {
        answer.outcome = RecommendAnswer::Outcome::NoModel;
        return answer;
    }
    const models::LoadedVersion& version = *state.production;
    answer.modelTag = version.tag;
    const auto similar = version.model->similarItems(itemId, count);
    if (!similar) {
        answer.outcome = RecommendAnswer::Outcome::UnknownItem;
        return answer;
    }
    std::string& body = answer.body;
    body += "{\"item_id\":";
    common::appendJsonString(body, itemId);
    body += ",\"model_version\":";
    common::appendJsonString(body, version.tag);
    body += ',';
    appendItems(body, *similar, false);
    body += '}';
    return answer;
}

void RecommendationService::invalidateUsers(std::span<const std::string_view> userIds) {
    if (m_cache == nullptr) {
        return;
    }
    for (const std::string_view user : userIds) {
        m_cache->invalidateUser(user);
    }
}

void RecommendationService::invalidateAll() {
    if (m_cache != nullptr) {
        m_cache->invalidateAll();
    }
}

std::size_t RecommendationService::warm(std::span<const std::string> userIds) {
    const models::ServingState& state = m_liveModel.state();
    if (m_cache == nullptr || !state.ready()) {
        return 0;
    }
    std::size_t computed = 0;
    std::string cached;
    for (const std::string& user : userIds) {
        RecommendQuery query;
        query.userId = user;
        query.observed = false;
        RequestScratch& s = scratch();
        buildCacheKey(query, state.versionFor(user).first->tag, s);
        if (m_cache->find(user, s.cacheKey, cached)) {
            continue;
        }
        recommend(query);
        ++computed;
    }
    return computed;
}

}  // namespace recops::service
