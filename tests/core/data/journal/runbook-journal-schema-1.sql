-- A runbook journal as consoles wrote it before it joined the local store's
-- schema_versions: the tables of its version 1, that version kept in runbook_journal_schema,
-- and two runs of the built-in service-down runbook, one finished and one waiting at a
-- manual step with its timeline queued for the server. runbook_journal_test loads it
-- statement by statement (one per ';' at the end of a line).
CREATE TABLE runbook_journal_schema (version INTEGER NOT NULL) STRICT;
INSERT INTO runbook_journal_schema VALUES (1);
CREATE TABLE runbook_runs (
    id            TEXT PRIMARY KEY NOT NULL,
    runbook_id    TEXT NOT NULL,
    title         TEXT NOT NULL,
    definition    TEXT NOT NULL,
    inputs        TEXT NOT NULL,
    variables     TEXT NOT NULL,
    state         TEXT NOT NULL CHECK (state IN ('running', 'waiting', 'halted',
                      'succeeded', 'escalated', 'failed', 'aborted')),
    current_step  TEXT NOT NULL,
    next_step     TEXT NOT NULL,
    step_entries  INTEGER NOT NULL,
    escalated     INTEGER NOT NULL CHECK (escalated IN (0, 1)),
    server_url    TEXT NOT NULL,
    author        TEXT NOT NULL,
    outcome       TEXT NOT NULL,
    severity      TEXT NOT NULL,
    incident_link TEXT NOT NULL CHECK (incident_link IN ('none', 'pending', 'created')),
    incident_id   TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    finished_at   INTEGER NOT NULL
) STRICT;
CREATE TABLE runbook_steps (
    run_id       TEXT NOT NULL REFERENCES runbook_runs (id) ON DELETE CASCADE,
    step_id      TEXT NOT NULL,
    state        TEXT NOT NULL,
    executions   INTEGER NOT NULL,
    attempts     INTEGER NOT NULL,
    started_at   INTEGER NOT NULL,
    finished_at  INTEGER NOT NULL,
    deadline_at  INTEGER NOT NULL,
    request      TEXT NOT NULL,
    result       TEXT NOT NULL,
    explanation  TEXT NOT NULL,
    skip_reason  TEXT NOT NULL,
    actor        TEXT NOT NULL,
    PRIMARY KEY (run_id, step_id)
) STRICT;
CREATE TABLE runbook_timeline (
    entry_id   TEXT PRIMARY KEY NOT NULL,
    run_id     TEXT NOT NULL REFERENCES runbook_runs (id) ON DELETE CASCADE,
    sequence   INTEGER NOT NULL,
    time       INTEGER NOT NULL,
    author     TEXT NOT NULL,
    kind       TEXT NOT NULL,
    text       TEXT NOT NULL,
    data       TEXT NOT NULL,
    step_id    TEXT NOT NULL,
    sync       TEXT NOT NULL CHECK (sync IN ('local', 'queued', 'sent', 'rejected')),
    attempts   INTEGER NOT NULL,
    last_error TEXT NOT NULL,
    sent_at    INTEGER NOT NULL,
    UNIQUE (run_id, sequence)
) STRICT;
CREATE INDEX runbook_timeline_by_sync ON runbook_timeline (sync, run_id, sequence);
INSERT INTO runbook_runs VALUES ('7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001', 'service-down',
    'Service down or not ready',
    '{"format":1,"id":"service-down","title":"Service down or not ready","description":"recopsd does not answer.","severity":"critical","inputs":[{"name":"unit","type":"string","default":"recopsd","description":"The systemd unit."}],"steps":[{"id":"check-liveness","kind":"check","request":{"method":"GET","path":"/healthz"},"capture":{"health_status":"/status"},"on_failure":"restart-service"},{"id":"restart-service","kind":"manual","instructions":"Restart ${unit}.","command":"sudo systemctl restart ${unit}","checkbox":"recopsd has been restarted"},{"id":"recovered","kind":"note","text":"recopsd is back."}]}',
    '{"unit":"recopsd"}',
    '{"unit":{"value":"recopsd"},"run_id":{"value":"7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001"},"health_status":{"value":"healthy"}}',
    'succeeded', 'recovered', '', 3, 0, 'http://127.0.0.1:8470', 'ops-admin (token 5f2a9c3e8b7d6a10, admin)',
    'The run reached its end after 3 steps.', 'critical', 'created', 'inc-12',
    1767258000000, 1767258095000, 1767258095000);
INSERT INTO runbook_runs VALUES ('7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002', 'service-down',
    'Service down or not ready',
    '{"format":1,"id":"service-down","title":"Service down or not ready","description":"recopsd does not answer.","severity":"critical","inputs":[{"name":"unit","type":"string","default":"recopsd","description":"The systemd unit."}],"steps":[{"id":"check-liveness","kind":"check","request":{"method":"GET","path":"/healthz"},"capture":{"health_status":"/status"},"on_failure":"restart-service"},{"id":"restart-service","kind":"manual","instructions":"Restart ${unit}.","command":"sudo systemctl restart ${unit}","checkbox":"recopsd has been restarted"},{"id":"recovered","kind":"note","text":"recopsd is back."}]}',
    '{"unit":"recopsd"}',
    '{"unit":{"value":"recopsd"},"run_id":{"value":"7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002"}}',
    'waiting', 'restart-service', '', 2, 0, 'http://127.0.0.1:8470', 'ops-admin (token 5f2a9c3e8b7d6a10, admin)',
    '', 'critical', 'pending', '', 1767261600000, 1767261609000, 0);
INSERT INTO runbook_steps VALUES ('7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001', 'check-liveness',
    'succeeded', 1, 1, 1767258000100, 1767258000180, 0, '{"method":"GET","path":"/healthz"}',
    '{"http_status":200,"latency_ms":2.4,"captured":{"health_status":"healthy"}}',
    'GET /healthz answered 200 in 2.4 ms; health_status = "healthy".', '', '');
INSERT INTO runbook_steps VALUES ('7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001', 'restart-service',
    'skipped', 1, 0, 1767258000200, 1767258090000, 0, '{}', '{}', '', 'recopsd answered again',
    'ops-admin (token 5f2a9c3e8b7d6a10, admin)');
INSERT INTO runbook_steps VALUES ('7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002', 'check-liveness',
    'failed', 1, 3, 1767261600100, 1767261608000, 0, '{"method":"GET","path":"/healthz"}',
    '{"http_status":0,"latency_ms":3000.0,"error":"connection refused"}',
    'GET /healthz: connection refused', '', '');
INSERT INTO runbook_steps VALUES ('7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002', 'restart-service',
    'waiting_for_operator', 1, 0, 1767261609000, 0, 0, '{}', '{}',
    'Manual step ''restart-service'': Restart recopsd. Command: sudo systemctl restart recopsd', '', '');
INSERT INTO runbook_timeline VALUES ('0b7e3c10-0000-4000-8000-000000000001',
    '7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001', 0, 1767258000000, 'ops-admin (token 5f2a9c3e8b7d6a10, admin)',
    'run.started', 'ops-admin started the runbook ''Service down or not ready'' (service-down) against http://127.0.0.1:8470 with unit=recopsd.',
    '{"run_id":"7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001","runbook_id":"service-down"}', '', 'sent', 1, '', 1767258001000);
INSERT INTO runbook_timeline VALUES ('0b7e3c10-0000-4000-8000-000000000002',
    '7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001', 1, 1767258090000, 'ops-admin (token 5f2a9c3e8b7d6a10, admin)',
    'step.skipped', 'ops-admin skipped step ''restart-service'': recopsd answered again',
    '{"reason":"recopsd answered again","step":"restart-service"}', 'restart-service', 'sent', 1, '', 1767258091000);
INSERT INTO runbook_timeline VALUES ('0b7e3c10-0000-4000-8000-000000000003',
    '7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a001', 2, 1767258095000, 'ops-admin (token 5f2a9c3e8b7d6a10, admin)',
    'run.finished', 'The run reached its end after 3 steps.',
    '{"state":"succeeded"}', '', 'sent', 1, '', 1767258096000);
INSERT INTO runbook_timeline VALUES ('0b7e3c10-0000-4000-8000-000000000004',
    '7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002', 0, 1767261600000, 'ops-admin (token 5f2a9c3e8b7d6a10, admin)',
    'run.started', 'ops-admin started the runbook ''Service down or not ready'' (service-down) against http://127.0.0.1:8470 with unit=recopsd.',
    '{"run_id":"7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002","runbook_id":"service-down"}', '', 'queued', 2,
    'POST /api/v1/incidents: connection refused', 0);
INSERT INTO runbook_timeline VALUES ('0b7e3c10-0000-4000-8000-000000000005',
    '7d1c0a52-5f0e-4c0b-9d37-2b8e61f0a002', 1, 1767261609000, 'ops-admin (token 5f2a9c3e8b7d6a10, admin)',
    'step.waiting', 'Manual step ''restart-service'': Restart recopsd. Command: sudo systemctl restart recopsd',
    '{"step":"restart-service","waiting_for":"waiting_for_operator"}', 'restart-service', 'queued', 0, '', 0);
