// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "integration/support/json_api.h"

#include <stdexcept>

namespace recops::testing {

HttpResponse JsonApi::send(const std::string& method, const std::string& target,
                           const std::string& body) const {
    HttpHeaders headers{bearer(m_token)};
    if (!body.empty()) {
        headers.emplace_back("Content-Type", "application/json");
    }
    return httpRequest(m_url, method, target, headers, body);
}

HttpResponse JsonApi::get(const std::string& target) const {
    return send("GET", target, {});
}

HttpResponse JsonApi::post(const std::string& target, const nlohmann::json& body) const {
    return send("POST", target, body.dump());
}

HttpResponse JsonApi::put(const std::string& target, const nlohmann::json& body) const {
    return send("PUT", target, body.dump());
}

HttpResponse JsonApi::remove(const std::string& target) const {
    return send("DELETE", target, {});
}

nlohmann::json JsonApi::getJson(const std::string& target) const {
    const HttpResponse response = get(target);
    if (response.status != 200) {
        throw std::runtime_error("GET " + target + " answered " + std::to_string(response.status) +
                                 ": " + response.body);
    }
    return response.json();
}

ApiTraffic::ApiTraffic(JsonApi api, std::string target) {
    m_thread = std::thread([this, api = std::move(api), target = std::move(target)] {
        while (!m_stop.load()) {
            api.get(target);
        }
    });
}

ApiTraffic::~ApiTraffic() {
    m_stop.store(true);
    m_thread.join();
}

}  // namespace recops::testing
