// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "alerting/curl_webhook_sender.h"

#include "common/version.h"

#include <memory>
#include <mutex>

#include <curl/curl.h>

namespace recops::alerting {
namespace {

std::size_t discard(char*, std::size_t size, std::size_t count, void*) {
    return size * count;
}

struct EasyDeleter {
    void operator()(CURL* handle) const { curl_easy_cleanup(handle); }
};
struct ListDeleter {
    void operator()(curl_slist* list) const { curl_slist_free_all(list); }
};

}  // namespace

CurlWebhookSender::CurlWebhookSender() {
    static std::once_flag initialised;
    std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

WebhookResult CurlWebhookSender::post(const std::string& url, const std::string& jsonBody,
                                      std::chrono::milliseconds timeout) {
    const auto started = std::chrono::steady_clock::now();
    WebhookResult result;
    const std::unique_ptr<CURL, EasyDeleter> handle(curl_easy_init());
    if (!handle) {
        result.error = "libcurl could not create a handle";
        return result;
    }
    std::unique_ptr<curl_slist, ListDeleter> headers(
        curl_slist_append(nullptr, "Content-Type: application/json"));
    headers.reset(curl_slist_append(headers.release(), "Accept: application/json"));
    const std::string userAgent = std::string("recopsd/") + common::kVersion;
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL* curl = handle.get();
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeout.count()));
    curl_easy_setopt(curl, CURLOPT_HTTPHEADER, headers.get());
    curl_easy_setopt(curl, CURLOPT_USERAGENT, userAgent.c_str());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDS, jsonBody.data());
    curl_easy_setopt(curl, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(jsonBody.size()));
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, discard);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);

    const CURLcode code = curl_easy_perform(curl);
    result.duration = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now() - started);
    if (code != CURLE_OK) {
        result.error = errorBuffer[0] != '\0' ? std::string(errorBuffer)
                                              : std::string(curl_easy_strerror(code));
        return result;
    }
    long status = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &status);
    result.httpStatus = status;
    if (!result.delivered()) {
        result.error = "HTTP " + std::to_string(status);
    }
    return result;
}

}  // namespace recops::alerting
