#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 The RecOps Authors
"""docs/openapi.yaml against the real recopsd, both ways.

- The document holds together: every $ref resolves, every operation names its role
  (x-required-role), its responses, and an operationId used once.
- Every route the server has is documented, and every documented path is served: the routes
  are the `route` labels recopsd's request metrics are resolved for at start.
- Each documented path answers an undocumented method with 405 and an Allow header listing
  exactly the documented methods (HEAD wherever GET is).
- Answers of the read routes validate against their documented schemas (OpenAPI 3.0's
  `nullable` read as JSON Schema's null type), on a server holding a trained model, an item, an
  incident, a backup, a silence, contacts and a policy.
- Every write operation answers a success, a bad request, a missing token and a too-low role
  as documented (openapi_write_contract.py).

Usage: openapi_contract_test.py RECOPSD OPENAPI_YAML
"""
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

import jsonschema
import yaml

from openapi_write_contract import WriteContract

METHODS = ("get", "put", "post", "delete", "patch")
failures = []


def fail(message):
    failures.append(message)


def resolve(document, reference):
    node = document
    for part in reference.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def check_document(document):
    def walk(node, where):
        if isinstance(node, dict):
            if "$ref" in node:
                try:
                    resolve(document, node["$ref"])
                except (KeyError, TypeError):
                    fail(f"{where}: $ref {node['$ref']} does not resolve")
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}[{index}]")

    walk(document, "#")
    seen = {}
    for path, item in document["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            name = f"{method.upper()} {path}"
            if "x-required-role" not in operation:
                fail(f"{name}: no x-required-role")
            if not operation.get("responses"):
                fail(f"{name}: no responses")
            identifier = operation.get("operationId")
            if not identifier:
                fail(f"{name}: no operationId")
            elif identifier in seen:
                fail(f"{name}: operationId {identifier} is also {seen[identifier]}'s")
            else:
                seen[identifier] = name


class SchemaValidator:
    """OpenAPI 3.0 schemas -> JSON Schema (draft 7), with the components converted and checked
    once: a validation then costs the instance's walk, not the whole document's."""

    def __init__(self, document):
        self.definitions = {name: self.convert(value)
                            for name, value in document["components"]["schemas"].items()}
        jsonschema.Draft7Validator.check_schema({"definitions": self.definitions})

    @classmethod
    def convert(cls, node):
        if isinstance(node, list):
            return [cls.convert(value) for value in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return {"$ref": "#/definitions/" + node["$ref"].split("/")[-1]}
        converted = {key: cls.convert(value) for key, value in node.items()
                     if key not in ("nullable", "example", "x-required-role")}
        if converted.get("exclusiveMinimum") is True:
            converted["exclusiveMinimum"] = converted.pop("minimum", 0)
        if node.get("nullable"):
            converted = {"anyOf": [converted, {"type": "null"}]}
        return converted

    def validate(self, instance, schema):
        """Raises jsonschema.ValidationError when @p instance does not match @p schema."""
        converted = self.convert(schema)
        jsonschema.Draft7Validator.check_schema(converted)
        converted["definitions"] = self.definitions
        jsonschema.Draft7Validator(converted).validate(instance)


class Server:
    def __init__(self, binary, data):
        self.binary = binary
        self.data = data
        self.process = subprocess.Popen(
            [binary, "serve", "--data-dir", data, "--listen", "127.0.0.1:0",
             "--set", "log.access=off", "--set", "backup.interval_seconds=0",
             # Alerts evaluated often and ServiceNotReady firing at once, for an alert to ack.
             "--set", "monitoring.evaluation_interval_ms=100",
             "--set", "alerts.not_ready_for_s=0"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        line = self.process.stdout.readline()
        self.url = json.loads(line)["url"]

    def call(self, method, target, token=None, body=None, content_type=None):
        if body is None:
            data = None
        elif content_type is None:
            data = json.dumps(body).encode()
        else:
            data = str(body).encode()
        request = urllib.request.Request(self.url + target, data=data, method=method)
        if token:
            request.add_header("Authorization", "Bearer " + token)
        if data is not None:
            request.add_header("Content-Type", content_type or "application/json")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def run(command):
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout.strip()


def main():
    binary, openapi = sys.argv[1], sys.argv[2]
    with open(openapi, encoding="utf-8") as file:
        document = yaml.safe_load(file)
    check_document(document)

    with tempfile.TemporaryDirectory() as scratch:
        data = os.path.join(scratch, "data")
        run([binary, "generate", "--data-dir", data, "--users", "600", "--items", "400",
             "--events", "50000"])
        run([binary, "train", "--data-dir", data, "--stage", "production"])
        # Version 2, registered in no stage: the candidate of the rollout cases.
        run([binary, "train", "--data-dir", data])
        run([binary, "backup", "--data-dir", data, "--label", "contract"])
        tokens = {role: run([binary, "token", "create", "--data-dir", data, "--role", role,
                             "--name", "contract-" + role]).splitlines()[-1]
                  for role in ("viewer", "client", "operator", "admin")}
        server = Server(binary, data)
        try:
            validator = SchemaValidator(document)
            check_against_server(document, server, tokens["admin"], validator)
            WriteContract(document, server, tokens, fail, validator).run()
        finally:
            server.stop()

    for message in failures:
        print("FAIL:", message)
    print(f"{len(failures)} failure(s)" if failures else "the contract holds")
    return 1 if failures else 0


def check_against_server(document, server, admin, validator):
    _, _, metrics = server.call("GET", "/metrics")
    served = set(re.findall(r'http_request_duration_seconds_count\{route="([^"]+)"',
                            metrics.decode())) - {"unmatched"}
    documented = set(document["paths"])
    for path in sorted(served - documented):
        fail(f"route {path} is served but not in docs/openapi.yaml")
    for path in sorted(documented - served):
        fail(f"path {path} is documented but recopsd serves no such route")

    for path in sorted(documented & served):
        methods = {m.upper() for m in METHODS if m in document["paths"][path]}
        if "GET" in methods:
            methods.add("HEAD")
        target = re.sub(r"\{[^}]+\}", "x", path)
        status, headers, _ = server.call("TRACE", target, admin)
        allow = {m.strip() for m in headers.get("Allow", "").split(",") if m.strip()}
        if status != 405 or allow != methods:
            fail(f"{path}: TRACE answered {status} with Allow {sorted(allow)}, "
                 f"documented {sorted(methods)}")

    # State the read routes can show.
    server.call("PUT", "/api/v1/items/contract-item", admin, {"title": "Contract"})
    server.call("POST", "/api/v1/incidents", admin, {"title": "Contract", "severity": "low"})
    for target, body in (
            ("/api/v1/contacts", {"contacts": [
                {"id": "ops", "name": "Ops",
                 "webhook": {"url": "http://127.0.0.1:9/hook", "format": "slack"}}]}),
            ("/api/v1/escalation-policies", {"escalation_policies": [
                {"id": "default", "levels": [{"contacts": ["ops"], "delay_s": 0}]}]})):
        status, _, answer = server.call("PUT", target, admin, body)
        if status != 200:
            fail(f"PUT {target} (state for the reads): {status} {answer[:200]!r}")
    _, _, backups = server.call("GET", "/api/v1/backups", admin)
    backup_id = json.loads(backups)["backups"][0]["id"] if backups else "x"

    concrete = {
        "/api/v1/items/{id}": "/api/v1/items/contract-item",
        "/api/v1/incidents/{id}": "/api/v1/incidents/1",
        "/api/v1/models/{name}/versions": "/api/v1/models/default/versions",
        "/api/v1/models/{name}/versions/{version}": "/api/v1/models/default/versions/1",
        "/api/v1/models/{name}/history": "/api/v1/models/default/history",
        "/api/v1/backups/{id}": f"/api/v1/backups/{backup_id}",
        "/api/v1/recommend": "/api/v1/recommend?user_id=u1&k=5",
        "/recommend/{user}": "/recommend/u1?k=5",
        "/api/v1/items/{id}/similar": "/api/v1/items/i1/similar",
        "/api/v1/metrics/history": "/api/v1/metrics/history?series=request_rate",
        "/api/v1/escalation-policies/{id}/dry-run": None,
        "/api/v1/users/{id}/export": "/api/v1/users/u1/export",
    }
    validated = 0
    for path, item in sorted(document["paths"].items()):
        operation = item.get("get")
        if operation is None or path in ("/metrics", "/switch"):
            continue
        target = concrete.get(path, path)
        if target is None or "{" in target:
            continue
        response = operation["responses"].get("200")
        if response is None:
            continue
        content = response.get("content", {}).get("application/json")
        if content is None or "schema" not in content:
            continue
        status, _, body = server.call("GET", target, admin)
        if status != 200:
            fail(f"GET {target}: {status} {body[:200]!r}")
            continue
        try:
            validator.validate(json.loads(body), content["schema"])
            validated += 1
        except jsonschema.ValidationError as error:
            fail(f"GET {target}: the answer does not match its schema: {error.message} "
                 f"at {list(error.absolute_path)}")
    if validated < 20:
        fail(f"only {validated} answers were validated against their schemas")
    print(f"{len(served)} routes, {validated} answers validated")


if __name__ == "__main__":
    sys.exit(main())
