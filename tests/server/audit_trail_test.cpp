// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "service/audit_trail.h"

#include "http/responses.h"
#include "service/authenticator.h"
#include "service/token_directory.h"
#include "service/token_service.h"
#include "service_fixture.h"

#include <stdexcept>

#include <gmock/gmock.h>

namespace recops::service {
namespace {

using ::testing::HasSubstr;

class AuditTrailTest : public ServiceFixture {
protected:
    http::Response call(const http::Handler& handler, const std::string& token) {
        http::Request request(http::Verb::post, "/api/v1/things", 11);
        if (!token.empty()) {
            request.set(http::Field::authorization, "Bearer " + token);
        }
        const http::PathParameters parameters;
        return handler(
            http::RequestContext{request, "/api/v1/things", "", parameters, "req-7", "remote"});
    }

    /// An operator route answering @p status; a 201 names the created thing as its target.
    http::Handler route(http::Status status) const {
        return m_audit.route(
            store::Role::Operator, "thing.create",
            [status](const http::RequestContext& context, const Principal&, AuditNote& note) {
                if (status == http::Status::created) {
                    note.target = "/api/v1/things/42";
                    return http::jsonResponse(status, {{"id", 42}});
                }
                return http::problemResponse(
                    context,
                    http::Problem{http::ProblemType::InvalidRequest, "name must be a string"});
            });
    }

    std::vector<store::AuditEntry> entries() { return m_storage.audit().query({}); }

    TokenService m_tokens{m_storage.tokens()};
    IssuedToken m_operator = m_tokens.issue(store::Role::Operator, "op");
    IssuedToken m_viewer = m_tokens.issue(store::Role::Viewer, "viewer");
    TokenDirectory m_directory{m_storage.tokens(), std::chrono::hours(1), m_logger};
    Authenticator m_authenticator{m_directory};
    AuditTrail m_audit{m_storage.audit(), m_authenticator, m_logger};
};

TEST_F(AuditTrailTest, RecordsASuccessWithWhoWhatTargetAndRequest) {
    EXPECT_EQ(call(route(http::Status::created), m_operator.token).result(), http::Status::created);
    const auto recorded = entries();
    ASSERT_EQ(recorded.size(), 1u);
    EXPECT_EQ(recorded[0].actorTokenId, m_operator.record.id);
    EXPECT_EQ(recorded[0].actorName, "op");
    EXPECT_EQ(recorded[0].actorRole, "operator");
    EXPECT_EQ(recorded[0].action, "thing.create");
    EXPECT_EQ(recorded[0].target, "/api/v1/things/42");
    EXPECT_EQ(recorded[0].outcome, store::AuditOutcome::Success);
    EXPECT_EQ(recorded[0].status, 201);
    EXPECT_EQ(recorded[0].requestId, "req-7");
    EXPECT_EQ(recorded[0].detail, "");
}

TEST_F(AuditTrailTest, RecordsBadInputAsRefusedWithTheProblemsDetail) {
    EXPECT_EQ(call(route(http::Status::bad_request), m_operator.token).result(),
              http::Status::bad_request);
    const auto recorded = entries();
    ASSERT_EQ(recorded.size(), 1u);
    EXPECT_EQ(recorded[0].outcome, store::AuditOutcome::Refused);
    EXPECT_EQ(recorded[0].status, 400);
    EXPECT_EQ(recorded[0].target, "/api/v1/things");
    EXPECT_EQ(recorded[0].detail, "name must be a string");
}

TEST_F(AuditTrailTest, RecordsARoleTooLowWithoutRunningTheHandler) {
    EXPECT_EQ(call(route(http::Status::created), m_viewer.token).result(), http::Status::forbidden);
    const auto recorded = entries();
    ASSERT_EQ(recorded.size(), 1u);
    EXPECT_EQ(recorded[0].actorName, "viewer");
    EXPECT_EQ(recorded[0].outcome, store::AuditOutcome::Refused);
    EXPECT_EQ(recorded[0].status, 403);
    // The handler did not run: the target stays the request path.
    EXPECT_EQ(recorded[0].target, "/api/v1/things");
    EXPECT_THAT(recorded[0].detail, HasSubstr("needs the operator role"));
}

TEST_F(AuditTrailTest, DoesNotRecordCallsWithoutCredentials) {
    EXPECT_EQ(call(route(http::Status::created), "").result(), http::Status::unauthorized);
    EXPECT_EQ(call(route(http::Status::created), "rcp_nonsense").result(),
              http::Status::unauthorized);
    EXPECT_TRUE(entries().empty());
}

TEST_F(AuditTrailTest, RecordsAFailureAndLetsTheExceptionThrough) {
    const http::Handler failing = m_audit.route(
        store::Role::Operator, "thing.create",
        [](const http::RequestContext&, const Principal&, AuditNote&) -> http::Response {
            throw std::runtime_error("disk on fire");
        });
    EXPECT_THROW(call(failing, m_operator.token), std::runtime_error);
    const auto recorded = entries();
    ASSERT_EQ(recorded.size(), 1u);
    EXPECT_EQ(recorded[0].outcome, store::AuditOutcome::Failed);
    EXPECT_EQ(recorded[0].status, 500);
    // The cause goes to the application log, not into the audit log.
    EXPECT_THAT(recorded[0].detail, HasSubstr("request id req-7"));
    EXPECT_THAT(recorded[0].detail, ::testing::Not(HasSubstr("disk on fire")));
}

TEST_F(AuditTrailTest, OutcomesFollowTheStatus) {
    EXPECT_EQ(auditOutcomeOf(200), store::AuditOutcome::Success);
    EXPECT_EQ(auditOutcomeOf(204), store::AuditOutcome::Success);
    EXPECT_EQ(auditOutcomeOf(409), store::AuditOutcome::Refused);
    EXPECT_EQ(auditOutcomeOf(503), store::AuditOutcome::Failed);
}

}  // namespace
}  // namespace recops::service
