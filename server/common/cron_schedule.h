// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <bitset>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace recops::common {

/**
 * A five-field cron expression (minute hour day-of-month month day-of-week), evaluated in
 * UTC: "*", "N", "A-B", lists "A,B" and steps "*\/N" or "A-B/N". When both day fields are
 * restricted a day matches either, as in Vixie cron. Day-of-week 0 and 7 are Sunday.
 */
class CronSchedule {
public:
    /// The schedule, or throws std::invalid_argument naming the field and the fault.
    static CronSchedule parse(std::string_view expression);

    /// The first matching minute strictly after @p time (seconds dropped).
    std::chrono::system_clock::time_point nextAfter(
        std::chrono::system_clock::time_point time) const;

    const std::string& expression() const { return m_expression; }

private:
    std::string m_expression;
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth;
    std::bitset<13> m_months;
    std::bitset<7> m_daysOfWeek;
    bool m_dayOfMonthRestricted = false;
    bool m_dayOfWeekRestricted = false;
};

}  // namespace recops::common
