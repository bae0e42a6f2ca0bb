// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/access_token.h"

#include "common/digest.h"
#include "common/hex.h"

#include <gtest/gtest.h>

namespace recops::common {
namespace {

TEST(AccessTokenTest, GeneratedTokensHaveTheDocumentedFormAndDiffer) {
    const std::string first = AccessToken::generate();
    const std::string second = AccessToken::generate();
    EXPECT_EQ(first.size(), AccessToken::kLength);
    EXPECT_TRUE(first.starts_with("rcp_"));
    EXPECT_EQ(first[4 + 16], '_');
    ASSERT_TRUE(AccessToken::parse(first));
    EXPECT_NE(first, second);
    EXPECT_NE(AccessToken::parse(first)->id(), AccessToken::parse(second)->id());
}

TEST(AccessTokenTest, ParseSplitsIdFromSecret) {
    const std::string text = "rcp_0123456789abcdef_" + std::string(64, 'a');
    const auto token = AccessToken::parse(text);
    ASSERT_TRUE(token);
    EXPECT_EQ(token->id(), "0123456789abcdef");
    EXPECT_EQ(token->text(), text);
}

TEST(AccessTokenTest, ParseRejectsAnythingButTheExactForm) {
    const std::string secret(64, 'a');
    EXPECT_FALSE(AccessToken::parse(""));
    EXPECT_FALSE(AccessToken::parse("rcp_0123456789abcdef_" + secret.substr(1)));  // short
    EXPECT_FALSE(AccessToken::parse("rcp_0123456789abcdef_" + secret + "a"));      // long
    EXPECT_FALSE(AccessToken::parse("xyz_0123456789abcdef_" + secret));            // prefix
    EXPECT_FALSE(AccessToken::parse("rcp_0123456789ABCDEF_" + secret));            // upper case
    EXPECT_FALSE(AccessToken::parse("rcp_0123456789abcdeg_" + secret));            // not hex
    EXPECT_FALSE(AccessToken::parse("rcp_0123456789abcdef-" + secret));            // separator
    EXPECT_FALSE(AccessToken::parse("rcp_0123456789abcdef_" + std::string(63, 'a') + "z"));
}

TEST(AccessTokenTest, DigestIsSha256OfTheWholeToken) {
    const std::string text = "rcp_0123456789abcdef_" + std::string(64, '0');
    const auto token = AccessToken::parse(text);
    ASSERT_TRUE(token);
    EXPECT_EQ(token->digest(), sha256(text));
    // A known vector, so that the digest is SHA-256 and not merely some stable function.
    EXPECT_EQ(toHex(sha256("abc")),
              "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(AccessTokenTest, ConstantTimeComparisonComparesBytesAndLengths) {
    const Sha256Digest a = sha256("a");
    Sha256Digest b = a;
    EXPECT_TRUE(equalInConstantTime(a, b));
    b[31] ^= 1;
    EXPECT_FALSE(equalInConstantTime(a, b));
    EXPECT_FALSE(equalInConstantTime(std::span(a).first(31), a));
}

TEST(AccessTokenTest, IdsAreSixteenLowercaseHexDigits) {
    EXPECT_TRUE(AccessToken::isWellFormedId("0123456789abcdef"));
    EXPECT_FALSE(AccessToken::isWellFormedId("0123456789abcde"));
    EXPECT_FALSE(AccessToken::isWellFormedId("0123456789ABCDEF"));
}

}  // namespace
}  // namespace recops::common
