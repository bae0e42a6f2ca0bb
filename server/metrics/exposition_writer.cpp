// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "metrics/exposition_writer.h"

#include <charconv>
#include <cmath>

namespace recops::metrics {
namespace {

/// HELP text escapes backslash and newline; label values also escape the double quote.
enum class EscapeQuotes { No, Yes };

void appendEscaped(std::string& out, std::string_view text, EscapeQuotes quotes) {
    for (char c : text) {
        if (c == '\\') {
            out += "\\\\";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '"' && quotes == EscapeQuotes::Yes) {
            out += "\\\"";
        } else {
            out.push_back(c);
        }
    }
}

}  // namespace

void ExpositionWriter::writeHeader(std::string_view name, std::string_view help, MetricType type) {
    m_text += "# HELP ";
    m_text += name;
    m_text.push_back(' ');
    appendEscaped(m_text, help, EscapeQuotes::No);
    m_text += "\n# TYPE ";
    m_text += name;
    m_text.push_back(' ');
    m_text += metricTypeName(type);
    m_text.push_back('\n');
}

void ExpositionWriter::writeNameAndLabels(std::string_view name, std::string_view labelPairs) {
    m_text += name;
    if (!labelPairs.empty()) {
        m_text.push_back('{');
        m_text += labelPairs;
        m_text.push_back('}');
    }
}

void ExpositionWriter::writeSample(std::string_view name, std::string_view labelPairs,
                                   double value) {
    writeNameAndLabels(name, labelPairs);
    m_text.push_back(' ');
    m_text += formatSampleValue(value);
    m_text.push_back('\n');
}

void ExpositionWriter::writeSample(std::string_view name, std::string_view labelPairs,
                                   std::uint64_t value) {
    writeNameAndLabels(name, labelPairs);
    m_text.push_back(' ');
    m_text += std::to_string(value);
    m_text.push_back('\n');
}

void ExpositionWriter::writeSample(std::string_view name, std::string_view labelPairs,
                                   std::string_view extraName, std::string_view extraValue,
                                   std::uint64_t value) {
    m_text += name;
    m_text.push_back('{');
    if (!labelPairs.empty()) {
        m_text += labelPairs;
        m_text.push_back(',');
    }
    m_text += extraName;
    m_text += "=\"";
    appendEscaped(m_text, extraValue, EscapeQuotes::Yes);
    m_text += "\"} ";
    m_text += std::to_string(value);
    m_text.push_back('\n');
}

std::string renderLabelPairs(std::span<const std::string> names,
                             std::span<const std::string_view> values) {
    std::string pairs;
    for (std::size_t index = 0; index < names.size() && index < values.size(); ++index) {
        if (index > 0) {
            pairs.push_back(',');
        }
        pairs += names[index];
        pairs += "=\"";
        appendEscaped(pairs, values[index], EscapeQuotes::Yes);
        pairs.push_back('"');
    }
    return pairs;
}

std::string formatSampleValue(double value) {
    if (std::isnan(value)) {
        return "NaN";
    }
    if (std::isinf(value)) {
        return value > 0 ? "+Inf" : "-Inf";
    }
    char buffer[32];
    // Shortest text that reads back as the same double; "general" keeps 0.0005 out of
    // exponent form, as people expect to see bucket bounds.
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::general);
    return std::string(buffer, result.ptr);
}

}  // namespace recops::metrics
