// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace recops::engine {

/// How a `rate` event's value becomes a confidence.
enum class RatingConfidence {
    Constant,  ///< every kept rating counts the `rate` weight
    Linear,    ///< `rate` weight x value / rating_max: a 5-star rating counts five 1-star ones
};

/// Turns event types into the confidence weights that fill the user x item matrix.
///
/// A (user, item) cell is the sum of its events' weights, capped at `max_cell_weight` when
/// that is set, so a user who views an item fifty times does not drown the other signals.
/// Ratings below `rating_min` are dropped: a low rating is negative feedback, which these
/// implicit-feedback models cannot express, and counting it as a positive would be worse.
///
/// Spec form: "view=1,click=2,complete=4,rate=5,rating=linear,rating_max=5,rating_min=0,
/// max_cell_weight=0". Any key that is not a rating option is an event type; listing any
/// type replaces the whole default table.
class EventWeights {
public:
    /// view=1, click=2, like=3, complete=4, purchase=5, rate=1 with constant rating
    /// confidence. A rating counts as one interaction whatever its value: on MovieLens,
    /// counting every rating alike predicts which items a user will rate better than
    /// scaling by the value does (docs/performance.md), because a rating is above all an
    /// interaction.
    EventWeights();

    static EventWeights parse(std::string_view spec);
    static EventWeights fromJson(const nlohmann::json& json);
    nlohmann::json toJson() const;
    std::string toSpec() const;

    /// The weight of one event; nullopt when the type is not configured, 0 when the event
    /// is deliberately ignored (for example a rating under rating_min).
    std::optional<float> weightOf(std::string_view type, double value) const;
    float capCellWeight(float summedWeight) const;

    const std::map<std::string, float, std::less<>>& typeWeights() const { return m_typeWeights; }
    RatingConfidence ratingConfidence() const { return m_ratingConfidence; }
    double ratingMax() const { return m_ratingMax; }
    double ratingMin() const { return m_ratingMin; }
    double maxCellWeight() const { return m_maxCellWeight; }

    friend bool operator==(const EventWeights&, const EventWeights&) = default;

private:
    std::map<std::string, float, std::less<>> m_typeWeights;
    RatingConfidence m_ratingConfidence = RatingConfidence::Constant;
    double m_ratingMax = 5.0;
    double m_ratingMin = 0.0;
    double m_maxCellWeight = 0.0;  // 0: no cap
};

}  // namespace recops::engine
