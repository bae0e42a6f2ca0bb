// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/retention_policy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::backup {
namespace {

using namespace std::chrono_literals;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

const auto kNow = std::chrono::system_clock::time_point(1'000'000h);

RetainedBackup succeeded(const std::string& id, std::chrono::hours age) {
    return RetainedBackup{id, kNow - age, true};
}

RetainedBackup failed(const std::string& id, std::chrono::hours age) {
    return RetainedBackup{id, kNow - age, false};
}

TEST(RetentionPolicyTest, KeepsTheNewestByCount) {
    const auto expired = selectExpired(
        {succeeded("a", 1h), succeeded("b", 2h), succeeded("c", 3h), succeeded("d", 4h)}, kNow,
        RetentionPolicy{2, 0h});
    EXPECT_THAT(expired, UnorderedElementsAre("c", "d"));
}

TEST(RetentionPolicyTest, RemovesWhatIsTooOld) {
    const auto expired =
        selectExpired({succeeded("a", 1h), succeeded("b", 25h), succeeded("c", 49h)}, kNow,
                      RetentionPolicy{0, 24h});
    EXPECT_THAT(expired, UnorderedElementsAre("b", "c"));
}

TEST(RetentionPolicyTest, NeverRemovesTheNewestSuccessfulBackup) {
    // Every backup is past the age limit and the count limit is one: the newest stays anyway.
    const auto expired = selectExpired({succeeded("old", 100h), succeeded("older", 200h)}, kNow,
                                       RetentionPolicy{1, 24h});
    EXPECT_THAT(expired, UnorderedElementsAre("older"));
}

TEST(RetentionPolicyTest, CountsFailedRecordsApart) {
    // Three failures after the last success do not push the successful backups out.
    const auto expired = selectExpired({failed("f1", 1h), failed("f2", 2h), failed("f3", 3h),
                                        succeeded("s1", 4h), succeeded("s2", 5h)},
                                       kNow, RetentionPolicy{2, 0h});
    EXPECT_THAT(expired, UnorderedElementsAre("f3"));
}

TEST(RetentionPolicyTest, ZeroLimitsKeepEverything) {
    EXPECT_THAT(selectExpired({succeeded("a", 1h), failed("b", 10'000h), succeeded("c", 9'000h)},
                              kNow, RetentionPolicy{0, 0h}),
                IsEmpty());
}

TEST(RetentionPolicyTest, TheOrderGivenDoesNotMatter) {
    const auto expired = selectExpired({succeeded("c", 3h), succeeded("a", 1h), succeeded("b", 2h)},
                                       kNow, RetentionPolicy{1, 0h});
    EXPECT_THAT(expired, UnorderedElementsAre("b", "c"));
}

}  // namespace
}  // namespace recops::backup
