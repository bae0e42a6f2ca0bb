// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include "core/resource_poller.h"

#include <functional>
#include <optional>
#include <utility>

namespace recops::console {

/**
 * A typed API resource fetched on an interval: what a page binds its models to.
 *
 *     auto* alerts = new PolledResource<AlertList>(connection, u"/api/v1/alerts"_s,
 *                                                  &AlertList::fromJson, this);
 *     alerts->setTitle(tr("Alert queue"));
 *     alerts->setIntervalMs(5'000);
 *     connect(alerts, &DataSource::dataChanged, this, [=] { model->show(*alerts->value()); });
 *     watch(alerts);     // PageWidget: staleness badge, F5, --screenshot settling
 *     alerts->start();
 *
 * @p Parser turns a successful body into a T or says why it cannot (the contract's shape
 * is checked there, once). value() is the last good value: it stays while the source is
 * Stale and is dropped when the profile changes. Signals and states are DataSource's.
 */
template <typename T>
class PolledResource : public ResourcePoller {
public:
    using Parser = std::function<std::optional<T>(const QJsonDocument&, QString* error)>;

    PolledResource(ServerConnection* connection, const QString& path, Parser parser,
                   QObject* parent = nullptr)
        : ResourcePoller(connection, path, parent), m_parser(std::move(parser)) {}

    /// The last good value; nullopt before the first success or after the profile changed.
    const std::optional<T>& value() const { return m_value; }

protected:
    bool accept(const QJsonDocument& body, QString* error) override {
        std::optional<T> parsed = m_parser(body, error);
        if (!parsed) {
            return false;
        }
        m_value = std::move(parsed);
        return true;
    }
    void forget() override { m_value.reset(); }

private:
    Parser m_parser;
    std::optional<T> m_value;
};

}  // namespace recops::console
