// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
#pragma once

#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace recops::http {

namespace beast_http = boost::beast::http;

/// A whole request, body included (bodies are bounded by server.max_body_bytes).
using Request = beast_http::request<beast_http::string_body>;
using Response = beast_http::response<beast_http::string_body>;
using Status = beast_http::status;
using Verb = beast_http::verb;
using Field = beast_http::field;

}  // namespace recops::http
