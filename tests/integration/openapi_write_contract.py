# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 The RecOps Authors
"""The write operations of docs/openapi.yaml against the real recopsd.

Every documented POST, PUT, PATCH and DELETE is driven with a real request and its answer
checked against the document: the status must be one the operation lists, the media type
the one that status declares, and the body must validate against its schema (an empty body
where no content is declared). Each operation must answer:

- a missing token with 401 and, below the role its x-required-role names, 403;
- a success, with the role the document names;
- a bad request (invalid body, unknown object, conflicting state) with a documented 4xx
  other than 401 and 403, where the document lists one;
- a body that is not JSON with 415, where the document lists it.

An operation the document lists but no case here exercises fails the check, so that a new
endpoint cannot be documented (or served) without its contract being driven. The cases run
in one order on one server: objects are made for the case that changes them, and the
destructive ones (faults, rollout promotion, rollback, restore) come last.
"""
import json
import time

import jsonschema

ROLES = ("viewer", "client", "operator", "admin")
WRITE_METHODS = ("post", "put", "patch", "delete")
NO_BODY = object()


class WriteContract:
    def __init__(self, document, server, tokens, fail, validator):
        self.document = document
        self.server = server
        self.tokens = tokens
        self.fail = fail
        self.validator = validator
        # "METHOD /path" -> the kinds of answer checked: success, input, 401, 403.
        self.exercised = {}

    # --- the document -------------------------------------------------------------------
    def operations(self):
        for path, item in sorted(self.document["paths"].items()):
            for method in WRITE_METHODS:
                if method in item:
                    yield method.upper(), path, item[method]

    def resolve(self, node):
        while isinstance(node, dict) and "$ref" in node:
            target = self.document
            for part in node["$ref"].removeprefix("#/").split("/"):
                target = target[part]
            node = target
        return node

    @staticmethod
    def required_role(operation):
        return operation["x-required-role"].split()[0]

    # --- one request, checked -----------------------------------------------------------
    def expect(self, method, path, target, statuses, role="admin", body=NO_BODY, kind=None,
               content_type=None):
        """Sends the request; checks its answer is one of @p statuses and matches the
        document. Returns the decoded body (None when there is none or it failed)."""
        name = f"{method} {path}"
        operation = self.document["paths"][path].get(method.lower())
        if operation is None:
            self.fail(f"{name}: a case drives it, but the document has no such operation")
            return None
        statuses = {statuses} if isinstance(statuses, int) else set(statuses)
        token = self.tokens.get(role) if role else None
        status, headers, raw = self.server.call(
            method, target, token, None if body is NO_BODY else body, content_type=content_type)
        if status not in statuses:
            self.fail(f"{method} {target} as {role}: answered {status}, expected "
                      f"{sorted(statuses)}: {raw[:300]!r}")
            return None
        response = operation["responses"].get(str(status))
        if response is None:
            self.fail(f"{name}: answered {status}, which the document does not list")
            return None
        if kind is None:
            kind = "success" if status < 400 else "input"
        self.exercised.setdefault(name, set()).add(kind)
        content = self.resolve(response).get("content", {})
        if not content:
            if raw:
                self.fail(f"{method} {target}: {status} documents no body, got {raw[:200]!r}")
            return None
        media_type = headers.get("Content-Type", "").split(";")[0].strip()
        if media_type not in content:
            self.fail(f"{method} {target}: {status} came as '{media_type}', documented as "
                      f"{sorted(content)}")
            return None
        try:
            decoded = json.loads(raw)
        except ValueError:
            self.fail(f"{method} {target}: {status} body is not JSON: {raw[:200]!r}")
            return None
        schema = content[media_type].get("schema")
        if schema is not None:
            try:
                self.validator.validate(decoded, schema)
            except jsonschema.ValidationError as error:
                self.fail(f"{method} {target}: the {status} answer does not match its schema: "
                          f"{error.message} at {list(error.absolute_path)}")
        return decoded

    # --- the checks ----------------------------------------------------------------------
    def check_authentication(self):
        """401 without a token and 403 one role below the documented one, for every write
        operation. Nothing is changed: the role is checked before the request is read."""
        for method, path, operation in self.operations():
            target = path.replace("{", "").replace("}", "")
            body = {} if "requestBody" in operation else NO_BODY
            self.expect(method, path, target, 401, role=None, body=body, kind="401")
            role = self.required_role(operation)
            if role not in ROLES:
                self.fail(f"{method} {path}: x-required-role names no role: {role}")
                continue
            if role != "viewer":
                below = ROLES[ROLES.index(role) - 1]
                self.expect(method, path, target, 403, role=below, body=body, kind="403")

    def check_media_types(self):
        """415 for a body that is not JSON, wherever the document lists it. Nothing is
        changed: the media type is checked before the body is read. The objects exist (the
        incident the reads made, the trained versions): an unknown one may be 404 first."""
        existing = {"/incidents/{id}": "/incidents/1", "{name}": "default", "{version}": "2"}
        for method, path, operation in self.operations():
            if "415" not in operation["responses"]:
                continue
            target = path
            for placeholder, value in existing.items():
                target = target.replace(placeholder, value)
            target = target.replace("{", "").replace("}", "")
            self.expect(method, path, target, 415, body="<contract/>", kind="415",
                        content_type="application/xml")

    def check_coverage(self):
        for method, path, operation in self.operations():
            name = f"{method} {path}"
            kinds = self.exercised.get(name, set())
            statuses = {int(code) for code in operation["responses"]}
            wanted = {"success", "401"}
            if self.required_role(operation) != "viewer":
                wanted.add("403")
            if any(400 <= code < 500 and code not in (401, 403, 415) for code in statuses):
                wanted.add("input")
            if 415 in statuses:
                wanted.add("415")
            for kind in sorted(wanted - kinds):
                self.fail(f"{name}: no {kind} answer was checked; add a case to "
                          f"tests/integration/openapi_write_contract.py")

    def run(self):
        self.check_authentication()
        self.check_media_types()
        self.tokens_and_items()
        self.events_and_users()
        self.configuration()
        self.on_call()
        self.incidents()
        self.silences()
        self.cache()
        self.registry()
        self.trainer()
        self.alerts_and_faults()
        self.rollout()
        self.backups()
        self.check_coverage()

    # --- the cases, in the order they run -------------------------------------------------
    def tokens_and_items(self):
        created = self.expect("POST", "/api/v1/tokens", "/api/v1/tokens", 201,
                              body={"role": "viewer", "name": "contract-revoked"})
        self.expect("POST", "/api/v1/tokens", "/api/v1/tokens", 400, body={"role": "emperor"})
        token_id = created["id"] if created else "x"
        self.expect("DELETE", "/api/v1/tokens/{id}", f"/api/v1/tokens/{token_id}", 204)
        self.expect("DELETE", "/api/v1/tokens/{id}", "/api/v1/tokens/no-such-token", 404)

        self.expect("POST", "/api/v1/items", "/api/v1/items", 200, role="operator",
                    body=[{"id": "contract-bulk", "title": "Bulk", "categories": ["Drama"]}])
        self.expect("POST", "/api/v1/items", "/api/v1/items", 400, role="operator",
                    body=[{"id": "contract-bad", "title": 5}])
        self.expect("PUT", "/api/v1/items/{id}", "/api/v1/items/contract-put", 201,
                    role="operator", body={"title": "Put"})
        self.expect("PUT", "/api/v1/items/{id}", "/api/v1/items/contract-put", 200,
                    role="operator", body={"title": "Put again"})
        self.expect("PUT", "/api/v1/items/{id}", "/api/v1/items/contract-put", 400,
                    role="operator", body={"id": "another-id"})
        self.expect("DELETE", "/api/v1/items/{id}", "/api/v1/items/contract-bulk", 204,
                    role="operator")
        self.expect("DELETE", "/api/v1/items/{id}", "/api/v1/items/contract-bulk", 404,
                    role="operator")

    def events_and_users(self):
        self.expect("POST", "/api/v1/events", "/api/v1/events", 202, role="client",
                    body=[{"user_id": "contract-user", "item_id": "i1", "type": "click"}])
        self.expect("POST", "/api/v1/events", "/api/v1/events", 202, role="client",
                    body='{"user_id": "contract-user", "item_id": "i2", "type": "view"}\n',
                    content_type="application/x-ndjson")
        self.expect("POST", "/api/v1/events", "/api/v1/events", 400, role="client",
                    body=[{"user_id": "contract-user", "type": "click"}])
        self.expect("DELETE", "/api/v1/users/{id}", "/api/v1/users/contract-user", 200)

    def configuration(self):
        _, _, current = self.server.call("GET", "/api/v1/config/ranking-weights",
                                         self.tokens["viewer"])
        weights = json.loads(current) if current else {}
        weights = {key: weights[key] for key in ("model", "popularity", "freshness")
                   if key in weights}
        self.expect("PUT", "/api/v1/config/ranking-weights", "/api/v1/config/ranking-weights",
                    200, role="operator", body=weights)
        self.expect("PUT", "/api/v1/config/ranking-weights", "/api/v1/config/ranking-weights",
                    400, role="operator", body={"model": "heavy"})

    def on_call(self):
        contacts = {"contacts": [
            {"id": "ops", "name": "Ops",
             "webhook": {"url": "http://127.0.0.1:9/hook", "format": "slack"}},
            {"id": "lead", "name": "Lead", "email": "lead@example.org"}]}
        policies = {"escalation_policies": [
            {"id": "default", "levels": [{"contacts": ["ops"]}, {"contacts": ["lead"]}]}]}
        self.expect("PUT", "/api/v1/contacts", "/api/v1/contacts", 200, role="operator",
                    body=contacts)
        self.expect("PUT", "/api/v1/contacts", "/api/v1/contacts", 400, role="operator",
                    body={"contacts": [{"id": "nameless"}]})
        self.expect("PUT", "/api/v1/escalation-policies", "/api/v1/escalation-policies", 200,
                    role="operator", body=policies)
        self.expect("PUT", "/api/v1/escalation-policies", "/api/v1/escalation-policies", 400,
                    role="operator", body={"escalation_policies": [{"id": "p", "levels": []}]})
        # A contact a policy pages cannot be left out.
        self.expect("PUT", "/api/v1/contacts", "/api/v1/contacts", 409, role="operator",
                    body={"contacts": [contacts["contacts"][1]]})

    def incidents(self):
        created = self.expect("POST", "/api/v1/incidents", "/api/v1/incidents", 201,
                              role="operator",
                              body={"title": "Write contract", "severity": "low"})
        self.expect("POST", "/api/v1/incidents", "/api/v1/incidents", 400, role="operator",
                    body={"title": "", "severity": "low"})
        incident = f"/api/v1/incidents/{created['id'] if created else 'x'}"
        entry = {"entry_id": "contract-note", "kind": "note", "text": "checked"}
        self.expect("POST", "/api/v1/incidents/{id}/timeline", incident + "/timeline", 201,
                    role="operator", body=entry)
        self.expect("POST", "/api/v1/incidents/{id}/timeline", incident + "/timeline", 200,
                    role="operator", body=entry)
        self.expect("POST", "/api/v1/incidents/{id}/timeline", incident + "/timeline", 400,
                    role="operator", body={"entry_id": "status-1", "kind": "note"})
        self.expect("POST", "/api/v1/incidents/{id}/escalate", incident + "/escalate", 200,
                    role="operator", body={"reason": "the contract check", "policy": "default"})
        self.expect("POST", "/api/v1/incidents/{id}/escalate", incident + "/escalate", 400,
                    role="operator", body={"reason": ""})
        self.expect("POST", "/api/v1/incidents/{id}/escalate",
                    "/api/v1/incidents/999999/escalate", 404, role="operator",
                    body={"reason": "nobody"})
        self.expect("PATCH", "/api/v1/incidents/{id}", incident, 200, role="operator",
                    body={"status": "resolved"})
        self.expect("PATCH", "/api/v1/incidents/{id}", incident, 400, role="operator",
                    body={"severity": "apocalyptic"})
        self.expect("PATCH", "/api/v1/incidents/{id}", "/api/v1/incidents/999999", 404,
                    role="operator", body={"status": "resolved"})

    def silences(self):
        silence = {"matchers": [{"name": "alertname", "value": "ContractNothing"}],
                   "duration_s": 600, "comment": "the contract check"}
        self.expect("POST", "/api/v1/silences/preview", "/api/v1/silences/preview", 200,
                    role="viewer", body=silence)
        self.expect("POST", "/api/v1/silences/preview", "/api/v1/silences/preview", 400,
                    role="viewer", body={"matchers": [], "comment": "none"})
        created = self.expect("POST", "/api/v1/silences", "/api/v1/silences", 201,
                              role="operator", body=silence)
        self.expect("POST", "/api/v1/silences", "/api/v1/silences", 400, role="operator",
                    body={"matchers": [{"name": "1bad", "value": "x"}], "comment": "bad"})
        silence_id = created["id"] if created else "x"
        self.expect("DELETE", "/api/v1/silences/{id}", f"/api/v1/silences/{silence_id}", 204,
                    role="operator")
        self.expect("DELETE", "/api/v1/silences/{id}", "/api/v1/silences/no-such-silence", 404,
                    role="operator")

    def cache(self):
        self.expect("POST", "/api/v1/admin/cache-warmup", "/api/v1/admin/cache-warmup", 200,
                    role="operator", body={"user_count": 20, "batch_size": 10})
        self.expect("POST", "/api/v1/admin/cache-warmup", "/api/v1/admin/cache-warmup", 400,
                    role="operator", body={"user_count": 0})
        self.expect("POST", "/api/v1/admin/cache-invalidate", "/api/v1/admin/cache-invalidate",
                    200, role="operator", body={"user_ids": ["u1", "u2"]})
        self.expect("POST", "/api/v1/admin/cache-invalidate", "/api/v1/admin/cache-invalidate",
                    400, role="operator", body={"user_ids": []})

    def registry(self):
        versions = "/api/v1/models/default/versions"
        self.expect("POST", "/api/v1/models/{name}/versions/{version}/transition",
                    versions + "/2/transition", 200, role="operator",
                    body={"stage": "Staging", "dry_run": True})
        self.expect("POST", "/api/v1/models/{name}/versions/{version}/transition",
                    versions + "/2/transition", 400, role="operator", body={"stage": "Heaven"})
        self.expect("POST", "/api/v1/models/{name}/versions/{version}/transition",
                    versions + "/2/transition", 422, role="operator",
                    body={"stage": "Production", "force": True, "comment": "not mine"})
        self.expect("POST", "/api/v1/models/{name}/versions/{version}/transition",
                    versions + "/99/transition", 404, role="operator", body={"stage": "Staging"})
        alias = "/api/v1/models/default/aliases/contract"
        self.expect("PUT", "/api/v1/models/{name}/aliases/{alias}", alias, 200, role="operator",
                    body={"version": 1, "comment": "the contract check"})
        self.expect("PUT", "/api/v1/models/{name}/aliases/{alias}", alias, 400, role="operator",
                    body={"version": 0})
        self.expect("DELETE", "/api/v1/models/{name}/aliases/{alias}", alias, 204,
                    role="operator")
        self.expect("DELETE", "/api/v1/models/{name}/aliases/{alias}", alias, 404,
                    role="operator")

    def trainer(self):
        self.expect("POST", "/api/v1/trainer/run", "/api/v1/trainer/run", 400, role="operator",
                    body={"algorithm": "no-such-algorithm"})
        # Long enough that the cancellation finds it queued or running, never finished.
        job = self.expect("POST", "/api/v1/trainer/run", "/api/v1/trainer/run", 202,
                          role="operator",
                          body={"algorithm": "als", "params": {"factors": 512, "iterations": 1000},
                                "version_label": "contract, cancelled"})
        job_id = job["id"] if job else "x"
        cancelled = self.expect("POST", "/api/v1/trainer/{job}/cancel",
                                f"/api/v1/trainer/{job_id}/cancel", (200, 202), role="operator")
        if cancelled is not None and cancelled.get("status") not in ("cancelled", "cancelling"):
            self.fail(f"POST /api/v1/trainer/{job_id}/cancel: status {cancelled.get('status')}")
        self.expect("POST", "/api/v1/trainer/{job}/cancel",
                    "/api/v1/trainer/no-such-job/cancel", 404, role="operator")
        self.wait_until(lambda: self.trainer_idle(), "the cancelled training job to end")

    def trainer_idle(self):
        _, _, body = self.server.call("GET", "/api/v1/trainer/status", self.tokens["viewer"])
        status = json.loads(body)
        return status["running"] is None and not status["queued"]

    def alerts_and_faults(self):
        fault = self.expect("POST", "/api/v1/admin/faults", "/api/v1/admin/faults", 201,
                            body={"kind": "model_unavailable", "duration_s": 60})
        self.expect("POST", "/api/v1/admin/faults", "/api/v1/admin/faults", 400,
                    body={"kind": "meteor", "duration_s": 60})
        self.expect("POST", "/api/v1/admin/faults", "/api/v1/admin/faults", 409,
                    body={"kind": "model_unavailable", "duration_s": 60})
        alert_id = None

        def not_ready_firing():
            nonlocal alert_id
            _, _, body = self.server.call("GET", "/api/v1/alerts?state=firing",
                                          self.tokens["viewer"])
            for alert in json.loads(body).get("alerts", []) if body else []:
                if alert.get("rule") == "ServiceNotReady":
                    alert_id = alert["id"]
            return alert_id is not None

        self.wait_until(not_ready_firing, "ServiceNotReady to fire under a model_unavailable "
                        "fault")
        ack = f"/api/v1/alerts/{alert_id}/ack"
        self.expect("POST", "/api/v1/alerts/{id}/ack", ack, 200, role="operator",
                    body={"comment": "the contract check"})
        self.expect("POST", "/api/v1/alerts/{id}/ack", ack, 409, role="operator", body={})
        self.expect("POST", "/api/v1/alerts/{id}/ack", "/api/v1/alerts/0123456789abcdef/ack",
                    404, role="operator", body={})
        fault_id = fault["id"] if fault else "x"
        self.expect("DELETE", "/api/v1/admin/faults/{id}", f"/api/v1/admin/faults/{fault_id}",
                    204)
        self.expect("DELETE", "/api/v1/admin/faults/{id}", f"/api/v1/admin/faults/{fault_id}",
                    404)
        self.expect("DELETE", "/api/v1/admin/faults", "/api/v1/admin/faults?kind=meteor", 400)
        self.expect("DELETE", "/api/v1/admin/faults", "/api/v1/admin/faults", 204)

    def rollout(self):
        rollback = "/api/v1/models/default/rollback"
        self.expect("POST", "/api/v1/models/{name}/rollback", rollback, 404, role="operator",
                    body={"comment": "no earlier Production version yet"})
        self.expect("POST", "/api/v1/rollout", "/api/v1/rollout", 400, role="operator",
                    body={"candidate_version": 2, "percent": 500})
        self.expect("POST", "/api/v1/rollout", "/api/v1/rollout", 404, role="operator",
                    body={"candidate_version": 99, "percent": 10})
        self.expect("POST", "/api/v1/rollout", "/api/v1/rollout", 202, role="operator",
                    body={"candidate_version": 2, "percent": 10})
        self.expect("POST", "/api/v1/rollout/abort", "/api/v1/rollout/abort", 200,
                    role="operator")
        self.expect("POST", "/api/v1/rollout/abort", "/api/v1/rollout/abort", 409,
                    role="operator")
        self.expect("POST", "/api/v1/rollout/promote", "/api/v1/rollout/promote", 409,
                    role="operator", body={})
        self.expect("POST", "/api/v1/rollout", "/api/v1/rollout", 202, role="operator",
                    body={"candidate_version": 2, "percent": 10})
        self.expect("POST", "/api/v1/rollout/promote", "/api/v1/rollout/promote", 400,
                    role="operator", body={"force": "yes"})
        # The document answers a forced change below admin as a refused transition (422).
        self.expect("POST", "/api/v1/rollout/promote", "/api/v1/rollout/promote", 422,
                    role="operator", body={"force": True, "comment": "not mine"})
        self.expect("POST", "/api/v1/rollout/promote", "/api/v1/rollout/promote", 200,
                    body={"force": True, "comment": "the contract check"})
        self.expect("POST", "/api/v1/models/{name}/rollback", rollback, 200, role="operator",
                    body={"comment": "the contract check"})
        self.expect("POST", "/api/v1/models/{name}/rollback",
                    "/api/v1/models/no-such-model/rollback", 404, role="operator", body={})

    def backups(self):
        _, _, listed = self.server.call("GET", "/api/v1/backups", self.tokens["viewer"])
        backup_id = json.loads(listed)["backups"][0]["id"]
        backup = f"/api/v1/backups/{backup_id}"
        self.expect("POST", "/api/v1/backups", "/api/v1/backups", 400, role="operator",
                    body={"label": 5})
        self.expect("POST", "/api/v1/backups/{id}/verify", backup + "/verify", 202,
                    role="operator")
        self.expect("POST", "/api/v1/backups/{id}/verify", "/api/v1/backups/no-such/verify", 404,
                    role="operator")
        self.wait_until(lambda: self.backup(backup_id)["verification"]["status"] == "passed",
                        "the verification to pass")
        made = self.expect("POST", "/api/v1/backups", "/api/v1/backups", 202, role="operator",
                           body={"label": "contract"})
        if made is not None:
            self.wait_until(lambda: self.backup(made["id"])["status"] == "succeeded",
                            "the backup to succeed")
        self.expect("POST", "/api/v1/backups/{id}/restore", backup + "/restore", 400,
                    body={"confirmation": 5})
        self.expect("POST", "/api/v1/backups/{id}/restore", "/api/v1/backups/no-such/restore",
                    404, body={})
        preview = self.expect("POST", "/api/v1/backups/{id}/restore", backup + "/restore", 200,
                              body={})
        if preview is not None:
            # The last request: the restore replaces everything the cases above made.
            self.expect("POST", "/api/v1/backups/{id}/restore", backup + "/restore", 202,
                        body={"confirmation": preview["confirmation"]})

    def backup(self, backup_id):
        _, _, body = self.server.call("GET", f"/api/v1/backups/{backup_id}", self.tokens["viewer"])
        return json.loads(body)

    def wait_until(self, condition, what, timeout_s=20.0):
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.05)
        self.fail(f"gave up after {timeout_s:.0f} s waiting for {what}")
        return False
