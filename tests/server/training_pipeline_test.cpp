// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#include "models/training_pipeline.h"

#include "engine/engine_error.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace recops::models {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

TrainingRequest requestFor(std::string algorithm,
                           std::vector<std::pair<std::string, std::string>> parameters = {}) {
    TrainingRequest request;
    request.algorithm = std::move(algorithm);
    request.parameters = std::move(parameters);
    return request;
}

std::string composed(std::string algorithm,
                     std::vector<std::pair<std::string, std::string>> parameters = {}) {
    return TrainingPipeline::composeSpec(requestFor(std::move(algorithm), std::move(parameters)));
}

TEST(TrainingPipelineComposeSpecTest, NoAlgorithmOrAutoLeavesTheChoiceToTheData) {
    EXPECT_EQ(composed(""), "");
    EXPECT_EQ(composed("auto"), "");
}

TEST(TrainingPipelineComposeSpecTest, ANamedAlgorithmGetsEveryParameterSpelledOut) {
    const std::string spec = composed("ease");
    EXPECT_THAT(spec, StartsWith("ease:"));
    EXPECT_THAT(spec, HasSubstr("lambda="));
    // The spelled-out spec names the same model when composed again.
    EXPECT_EQ(composed(spec), spec);
}

TEST(TrainingPipelineComposeSpecTest, ParametersOverrideTheSpecsOwnAndAddToIt) {
    EXPECT_THAT(composed("ease", {{"lambda", "100"}}), HasSubstr("lambda=100"));
    const std::string overridden = composed("ease:lambda=250", {{"lambda", "10"}});
    EXPECT_THAT(overridden, HasSubstr("lambda=10"));
    EXPECT_THAT(overridden, ::testing::Not(HasSubstr("lambda=250")));
    const std::string als = composed("als:factors=16", {{"iterations", "3"}});
    EXPECT_THAT(als, HasSubstr("factors=16"));
    EXPECT_THAT(als, HasSubstr("iterations=3"));
}

TEST(TrainingPipelineComposeSpecTest, ParametersWithoutAnAlgorithmAreRefused) {
    for (const char* algorithm : {"", "auto"}) {
        try {
            composed(algorithm, {{"lambda", "100"}});
            ADD_FAILURE() << "accepted parameters without an algorithm (\"" << algorithm << "\")";
        } catch (const TrainingRequestError& error) {
            EXPECT_THAT(error.what(), StartsWith("parameters need a named algorithm (one of "));
            EXPECT_THAT(error.what(), HasSubstr("ease"));
            EXPECT_THAT(error.what(),
                        HasSubstr("without one the algorithm is chosen from the data"));
        }
    }
}

TEST(TrainingPipelineComposeSpecTest, AnUnknownAlgorithmOrParameterIsASpecError) {
    EXPECT_THROW(composed("deep-magic"), engine::SpecError);
    EXPECT_THROW(composed("ease", {{"colour", "blue"}}), engine::SpecError);
    EXPECT_THROW(composed("ease", {{"lambda", "lots"}}), engine::SpecError);
}

}  // namespace
}  // namespace recops::models
