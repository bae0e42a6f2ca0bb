// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "support/loopback_http_server.h"

#include <QFile>
#include <QString>

namespace recops::console::testing {

/// A recorded answer of a real recopsd, from tests/core/data/models.
inline QByteArray modelFixture(const char* name) {
    QFile file(QStringLiteral(RECOPS_MODEL_TEST_DATA "/") + QLatin1StringView(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", name);
    }
    return file.readAll();
}

/**
 * Scripts @p server to answer the Models page's reads as a real recopsd did (four versions
 * of "default", a canary of version 2, drift, a running training job), and whoami with
 * @p role.
 */
inline void serveModelFixtures(LoopbackHttpServer& server, const QByteArray& role) {
    const auto json = [](const char* name) {
        return LoopbackHttpServer::json(200, modelFixture(name));
    };
    server.setRoute("GET", "/api/v1/whoami",
                    LoopbackHttpServer::json(200, "{\"role\":\"" + role +
                                                      "\",\"name\":\"ui-test\","
                                                      "\"token_id\":\"0123456789abcdef\"}"));
    server.setRoute("GET", "/api/v1/models", json("models.json"));
    server.setRoute("GET", "/api/v1/models/default/versions", json("versions.json"));
    server.setRoute("GET", "/api/v1/models/default/versions/1", json("version-1.json"));
    server.setRoute("GET", "/api/v1/models/default/versions/2", json("version-2.json"));
    server.setRoute("GET", "/api/v1/models/default/history", json("history.json"));
    server.setRoute("GET", "/api/v1/trainer/status", json("trainer-status-running.json"));
    server.setRoute("GET", "/api/v1/trainer/history", json("trainer-history.json"));
    server.setRoute("GET", "/api/v1/rollout/status", json("rollout-status.json"));
    server.setRoute("GET", "/api/v1/drift", json("drift.json"));
}

}  // namespace recops::console::testing
