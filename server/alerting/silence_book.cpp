// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/silence_book.h"

#include "common/random.h"
#include "common/timestamp.h"
#include "store/silence_store.h"
#include "store/store_error.h"

#include <stdexcept>

namespace recops::alerting {
namespace {

store::SilenceRecord toRecord(const Silence& silence) {
    store::SilenceRecord record;
    record.id = silence.id;
    for (const LabelMatcher& matcher : silence.matchers) {
        record.matchers.push_back(matcher.toRecord());
    }
    record.startsAtMs = common::toUnixMilliseconds(silence.startsAt);
    record.endsAtMs = common::toUnixMilliseconds(silence.endsAt);
    record.createdBy = silence.createdBy;
    record.comment = silence.comment;
    record.createdAtMs = common::toUnixMilliseconds(silence.createdAt);
    return record;
}

Silence fromRecord(const store::SilenceRecord& record) {
    Silence silence;
    silence.id = record.id;
    try {
        for (const store::MatcherRecord& matcher : record.matchers) {
            silence.matchers.push_back(LabelMatcher::fromRecord(matcher));
        }
    } catch (const std::invalid_argument& error) {
        throw store::StoreError("silence " + record.id +
                                " is damaged in the database: " + error.what());
    }
    silence.startsAt = common::fromUnixMilliseconds(record.startsAtMs);
    silence.endsAt = common::fromUnixMilliseconds(record.endsAtMs);
    silence.createdBy = record.createdBy;
    silence.comment = record.comment;
    silence.createdAt = common::fromUnixMilliseconds(record.createdAtMs);
    return silence;
}

}  // namespace

SilenceBook::SilenceBook(store::SilenceStore& store) : m_store(store) {
    for (const store::SilenceRecord& record : m_store.list()) {
        m_silences.push_back(fromRecord(record));
    }
}

Silence SilenceBook::create(std::vector<LabelMatcher> matchers, TimePoint startsAt,
                            TimePoint endsAt, std::string createdBy, std::string comment,
                            TimePoint now) {
    Silence silence{common::secureRandomHex(8), std::move(matchers), startsAt, endsAt,
                    std::move(createdBy),       std::move(comment),  now};
    std::lock_guard lock(m_mutex);
    m_store.save(toRecord(silence));
    m_silences.push_back(silence);
    return silence;
}

std::vector<Silence> SilenceBook::list() const {
    std::lock_guard lock(m_mutex);
    return m_silences;
}

std::optional<Silence> SilenceBook::find(std::string_view id) const {
    std::lock_guard lock(m_mutex);
    for (const Silence& silence : m_silences) {
        if (silence.id == id) {
            return silence;
        }
    }
    return std::nullopt;
}

ExpireOutcome SilenceBook::expire(std::string_view id, TimePoint now) {
    std::lock_guard lock(m_mutex);
    for (Silence& silence : m_silences) {
        if (silence.id != id) {
            continue;
        }
        if (silence.stateAt(now) == SilenceState::Expired) {
            return ExpireOutcome::AlreadyExpired;
        }
        Silence expired = silence;
        expired.endsAt = now;
        // A silence that had not started yet ends before it ever applied.
        expired.startsAt = std::min(expired.startsAt, now);
        m_store.save(toRecord(expired));
        silence = std::move(expired);
        return ExpireOutcome::Expired;
    }
    return ExpireOutcome::NotFound;
}

std::vector<std::string> SilenceBook::silencing(const monitoring::Labels& labels,
                                                TimePoint now) const {
    std::lock_guard lock(m_mutex);
    std::vector<std::string> ids;
    for (const Silence& silence : m_silences) {
        if (silence.silences(labels, now)) {
            ids.push_back(silence.id);
        }
    }
    return ids;
}

}  // namespace recops::alerting
