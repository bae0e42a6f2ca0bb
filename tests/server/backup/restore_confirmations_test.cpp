// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "backup/restore_confirmations.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::backup {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;
using ::testing::Optional;

const auto kNow = std::chrono::system_clock::time_point(1'000'000h);

TEST(RestoreConfirmationsTest, AConfirmationWorksOnceForItsBackupAndCaller) {
    RestoreConfirmations confirmations;
    const IssuedConfirmation issued = confirmations.issue("backup-1", "caller-1", kNow);
    EXPECT_TRUE(issued.token.starts_with("rst_"));
    EXPECT_EQ(issued.expiresAt, kNow + RestoreConfirmations::kLifetime);
    EXPECT_EQ(confirmations.consume(issued.token, "backup-1", "caller-1", kNow + 1min),
              std::nullopt);
    EXPECT_THAT(confirmations.consume(issued.token, "backup-1", "caller-1", kNow + 1min),
                Optional(HasSubstr("unknown or was used already")));
}

TEST(RestoreConfirmationsTest, RefusesAnotherBackupCallerOrAnExpiredOne) {
    RestoreConfirmations confirmations;
    const auto forOther = confirmations.issue("backup-1", "caller-1", kNow);
    EXPECT_THAT(confirmations.consume(forOther.token, "backup-2", "caller-1", kNow),
                Optional(HasSubstr("issued for backup backup-1")));
    const auto byOther = confirmations.issue("backup-1", "caller-1", kNow);
    EXPECT_THAT(confirmations.consume(byOther.token, "backup-1", "caller-2", kNow),
                Optional(HasSubstr("another token")));
    const auto expired = confirmations.issue("backup-1", "caller-1", kNow);
    EXPECT_THAT(confirmations.consume(expired.token, "backup-1", "caller-1", kNow + 6min),
                Optional(HasSubstr("expired")));
    EXPECT_THAT(confirmations.consume("rst_made_up", "backup-1", "caller-1", kNow),
                Optional(HasSubstr("unknown")));
}

TEST(RestoreConfirmationsTest, EveryConfirmationIsDifferent) {
    RestoreConfirmations confirmations;
    EXPECT_NE(confirmations.issue("b", "c", kNow).token, confirmations.issue("b", "c", kNow).token);
}

}  // namespace
}  // namespace recops::backup
