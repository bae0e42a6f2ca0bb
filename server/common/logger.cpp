// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "common/logger.h"

#include "common/json_string.h"
#include "common/log_sink.h"
#include "common/timestamp.h"

#include <string>

namespace recops::common {

Logger::Logger(LogSink& sink, LogLevel minimumLevel) : m_sink(sink), m_minimumLevel(minimumLevel) {}

void Logger::log(LogLevel level, std::string_view message, std::initializer_list<LogField> fields) {
    if (!enabled(level)) {
        return;
    }
    std::string line = "{\"time\":\"";
    appendTimestamp(line, std::chrono::system_clock::now());
    line += "\",\"level\":";
    appendJsonString(line, logLevelName(level));
    line += ",\"message\":";
    appendJsonString(line, message);
    for (const LogField& field : fields) {
        line.push_back(',');
        appendJsonString(line, field.key);
        line.push_back(':');
        appendJsonString(line, field.value);
    }
    line += "}\n";
    m_sink.write(line);
}

}  // namespace recops::common
