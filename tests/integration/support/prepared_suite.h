// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <memory>

#include <gtest/gtest.h>

namespace recops::testing {

/**
 * A fixture whose @p Prepared state (a dataset with trained versions, say) is built once for
 * the whole test suite, before its first test, and dropped after its last. Tests that change
 * it work on a copy (LifecycleDataDirectory::copyOf).
 */
template <typename Prepared>
class PreparedSuite : public ::testing::Test {
protected:
    static void SetUpTestSuite() { s_prepared = std::make_unique<Prepared>(); }
    static void TearDownTestSuite() { s_prepared.reset(); }

    static const Prepared& prepared() { return *s_prepared; }

private:
    static inline std::unique_ptr<Prepared> s_prepared;
};

}  // namespace recops::testing
