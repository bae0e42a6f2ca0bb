// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "alerting/webhook_sender.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <vector>

namespace recops::testing {

/**
 * A WebhookSender for unit tests: records every post and answers from a script per URL
 * (statuses in order; 0 for "no response"), 200 once a URL's script is used up.
 */
class ScriptedWebhookSender final : public alerting::WebhookSender {
public:
    struct Post {
        std::string url;
        std::string body;
    };

    void script(const std::string& url, std::vector<long> statuses) {
        std::lock_guard lock(m_mutex);
        m_scripts[url] = std::deque<long>(statuses.begin(), statuses.end());
    }

    alerting::WebhookResult post(const std::string& url, const std::string& jsonBody,
                                 std::chrono::milliseconds) override {
        alerting::WebhookResult result;
        {
            std::lock_guard lock(m_mutex);
            m_posts.push_back({url, jsonBody});
            long status = 200;
            if (auto& queue = m_scripts[url]; !queue.empty()) {
                status = queue.front();
                queue.pop_front();
            }
            if (status == 0) {
                result.error = "connection refused";
            } else {
                result.httpStatus = status;
                if (!result.delivered()) {
                    result.error = "HTTP " + std::to_string(status);
                }
            }
        }
        m_posted.notify_all();
        return result;
    }

    /// Waits (at most 10 s) until @p count posts were made; the posts so far.
    std::vector<Post> waitForPosts(std::size_t count) {
        std::unique_lock lock(m_mutex);
        m_posted.wait_for(lock, std::chrono::seconds(10), [&] { return m_posts.size() >= count; });
        return m_posts;
    }

    std::vector<Post> posts() {
        std::lock_guard lock(m_mutex);
        return m_posts;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_posted;
    std::vector<Post> m_posts;
    std::map<std::string, std::deque<long>> m_scripts;
};

}  // namespace recops::testing
