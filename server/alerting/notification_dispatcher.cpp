// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/notification_dispatcher.h"

#include "alerting/webhook_sender.h"
#include "common/logger.h"
#include "common/random.h"
#include "common/timestamp.h"
#include "store/notification_store.h"
#include "store/store_error.h"

#include <algorithm>

namespace recops::alerting {
namespace {

bool laterFirst(const auto& a, const auto& b) {
    return a.due > b.due;
}

std::chrono::system_clock::time_point now() {
    return std::chrono::system_clock::now();
}

}  // namespace

NotificationDispatcher::NotificationDispatcher(store::NotificationStore& store,
                                               WebhookSender& sender, RetryPolicy retryPolicy,
                                               std::size_t workers, common::Logger& logger)
    : m_store(store)
    , m_sender(sender)
    , m_retryPolicy(retryPolicy)
    , m_workerCount(std::max<std::size_t>(1, workers))
    , m_logger(logger) {}

NotificationDispatcher::~NotificationDispatcher() {
    stop();
}

void NotificationDispatcher::start() {
    for (store::NotificationRecord& record : m_store.listPending()) {
        const auto due = record.nextAttemptAtMs
                             ? common::fromUnixMilliseconds(*record.nextAttemptAtMs)
                             : common::fromUnixMilliseconds(record.createdAtMs);
        push(due, std::move(record));
    }
    for (std::size_t index = 0; index < m_workerCount; ++index) {
        m_workers.emplace_back([this](std::stop_token stop) { work(std::move(stop)); });
    }
}

void NotificationDispatcher::stop() {
    for (std::jthread& worker : m_workers) {
        worker.request_stop();
    }
    m_wake.notify_all();
    m_workers.clear();
}

void NotificationDispatcher::push(std::chrono::system_clock::time_point due,
                                  store::NotificationRecord record) {
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back({due, std::move(record)});
        std::push_heap(m_queue.begin(), m_queue.end(), laterFirst<Queued, Queued>);
    }
    m_wake.notify_one();
}

store::NotificationRecord NotificationDispatcher::enqueue(NotificationRequest request) {
    store::NotificationRecord record;
    record.id = common::secureRandomHex(8);
    record.alertId = std::move(request.alertId);
    record.contactId = std::move(request.contactId);
    record.event = std::string(notificationEventName(request.event));
    record.format = std::string(notificationFormatName(request.format));
    record.url = std::move(request.url);
    record.payload = std::move(request.payload);
    record.escalationStep = static_cast<std::int64_t>(request.escalationStep);
    record.state = "pending";
    const auto created = now();
    record.createdAtMs = common::toUnixMilliseconds(created);
    record.nextAttemptAtMs = record.createdAtMs;
    m_store.save(record);
    push(created, record);
    return record;
}

void NotificationDispatcher::work(std::stop_token stop) {
    while (!stop.stop_requested()) {
        std::unique_lock lock(m_mutex);
        if (m_queue.empty()) {
            m_wake.wait(lock, stop, [this] { return !m_queue.empty(); });
            continue;
        }
        const auto due = m_queue.front().due;
        if (due > now()) {
            // Woken early by a new, sooner notification or by stop; either way, look again.
            m_wake.wait_until(lock, stop, due, [this, due] {
                return !m_queue.empty() && m_queue.front().due < due;
            });
            continue;
        }
        std::pop_heap(m_queue.begin(), m_queue.end(), laterFirst<Queued, Queued>);
        store::NotificationRecord record = std::move(m_queue.back().record);
        m_queue.pop_back();
        lock.unlock();
        attempt(std::move(record));
    }
}

void NotificationDispatcher::attempt(store::NotificationRecord record) {
    const auto started = now();
    const WebhookResult result = m_sender.post(record.url, record.payload, m_retryPolicy.timeout);
    const auto number = static_cast<std::int64_t>(record.attempts.size()) + 1;
    std::optional<std::int64_t> status;
    if (result.httpStatus) {
        status = *result.httpStatus;
    }
    record.attempts.push_back({number, common::toUnixMilliseconds(started), result.duration.count(),
                               status, result.error});
    std::optional<std::chrono::system_clock::time_point> retryAt;
    if (result.delivered()) {
        record.state = "delivered";
        record.deliveredAtMs = common::toUnixMilliseconds(now());
        record.nextAttemptAtMs.reset();
    } else if (RetryPolicy::isRetryable(result) && number < m_retryPolicy.maxAttempts) {
        retryAt = now() + m_retryPolicy.backoffAfter(static_cast<int>(number));
        record.nextAttemptAtMs = common::toUnixMilliseconds(*retryAt);
    } else {
        record.state = "failed";
        record.nextAttemptAtMs.reset();
        m_logger.warning("notification failed", {{"notification_id", record.id},
                                                 {"alert_id", record.alertId},
                                                 {"contact_id", record.contactId},
                                                 {"attempts", std::to_string(number)},
                                                 {"error", result.error}});
    }
    try {
        m_store.save(record);
    } catch (const store::StoreError& error) {
        m_logger.error("cannot write the notification log",
                       {{"notification_id", record.id}, {"error", error.what()}});
    }
    if (retryAt) {
        push(*retryAt, std::move(record));
    }
}

}  // namespace recops::alerting
