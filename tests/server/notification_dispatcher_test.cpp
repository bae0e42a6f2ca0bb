// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// Delivery with retries: exponential backoff while the failure may pass, none for a refusal,
// every attempt in the log, and pending notifications taken up again after a restart.
#include "alerting/notification_dispatcher.h"

#include "alerting/retry_policy.h"
#include "server/support/scripted_webhook_sender.h"
#include "service_fixture.h"

#include <gtest/gtest.h>

namespace recops::alerting {
namespace {

using std::chrono::milliseconds;

const RetryPolicy kQuickRetries{4, milliseconds(20), milliseconds(50), milliseconds(1000)};

NotificationRequest request(std::string url) {
    return {"a1b2c3d4e5f60718",
            "alice",
            NotificationEvent::Firing,
            NotificationFormat::Slack,
            std::move(url),
            "{\"text\":\"hello\"}",
            0};
}

class NotificationDispatcherTest : public service::ServiceFixture {
protected:
    /// Notifications need an alert to refer to.
    NotificationDispatcherTest() {
        store::AlertRecord alert;
        alert.id = "a1b2c3d4e5f60718";
        alert.rule = "X";
        alert.severity = "warning";
        alert.state = "firing";
        m_storage.alerts().save(alert, {});
    }

    /// The log entry of @p id once it is no longer pending (at most 10 s).
    store::NotificationRecord waitForOutcome(const std::string& id) {
        store::NotificationRecord found;
        EXPECT_TRUE(testing::waitUntil([&] {
            for (const auto& record : m_storage.notifications().list({})) {
                if (record.id == id && record.state != "pending") {
                    found = record;
                    return true;
                }
            }
            return false;
        }));
        return found;
    }

    testing::ScriptedWebhookSender m_sender;
};

TEST_F(NotificationDispatcherTest, RetriesA500WithGrowingWaitsUntilItIsDelivered) {
    m_sender.script("http://receiver", {500, 503, 200});
    NotificationDispatcher dispatcher(m_storage.notifications(), m_sender, kQuickRetries, 1,
                                      m_logger);
    dispatcher.start();
    const auto queued = dispatcher.enqueue(request("http://receiver"));
    EXPECT_EQ(queued.state, "pending");
    const auto record = waitForOutcome(queued.id);
    EXPECT_EQ(record.state, "delivered");
    ASSERT_EQ(record.attempts.size(), 3u);
    EXPECT_EQ(record.attempts[0].httpStatus, 500);
    EXPECT_EQ(record.attempts[0].error, "HTTP 500");
    EXPECT_EQ(record.attempts[1].httpStatus, 503);
    EXPECT_EQ(record.attempts[2].httpStatus, 200);
    EXPECT_EQ(record.attempts[2].error, "");
    // The waits were 20 ms, then 40 ms.
    EXPECT_GE(record.attempts[1].atMs - record.attempts[0].atMs, 20);
    EXPECT_GE(record.attempts[2].atMs - record.attempts[1].atMs, 40);
    EXPECT_TRUE(record.deliveredAtMs.has_value());
    EXPECT_EQ(m_sender.posts().at(0).body, "{\"text\":\"hello\"}");
}

TEST_F(NotificationDispatcherTest, ARefusalIsNotRetried) {
    m_sender.script("http://receiver", {400});
    NotificationDispatcher dispatcher(m_storage.notifications(), m_sender, kQuickRetries, 1,
                                      m_logger);
    dispatcher.start();
    const auto record = waitForOutcome(dispatcher.enqueue(request("http://receiver")).id);
    EXPECT_EQ(record.state, "failed");
    EXPECT_EQ(record.attempts.size(), 1u);
}

TEST_F(NotificationDispatcherTest, GivesUpAfterTheLastAttempt) {
    m_sender.script("http://down", {0, 0, 0, 0, 0});
    NotificationDispatcher dispatcher(m_storage.notifications(), m_sender, kQuickRetries, 2,
                                      m_logger);
    dispatcher.start();
    const auto record = waitForOutcome(dispatcher.enqueue(request("http://down")).id);
    EXPECT_EQ(record.state, "failed");
    ASSERT_EQ(record.attempts.size(), 4u);
    EXPECT_FALSE(record.attempts[3].httpStatus.has_value());
    EXPECT_EQ(record.attempts[3].error, "connection refused");
}

TEST_F(NotificationDispatcherTest, APendingNotificationIsTakenUpAgainAtTheNextStart) {
    std::string id;
    {
        // Never started: the notification is logged as pending and nothing sends it.
        NotificationDispatcher stopped(m_storage.notifications(), m_sender, kQuickRetries, 1,
                                       m_logger);
        id = stopped.enqueue(request("http://receiver")).id;
    }
    EXPECT_TRUE(m_sender.posts().empty());
    NotificationDispatcher restarted(m_storage.notifications(), m_sender, kQuickRetries, 1,
                                     m_logger);
    restarted.start();
    EXPECT_EQ(waitForOutcome(id).state, "delivered");
}

TEST(RetryPolicyTest, BackoffDoublesUpToTheMaximum) {
    const RetryPolicy policy{6, milliseconds(1000), milliseconds(5000), milliseconds(1000)};
    EXPECT_EQ(policy.backoffAfter(1), milliseconds(1000));
    EXPECT_EQ(policy.backoffAfter(2), milliseconds(2000));
    EXPECT_EQ(policy.backoffAfter(3), milliseconds(4000));
    EXPECT_EQ(policy.backoffAfter(4), milliseconds(5000));
    EXPECT_EQ(policy.backoffAfter(30), milliseconds(5000));
}

TEST(RetryPolicyTest, RetriesWhatMayPassOnly) {
    const auto withStatus = [](long status) {
        WebhookResult result;
        result.httpStatus = status;
        return result;
    };
    EXPECT_TRUE(RetryPolicy::isRetryable(WebhookResult{}));
    EXPECT_TRUE(RetryPolicy::isRetryable(withStatus(500)));
    EXPECT_TRUE(RetryPolicy::isRetryable(withStatus(503)));
    EXPECT_TRUE(RetryPolicy::isRetryable(withStatus(429)));
    EXPECT_TRUE(RetryPolicy::isRetryable(withStatus(408)));
    EXPECT_FALSE(RetryPolicy::isRetryable(withStatus(400)));
    EXPECT_FALSE(RetryPolicy::isRetryable(withStatus(404)));
    EXPECT_FALSE(RetryPolicy::isRetryable(withStatus(202)));
}

}  // namespace
}  // namespace recops::alerting
