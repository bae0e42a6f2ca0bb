// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <array>
#include <chrono>
#include <string_view>

namespace recops::monitoring {

/**
 * How fast a window spends the error budget: its share of bad requests over the share the
 * objective allows. 1 spends exactly the budget over the SLO window; 14.4 spends 2 % of a
 * 30-day budget in one hour.
 */
double burnRate(double badRatio, double objective);

/// The share of the error budget left when a window's bad ratio is @p badRatio: 1 untouched,
/// 0 spent, negative overspent.
double errorBudgetRemaining(double badRatio, double objective);

/// A long and a short window whose burn rates must both exceed a factor for a burn alert:
/// the long one for significance, the short one so the alert resets soon after recovery.
struct BurnRateWindows {
    std::string_view name;
    std::chrono::seconds longWindow;
    std::chrono::seconds shortWindow;
};

/// The multi-window pairs of the Google SRE workbook: 1h/5m (fast burn), 6h/30m and 3d/6h.
inline constexpr std::array<BurnRateWindows, 3> kBurnRateWindows{
    BurnRateWindows{"1h/5m", std::chrono::hours(1), std::chrono::minutes(5)},
    BurnRateWindows{"6h/30m", std::chrono::hours(6), std::chrono::minutes(30)},
    BurnRateWindows{"3d/6h", std::chrono::hours(72), std::chrono::hours(6)},
};

}  // namespace recops::monitoring
