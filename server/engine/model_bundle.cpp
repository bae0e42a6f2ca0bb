// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "engine/model_bundle.h"

#include "engine/artifact_reader.h"
#include "engine/artifact_writer.h"
#include "engine/component_spec.h"
#include "engine/engine_error.h"
#include "engine/recommender_factory.h"

#include <chrono>

namespace recops::engine {
namespace {

constexpr const char* kDescriptionFile = "model.json";
constexpr const char* kItemsFile = "items.bin";
constexpr const char* kModelDirectory = "model";
constexpr const char* kPopularityDirectory = "popularity";
constexpr const char* kRetrievalDirectory = "retrieval";
constexpr const char* kFormatName = "recops-model";

template <typename Value>
Value field(const nlohmann::json& json, const char* key, const std::filesystem::path& directory) {
    try {
        return json.at(key).get<Value>();
    } catch (const nlohmann::json::exception&) {
        throw ArtifactError("artifact " + (directory / kDescriptionFile).string() +
                            ": missing or mistyped field '" + key + "'");
    }
}

}  // namespace

ModelBundle::ModelBundle(std::shared_ptr<const Recommender> model,
                         std::shared_ptr<const PopularityRecommender> popularity, IdIndex items,
                         EventWeights eventWeights, nlohmann::json trainingInfo)
    : m_model(std::move(model))
    , m_popularity(std::move(popularity))
    , m_items(std::move(items))
    , m_eventWeights(std::move(eventWeights))
    , m_trainingInfo(std::move(trainingInfo)) {
    if (!m_model || !m_popularity || !m_model->fitted() || !m_popularity->fitted()) {
        throw EngineError("model bundle: the model and the popularity model must be fitted");
    }
    if (m_model->itemCount() != m_items.size() || m_popularity->itemCount() != m_items.size()) {
        throw EngineError("model bundle: " + std::to_string(m_items.size()) + " item ids, but " +
                          std::to_string(m_model->itemCount()) + " items in the model and " +
                          std::to_string(m_popularity->itemCount()) + " in popularity");
    }
}

ModelBundle ModelBundle::train(const InteractionDataset& data, std::string_view algorithmSpec,
                               const EventWeights& eventWeights, const TrainingMonitor& monitor,
                               std::string_view popularitySpec) {
    auto model = RecommenderFactory::create(algorithmSpec);
    auto fallback = RecommenderFactory::create(popularitySpec);
    if (fallback->algorithm() != "popularity") {
        throw SpecError("model bundle: the fallback must be a popularity model, got '" +
                        std::string(popularitySpec) + "'");
    }
    const auto start = std::chrono::steady_clock::now();
    model->fit(data, monitor);
    fallback->fit(data, monitor);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    nlohmann::json info = {{"dataset", data.stats().toJson()}, {"train_seconds", seconds}};
    std::shared_ptr<const PopularityRecommender> popularity(
        static_cast<PopularityRecommender*>(fallback.release()));
    return ModelBundle(std::move(model), std::move(popularity), data.items(), eventWeights,
                       std::move(info));
}

std::vector<std::filesystem::path> ModelBundle::save(const std::filesystem::path& directory,
                                                     const Retriever* retriever) const {
    ArtifactWriter writer(directory);
    writer.writeStrings(kItemsFile, m_items.ids());
    auto modelWriter = writer.subdirectory(kModelDirectory);
    m_model->save(modelWriter);
    auto popularityWriter = writer.subdirectory(kPopularityDirectory);
    m_popularity->save(popularityWriter);
    nlohmann::json retrieverSpec = nullptr;
    if (retriever != nullptr && retriever->persistent()) {
        if (retriever->size() != m_items.size() ||
            retriever->dimension() != m_model->embeddingDimension()) {
            throw EngineError("model bundle: the retriever was not built over this model's items");
        }
        auto retrievalWriter = writer.subdirectory(kRetrievalDirectory);
        retriever->save(retrievalWriter);
        retrieverSpec = retriever->spec();
    }
    nlohmann::json files = nlohmann::json::array();
    for (const auto& file : writer.writtenFiles()) {
        files.push_back(file.generic_string());
    }
    files.push_back(kDescriptionFile);
    writer.writeJson(kDescriptionFile, {{"format", kFormatName},
                                        {"format_version", kFormatVersion},
                                        {"algorithm", m_model->algorithm()},
                                        {"spec", m_model->spec()},
                                        {"popularity_spec", m_popularity->spec()},
                                        {"item_count", m_items.size()},
                                        {"embedding_dimension", m_model->embeddingDimension()},
                                        {"event_weights", m_eventWeights.toJson()},
                                        {"retriever", retrieverSpec},
                                        {"training", m_trainingInfo},
                                        {"files", files}});
    return writer.writtenFiles();
}

ModelBundle ModelBundle::load(const std::filesystem::path& directory) {
    const ArtifactReader reader(directory);
    const auto description = reader.readJson(kDescriptionFile);
    if (!description.is_object() || description.value("format", "") != kFormatName) {
        throw ArtifactError("artifact " + (directory / kDescriptionFile).string() +
                            " is not a RecOps model description");
    }
    const auto version = field<int>(description, "format_version", directory);
    if (version != kFormatVersion) {
        throw ArtifactError("model in " + directory.string() + " has format version " +
                            std::to_string(version) + "; this build reads version " +
                            std::to_string(kFormatVersion));
    }
    IdIndex items;
    try {
        items = IdIndex(reader.readStrings(kItemsFile));
    } catch (const ArtifactError&) {
        throw;
    } catch (const EngineError& error) {
        throw ArtifactError("artifact " + (directory / kItemsFile).string() + ": " + error.what());
    }
    if (items.size() != field<std::size_t>(description, "item_count", directory)) {
        throw ArtifactError(
            "model in " + directory.string() + ": model.json announces " +
            std::to_string(field<std::size_t>(description, "item_count", directory)) +
            " items, items.bin holds " + std::to_string(items.size()));
    }
    std::unique_ptr<Recommender> model;
    std::unique_ptr<Recommender> fallback;
    EventWeights eventWeights;
    try {
        model = RecommenderFactory::create(field<std::string>(description, "spec", directory));
        fallback = RecommenderFactory::create(
            field<std::string>(description, "popularity_spec", directory));
        eventWeights = EventWeights::fromJson(description.at("event_weights"));
    } catch (const SpecError& error) {
        throw ArtifactError("model in " + directory.string() + ": " + error.what());
    } catch (const nlohmann::json::exception&) {
        throw ArtifactError("model in " + directory.string() + ": event_weights missing");
    }
    if (model->algorithm() != field<std::string>(description, "algorithm", directory) ||
        fallback->algorithm() != "popularity") {
        throw ArtifactError("model in " + directory.string() + ": algorithm and spec disagree");
    }
    model->load(reader.subdirectory(kModelDirectory));
    fallback->load(reader.subdirectory(kPopularityDirectory));
    std::shared_ptr<const PopularityRecommender> popularity(
        static_cast<PopularityRecommender*>(fallback.release()));
    try {
        ModelBundle bundle(std::move(model), std::move(popularity), std::move(items),
                           std::move(eventWeights),
                           description.value("training", nlohmann::json{}));
        if (description.contains("retriever") && description.at("retriever").is_string()) {
            bundle.m_savedRetrieverSpec = description.at("retriever").get<std::string>();
        }
        bundle.m_directory = directory;
        return bundle;
    } catch (const ArtifactError&) {
        throw;
    } catch (const EngineError& error) {
        throw ArtifactError("model in " + directory.string() + ": " + error.what());
    }
}

std::vector<std::filesystem::path> ModelBundle::artifactFiles(
    const std::filesystem::path& directory) {
    const auto description = ArtifactReader(directory).readJson(kDescriptionFile);
    std::vector<std::filesystem::path> files;
    try {
        for (const auto& file : description.at("files")) {
            files.emplace_back(file.get<std::string>());
        }
    } catch (const nlohmann::json::exception&) {
        throw ArtifactError("artifact " + (directory / kDescriptionFile).string() +
                            ": missing or mistyped field 'files'");
    }
    return files;
}

void ModelBundle::loadSavedRetriever(Retriever& retriever) const {
    if (!m_savedRetrieverSpec || m_directory.empty()) {
        throw EngineError("model bundle: no saved retrieval index");
    }
    retriever.load(ArtifactReader(m_directory / kRetrievalDirectory));
    if (retriever.size() != m_items.size() ||
        retriever.dimension() != m_model->embeddingDimension()) {
        throw ArtifactError("retrieval index in " + m_directory.string() + " holds " +
                            std::to_string(retriever.size()) + " vectors of dimension " +
                            std::to_string(retriever.dimension()) + ", the model " +
                            std::to_string(m_items.size()) + " of dimension " +
                            std::to_string(m_model->embeddingDimension()));
    }
}

}  // namespace recops::engine
