// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/token_service.h"

#include "common/access_token.h"

#include <chrono>
#include <stdexcept>

namespace recops::service {
namespace {

/// Ids are 64 random bits: a clash is all but impossible, but a second draw costs nothing.
constexpr int kIssueAttempts = 3;

store::TokenRecord recordFor(const common::AccessToken& token, store::Role role, std::string name) {
    return store::TokenRecord{
        std::string(token.id()),          std::move(name), role, token.digest(),
        std::chrono::system_clock::now(), std::nullopt};
}

}  // namespace

std::optional<std::string> TokenService::findNameProblem(std::string_view name) {
    if (name.size() > kMaxNameLength) {
        return "a token name has at most " + std::to_string(kMaxNameLength) + " bytes";
    }
    for (char c : name) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            return std::string("a token name cannot hold control characters");
        }
    }
    return std::nullopt;
}

IssuedToken TokenService::issue(store::Role role, std::string name) {
    if (const auto problem = findNameProblem(name)) {
        throw std::invalid_argument(*problem);
    }
    for (int attempt = 0; attempt < kIssueAttempts; ++attempt) {
        std::string text = common::AccessToken::generate();
        const auto token = common::AccessToken::parse(text);
        store::TokenRecord record = recordFor(*token, role, name);
        if (m_store.insert(record)) {
            return IssuedToken{std::move(text), std::move(record)};
        }
    }
    throw std::runtime_error("could not draw an unused token id");
}

store::RevokeOutcome TokenService::revoke(std::string_view id) {
    return m_store.revoke(id, std::chrono::system_clock::now());
}

void TokenService::ensureBootstrapAdmin(std::string_view text) {
    const auto token = common::AccessToken::parse(text);
    if (!token) {
        throw std::invalid_argument("the bootstrap admin token is not a token");
    }
    if (const auto existing = m_store.find(token->id())) {
        if (existing->digest != token->digest()) {
            throw std::runtime_error("auth.bootstrap_admin_token: token id " +
                                     std::string(token->id()) +
                                     " is already in the database with another secret");
        }
        return;
    }
    m_store.insert(recordFor(*token, store::Role::Admin, "bootstrap"));
}

}  // namespace recops::service
