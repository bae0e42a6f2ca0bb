// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/notification_format.h"
#include "alerting/retry_policy.h"
#include "store/notification_record.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>
#include <vector>

namespace recops::common {
class Logger;
}
namespace recops::store {
class NotificationStore;
}

namespace recops::alerting {

class WebhookSender;

/// A notification to send: the body is built already, in the receiver's format.
struct NotificationRequest {
    std::string alertId;
    std::string contactId;
    NotificationEvent event = NotificationEvent::Firing;
    NotificationFormat format = NotificationFormat::Slack;
    std::string url;
    std::string payload;
    std::size_t escalationStep = 0;
};

/**
 * Sends notifications on threads of its own, never on request or evaluation threads: each
 * is first written to the delivery log as pending, then posted, retried with exponential
 * backoff while the failure may pass (see RetryPolicy), and logged with every attempt until
 * it is delivered or failed. Notifications still pending when the server stops are taken up
 * again at the next start.
 *
 * Attempts due at the same time run on up to `workers` threads at once, so one receiver that
 * hangs until its timeout does not hold back the others.
 */
class NotificationDispatcher {
public:
    NotificationDispatcher(store::NotificationStore& store, WebhookSender& sender,
                           RetryPolicy retryPolicy, std::size_t workers, common::Logger& logger);
    ~NotificationDispatcher();
    NotificationDispatcher(const NotificationDispatcher&) = delete;
    NotificationDispatcher& operator=(const NotificationDispatcher&) = delete;

    /// Takes up the pending notifications of the store and starts the threads.
    void start();
    /// Lets attempts in flight finish (each bounded by the timeout) and stops the threads;
    /// queued notifications stay pending in the store.
    void stop();

    /// Logs @p request as pending and queues it; returns the log entry.
    store::NotificationRecord enqueue(NotificationRequest request);

    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }

private:
    struct Queued {
        std::chrono::system_clock::time_point due;
        store::NotificationRecord record;
    };

    void work(std::stop_token stop);
    void attempt(store::NotificationRecord record);
    void push(std::chrono::system_clock::time_point due, store::NotificationRecord record);

    store::NotificationStore& m_store;
    WebhookSender& m_sender;
    RetryPolicy m_retryPolicy;
    std::size_t m_workerCount;
    common::Logger& m_logger;

    std::mutex m_mutex;
    std::condition_variable_any m_wake;
    /// A min-heap on due time.
    std::vector<Queued> m_queue;
    std::vector<std::jthread> m_workers;
};

}  // namespace recops::alerting
