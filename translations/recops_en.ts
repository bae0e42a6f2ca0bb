<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Alert</name>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Timed out</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS handshake failed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Network error</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unexpected response</translation>
    </message>
    <message>
        <source>The server sent no problem details.</source>
        <translation>The server sent no problem details.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a problem object.</source>
        <translation>The server&apos;s answer is not a problem object.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (request %2)</translation>
    </message>
</context>
<context>
    <name>ChangeConfirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>unsaved connection</source>
        <translation>unsaved connection</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>On %1: this changes what live traffic is served.</source>
        <translation>On %1: this changes what live traffic is served.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>On %1.</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1, “%2”</translation>
    </message>
    <message>
        <source>Set the alias %1 of %2 to version %3.</source>
        <translation>Set the alias %1 of %2 to version %3.</translation>
    </message>
    <message>
        <source>Move the alias %1 of %2 from version %3 to version %4.</source>
        <translation>Move the alias %1 of %2 from version %3 to version %4.</translation>
    </message>
    <message>
        <source>Remove the alias %1 of %2 (on version %3).</source>
        <translation>Remove the alias %1 of %2 (on version %3).</translation>
    </message>
    <message>
        <source>Cancel training job %1 (%2, %3).</source>
        <translation>Cancel training job %1 (%2, %3).</translation>
    </message>
    <message>
        <source>Move version %1 of %2 (%3) from %4 to %5.</source>
        <translation>Move version %1 of %2 (%3) from %4 to %5.</translation>
    </message>
    <message>
        <source>Version %1 leaves Production and is archived; recopsd serves version %2 from then on.</source>
        <translation>Version %1 leaves Production and is archived; recopsd serves version %2 from then on.</translation>
    </message>
    <message>
        <source>recopsd serves version %1 from then on.</source>
        <translation>recopsd serves version %1 from then on.</translation>
    </message>
    <message>
        <source>The model has no Production version afterwards: recopsd serves no model of its own until one is promoted.</source>
        <translation>The model has no Production version afterwards: recopsd serves no model of its own until one is promoted.</translation>
    </message>
    <message>
        <source>FORCED past failing gates (%1).</source>
        <translation>FORCED past failing gates (%1).</translation>
    </message>
    <message>
        <source>Forced (recorded as such).</source>
        <translation>Forced (recorded as such).</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Comment: %1</translation>
    </message>
    <message>
        <source>Roll %1 back from version %2 to version %3, which served in Production before. No gates are checked.</source>
        <translation>Roll %1 back from version %2 to version %3, which served in Production before. No gates are checked.</translation>
    </message>
    <message>
        <source>Send %1 of %2&apos;s traffic to version %3.</source>
        <translation>Send %1 of %2&apos;s traffic to version %3.</translation>
    </message>
    <message>
        <source>Send %1 of %2&apos;s traffic to version %3; Production version %4 keeps %5.</source>
        <translation>Send %1 of %2&apos;s traffic to version %3; Production version %4 keeps %5.</translation>
    </message>
    <message>
        <source>Promote the canary, version %1 of %2, to Production through the gates, and end the rollout.</source>
        <translation>Promote the canary, version %1 of %2, to Production through the gates, and end the rollout.</translation>
    </message>
    <message>
        <source>Stop the canary of %1: version %2 takes no more traffic.</source>
        <translation>Stop the canary of %1: version %2 takes no more traffic.</translation>
    </message>
    <message>
        <source>Stop the canary of %1: version %2 takes no more traffic, Production version %3 takes all of it.</source>
        <translation>Stop the canary of %1: version %2 takes no more traffic, Production version %3 takes all of it.</translation>
    </message>
</context>
<context>
    <name>ChartRanges</name>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Operations console for recopsd: server health, alerts, models, backups, escalation contacts, runbooks and incidents.</source>
        <translation>Operations console for recopsd: server health, alerts, models, backups, escalation contacts, runbooks and incidents.</translation>
    </message>
    <message>
        <source>recopsd address (default %1). With --profile, creates or updates that profile.</source>
        <translation>recopsd address (default %1). With --profile, creates or updates that profile.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the saved connection profile NAME.</source>
        <translation>Open the saved connection profile NAME.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Environment tag of the profile: %1.</source>
        <translation>Environment tag of the profile: %1.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>PEM file of extra certificate authorities to trust.</source>
        <translation>PEM file of extra certificate authorities to trust.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Accept a self-signed server certificate.</source>
        <translation>Accept a self-signed server certificate.</translation>
    </message>
    <message>
        <source>Read the API token from standard input and store it in the keyring for the profile (for the session only without --profile or without a keyring).</source>
        <translation>Read the API token from standard input and store it in the keyring for the profile (for the session only without --profile or without a keyring).</translation>
    </message>
    <message>
        <source>User interface language, for example en or de.</source>
        <translation>User interface language, for example en or de.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Render PAGE to the PNG FILE once its data has loaded, then exit. Repeatable. Pages: %1.</source>
        <translation>Render PAGE to the PNG FILE once its data has loaded, then exit. Repeatable. Pages: %1.</translation>
    </message>
    <message>
        <source>PAGE=FILE</source>
        <translation>PAGE=FILE</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 is given more than once.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation>--profile needs a name.</translation>
    </message>
    <message>
        <source>--environment: &quot;%1&quot; is not one of %2.</source>
        <translation>--environment: &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language code such as en or de_DE.</source>
        <translation>--lang: &quot;%1&quot; is not a language code such as en or de_DE.</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; is not PAGE=FILE.</source>
        <translation>--screenshot: &quot;%1&quot; is not PAGE=FILE.</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; is not a page; pages are %2.</source>
        <translation>--screenshot: &quot;%1&quot; is not a page; pages are %2.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>The id must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>The id must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>The name is missing.</translation>
    </message>
    <message>
        <source>Name, role and email take at most 200 characters.</source>
        <translation>Name, role and email take at most 200 characters.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, &apos;+&apos;, &apos;(&apos;, &apos;)&apos; and &apos;-&apos; only.</source>
        <translation>The phone number may hold digits, spaces, &apos;+&apos;, &apos;(&apos;, &apos;)&apos; and &apos;-&apos; only.</translation>
    </message>
    <message>
        <source>The webhook URL must start with http:// or https://.</source>
        <translation>The webhook URL must start with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>insufficient data</source>
        <translation>insufficient data</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significant</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
</context>
<context>
    <name>EnvironmentTags</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Development</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
</context>
<context>
    <name>EscalationPolicy</name>
    <message>
        <source>every alert</source>
        <translation>every alert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a matcher: write label=value, label!=value, label=~regex or label!~regex.</source>
        <translation>&quot;%1&quot; is not a matcher: write label=value, label!=value, label=~regex or label!~regex.</translation>
    </message>
    <message>
        <source>The id must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>The id must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</translation>
    </message>
    <message>
        <source>A policy has 1 to %1 levels.</source>
        <translation>A policy has 1 to %1 levels.</translation>
    </message>
    <message>
        <source>Repeat is 0 to %1.</source>
        <translation>Repeat is 0 to %1.</translation>
    </message>
    <message>
        <source>Level %1 pages nobody: name at least one contact.</source>
        <translation>Level %1 pages nobody: name at least one contact.</translation>
    </message>
    <message>
        <source>The delay of level %1 is 0 to 86400 seconds.</source>
        <translation>The delay of level %1 is 0 to 86400 seconds.</translation>
    </message>
    <message>
        <source>Level %1 names %2, which is not a contact.</source>
        <translation>Level %1 names %2, which is not a contact.</translation>
    </message>
</context>
<context>
    <name>FilterQuery</name>
    <message>
        <source>&quot;%1&quot; has no label before the =; read as text.</source>
        <translation>&quot;%1&quot; has no label before the =; read as text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label name; read as text.</source>
        <translation>&quot;%1&quot; is not a label name; read as text.</translation>
    </message>
</context>
<context>
    <name>GateResults</name>
    <message>
        <source>No gates apply</source>
        <translation>No gates apply</translation>
    </message>
    <message>
        <source>All gates passed (%1 of %1)</source>
        <translation>All gates passed (%1 of %1)</translation>
    </message>
    <message>
        <source>Gates failed: %1 of %2</source>
        <translation>Gates failed: %1 of %2</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>The health report is not a JSON object.</source>
        <translation>The health report is not a JSON object.</translation>
    </message>
    <message>
        <source>The health report has no &quot;status&quot;.</source>
        <translation>The health report has no &quot;status&quot;.</translation>
    </message>
    <message>
        <source>The health report has no &quot;version&quot;.</source>
        <translation>The health report has no &quot;version&quot;.</translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;uptime_seconds&quot; is not a non-negative number.</source>
        <translation>The health report&apos;s &quot;uptime_seconds&quot; is not a non-negative number.</translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;model&quot; is neither an object nor null.</source>
        <translation>The health report&apos;s &quot;model&quot; is neither an object nor null.</translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;store&quot; is not an object.</source>
        <translation>The health report&apos;s &quot;store&quot; is not an object.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Unreachable</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Degraded</translation>
    </message>
    <message>
        <source>%1 — retrying in %2</source>
        <translation>%1 — retrying in %2</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>no token</translation>
    </message>
    <message>
        <source>checking token…</source>
        <translation>checking token…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>token rejected</source>
        <translation>token rejected</translation>
    </message>
    <message>
        <source>token not checked</source>
        <translation>token not checked</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The answer is not a JSON object.</source>
        <translation>The answer is not a JSON object.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 is missing</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 is not a string</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 is not a number</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 is not an integer</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 is not true or false</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time: &quot;%2&quot;</source>
        <translation>%1 is not an ISO 8601 time: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 is not an array</translation>
    </message>
    <message>
        <source>%1[%2] is not a string</source>
        <translation>%1[%2] is not a string</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 is not an object</translation>
    </message>
    <message>
        <source>%1 is not a stage: &quot;%2&quot;</source>
        <translation>%1 is not a stage: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a kind of change: &quot;%2&quot;</source>
        <translation>%1 is not a kind of change: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.%2 is not a string</source>
        <translation>%1.%2 is not a string</translation>
    </message>
    <message>
        <source>%1 is not a boolean</source>
        <translation>%1 is not a boolean</translation>
    </message>
</context>
<context>
    <name>ModelStages</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archived</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>The alert queue: pending, firing, acknowledged and silenced alerts computed from the SLO windows, with acknowledge and silence actions.</source>
        <translation>The alert queue: pending, firing, acknowledged and silenced alerts computed from the SLO windows, with acknowledge and silence actions.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>The model registry: every version with its evaluation metrics, and its stage (None, Staging, Production, Archived), with promotion and rollback.</source>
        <translation>The model registry: every version with its evaluation metrics, and its stage (None, Staging, Production, Archived), with promotion and rollback.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups against the 24 h recovery point and 2 h recovery time objectives, with backup, verify and restore.</source>
        <translation>Backups against the 24 h recovery point and 2 h recovery time objectives, with backup, verify and restore.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Guided runbooks: step-by-step incident procedures that call recopsd, check what comes back, branch, and record a timeline, journaled locally so they work while the server is down.</source>
        <translation>Guided runbooks: step-by-step incident procedures that call recopsd, check what comes back, branch, and record a timeline, journaled locally so they work while the server is down.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Open and past incidents with their timelines, shared by the whole team.</source>
        <translation>Open and past incidents with their timelines, shared by the whole team.</translation>
    </message>
    <message>
        <source>Service levels and the server&apos;s health: SLO cards with error budgets and burn rates, charts from 15 minutes to 30 days, status, version, uptime, serving model and store.</source>
        <translation>Service levels and the server&apos;s health: SLO cards with error budgets and burn rates, charts from 15 minutes to 30 days, status, version, uptime, serving model and store.</translation>
    </message>
    <message>
        <source>Escalation policies and the contacts they page, level by level, until someone acknowledges, with a dry run of who is paged when.</source>
        <translation>Escalation policies and the contacts they page, level by level, until someone acknowledges, with a dry run of who is paged when.</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: not valid JSON: %2</translation>
    </message>
    <message>
        <source>The file must hold a JSON object, with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>The file must hold a JSON object, with &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a profile file of recops-console.</source>
        <translation>format: must be &quot;%1&quot;; this is not a profile file of recops-console.</translation>
    </message>
    <message>
        <source>version: must be the number %1.</source>
        <translation>version: must be the number %1.</translation>
    </message>
    <message>
        <source>version: %1 is not a version this console reads (it reads %2); the file was written by another version of recops-console.</source>
        <translation>version: %1 is not a version this console reads (it reads %2); the file was written by another version of recops-console.</translation>
    </message>
    <message>
        <source>%1: unknown field.</source>
        <translation>%1: unknown field.</translation>
    </message>
    <message>
        <source>profiles: must be a list of profiles.</source>
        <translation>profiles: must be a list of profiles.</translation>
    </message>
    <message>
        <source>%1: must be an object with name, url and environment.</source>
        <translation>%1: must be an object with name, url and environment.</translation>
    </message>
    <message>
        <source>%1.%2: missing.</source>
        <translation>%1.%2: missing.</translation>
    </message>
    <message>
        <source>%1.%2: must be a string.</source>
        <translation>%1.%2: must be a string.</translation>
    </message>
    <message>
        <source>%1.%2: profile files never carry secrets; remove it and set the token in Connection ▸ Manage connection profiles… instead.</source>
        <translation>%1.%2: profile files never carry secrets; remove it and set the token in Connection ▸ Manage connection profiles… instead.</translation>
    </message>
    <message>
        <source>%1.%2: unknown field.</source>
        <translation>%1.%2: unknown field.</translation>
    </message>
    <message>
        <source>%1.environment: &quot;%2&quot; is not one of production, staging, development, demo.</source>
        <translation>%1.environment: &quot;%2&quot; is not one of production, staging, development, demo.</translation>
    </message>
    <message>
        <source>%1.url: %2</source>
        <translation>%1.url: %2</translation>
    </message>
    <message>
        <source>%1.tls: must be an object.</source>
        <translation>%1.tls: must be an object.</translation>
    </message>
    <message>
        <source>%1.tls.%2: must be a string.</source>
        <translation>%1.tls.%2: must be a string.</translation>
    </message>
    <message>
        <source>%1.tls.%2: must be true or false.</source>
        <translation>%1.tls.%2: must be true or false.</translation>
    </message>
    <message>
        <source>%1.tls.%2: unknown field.</source>
        <translation>%1.tls.%2: unknown field.</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nothing was imported:</translation>
    </message>
    <message>
        <source>No new profile was imported.</source>
        <translation>No new profile was imported.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Imported: %1.</translation>
    </message>
    <message>
        <source>Already saved with the same settings: %1.</source>
        <translation>Already saved with the same settings: %1.</translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot; is already saved for %2 (%3); the file has %4 (%5). Rename one of them to keep both.</source>
        <translation>Not imported: &quot;%1&quot; is already saved for %2 (%3); the file has %4 (%5). Rename one of them to keep both.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>line %1, column %2</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Give the profile a name.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>The name is longer than %1 characters.</translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation>The name contains a control character.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Another profile is already called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 is not a readable file.</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Enter the server address, for example %1.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>The address must start with http:// or https://.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>&quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>The address has no host name.</translation>
    </message>
    <message>
        <source>Leave credentials out of the address: the token field keeps them in the keyring.</source>
        <translation>Leave credentials out of the address: the token field keeps them in the keyring.</translation>
    </message>
    <message>
        <source>The address must not contain a query (?) or a fragment (#).</source>
        <translation>The address must not contain a query (?) or a fragment (#).</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>The token is empty.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks around it.</source>
        <translation>The token has spaces or line breaks around it.</translation>
    </message>
    <message>
        <source>This is not a recopsd token: tokens look like rcp_&lt;16 hex digits&gt;_&lt;64 hex digits&gt;, as printed by &quot;recopsd token create&quot;.</source>
        <translation>This is not a recopsd token: tokens look like rcp_&lt;16 hex digits&gt;_&lt;64 hex digits&gt;, as printed by &quot;recopsd token create&quot;.</translation>
    </message>
</context>
<context>
    <name>RecoveryPointStatus</name>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>within the RPO</source>
        <translation>within the RPO</translation>
    </message>
    <message>
        <source>near the RPO</source>
        <translation>near the RPO</translation>
    </message>
    <message>
        <source>past the RPO</source>
        <translation>past the RPO</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>The backups have not been loaded yet.</source>
        <translation>The backups have not been loaded yet.</translation>
    </message>
    <message>
        <source>Last successful backup %1 ago, within the %2 RPO.</source>
        <translation>Last successful backup %1 ago, within the %2 RPO.</translation>
    </message>
    <message>
        <source>Last successful backup %1 ago: %2 % of the %3 RPO. Take or check a backup soon.</source>
        <translation>Last successful backup %1 ago: %2 % of the %3 RPO. Take or check a backup soon.</translation>
    </message>
    <message>
        <source>No successful backup: the %1 RPO is not met.</source>
        <translation>No successful backup: the %1 RPO is not met.</translation>
    </message>
    <message>
        <source>Last successful backup %1 ago: past the %2 RPO.</source>
        <translation>Last successful backup %1 ago: past the %2 RPO.</translation>
    </message>
</context>
<context>
    <name>RegistryFormat</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>= 0</source>
        <translation>= 0</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source>%1 %2%3 (%2%4 %)</source>
        <translation>%1 %2%3 (%2%4 %)</translation>
    </message>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>same</source>
        <translation>same</translation>
    </message>
</context>
<context>
    <name>RegistryHistory</name>
    <message>
        <source>registered</source>
        <translation>registered</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>alias set</source>
        <translation>alias set</translation>
    </message>
    <message>
        <source>alias removed</source>
        <translation>alias removed</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
</context>
<context>
    <name>RunbookLaunch</name>
    <message>
        <source>A viewer token can read this runbook and its runs but cannot start it: its action steps change state on the server (%1). Use an operator token.</source>
        <translation>A viewer token can read this runbook and its runs but cannot start it: its action steps change state on the server (%1). Use an operator token.</translation>
    </message>
    <message>
        <source>Required: this input has no default.</source>
        <translation>Required: this input has no default.</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 10000.</source>
        <translation>Enter a whole number, for example 10000.</translation>
    </message>
    <message>
        <source>Enter a number, for example 0.5.</source>
        <translation>Enter a number, for example 0.5.</translation>
    </message>
    <message>
        <source>Enter true or false.</source>
        <translation>Enter true or false.</translation>
    </message>
    <message>
        <source>Enter a duration: a number and a unit (ms, s, m, h, d), for example %1.</source>
        <translation>Enter a duration: a number and a unit (ms, s, m, h, d), for example %1.</translation>
    </message>
</context>
<context>
    <name>RunbookStateText</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Waiting for a person</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Halted</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Aborted</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Waiting for confirmation</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>Waiting for the operator</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Waiting for approval</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrupted</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>Wait until</source>
        <translation>Wait until</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>local only</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
</context>
<context>
    <name>SilenceRequest</name>
    <message>
        <source>Choose at least one label to match.</source>
        <translation>Choose at least one label to match.</translation>
    </message>
    <message>
        <source>At least one label must match a value that is not empty, or the silence would match every alert.</source>
        <translation>At least one label must match a value that is not empty, or the silence would match every alert.</translation>
    </message>
    <message>
        <source>The duration must be between 1 second and 366 days.</source>
        <translation>The duration must be between 1 second and 366 days.</translation>
    </message>
    <message>
        <source>Say why the alerts are silenced.</source>
        <translation>Say why the alerts are silenced.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>The comment is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>Staleness</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>%1 s ago</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>%1 min ago</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>%1 h ago</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>%1 d ago</translation>
    </message>
    <message>
        <source>stale — never updated</source>
        <translation>stale — never updated</translation>
    </message>
    <message>
        <source>stale — last update %1, %2</source>
        <translation>stale — last update %1, %2</translation>
    </message>
</context>
<context>
    <name>TokenIdentity</name>
    <message>
        <source>The identity is not a JSON object.</source>
        <translation>The identity is not a JSON object.</translation>
    </message>
    <message>
        <source>The identity has no &quot;role&quot;.</source>
        <translation>The identity has no &quot;role&quot;.</translation>
    </message>
</context>
<context>
    <name>TokenRole</name>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>client</source>
        <translation>client</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>Changing models needs the operator role; the token&apos;s role is not known yet.</source>
        <translation>Changing models needs the operator role; the token&apos;s role is not known yet.</translation>
    </message>
    <message>
        <source>Changing models needs the operator role; this token is a %1.</source>
        <translation>Changing models needs the operator role; this token is a %1.</translation>
    </message>
</context>
<context>
    <name>TrainingRequest</name>
    <message>
        <source>&quot;%1&quot; is not name=value, as in factors=64</source>
        <translation>&quot;%1&quot; is not name=value, as in factors=64</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 is given twice</translation>
    </message>
    <message>
        <source>Parameters: %1.</source>
        <translation>Parameters: %1.</translation>
    </message>
    <message>
        <source>Parameters need an algorithm: recopsd&apos;s own choice takes no parameters.</source>
        <translation>Parameters need an algorithm: recopsd&apos;s own choice takes no parameters.</translation>
    </message>
    <message>
        <source>Window: the number of days must be positive.</source>
        <translation>Window: the number of days must be positive.</translation>
    </message>
    <message>
        <source>Window: give both the start and the end.</source>
        <translation>Window: give both the start and the end.</translation>
    </message>
    <message>
        <source>Window: the start must be before the end.</source>
        <translation>Window: the start must be before the end.</translation>
    </message>
    <message>
        <source>Label: at most 500 bytes.</source>
        <translation>Label: at most 500 bytes.</translation>
    </message>
    <message>
        <source>Target stage: Staging or Production, or none to register the version only.</source>
        <translation>Target stage: Staging or Production, or none to register the version only.</translation>
    </message>
    <message>
        <source>A dry run registers nothing, so it cannot promote to a stage.</source>
        <translation>A dry run registers nothing, so it cannot promote to a stage.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try recops-console --help.</source>
        <translation>Try recops-console --help.</translation>
    </message>
</context>
<context>
    <name>recops::console::AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <source>Acknowledge %1</source>
        <translation>Acknowledge %1</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Where the change happens</translation>
    </message>
    <message>
        <source>%1 (%2, %3 since %4): %5</source>
        <translation>%1 (%2, %3 since %4): %5</translation>
    </message>
    <message>
        <source>The alert</source>
        <translation>The alert</translation>
    </message>
    <message>
        <source>&amp;Comment (what you are doing about it):</source>
        <translation>&amp;Comment (what you are doing about it):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>loading the last good model</source>
        <translation>loading the last good model</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>The comment is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertActions</name>
    <message>
        <source>Acknowledged %1.</source>
        <translation>Acknowledged %1.</translation>
    </message>
    <message>
        <source>Silenced alerts matching %1.</source>
        <translation>Silenced alerts matching %1.</translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation>Expire silence</translation>
    </message>
    <message>
        <source>Expire the silence of %1 now?</source>
        <translation>Expire the silence of %1 now?</translation>
    </message>
    <message>
        <source>Created by %1: %2. The alerts it matched page again.</source>
        <translation>Created by %1: %2. The alerts it matched page again.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Silence %1 expired.</source>
        <translation>Silence %1 expired.</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertEventModel</name>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>fired</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>cleared before firing</source>
        <translation>cleared before firing</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertHistoryStore</name>
    <message>
        <source>Cannot keep the alert %1: %2</source>
        <translation>Cannot keep the alert %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete old alerts: %1</source>
        <translation>Cannot delete old alerts: %1</translation>
    </message>
    <message>
        <source>Cannot delete alert history: %1</source>
        <translation>Cannot delete alert history: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertQueuePanel</name>
    <message>
        <source>History of the selected alert</source>
        <translation>History of the selected alert</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Acknowledge…</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Silence…</translation>
    </message>
    <message>
        <source>Run &amp;runbook</source>
        <translation>Run &amp;runbook</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Alert queue</translation>
    </message>
    <message>
        <source>History note</source>
        <translation>History note</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Acknowledge the selected alert</translation>
    </message>
    <message>
        <source>Record that you are on it, with a comment: escalation stops.</source>
        <translation>Record that you are on it, with a comment: escalation stops.</translation>
    </message>
    <message>
        <source>Silence alerts like the selected one</source>
        <translation>Silence alerts like the selected one</translation>
    </message>
    <message>
        <source>Mute the alerts with the selected alert&apos;s labels for a while.</source>
        <translation>Mute the alerts with the selected alert&apos;s labels for a while.</translation>
    </message>
    <message>
        <source>Run the runbook of the selected alert</source>
        <translation>Run the runbook of the selected alert</translation>
    </message>
    <message>
        <source>Select an alert to see what happened to it.</source>
        <translation>Select an alert to see what happened to it.</translation>
    </message>
    <message>
        <source>Nothing recorded for this alert yet.</source>
        <translation>Nothing recorded for this alert yet.</translation>
    </message>
    <message>
        <source>Prepare the runbook that answers this alert on the Runbooks page, its inputs filled from the alert&apos;s labels.</source>
        <translation>Prepare the runbook that answers this alert on the Runbooks page, its inputs filled from the alert&apos;s labels.</translation>
    </message>
    <message>
        <source>Loading the history of %1…</source>
        <translation>Loading the history of %1…</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertTableModel</name>
    <message>
        <source>silenced</source>
        <translation>silenced</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 at %2: %3</translation>
    </message>
    <message>
        <source>Matched by silence %1</source>
        <translation>Matched by silence %1</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Acknowledged by</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Silenced</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertTrayNotifier</name>
    <message>
        <source>RecOps Console</source>
        <translation>RecOps Console</translation>
    </message>
    <message>
        <source>Critical alert: %1</source>
        <translation>Critical alert: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Alert queue</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alert history</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Critical alerts</translation>
    </message>
    <message>
        <source>Active (pending and firing)</source>
        <translation>Active (pending and firing)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Firing</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Alert state</source>
        <translation>Alert state</translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation>Every severity</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warning and critical</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Alert severity</source>
        <translation>Alert severity</translation>
    </message>
    <message>
        <source>Not silenced</source>
        <translation>Not silenced</translation>
    </message>
    <message>
        <source>Silenced too</source>
        <translation>Silenced too</translation>
    </message>
    <message>
        <source>Silenced only</source>
        <translation>Silenced only</translation>
    </message>
    <message>
        <source>Silenced alerts</source>
        <translation>Silenced alerts</translation>
    </message>
    <message>
        <source>Filter: text, or severity=critical rule=High* team=ml (Ctrl+F)</source>
        <translation>Filter: text, or severity=critical rule=High* team=ml (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter alerts</source>
        <translation>Filter alerts</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>What this token may do</translation>
    </message>
    <message>
        <source>Outcome of the last change</source>
        <translation>Outcome of the last change</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>S&amp;tate:</translation>
    </message>
    <message>
        <source>Si&amp;lenced:</source>
        <translation>Si&amp;lenced:</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>Sile&amp;nces</source>
        <translation>Sile&amp;nces</translation>
    </message>
    <message>
        <source>Alert views</source>
        <translation>Alert views</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>The history could not be loaded: %1</translation>
    </message>
    <message>
        <source>No runbook answers %1: a runbook names the alerts it answers in its triggers.</source>
        <translation>No runbook answers %1: a runbook names the alerts it answers in its triggers.</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Role not known yet: read-only</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token role %1: read-only</translation>
    </message>
    <message>
        <source>Token role %1: acknowledges and silences</source>
        <translation>Token role %1: acknowledges and silences</translation>
    </message>
    <message>
        <source>Run the runbook of the selected alert</source>
        <translation>Run the runbook of the selected alert</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>runbook</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert…</source>
        <translation>Acknowledge the selected alert…</translation>
    </message>
    <message>
        <source>ack</source>
        <translation>ack</translation>
    </message>
    <message>
        <source>on it</source>
        <translation>on it</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Silence alerts like the selected one…</source>
        <translation>Silence alerts like the selected one…</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>mute</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>snooze</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>maintenance</translation>
    </message>
    <message>
        <source>Select an alert on the Alerts page first.</source>
        <translation>Select an alert on the Alerts page first.</translation>
    </message>
    <message>
        <source>Already acknowledged by %1.</source>
        <translation>Already acknowledged by %1.</translation>
    </message>
    <message>
        <source>A resolved alert is not acknowledged.</source>
        <translation>A resolved alert is not acknowledged.</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Severit&amp;y:</translation>
    </message>
</context>
<context>
    <name>recops::console::AliasDialog</name>
    <message>
        <source>&amp;Remove alias…</source>
        <translation>&amp;Remove alias…</translation>
    </message>
    <message>
        <source>Aliases of %1</source>
        <translation>Aliases of %1</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>champion</source>
        <translation>champion</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Where the alias is now</source>
        <translation>Where the alias is now</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Remove alias</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>Now on:</source>
        <translation>Now on:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>&amp;Move alias…</source>
        <translation>&amp;Move alias…</translation>
    </message>
    <message>
        <source>&amp;Set alias…</source>
        <translation>&amp;Set alias…</translation>
    </message>
    <message>
        <source>An alias is 1 to 64 characters: a-z, 0-9, - and _ (such as champion).</source>
        <translation>An alias is 1 to 64 characters: a-z, 0-9, - and _ (such as champion).</translation>
    </message>
    <message>
        <source>Confirm the alias</source>
        <translation>Confirm the alias</translation>
    </message>
    <message>
        <source>An alias names a version in the registry; what recopsd serves does not change. The stage history records who moved it.</source>
        <translation>An alias names a version in the registry; what recopsd serves does not change. The stage history records who moved it.</translation>
    </message>
    <message>
        <source>Move alias</source>
        <translation>Move alias</translation>
    </message>
    <message>
        <source>Set alias</source>
        <translation>Set alias</translation>
    </message>
    <message>
        <source>Confirm the removal</source>
        <translation>Confirm the removal</translation>
    </message>
    <message>
        <source>What recopsd serves does not change. The stage history records the removal.</source>
        <translation>What recopsd serves does not change. The stage history records the removal.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>recopsd refused: %1</source>
        <translation>recopsd refused: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ApiClient</name>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>The CA file %1 does not exist.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// server address.</source>
        <translation>%1 is not an http:// or https:// server address.</translation>
    </message>
</context>
<context>
    <name>recops::console::ApiReply</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>The call was cancelled.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>No answer within %1 ms.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>The body is not valid JSON (%1 at byte %2).</translation>
    </message>
</context>
<context>
    <name>recops::console::BackupActions</name>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Take a backup of the database and the models directory now?</source>
        <translation>Take a backup of the database and the models directory now?</translation>
    </message>
    <message>
        <source>recopsd takes it on its backup thread; serving goes on meanwhile.</source>
        <translation>recopsd takes it on its backup thread; serving goes on meanwhile.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Back up</translation>
    </message>
    <message>
        <source>Backup queued.</source>
        <translation>Backup queued.</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>Verify backup</translation>
    </message>
    <message>
        <source>Verify backup %1 (taken %2)?</source>
        <translation>Verify backup %1 (taken %2)?</translation>
    </message>
    <message>
        <source>recopsd restores it into scratch space and checks it against its manifest; the live data is not touched.</source>
        <translation>recopsd restores it into scratch space and checks it against its manifest; the live data is not touched.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Verify</translation>
    </message>
    <message>
        <source>Verification of %1 queued.</source>
        <translation>Verification of %1 queued.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>recopsd&apos;s answer was not understood: %1</source>
        <translation>recopsd&apos;s answer was not understood: %1</translation>
    </message>
    <message>
        <source>Restore of %1 queued.</source>
        <translation>Restore of %1 queued.</translation>
    </message>
</context>
<context>
    <name>recops::console::BackupTableModel</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>passed %1</translation>
    </message>
    <message numerus="yes">
        <source>failed: %n problem(s)</source>
        <translation>
            <numerusform>failed: %n problem</numerusform>
            <numerusform>failed: %n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>verification queued</source>
        <translation>verification queued</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>verifying</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>schedule</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>command line</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Backup id</source>
        <translation>Backup id</translation>
    </message>
</context>
<context>
    <name>recops::console::BackupsPage</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Recovery point</source>
        <translation>Recovery point</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>Backup schedule</translation>
    </message>
    <message>
        <source>Filter: text, or status=failed trigger=schedule (Ctrl+F)</source>
        <translation>Filter: text, or status=failed trigger=schedule (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter backups</source>
        <translation>Filter backups</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>What this token may do</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Take a backup of the database and the models directory now.</source>
        <translation>Take a backup of the database and the models directory now.</translation>
    </message>
    <message>
        <source>Verify the selected backup</source>
        <translation>Verify the selected backup</translation>
    </message>
    <message>
        <source>Restore the selected backup into scratch space and check it against its manifest.</source>
        <translation>Restore the selected backup into scratch space and check it against its manifest.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restore the selected backup</translation>
    </message>
    <message>
        <source>Replace the live database and models by the selected backup.</source>
        <translation>Replace the live database and models by the selected backup.</translation>
    </message>
    <message>
        <source>No backup schedule: backups are taken only when asked for.</source>
        <translation>No backup schedule: backups are taken only when asked for.</translation>
    </message>
    <message>
        <source>Scheduled every %1, next at %2.</source>
        <translation>Scheduled every %1, next at %2.</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Role not known yet: read-only</translation>
    </message>
    <message>
        <source>Token role %1: backs up, verifies and restores</source>
        <translation>Token role %1: backs up, verifies and restores</translation>
    </message>
    <message>
        <source>Token role %1: backs up and verifies</source>
        <translation>Token role %1: backs up and verifies</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token role %1: read-only</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Back up now…</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Verify the selected backup…</source>
        <translation>Verify the selected backup…</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>manifest</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>recover</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Select a backup on the Backups page first.</source>
        <translation>Select a backup on the Backups page first.</translation>
    </message>
    <message>
        <source>Only a successful backup with nothing in flight can be verified or restored.</source>
        <translation>Only a successful backup with nothing in flight can be verified or restored.</translation>
    </message>
</context>
<context>
    <name>recops::console::CanaryPanel</name>
    <message>
        <source>&amp;Promote canary…</source>
        <translation>&amp;Promote canary…</translation>
    </message>
    <message>
        <source>A&amp;bort canary…</source>
        <translation>A&amp;bort canary…</translation>
    </message>
    <message>
        <source>Canary status</source>
        <translation>Canary status</translation>
    </message>
    <message>
        <source>Candidate version</source>
        <translation>Candidate version</translation>
    </message>
    <message>
        <source>Candidate&apos;s share of traffic</source>
        <translation>Candidate&apos;s share of traffic</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Candidate&apos;s share in percent</source>
        <translation>Candidate&apos;s share in percent</translation>
    </message>
    <message>
        <source>Promote canary</source>
        <translation>Promote canary</translation>
    </message>
    <message>
        <source>Promote the candidate to Production through the gates.</source>
        <translation>Promote the candidate to Production through the gates.</translation>
    </message>
    <message>
        <source>Abort canary</source>
        <translation>Abort canary</translation>
    </message>
    <message>
        <source>Send all traffic back to Production.</source>
        <translation>Send all traffic back to Production.</translation>
    </message>
    <message>
        <source>Ca&amp;ndidate:</source>
        <translation>Ca&amp;ndidate:</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>S&amp;hare:</translation>
    </message>
    <message>
        <source>Canary arms</source>
        <translation>Canary arms</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No canary runs: Production takes all of the serving model&apos;s traffic.</source>
        <translation>No canary runs: Production takes all of the serving model&apos;s traffic.</translation>
    </message>
    <message>
        <source>Version %1 takes %2 of %3&apos;s traffic since %4 (started by %5).</source>
        <translation>Version %1 takes %2 of %3&apos;s traffic since %4 (started by %5).</translation>
    </message>
    <message>
        <source>The candidate serves; figures since %1.</source>
        <translation>The candidate serves; figures since %1.</translation>
    </message>
    <message>
        <source>The candidate is not serving yet: it is loading, or failed to load (see the Dashboard).</source>
        <translation>The candidate is not serving yet: it is loading, or failed to load (see the Dashboard).</translation>
    </message>
    <message>
        <source>&amp;Change share…</source>
        <translation>&amp;Change share…</translation>
    </message>
    <message>
        <source>&amp;Start canary…</source>
        <translation>&amp;Start canary…</translation>
    </message>
    <message>
        <source>Change share</source>
        <translation>Change share</translation>
    </message>
    <message>
        <source>Start canary</source>
        <translation>Start canary</translation>
    </message>
</context>
<context>
    <name>recops::console::ChartHistoryStore</name>
    <message>
        <source>Cannot keep a sample of %1: %2</source>
        <translation>Cannot keep a sample of %1: %2</translation>
    </message>
    <message>
        <source>Cannot delete old chart samples: %1</source>
        <translation>Cannot delete old chart samples: %1</translation>
    </message>
    <message>
        <source>Cannot delete chart samples: %1</source>
        <translation>Cannot delete chart samples: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::CohortMetricsModel</name>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
</context>
<context>
    <name>recops::console::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Command palette</translation>
    </message>
    <message>
        <source>Type a command: go to, refresh, switch, unlock…</source>
        <translation>Type a command: go to, refresh, switch, unlock…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Type to search the commands; Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Type to search the commands; Up and Down choose, Enter runs, Escape closes.</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Matching commands</translation>
    </message>
    <message>
        <source>Selected command</source>
        <translation>Selected command</translation>
    </message>
    <message>
        <source>No command matches.</source>
        <translation>No command matches.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Not available: %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>recops::console::CommandRegistry</name>
    <message>
        <source>There is no command %1.</source>
        <translation>There is no command %1.</translation>
    </message>
    <message>
        <source>%1, shortcut %2</source>
        <translation>%1, shortcut %2</translation>
    </message>
</context>
<context>
    <name>recops::console::ConnectionTester</name>
    <message>
        <source>Not reachable: %1</source>
        <translation>Not reachable: %1</translation>
    </message>
    <message>
        <source>recopsd %1 answered in %2 ms (status %3).</source>
        <translation>recopsd %1 answered in %2 ms (status %3).</translation>
    </message>
    <message>
        <source>%1 The token is accepted: %2, role %3.</source>
        <translation>%1 The token is accepted: %2, role %3.</translation>
    </message>
    <message>
        <source>%1 No token is set, so only the health check works.</source>
        <translation>%1 No token is set, so only the health check works.</translation>
    </message>
    <message>
        <source>%1 The token is rejected: %2</source>
        <translation>%1 The token is rejected: %2</translation>
    </message>
    <message>
        <source>%1 The token could not be checked: %2</source>
        <translation>%1 The token could not be checked: %2</translation>
    </message>
</context>
<context>
    <name>recops::console::ConsoleStartup</name>
    <message>
        <source>There is no profile named &quot;%1&quot;, and no profile is saved yet. Add --server URL to create it.</source>
        <translation>There is no profile named &quot;%1&quot;, and no profile is saved yet. Add --server URL to create it.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>There is no profile named &quot;%1&quot;. Saved profiles: %2.</translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3)</source>
        <translation>wrote %1 (%2×%3)</translation>
    </message>
</context>
<context>
    <name>recops::console::ContactDialog</name>
    <message>
        <source>Contact id</source>
        <translation>Contact id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook URL</translation>
    </message>
    <message>
        <source>PagerDuty routing key</source>
        <translation>PagerDuty routing key</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Add a contact</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>alice, sre-primary</source>
        <translation>alice, sre-primary</translation>
    </message>
    <message>
        <source>+49 30 1234567</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>Webhook format</source>
        <translation>Webhook format</translation>
    </message>
    <message>
        <source>No webhook</source>
        <translation>No webhook</translation>
    </message>
    <message>
        <source>set on the server; leave empty to keep it</source>
        <translation>set on the server; leave empty to keep it</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>&amp;Webhook:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Routing &amp;key:</source>
        <translation>Routing &amp;key:</translation>
    </message>
    <message>
        <source>There is a contact %1 already.</source>
        <translation>There is a contact %1 already.</translation>
    </message>
</context>
<context>
    <name>recops::console::ContactTableModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (routing key set)</source>
        <translation> (routing key set)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
</context>
<context>
    <name>recops::console::ContactsPage</name>
    <message>
        <source>&amp;Add contact…</source>
        <translation>&amp;Add contact…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>&amp;Edit contact…</translation>
    </message>
    <message>
        <source>&amp;Remove contact…</source>
        <translation>&amp;Remove contact…</translation>
    </message>
    <message>
        <source>Add &amp;policy…</source>
        <translation>Add &amp;policy…</translation>
    </message>
    <message>
        <source>Ed&amp;it policy…</source>
        <translation>Ed&amp;it policy…</translation>
    </message>
    <message>
        <source>Remo&amp;ve policy…</source>
        <translation>Remo&amp;ve policy…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation>Escalation policies</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Alert queue</translation>
    </message>
    <message>
        <source>Filter contacts and policies (Ctrl+F)</source>
        <translation>Filter contacts and policies (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter contacts and policies</source>
        <translation>Filter contacts and policies</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>What this token may do</translation>
    </message>
    <message>
        <source>Outcome of the last change</source>
        <translation>Outcome of the last change</translation>
    </message>
    <message>
        <source>Contacts and escalation sections</source>
        <translation>Contacts and escalation sections</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Escalation p&amp;olicies</source>
        <translation>Escalation p&amp;olicies</translation>
    </message>
    <message>
        <source>Dry &amp;run</source>
        <translation>Dry &amp;run</translation>
    </message>
    <message>
        <source>Contact %1 added.</source>
        <translation>Contact %1 added.</translation>
    </message>
    <message>
        <source>Contact %1 is gone meanwhile: nothing saved.</source>
        <translation>Contact %1 is gone meanwhile: nothing saved.</translation>
    </message>
    <message>
        <source>Contact %1 saved.</source>
        <translation>Contact %1 saved.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <source>Remove the contact %1 (%2)?</source>
        <translation>Remove the contact %1 (%2)?</translation>
    </message>
    <message>
        <source>Escalation stops paging them. A contact a policy still pages cannot be removed: change the policy first.</source>
        <translation>Escalation stops paging them. A contact a policy still pages cannot be removed: change the policy first.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Contact %1 removed.</source>
        <translation>Contact %1 removed.</translation>
    </message>
    <message>
        <source>Escalation policy %1 added.</source>
        <translation>Escalation policy %1 added.</translation>
    </message>
    <message>
        <source>Escalation policy %1 is gone meanwhile: nothing saved.</source>
        <translation>Escalation policy %1 is gone meanwhile: nothing saved.</translation>
    </message>
    <message>
        <source>Escalation policy %1 saved.</source>
        <translation>Escalation policy %1 saved.</translation>
    </message>
    <message>
        <source>Remove escalation policy</source>
        <translation>Remove escalation policy</translation>
    </message>
    <message>
        <source>Remove the escalation policy %1?</source>
        <translation>Remove the escalation policy %1?</translation>
    </message>
    <message>
        <source>Alerts it escalates go to the next policy that matches them, or page nobody.</source>
        <translation>Alerts it escalates go to the next policy that matches them, or page nobody.</translation>
    </message>
    <message>
        <source>Escalation policy %1 removed.</source>
        <translation>Escalation policy %1 removed.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Role not known yet: read-only</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token role %1: read-only</translation>
    </message>
    <message>
        <source>Token role %1: edits contacts and policies</source>
        <translation>Token role %1: edits contacts and policies</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Add a contact…</translation>
    </message>
    <message>
        <source>Add an escalation policy…</source>
        <translation>Add an escalation policy…</translation>
    </message>
    <message>
        <source>on-call</source>
        <translation>on-call</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>escalation</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>A change is being saved.</source>
        <translation>A change is being saved.</translation>
    </message>
    <message>
        <source>The Contacts page has not loaded yet.</source>
        <translation>The Contacts page has not loaded yet.</translation>
    </message>
    <message>
        <source>Dry-run an escalation policy for an alert</source>
        <translation>Dry-run an escalation policy for an alert</translation>
    </message>
    <message>
        <source>who is paged</source>
        <translation>who is paged</translation>
    </message>
</context>
<context>
    <name>recops::console::DashboardPage</name>
    <message>
        <source>Server status</source>
        <translation>Server status</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Edit profile…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Uptime</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Last health check</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Serving model</source>
        <translation>Serving model</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Health indicator</source>
        <translation>Health indicator</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation>Uptime:</translation>
    </message>
    <message>
        <source>Last health check:</source>
        <translation>Last health check:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Health-check round trip, measured by the console</source>
        <translation>Health-check round trip, measured by the console</translation>
    </message>
    <message>
        <source> (last known)</source>
        <translation> (last known)</translation>
    </message>
    <message>
        <source>No model is loaded: recopsd serves no recommendations until a model version reaches Production.</source>
        <translation>No model is loaded: recopsd serves no recommendations until a model version reaches Production.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>The server did not show its health report to this token.</source>
        <translation>The server did not show its health report to this token.</translation>
    </message>
    <message>
        <source>Not known until the server answers.</source>
        <translation>Not known until the server answers.</translation>
    </message>
    <message>
        <source>answered in %1 at %2</source>
        <translation>answered in %1 at %2</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>failed at %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>not checked yet</translation>
    </message>
    <message>
        <source>recopsd at %1 does not answer: %2</source>
        <translation>recopsd at %1 does not answer: %2</translation>
    </message>
    <message>
        <source>The server refused the token: %1. Set a valid token in the profile.</source>
        <translation>The server refused the token: %1. Set a valid token in the profile.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>The token could not be checked: %1</translation>
    </message>
    <message>
        <source>No token is set for this connection: only the open health check works. Add a token in the profile to see more.</source>
        <translation>No token is set for this connection: only the open health check works. Add a token in the profile to see more.</translation>
    </message>
    <message>
        <source>recopsd reports itself %1.</source>
        <translation>recopsd reports itself %1.</translation>
    </message>
    <message>
        <source>recopsd reports itself %1: %2</source>
        <translation>recopsd reports itself %1: %2</translation>
    </message>
    <message>
        <source>Filter the model and store properties: text, or property=index.* value!=0 (Ctrl+F)</source>
        <translation>Filter the model and store properties: text, or property=index.* value!=0 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Filter properties</translation>
    </message>
    <message>
        <source>Dashboard sections</source>
        <translation>Dashboard sections</translation>
    </message>
    <message>
        <source>&amp;Service levels</source>
        <translation>&amp;Service levels</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Pause or resume the dashboard&apos;s chart refresh</source>
        <translation>Pause or resume the dashboard&apos;s chart refresh</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>charts</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>auto-refresh</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>freeze</translation>
    </message>
    <message>
        <source>Show the last %1 on the dashboard&apos;s charts</source>
        <translation>Show the last %1 on the dashboard&apos;s charts</translation>
    </message>
    <message>
        <source>time range</source>
        <translation>time range</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
</context>
<context>
    <name>recops::console::DriftFeatureModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Samples</translation>
    </message>
</context>
<context>
    <name>recops::console::DriftPanel</name>
    <message>
        <source>Drift summary</source>
        <translation>Drift summary</translation>
    </message>
    <message>
        <source>PSI bands</source>
        <translation>PSI bands</translation>
    </message>
    <message>
        <source>PSI bands: %1 %2 %3 %4</source>
        <translation>PSI bands: %1 %2 %3 %4</translation>
    </message>
    <message>
        <source>stable &lt; 0.2</source>
        <translation>stable &lt; 0.2</translation>
    </message>
    <message>
        <source>moderate ≥ 0.2</source>
        <translation>moderate ≥ 0.2</translation>
    </message>
    <message>
        <source>significant ≥ 0.3</source>
        <translation>significant ≥ 0.3</translation>
    </message>
    <message>
        <source>severe ≥ 0.5</source>
        <translation>severe ≥ 0.5</translation>
    </message>
    <message>
        <source>Drift per feature</source>
        <translation>Drift per feature</translation>
    </message>
    <message>
        <source>share of observations</source>
        <translation>share of observations</translation>
    </message>
    <message>
        <source>Baseline and live distribution</source>
        <translation>Baseline and live distribution</translation>
    </message>
    <message>
        <source>No drift figures: no Production version with a training baseline is served.</source>
        <translation>No drift figures: no Production version with a training baseline is served.</translation>
    </message>
    <message>
        <source>No drift figures yet for %1: recopsd computes them once live traffic fills its window.</source>
        <translation>No drift figures yet for %1: recopsd computes them once live traffic fills its window.</translation>
    </message>
    <message>
        <source>Live traffic of the last %1 against the training window of %2, computed at %3.</source>
        <translation>Live traffic of the last %1 against the training window of %2, computed at %3.</translation>
    </message>
    <message>
        <source>Select a feature to see its distributions.</source>
        <translation>Select a feature to see its distributions.</translation>
    </message>
    <message>
        <source>training window</source>
        <translation>training window</translation>
    </message>
    <message>
        <source>live traffic</source>
        <translation>live traffic</translation>
    </message>
    <message>
        <source>%1: PSI %2 (%3)</source>
        <translation>%1: PSI %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>recops::console::DryRunStepModel</name>
    <message>
        <source>paged</source>
        <translation>paged</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>due now</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation>no webhook</translation>
    </message>
    <message>
        <source>when it fires</source>
        <translation>when it fires</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>After firing</source>
        <translation>After firing</translation>
    </message>
    <message>
        <source>At</source>
        <translation>At</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Paged</source>
        <translation>Paged</translation>
    </message>
</context>
<context>
    <name>recops::console::EnvironmentBanner</name>
    <message>
        <source>Connected environment</source>
        <translation>Connected environment</translation>
    </message>
    <message>
        <source>unsaved connection</source>
        <translation>unsaved connection</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — %2 — read-only</source>
        <translation>PRODUCTION — %1 — %2 — read-only</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — %2 — changes unlocked</source>
        <translation>PRODUCTION — %1 — %2 — changes unlocked</translation>
    </message>
</context>
<context>
    <name>recops::console::EscalationDryRunPanel</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Dry run</translation>
    </message>
    <message>
        <source>Escalation dry run</source>
        <translation>Escalation dry run</translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation>Escalation policy</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>an alert id</source>
        <translation>an alert id</translation>
    </message>
    <message>
        <source>Dry-run the policy for the alert</source>
        <translation>Dry-run the policy for the alert</translation>
    </message>
    <message>
        <source>Dry run result</source>
        <translation>Dry run result</translation>
    </message>
    <message>
        <source>Who is paged when</source>
        <translation>Who is paged when</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Policy:</translation>
    </message>
    <message>
        <source>A&amp;lert:</source>
        <translation>A&amp;lert:</translation>
    </message>
    <message>
        <source>Choose a policy and an alert: the dry run shows whom the policy pages at each step, and when.</source>
        <translation>Choose a policy and an alert: the dry run shows whom the policy pages at each step, and when.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Choose a policy and an alert first.</source>
        <translation>Choose a policy and an alert first.</translation>
    </message>
    <message>
        <source>Asking recopsd…</source>
        <translation>Asking recopsd…</translation>
    </message>
    <message>
        <source>No dry run: %1</source>
        <translation>No dry run: %1</translation>
    </message>
    <message>
        <source>Policy %1 matches alert %2 (%3).</source>
        <translation>Policy %1 matches alert %2 (%3).</translation>
    </message>
    <message>
        <source>Policy %1 does not match alert %2 (%3): these steps are what it would do.</source>
        <translation>Policy %1 does not match alert %2 (%3): these steps are what it would do.</translation>
    </message>
    <message>
        <source>No policy escalates this alert.</source>
        <translation>No policy escalates this alert.</translation>
    </message>
    <message>
        <source>It is escalated by %1 in fact.</source>
        <translation>It is escalated by %1 in fact.</translation>
    </message>
    <message>
        <source>Stops when: %1.</source>
        <translation>Stops when: %1.</translation>
    </message>
</context>
<context>
    <name>recops::console::EscalationLevelModel</name>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Contacts (ids, comma-separated)</source>
        <translation>Contacts (ids, comma-separated)</translation>
    </message>
    <message>
        <source>Wait before the next level (s)</source>
        <translation>Wait before the next level (s)</translation>
    </message>
</context>
<context>
    <name>recops::console::EscalationPolicyDialog</name>
    <message>
        <source>&amp;Add level</source>
        <translation>&amp;Add level</translation>
    </message>
    <message>
        <source>Re&amp;move level</source>
        <translation>Re&amp;move level</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <source>Add an escalation policy</source>
        <translation>Add an escalation policy</translation>
    </message>
    <message>
        <source>Edit escalation policy %1</source>
        <translation>Edit escalation policy %1</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Policy id</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Policy name</translation>
    </message>
    <message>
        <source>Alerts it escalates</source>
        <translation>Alerts it escalates</translation>
    </message>
    <message>
        <source>every alert; or severity=critical, alertname=~High.*</source>
        <translation>every alert; or severity=critical, alertname=~High.*</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source> more times</source>
        <translation> more times</translation>
    </message>
    <message>
        <source>Escalation levels</source>
        <translation>Escalation levels</translation>
    </message>
    <message>
        <source>Known contacts: %1</source>
        <translation>Known contacts: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;lerts:</source>
        <translation>A&amp;lerts:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>Levels, paged in order until someone acknowledges:</source>
        <translation>Levels, paged in order until someone acknowledges:</translation>
    </message>
    <message>
        <source>There is a policy %1 already.</source>
        <translation>There is a policy %1 already.</translation>
    </message>
</context>
<context>
    <name>recops::console::EscalationPolicyTableModel</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Levels</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
</context>
<context>
    <name>recops::console::GateResultModel</name>
    <message>
        <source>✓ passed</source>
        <translation>✓ passed</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ failed</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>recops::console::HealthDataSource</name>
    <message>
        <source>Server health</source>
        <translation>Server health</translation>
    </message>
</context>
<context>
    <name>recops::console::HealthStatusWidget</name>
    <message>
        <source>Server status</source>
        <translation>Server status</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Server version</translation>
    </message>
    <message>
        <source>Latency of the last call</source>
        <translation>Latency of the last call</translation>
    </message>
    <message>
        <source>Token role</source>
        <translation>Token role</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Server health</translation>
    </message>
    <message>
        <source>Health indicator</source>
        <translation>Health indicator</translation>
    </message>
    <message>
        <source>Round trip of the last call the console made to recopsd</source>
        <translation>Round trip of the last call the console made to recopsd</translation>
    </message>
    <message>
        <source>Unreachable, retrying in %1</source>
        <translation>Unreachable, retrying in %1</translation>
    </message>
    <message>
        <source>recopsd %1</source>
        <translation>recopsd %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentActions</name>
    <message>
        <source>Note added to incident %1.</source>
        <translation>Note added to incident %1.</translation>
    </message>
    <message>
        <source>Incident %1 escalated.</source>
        <translation>Incident %1 escalated.</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>Resolve incident</translation>
    </message>
    <message>
        <source>Mark incident mitigated</source>
        <translation>Mark incident mitigated</translation>
    </message>
    <message>
        <source>Resolve incident %1, %2?</source>
        <translation>Resolve incident %1, %2?</translation>
    </message>
    <message>
        <source>Mark incident %1, %2, mitigated?</source>
        <translation>Mark incident %1, %2, mitigated?</translation>
    </message>
    <message>
        <source>The status moves only forward: this cannot be undone.</source>
        <translation>The status moves only forward: this cannot be undone.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigated</translation>
    </message>
    <message>
        <source>Incident %1 resolved.</source>
        <translation>Incident %1 resolved.</translation>
    </message>
    <message>
        <source>Incident %1 marked mitigated.</source>
        <translation>Incident %1 marked mitigated.</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTableModel</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>mitigated</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>critical</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Commander</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTextDialog</name>
    <message>
        <source>&amp;Add note</source>
        <translation>&amp;Add note</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escalate</translation>
    </message>
    <message>
        <source>Note on incident %1</source>
        <translation>Note on incident %1</translation>
    </message>
    <message>
        <source>Escalate incident %1</source>
        <translation>Escalate incident %1</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Where the change happens</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>The incident</translation>
    </message>
    <message>
        <source>&amp;Note for the timeline:</source>
        <translation>&amp;Note for the timeline:</translation>
    </message>
    <message>
        <source>&amp;Reason (why the incident needs the next level; its contacts are paged):</source>
        <translation>&amp;Reason (why the incident needs the next level; its contacts are paged):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Reason for the escalation</source>
        <translation>Reason for the escalation</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Add note</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Write the note.</translation>
    </message>
    <message>
        <source>Say why the incident needs the next level.</source>
        <translation>Say why the incident needs the next level.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>The text is longer than %1 characters.</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTimelinePanel</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Mitigated…</source>
        <translation>&amp;Mitigated…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <source>The selected incident</source>
        <translation>The selected incident</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Incident timeline</translation>
    </message>
    <message>
        <source>Add a note to the selected incident</source>
        <translation>Add a note to the selected incident</translation>
    </message>
    <message>
        <source>Mark the selected incident mitigated</source>
        <translation>Mark the selected incident mitigated</translation>
    </message>
    <message>
        <source>Resolve the selected incident</source>
        <translation>Resolve the selected incident</translation>
    </message>
    <message>
        <source>Escalate the selected incident</source>
        <translation>Escalate the selected incident</translation>
    </message>
    <message>
        <source>Raise the incident to the next level of its escalation policy and page that level&apos;s contacts.</source>
        <translation>Raise the incident to the next level of its escalation policy and page that level&apos;s contacts.</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4, opened %5 by %6.</source>
        <translation>%1 %2: %3, %4, opened %5 by %6.</translation>
    </message>
    <message>
        <source>Commander: %1.</source>
        <translation>Commander: %1.</translation>
    </message>
    <message>
        <source>Alerts: %1.</source>
        <translation>Alerts: %1.</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTimelineTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Incident timeline</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Mitigated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Incident status</translation>
    </message>
    <message>
        <source>Filter: text, or severity=critical commander=alice (Ctrl+F)</source>
        <translation>Filter: text, or severity=critical commander=alice (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>Filter incidents</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>What this token may do</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation>Select an incident to see its timeline.</translation>
    </message>
    <message>
        <source>The timeline could not be loaded: %1</source>
        <translation>The timeline could not be loaded: %1</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Role not known yet: read-only</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token role %1: read-only</translation>
    </message>
    <message>
        <source>Token role %1: adds notes, resolves and escalates</source>
        <translation>Token role %1: adds notes, resolves and escalates</translation>
    </message>
    <message>
        <source>Select an incident on the Incidents page first.</source>
        <translation>Select an incident on the Incidents page first.</translation>
    </message>
    <message>
        <source>The incident is resolved.</source>
        <translation>The incident is resolved.</translation>
    </message>
    <message>
        <source>Add a note to the selected incident…</source>
        <translation>Add a note to the selected incident…</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>timeline</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>Mark the selected incident mitigated…</source>
        <translation>Mark the selected incident mitigated…</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>workaround</source>
        <translation>workaround</translation>
    </message>
    <message>
        <source>The incident is past open.</source>
        <translation>The incident is past open.</translation>
    </message>
    <message>
        <source>Resolve the selected incident…</source>
        <translation>Resolve the selected incident…</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>Escalate the selected incident…</source>
        <translation>Escalate the selected incident…</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>on call</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>policy</translation>
    </message>
</context>
<context>
    <name>recops::console::JsonPropertiesModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Property</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>recops::console::LatencyChartView</name>
    <message>
        <source>Health-check round trip chart</source>
        <translation>Health-check round trip chart</translation>
    </message>
    <message>
        <source>Answered (ms)</source>
        <translation>Answered (ms)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
</context>
<context>
    <name>recops::console::LatencyHistoryModel</name>
    <message>
        <source>%1: %2 ms</source>
        <translation>%1: %2 ms</translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation>%1: no answer</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latency (ms)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
</context>
<context>
    <name>recops::console::LocalDatabase</name>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>Cannot move %1 to %2.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Cannot create the directory %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer recops-console (%2 at version %3; this version reads up to %4). It was left untouched.</source>
        <translation>%1 was written by a newer recops-console (%2 at version %3; this version reads up to %4). It was left untouched.</translation>
    </message>
    <message>
        <source>%1 is not a console database: %2</source>
        <translation>%1 is not a console database: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer recops-console (file format %2; this version reads up to %3). It was left untouched.</source>
        <translation>%1 was written by a newer recops-console (file format %2; this version reads up to %3). It was left untouched.</translation>
    </message>
    <message>
        <source>Cannot bring %1 to file format %2: %3</source>
        <translation>Cannot bring %1 to file format %2: %3</translation>
    </message>
    <message>
        <source>Cannot bring %1 in %2 to version %3: %4</source>
        <translation>Cannot bring %1 in %2 to version %3: %4</translation>
    </message>
</context>
<context>
    <name>recops::console::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Current page</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Connection</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Switch to</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>About RecOps Console</source>
        <translation>About RecOps Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecOps Console %1&lt;/h3&gt;&lt;p&gt;The operations console for recopsd, the RecOps recommendation server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecOps Console %1&lt;/h3&gt;&lt;p&gt;The operations console for recopsd, the RecOps recommendation server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>No saved profiles</translation>
    </message>
    <message>
        <source>RecOps Console</source>
        <translation>RecOps Console</translation>
    </message>
    <message>
        <source>RecOps Console — %1 [PRODUCTION]</source>
        <translation>RecOps Console — %1 [PRODUCTION]</translation>
    </message>
    <message>
        <source>RecOps Console — %1</source>
        <translation>RecOps Console — %1</translation>
    </message>
    <message>
        <source>%1 has nothing to filter.</source>
        <translation>%1 has nothing to filter.</translation>
    </message>
    <message>
        <source>The connected profile is not a production one: nothing is locked.</source>
        <translation>The connected profile is not a production one: nothing is locked.</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profiles…</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>&amp;Import profiles…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>&amp;Export profiles…</translation>
    </message>
    <message>
        <source>&amp;Unlock production changes…</source>
        <translation>&amp;Unlock production changes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Refresh this page</source>
        <translation>&amp;Refresh this page</translation>
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation>&amp;Filter this page</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Command &amp;palette…</translation>
    </message>
    <message>
        <source>&amp;About RecOps Console</source>
        <translation>&amp;About RecOps Console</translation>
    </message>
    <message>
        <source>&amp;Lock production changes again</source>
        <translation>&amp;Lock production changes again</translation>
    </message>
</context>
<context>
    <name>recops::console::ManifestFileModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>recops::console::MetricComparisonModel</name>
    <message>
        <source>overall</source>
        <translation>overall</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelActions</name>
    <message>
        <source>Select a version on the Models page first.</source>
        <translation>Select a version on the Models page first.</translation>
    </message>
    <message>
        <source>Version %1 is already in Production.</source>
        <translation>Version %1 is already in Production.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Confirm the rollback</source>
        <translation>Confirm the rollback</translation>
    </message>
    <message>
        <source>Version %1 leaves Production for Archived; recopsd serves version %2 from then on.</source>
        <translation>Version %1 leaves Production for Archived; recopsd serves version %2 from then on.</translation>
    </message>
    <message>
        <source>Roll back to version %1</source>
        <translation>Roll back to version %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Confirm the cancellation</translation>
    </message>
    <message>
        <source>A running job stops at its next checkpoint and registers nothing.</source>
        <translation>A running job stops at its next checkpoint and registers nothing.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancel the job</translation>
    </message>
    <message>
        <source>Confirm the new share</source>
        <translation>Confirm the new share</translation>
    </message>
    <message>
        <source>Confirm the canary</source>
        <translation>Confirm the canary</translation>
    </message>
    <message>
        <source>Requests are split by user, so a user keeps seeing one arm; the figures of both arms show on the Canary tab.</source>
        <translation>Requests are split by user, so a user keeps seeing one arm; the figures of both arms show on the Canary tab.</translation>
    </message>
    <message>
        <source>Change the share</source>
        <translation>Change the share</translation>
    </message>
    <message>
        <source>Start the canary</source>
        <translation>Start the canary</translation>
    </message>
    <message>
        <source>recopsd will refuse the promotion while gates fail.</source>
        <translation>recopsd will refuse the promotion while gates fail.</translation>
    </message>
    <message>
        <source>The gates could not be checked: %1</source>
        <translation>The gates could not be checked: %1</translation>
    </message>
    <message>
        <source>Confirm the promotion</source>
        <translation>Confirm the promotion</translation>
    </message>
    <message>
        <source>Promote to Production</source>
        <translation>Promote to Production</translation>
    </message>
    <message>
        <source>Confirm the abort</source>
        <translation>Confirm the abort</translation>
    </message>
    <message>
        <source>The candidate keeps its stage; only its share of traffic ends.</source>
        <translation>The candidate keeps its stage; only its share of traffic ends.</translation>
    </message>
    <message>
        <source>Abort the canary</source>
        <translation>Abort the canary</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelVersionDetailsView</name>
    <message>
        <source>Version details</source>
        <translation>Version details</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Training data</translation>
    </message>
    <message>
        <source>Metrics per cohort</source>
        <translation>Metrics per cohort</translation>
    </message>
    <message>
        <source>Evaluation details</source>
        <translation>Evaluation details</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>Select a version to see its metrics and manifest.</source>
        <translation>Select a version to see its metrics and manifest.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3 · created %4 by %5</source>
        <translation>Version %1 · %2 · %3 · created %4 by %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>manifest.json SHA-256: %1</source>
        <translation>manifest.json SHA-256: %1</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>the first event</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>the last event</translation>
    </message>
    <message>
        <source>Trained on %1 events (%2 users, %3 items) from %4 to %5; the events read span %6 to %7.</source>
        <translation>Trained on %1 events (%2 users, %3 items) from %4 to %5; the events read span %6 to %7.</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelVersionTableModel</name>
    <message>
        <source>serving</source>
        <translation>serving</translation>
    </message>
    <message>
        <source>canary %1</source>
        <translation>canary %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 by %2</translation>
    </message>
    <message>
        <source>%1, served now</source>
        <translation>%1, served now</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelVersionsPanel</name>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation>Change &amp;stage…</translation>
    </message>
    <message>
        <source>&amp;Promote to Production…</source>
        <translation>&amp;Promote to Production…</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Roll back…</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>&amp;Aliases…</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Model versions</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Compare versions</translation>
    </message>
    <message>
        <source>Compare the two selected versions, or the selected one with Production, metric by metric and cohort by cohort.</source>
        <translation>Compare the two selected versions, or the selected one with Production, metric by metric and cohort by cohort.</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Change stage</translation>
    </message>
    <message>
        <source>Promote to Production</source>
        <translation>Promote to Production</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Roll back</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliases</translation>
    </message>
    <message>
        <source>Move the selected version to another stage, with the gates checked first.</source>
        <translation>Move the selected version to another stage, with the gates checked first.</translation>
    </message>
    <message>
        <source>Promote the selected version to Production, with the gates checked first.</source>
        <translation>Promote the selected version to Production, with the gates checked first.</translation>
    </message>
    <message>
        <source>Return Production to the version that served before it.</source>
        <translation>Return Production to the version that served before it.</translation>
    </message>
    <message>
        <source>Set, move or remove the aliases of the model&apos;s versions.</source>
        <translation>Set, move or remove the aliases of the model&apos;s versions.</translation>
    </message>
    <message>
        <source>Versions hint</source>
        <translation>Versions hint</translation>
    </message>
    <message>
        <source>Ctrl+click a second version to compare the two.</source>
        <translation>Ctrl+click a second version to compare the two.</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <source>Model registry</source>
        <translation>Model registry</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Model versions</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>Version details</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Trainer status</source>
        <translation>Trainer status</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Training jobs</translation>
    </message>
    <message>
        <source>Canary rollout</source>
        <translation>Canary rollout</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Data drift</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Filter every table: text, or stage=production algorithm=als* aliases=champion (Ctrl+F)</source>
        <translation>Filter every table: text, or stage=production algorithm=als* aliases=champion (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Filter models</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>What this token may do</translation>
    </message>
    <message>
        <source>Outcome of the last change</source>
        <translation>Outcome of the last change</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Canary</source>
        <translation>&amp;Canary</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Drift</translation>
    </message>
    <message>
        <source>Model views</source>
        <translation>Model views</translation>
    </message>
    <message>
        <source>%1 (serving)</source>
        <translation>%1 (serving)</translation>
    </message>
    <message>
        <source>no model registered</source>
        <translation>no model registered</translation>
    </message>
    <message>
        <source>No model is registered yet: train one on the Training tab.</source>
        <translation>No model is registered yet: train one on the Training tab.</translation>
    </message>
    <message>
        <source>Select a version to see its metrics and manifest.</source>
        <translation>Select a version to see its metrics and manifest.</translation>
    </message>
    <message>
        <source>Version %1 could not be loaded: %2</source>
        <translation>Version %1 could not be loaded: %2</translation>
    </message>
    <message>
        <source>Loading version %1…</source>
        <translation>Loading version %1…</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Role not known yet: read-only</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token role %1: read-only</translation>
    </message>
    <message>
        <source>Token role %1: changes through the gates</source>
        <translation>Token role %1: changes through the gates</translation>
    </message>
    <message>
        <source>Token role %1: changes, and forced ones</source>
        <translation>Token role %1: changes, and forced ones</translation>
    </message>
    <message>
        <source>Compare the selected model version with Production…</source>
        <translation>Compare the selected model version with Production…</translation>
    </message>
    <message>
        <source>diff</source>
        <translation>diff</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>metrics</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>cohorts</translation>
    </message>
    <message>
        <source>Promote the selected model version to Production…</source>
        <translation>Promote the selected model version to Production…</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>deploy</translation>
    </message>
    <message>
        <source>release</source>
        <translation>release</translation>
    </message>
    <message>
        <source>Roll back the Production model…</source>
        <translation>Roll back the Production model…</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>revert</translation>
    </message>
    <message>
        <source>previous version</source>
        <translation>previous version</translation>
    </message>
    <message>
        <source>Start a training job…</source>
        <translation>Start a training job…</translation>
    </message>
    <message>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <source>retrain</source>
        <translation>retrain</translation>
    </message>
    <message>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <source>Abort the canary rollout…</source>
        <translation>Abort the canary rollout…</translation>
    </message>
    <message>
        <source>canary</source>
        <translation>canary</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>cancel</translation>
    </message>
    <message>
        <source>The Models page has not loaded the versions yet.</source>
        <translation>The Models page has not loaded the versions yet.</translation>
    </message>
    <message>
        <source>No version served in Production before the current one (or the Models page has not loaded yet).</source>
        <translation>No version served in Production before the current one (or the Models page has not loaded yet).</translation>
    </message>
    <message>
        <source>No canary runs.</source>
        <translation>No canary runs.</translation>
    </message>
    <message>
        <source>Select a version other than Production, or two versions, on the Models page.</source>
        <translation>Select a version other than Production, or two versions, on the Models page.</translation>
    </message>
</context>
<context>
    <name>recops::console::NoticeLabel</name>
    <message>
        <source>Outcome of the last change</source>
        <translation>Outcome of the last change</translation>
    </message>
</context>
<context>
    <name>recops::console::ProductionLock</name>
    <message>
        <source>Read-only: %1 is a production profile. Unlock production changes (Ctrl+Shift+L) to change server state.</source>
        <translation>Read-only: %1 is a production profile. Unlock production changes (Ctrl+Shift+L) to change server state.</translation>
    </message>
</context>
<context>
    <name>recops::console::ProductionLockControl</name>
    <message>
        <source>Unlock changes…</source>
        <translation>Unlock changes…</translation>
    </message>
    <message>
        <source>Unlock production changes</source>
        <translation>Unlock production changes</translation>
    </message>
    <message>
        <source>Production is read-only. Unlock it for this session to change server state (Ctrl+Shift+L).</source>
        <translation>Production is read-only. Unlock it for this session to change server state (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Lock again</source>
        <translation>Lock again</translation>
    </message>
    <message>
        <source>Lock production changes again</source>
        <translation>Lock production changes again</translation>
    </message>
    <message>
        <source>Make production read-only again (Ctrl+Shift+L).</source>
        <translation>Make production read-only again (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <source>Unlock changes on PRODUCTION: %1 (%2)?</source>
        <translation>Unlock changes on PRODUCTION: %1 (%2)?</translation>
    </message>
    <message>
        <source>Until the console exits or you switch profiles, the controls that change server state are enabled, and what you do through them affects live traffic.</source>
        <translation>Until the console exits or you switch profiles, the controls that change server state are enabled, and what you do through them affects live traffic.</translation>
    </message>
    <message>
        <source>Unlock production</source>
        <translation>Unlock production</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Connection profiles</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Saved profiles</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Delete profile</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Where tokens are kept</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Connection test result</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>Saved &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Saving the token…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its token is in the system keyring.</source>
        <translation>Saved &quot;%1&quot;; its token is in the system keyring.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;. %2</source>
        <translation>Saved &quot;%1&quot;. %2</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored token?</source>
        <translation>Delete the profile &quot;%1&quot; and its stored token?</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>Deleted &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Testing %1…</translation>
    </message>
    <message>
        <source>Looking the token up…</source>
        <translation>Looking the token up…</translation>
    </message>
    <message>
        <source>A token is stored in the system keyring.</source>
        <translation>A token is stored in the system keyring.</translation>
    </message>
    <message>
        <source>A token is kept for this session only.</source>
        <translation>A token is kept for this session only.</translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation>No token is stored for this profile.</translation>
    </message>
    <message>
        <source>Checking for a system keyring…</source>
        <translation>Checking for a system keyring…</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keyring, never in a file.</source>
        <translation>Tokens are kept in the system keyring, never in a file.</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileForm</name>
    <message>
        <source>Accept a self-signed server certificate</source>
        <translation>Accept a self-signed server certificate</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Production: what you do through this profile affects live traffic.</source>
        <translation>Production: what you do through this profile affects live traffic.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA certificate file</translation>
    </message>
    <message>
        <source>System certificate authorities only</source>
        <translation>System certificate authorities only</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choose a CA certificate file</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA certificates:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Stored; paste a new token to replace it</source>
        <translation>Stored; paste a new token to replace it</translation>
    </message>
    <message>
        <source>Paste the token from &quot;recopsd token create&quot;</source>
        <translation>Paste the token from &quot;recopsd token create&quot;</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA certificates (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 profile</source>
        <translation>%1, %2 profile</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileProvisioner</name>
    <message>
        <source>The profile store is not open.</source>
        <translation>The profile store is not open.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; give --server URL to create it.</source>
        <translation>There is no profile named &quot;%1&quot;; give --server URL to create it.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Created the profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Updated the profile &quot;%1&quot;.</source>
        <translation>Updated the profile &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No secret store is available for the token.</source>
        <translation>No secret store is available for the token.</translation>
    </message>
    <message>
        <source>%1 The token was not stored: %2</source>
        <translation>%1 The token was not stored: %2</translation>
    </message>
    <message>
        <source>%1 Its token is in the system keyring.</source>
        <translation>%1 Its token is in the system keyring.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileStore</name>
    <message>
        <source>The profile store is not open.</source>
        <translation>The profile store is not open.</translation>
    </message>
    <message>
        <source>Cannot save the profile &quot;%1&quot;: %2</source>
        <translation>Cannot save the profile &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Cannot remove the profile: %1</source>
        <translation>Cannot remove the profile: %1</translation>
    </message>
    <message>
        <source>There is no profile with id %1.</source>
        <translation>There is no profile with id %1.</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileTransfer</name>
    <message>
        <source>Import connection profiles</source>
        <translation>Import connection profiles</translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>Profile files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Export connection profiles</source>
        <translation>Export connection profiles</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>Profile files (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 profile(s) to %2, without tokens: each recipient sets their own.</source>
        <translation>Exported %1 profile(s) to %2, without tokens: each recipient sets their own.</translation>
    </message>
</context>
<context>
    <name>recops::console::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore backup %1</source>
        <translation>Restore backup %1</translation>
    </message>
    <message>
        <source>%1 The live database and models directory of this server are replaced by the backup; what changed since it was taken is lost.</source>
        <translation>%1 The live database and models directory of this server are replaced by the backup; what changed since it was taken is lost.</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Where the change happens</translation>
    </message>
    <message>
        <source>Backup %1, taken %2 (%3). recopsd: %4</source>
        <translation>Backup %1, taken %2 (%3). recopsd: %4</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>size unknown</translation>
    </message>
    <message>
        <source>What the restore does</source>
        <translation>What the restore does</translation>
    </message>
    <message>
        <source>This confirmation expires at %1.</source>
        <translation>This confirmation expires at %1.</translation>
    </message>
    <message>
        <source>When the confirmation expires</source>
        <translation>When the confirmation expires</translation>
    </message>
    <message>
        <source>&amp;Type the backup id %1 to confirm:</source>
        <translation>&amp;Type the backup id %1 to confirm:</translation>
    </message>
    <message>
        <source>Backup id to confirm the restore</source>
        <translation>Backup id to confirm the restore</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type the backup id exactly to confirm the restore.</source>
        <translation>Type the backup id exactly to confirm the restore.</translation>
    </message>
</context>
<context>
    <name>recops::console::RolloutArmModel</name>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latency p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latency p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latency p99</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Click-through</translation>
    </message>
    <message>
        <source>%1 against Production: %2</source>
        <translation>%1 against Production: %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Production (%1)</source>
        <translation>Production (%1)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <source>Candidate (%1)</source>
        <translation>Candidate (%1)</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookAlertDialog</name>
    <message>
        <source>Run runbook for alert</source>
        <translation>Run runbook for alert</translation>
    </message>
    <message>
        <source>Alert name</source>
        <translation>Alert name</translation>
    </message>
    <message>
        <source>Alert labels</source>
        <translation>Alert labels</translation>
    </message>
    <message>
        <source>unit=recopsd host=&quot;db 1&quot;</source>
        <translation>unit=recopsd host=&quot;db 1&quot;</translation>
    </message>
    <message>
        <source>Problem with the labels</source>
        <translation>Problem with the labels</translation>
    </message>
    <message>
        <source>Prepare run</source>
        <translation>Prepare run</translation>
    </message>
    <message>
        <source>The runbook whose triggers name the alert is chosen, and its inputs are filled from the labels of the same name.</source>
        <translation>The runbook whose triggers name the alert is chosen, and its inputs are filled from the labels of the same name.</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>Alert:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value; left out.</source>
        <translation>&quot;%1&quot; is not name=value; left out.</translation>
    </message>
    <message>
        <source>&quot;%1!=…&quot; says what a label is not; left out.</source>
        <translation>&quot;%1!=…&quot; says what a label is not; left out.</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookDetailsView</name>
    <message>
        <source>Start run</source>
        <translation>Start run</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>About this runbook</source>
        <translation>About this runbook</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Steps of the runbook</source>
        <translation>Steps of the runbook</translation>
    </message>
    <message>
        <source>Why the run cannot start</source>
        <translation>Why the run cannot start</translation>
    </message>
    <message>
        <source>Answers no alert</source>
        <translation>Answers no alert</translation>
    </message>
    <message>
        <source>Answers %1</source>
        <translation>Answers %1</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>severity %1</translation>
    </message>
    <message>
        <source>opens an incident on the server</source>
        <translation>opens an incident on the server</translation>
    </message>
    <message>
        <source>opens no incident</source>
        <translation>opens no incident</translation>
    </message>
    <message>
        <source>changes server state</source>
        <translation>changes server state</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>only reads</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>Give every input a valid value to start.</source>
        <translation>Give every input a valid value to start.</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookInputForm</name>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>whole number</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>yes or no</translation>
    </message>
    <message>
        <source>duration, for example 30s or 5m</source>
        <translation>duration, for example 30s or 5m</translation>
    </message>
    <message>
        <source>This runbook takes no inputs.</source>
        <translation>This runbook takes no inputs.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem with %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (default %2)</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookLibraryModel</name>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookRunListModel</name>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>At step</source>
        <translation>At step</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Run by</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookRunView</name>
    <message>
        <source>Resume run</source>
        <translation>Resume run</translation>
    </message>
    <message>
        <source>Retry step</source>
        <translation>Retry step</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Skip step</translation>
    </message>
    <message>
        <source>Abort run</source>
        <translation>Abort run</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Steps of the run</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>Runbook of the run</source>
        <translation>Runbook of the run</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Run state</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>About this run</translation>
    </message>
    <message>
        <source>Run notice</source>
        <translation>Run notice</translation>
    </message>
    <message>
        <source>Timeline on the server</source>
        <translation>Timeline on the server</translation>
    </message>
    <message>
        <source>Reason to skip or abort</source>
        <translation>Reason to skip or abort</translation>
    </message>
    <message>
        <source>Reason to skip the step or abort the run</source>
        <translation>Reason to skip the step or abort the run</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at step &apos;%2&apos;</source>
        <translation>%1 at step &apos;%2&apos;</translation>
    </message>
    <message>
        <source>opens no incident</source>
        <translation>opens no incident</translation>
    </message>
    <message>
        <source>incident not on the server yet</source>
        <translation>incident not on the server yet</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incident %1</translation>
    </message>
    <message>
        <source>Run %1 against %2, started %3 by %4 · %5</source>
        <translation>Run %1 against %2, started %3 by %4 · %5</translation>
    </message>
    <message>
        <source>This run has not finished, and no console is running it now (it stopped at step &apos;%1&apos;). Resume it to go on from there.</source>
        <translation>This run has not finished, and no console is running it now (it stopped at step &apos;%1&apos;). Resume it to go on from there.</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookSession</name>
    <message>
        <source>The local store is not open, so the run could not be journaled.</source>
        <translation>The local store is not open, so the run could not be journaled.</translation>
    </message>
    <message>
        <source>The run of &apos;%1&apos; is still in progress: finish or abort it before starting another.</source>
        <translation>The run of &apos;%1&apos; is still in progress: finish or abort it before starting another.</translation>
    </message>
    <message>
        <source>The run has finished.</source>
        <translation>The run has finished.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>The local store is not open.</translation>
    </message>
    <message>
        <source>The run is in progress in this window.</source>
        <translation>The run is in progress in this window.</translation>
    </message>
    <message>
        <source>The run of &apos;%1&apos; is in progress: finish or abort it first.</source>
        <translation>The run of &apos;%1&apos; is in progress: finish or abort it first.</translation>
    </message>
    <message>
        <source>This run was made against %1; connect to that server to resume it.</source>
        <translation>This run was made against %1; connect to that server to resume it.</translation>
    </message>
    <message>
        <source>The runbook journaled with the run does not load: %1</source>
        <translation>The runbook journaled with the run does not load: %1</translation>
    </message>
    <message>
        <source>Some input has no valid value.</source>
        <translation>Some input has no valid value.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>The journal has no run %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookStepModel</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookStepPanel</name>
    <message>
        <source>request id %1</source>
        <translation>request id %1</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Selected step</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Step description</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Confirmation needed</source>
        <translation>Confirmation needed</translation>
    </message>
    <message>
        <source>What the confirmation is for</source>
        <translation>What the confirmation is for</translation>
    </message>
    <message>
        <source>Confirm and send…</source>
        <translation>Confirm and send…</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Manual step</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copy command</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Approval needed</translation>
    </message>
    <message>
        <source>What is to be approved</source>
        <translation>What is to be approved</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approved by:</translation>
    </message>
    <message>
        <source>Comment or reason:</source>
        <translation>Comment or reason:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Comment or reason</translation>
    </message>
    <message>
        <source>optional to approve, required to reject</source>
        <translation>optional to approve, required to reject</translation>
    </message>
    <message>
        <source>Choose a step to see its details.</source>
        <translation>Choose a step to see its details.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Skipped: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>By: %1</translation>
    </message>
    <message>
        <source>This step changes state on %1 with:
%2</source>
        <translation>This step changes state on %1 with:
%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>%1 (shown once, kept nowhere):</source>
        <translation>%1 (shown once, kept nowhere):</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Secret %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Show %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copy %1</translation>
    </message>
    <message>
        <source>Confirm a change</source>
        <translation>Confirm a change</translation>
    </message>
    <message>
        <source>Send this request to %1?

%2

It changes state on the server and cannot be taken back by the console.</source>
        <translation>Send this request to %1?

%2

It changes state on the server and cannot be taken back by the console.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Send request</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookTimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbooksPage</name>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>Unfinished runs</translation>
    </message>
    <message>
        <source>Resume the unfinished run</source>
        <translation>Resume the unfinished run</translation>
    </message>
    <message>
        <source>Runbooks message</source>
        <translation>Runbooks message</translation>
    </message>
    <message>
        <source>Search runbooks</source>
        <translation>Search runbooks</translation>
    </message>
    <message>
        <source>Search runbooks: text, or id=token-* source=built-in (Ctrl+F)</source>
        <translation>Search runbooks: text, or id=token-* source=built-in (Ctrl+F)</translation>
    </message>
    <message>
        <source>Alert the runbook answers</source>
        <translation>Alert the runbook answers</translation>
    </message>
    <message>
        <source>Runbook library</source>
        <translation>Runbook library</translation>
    </message>
    <message>
        <source>Problems in the user runbooks</source>
        <translation>Problems in the user runbooks</translation>
    </message>
    <message>
        <source>Runs in the journal</source>
        <translation>Runs in the journal</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Runs</translation>
    </message>
    <message>
        <source>Any alert</source>
        <translation>Any alert</translation>
    </message>
    <message>
        <source>Not loaded, with errors (runbook content, as the loader says it):
%1</source>
        <translation>Not loaded, with errors (runbook content, as the loader says it):
%1</translation>
    </message>
    <message>
        <source>Runs left unfinished when a console stopped: %1. The latest: &apos;%2&apos;, %3 at step &apos;%4&apos;, started %5 by %6.</source>
        <translation>Runs left unfinished when a console stopped: %1. The latest: &apos;%2&apos;, %3 at step &apos;%4&apos;, started %5 by %6.</translation>
    </message>
    <message>
        <source>The runbook journaled with run %1 does not load: %2</source>
        <translation>The runbook journaled with run %1 does not load: %2</translation>
    </message>
    <message>
        <source>This runbook opens no incident: its timeline stays in the local journal.</source>
        <translation>This runbook opens no incident: its timeline stays in the local journal.</translation>
    </message>
    <message>
        <source>Every entry is on the server, in incident %1.</source>
        <translation>Every entry is on the server, in incident %1.</translation>
    </message>
    <message>
        <source>On the server: %1 of %2 entries; queued: %3; rejected: %4.</source>
        <translation>On the server: %1 of %2 entries; queued: %3; rejected: %4.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Last attempt: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The local store is not open, so a run could not be journaled.</source>
        <translation>The local store is not open, so a run could not be journaled.</translation>
    </message>
    <message>
        <source>No runbook answers the alert %1: a runbook names the alerts it answers in its triggers.</source>
        <translation>No runbook answers the alert %1: a runbook names the alerts it answers in its triggers.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; answers the alert %2. Check its inputs and start it.</source>
        <translation>&apos;%1&apos; answers the alert %2. Check its inputs and start it.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; answers the alert %2; %3 filled in from its labels. Check the inputs and start it.</source>
        <translation>&apos;%1&apos; answers the alert %2; %3 filled in from its labels. Check the inputs and start it.</translation>
    </message>
    <message>
        <source>Export the post-incident report</source>
        <translation>Export the post-incident report</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The local store is not open, so there is no report.</source>
        <translation>The local store is not open, so there is no report.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Wrote the report to %1.</translation>
    </message>
    <message>
        <source>Run runbook for alert…</source>
        <translation>Run runbook for alert…</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>incident</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>Resume the unfinished runbook run</source>
        <translation>Resume the unfinished runbook run</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>continue</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>restart</translation>
    </message>
    <message>
        <source>Export the run&apos;s report…</source>
        <translation>Export the run&apos;s report…</translation>
    </message>
    <message>
        <source>post-incident</source>
        <translation>post-incident</translation>
    </message>
    <message>
        <source>markdown</source>
        <translation>markdown</translation>
    </message>
    <message>
        <source>save</source>
        <translation>save</translation>
    </message>
    <message>
        <source>No unfinished run in the journal.</source>
        <translation>No unfinished run in the journal.</translation>
    </message>
    <message>
        <source>Open a run on the Runbooks page first.</source>
        <translation>Open a run on the Runbooks page first.</translation>
    </message>
</context>
<context>
    <name>recops::console::ScreenshotRunner</name>
    <message>
        <source>%1 did not finish loading within %2 s; captured as it is.</source>
        <translation>%1 did not finish loading within %2 s; captured as it is.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>nothing was drawn</translation>
    </message>
</context>
<context>
    <name>recops::console::SecretStore</name>
    <message>
        <source>No system keyring is reachable (%1). Tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>No system keyring is reachable (%1). Tokens are kept in memory for this session only and must be entered again after a restart.</translation>
    </message>
    <message>
        <source>The keyring did not give the token out: %1</source>
        <translation>The keyring did not give the token out: %1</translation>
    </message>
    <message>
        <source>The keyring refused to store the token (%1); it is kept for this session only.</source>
        <translation>The keyring refused to store the token (%1); it is kept for this session only.</translation>
    </message>
    <message>
        <source>The keyring did not delete the token: %1</source>
        <translation>The keyring did not delete the token: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ServerActions</name>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ServiceLevelHistory</name>
    <message>
        <source>Service level objectives</source>
        <translation>Service level objectives</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Data drift</translation>
    </message>
    <message>
        <source>Metric history: %1</source>
        <translation>Metric history: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ServiceLevelPanel</name>
    <message>
        <source>&amp;Pause refresh</source>
        <translation>&amp;Pause refresh</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service levels</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Range:</translation>
    </message>
    <message>
        <source>Chart time range</source>
        <translation>Chart time range</translation>
    </message>
    <message>
        <source>Pause automatic refresh</source>
        <translation>Pause automatic refresh</translation>
    </message>
    <message>
        <source>Chart refresh</source>
        <translation>Chart refresh</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Request rate</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>req/s</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>requests/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>P50</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>P95</source>
        <translation>P95</translation>
    </message>
    <message>
        <source>P99</source>
        <translation>P99</translation>
    </message>
    <message>
        <source>5xx error rate</source>
        <translation>5xx error rate</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>availability</translation>
    </message>
    <message>
        <source>Error budget left (availability)</source>
        <translation>Error budget left (availability)</translation>
    </message>
    <message>
        <source>budget left</source>
        <translation>budget left</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache hit rate</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>hits</translation>
    </message>
    <message>
        <source>Data drift (largest PSI)</source>
        <translation>Data drift (largest PSI)</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>objective 85 %</source>
        <translation>objective 85 %</translation>
    </message>
    <message>
        <source>budget spent</source>
        <translation>budget spent</translation>
    </message>
    <message>
        <source>&amp;Resume refresh</source>
        <translation>&amp;Resume refresh</translation>
    </message>
    <message>
        <source>Resume automatic refresh</source>
        <translation>Resume automatic refresh</translation>
    </message>
    <message>
        <source>Paused: the charts keep what they show.</source>
        <translation>Paused: the charts keep what they show.</translation>
    </message>
    <message>
        <source>Refreshes every %1 s</source>
        <translation>Refreshes every %1 s</translation>
    </message>
    <message>
        <source>P95 objective %1 ms</source>
        <translation>P95 objective %1 ms</translation>
    </message>
    <message>
        <source>objective ≤ %1 %</source>
        <translation>objective ≤ %1 %</translation>
    </message>
    <message>
        <source>objective %1 %</source>
        <translation>objective %1 %</translation>
    </message>
    <message>
        <source>PSI 0.2 (drift)</source>
        <translation>PSI 0.2 (drift)</translation>
    </message>
    <message>
        <source>No SLO report yet.</source>
        <translation>No SLO report yet.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;now %3 · objective %4&lt;br&gt;budget left &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;burn %6 (1h/5m) · %7 (6h/30m) · %8 (3d/6h)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;now %3 · objective %4&lt;br&gt;budget left &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;burn %6 (1h/5m) · %7 (6h/30m) · %8 (3d/6h)</translation>
    </message>
    <message>
        <source>%1: %2, now %3, budget left %4, burn rates %5, %6, %7</source>
        <translation>%1: %2, now %3, budget left %4, burn rates %5, %6, %7</translation>
    </message>
</context>
<context>
    <name>recops::console::SilenceDialog</name>
    <message>
        <source>&amp;Create silence</source>
        <translation>&amp;Create silence</translation>
    </message>
    <message>
        <source>Silence alerts like %1</source>
        <translation>Silence alerts like %1</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Where the change happens</translation>
    </message>
    <message>
        <source>Match alerts with these labels</source>
        <translation>Match alerts with these labels</translation>
    </message>
    <message>
        <source>Match %1</source>
        <translation>Match %1</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation>Duration unit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>deploying the new ranker</source>
        <translation>deploying the new ranker</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;For:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create silence</source>
        <translation>Create silence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>recops::console::SilenceTableModel</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Matchers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>recops::console::SilencesPanel</name>
    <message>
        <source>&amp;Expire silence…</source>
        <translation>&amp;Expire silence…</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Silences</translation>
    </message>
    <message>
        <source>Expire the selected silence</source>
        <translation>Expire the selected silence</translation>
    </message>
    <message>
        <source>End the silence now: the alerts it matched page again.</source>
        <translation>End the silence now: the alerts it matched page again.</translation>
    </message>
</context>
<context>
    <name>recops::console::SloChartView</name>
    <message>
        <source>%1 chart</source>
        <translation>%1 chart</translation>
    </message>
    <message>
        <source>Objective broken</source>
        <translation>Objective broken</translation>
    </message>
</context>
<context>
    <name>recops::console::SloTableModel</name>
    <message>
        <source>Availability</source>
        <translation>Availability</translation>
    </message>
    <message>
        <source>Latency P95</source>
        <translation>Latency P95</translation>
    </message>
    <message>
        <source>Latency P99</source>
        <translation>Latency P99</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>no traffic</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>breached</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget left</translation>
    </message>
    <message>
        <source>Burn 1h/5m</source>
        <translation>Burn 1h/5m</translation>
    </message>
    <message>
        <source>Burn 6h/30m</source>
        <translation>Burn 6h/30m</translation>
    </message>
    <message>
        <source>Burn 3d/6h</source>
        <translation>Burn 3d/6h</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>recops::console::StageHistoryModel</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 “%2”</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>forced</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Forced</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
</context>
<context>
    <name>recops::console::StageHistoryPanel</name>
    <message>
        <source>Stage history</source>
        <translation>Stage history</translation>
    </message>
    <message>
        <source>Gates of the selected change</source>
        <translation>Gates of the selected change</translation>
    </message>
</context>
<context>
    <name>recops::console::StalenessBadge</name>
    <message>
        <source>Data freshness</source>
        <translation>Data freshness</translation>
    </message>
    <message>
        <source>%1 could not be updated: %2</source>
        <translation>%1 could not be updated: %2</translation>
    </message>
    <message>
        <source>%1 could not be updated.</source>
        <translation>%1 could not be updated.</translation>
    </message>
</context>
<context>
    <name>recops::console::TrainingDialog</name>
    <message>
        <source>&amp;Dry run: train and evaluate, register nothing</source>
        <translation>&amp;Dry run: train and evaluate, register nothing</translation>
    </message>
    <message>
        <source>&amp;Start training…</source>
        <translation>&amp;Start training…</translation>
    </message>
    <message>
        <source>Train a new version of %1</source>
        <translation>Train a new version of %1</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice for the data</source>
        <translation>recopsd&apos;s choice for the data</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>factors=64, iterations=15</source>
        <translation>factors=64, iterations=15</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <source>Every stored event</source>
        <translation>Every stored event</translation>
    </message>
    <message>
        <source>The last days</source>
        <translation>The last days</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>Window of events</source>
        <translation>Window of events</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>weekly retrain</source>
        <translation>weekly retrain</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Dry run</translation>
    </message>
    <message>
        <source>None: register the version only</source>
        <translation>None: register the version only</translation>
    </message>
    <message>
        <source>Staging, through the gates</source>
        <translation>Staging, through the gates</translation>
    </message>
    <message>
        <source>Production, through the gates</source>
        <translation>Production, through the gates</translation>
    </message>
    <message>
        <source>Target stage</source>
        <translation>Target stage</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Start training</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithm:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameters:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Window:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Then:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice</source>
        <translation>recopsd&apos;s choice</translation>
    </message>
    <message>
        <source>Train %1 on %2 as a dry run: nothing is registered.</source>
        <translation>Train %1 on %2 as a dry run: nothing is registered.</translation>
    </message>
    <message>
        <source>Train a new version of %1 with %2.</source>
        <translation>Train a new version of %1 with %2.</translation>
    </message>
    <message>
        <source>Then promote it to %1 if the gates pass.</source>
        <translation>Then promote it to %1 if the gates pass.</translation>
    </message>
    <message>
        <source>Confirm the training job</source>
        <translation>Confirm the training job</translation>
    </message>
    <message>
        <source>Training reads the stored events on recopsd&apos;s trainer thread; serving goes on.</source>
        <translation>Training reads the stored events on recopsd&apos;s trainer thread; serving goes on.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Training job %1 is queued.</source>
        <translation>Training job %1 is queued.</translation>
    </message>
    <message>
        <source>recopsd refused the job: %1</source>
        <translation>recopsd refused the job: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::TrainingJobModel</name>
    <message>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>succeeded</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice</source>
        <translation>recopsd&apos;s choice</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>version %1 (%2)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>dry run: nothing registered</source>
        <translation>dry run: nothing registered</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithm</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>recops::console::TrainingPanel</name>
    <message>
        <source>&amp;Start training…</source>
        <translation>&amp;Start training…</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>&amp;Cancel job…</translation>
    </message>
    <message>
        <source>Running job</source>
        <translation>Running job</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Training progress</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
    <message>
        <source>Queue and schedule</source>
        <translation>Queue and schedule</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Start training</translation>
    </message>
    <message>
        <source>Train a new version: algorithm, parameters, window, label, stage.</source>
        <translation>Train a new version: algorithm, parameters, window, label, stage.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancel job</translation>
    </message>
    <message>
        <source>Cancel the selected queued job, or the running one.</source>
        <translation>Cancel the selected queued job, or the running one.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Training jobs</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice</source>
        <translation>recopsd&apos;s choice</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 (%2): %3 — %4</source>
        <translation>%1 (%2): %3 — %4</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>about %1 left</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimating…</translation>
    </message>
    <message>
        <source>No training job runs.</source>
        <translation>No training job runs.</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>Nothing queued.</translation>
    </message>
    <message>
        <source>Queued: %1.</source>
        <translation>Queued: %1.</translation>
    </message>
    <message>
        <source>No retraining schedule.</source>
        <translation>No retraining schedule.</translation>
    </message>
    <message>
        <source>Retraining on schedule “%1”, next at %2.</source>
        <translation>Retraining on schedule “%1”, next at %2.</translation>
    </message>
</context>
<context>
    <name>recops::console::TransitionDialog</name>
    <message>
        <source>&amp;Force past failing gates (admin; needs a comment)</source>
        <translation>&amp;Force past failing gates (admin; needs a comment)</translation>
    </message>
    <message>
        <source>&amp;Check the gates again</source>
        <translation>&amp;Check the gates again</translation>
    </message>
    <message>
        <source>Change the stage of %1 version %2</source>
        <translation>Change the stage of %1 version %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Target stage</source>
        <translation>Target stage</translation>
    </message>
    <message>
        <source>Why (kept in the stage history)</source>
        <translation>Why (kept in the stage history)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Force past failing gates</source>
        <translation>Force past failing gates</translation>
    </message>
    <message>
        <source>Gate verdict</source>
        <translation>Gate verdict</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Gates</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>C&amp;omment:</translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation>&amp;Move to %1…</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Move to %1</translation>
    </message>
    <message>
        <source>Checking the gates…</source>
        <translation>Checking the gates…</translation>
    </message>
    <message>
        <source>✓ %1. Nothing has changed yet.</source>
        <translation>✓ %1. Nothing has changed yet.</translation>
    </message>
    <message>
        <source>✗ %1. Forced: the change goes past them and is recorded as forced.</source>
        <translation>✗ %1. Forced: the change goes past them and is recorded as forced.</translation>
    </message>
    <message>
        <source>✗ %1. recopsd refuses this change unless an admin forces it with a comment.</source>
        <translation>✗ %1. recopsd refuses this change unless an admin forces it with a comment.</translation>
    </message>
    <message>
        <source>✗ %1. recopsd refuses this change.</source>
        <translation>✗ %1. recopsd refuses this change.</translation>
    </message>
    <message>
        <source>Changing the stage…</source>
        <translation>Changing the stage…</translation>
    </message>
    <message>
        <source>Version %1 is already in %2: nothing to change.</source>
        <translation>Version %1 is already in %2: nothing to change.</translation>
    </message>
    <message>
        <source>✗ recopsd refused the change: %1</source>
        <translation>✗ recopsd refused the change: %1</translation>
    </message>
    <message>
        <source>✗ recopsd refuses this change: %1</source>
        <translation>✗ recopsd refuses this change: %1</translation>
    </message>
    <message>
        <source>✗ Production changed meanwhile (now %1): %2. Check the gates again.</source>
        <translation>✗ Production changed meanwhile (now %1): %2. Check the gates again.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>no version</translation>
    </message>
    <message>
        <source>The gates could not be checked: %1</source>
        <translation>The gates could not be checked: %1</translation>
    </message>
    <message>
        <source>A forced change needs a comment.</source>
        <translation>A forced change needs a comment.</translation>
    </message>
    <message>
        <source>Confirm the stage change</source>
        <translation>Confirm the stage change</translation>
    </message>
    <message>
        <source>Version %1 of %2 is in %3 now.</source>
        <translation>Version %1 of %2 is in %3 now.</translation>
    </message>
    <message>
        <source>Version %1 left Production for Archived.</source>
        <translation>Version %1 left Production for Archived.</translation>
    </message>
</context>
<context>
    <name>recops::console::VersionComparisonDialog</name>
    <message>
        <source>Compare versions of %1</source>
        <translation>Compare versions of %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Baseline version</source>
        <translation>Baseline version</translation>
    </message>
    <message>
        <source>Candidate version</source>
        <translation>Candidate version</translation>
    </message>
    <message>
        <source>Filter: text, or verdict=worse scope=new_users</source>
        <translation>Filter: text, or verdict=worse scope=new_users</translation>
    </message>
    <message>
        <source>Filter the comparison</source>
        <translation>Filter the comparison</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Comparison summary</translation>
    </message>
    <message>
        <source>Metric comparison</source>
        <translation>Metric comparison</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Candidate:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Loading both versions&apos; metrics…</source>
        <translation>Loading both versions&apos; metrics…</translation>
    </message>
    <message>
        <source>The metrics could not be loaded: %1</source>
        <translation>The metrics could not be loaded: %1</translation>
    </message>
    <message>
        <source>Version %1 against version %2: %3 better, %4 worse, %5 the same, %6 not comparable (counts, or missing on one side).</source>
        <translation>Version %1 against version %2: %3 better, %4 worse, %5 the same, %6 not comparable (counts, or missing on one side).</translation>
    </message>
</context>
<context>
    <name>recops::console::WindowCommands</name>
    <message>
        <source>Go to %1</source>
        <translation>Go to %1</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Go to</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Refresh this page</source>
        <translation>Refresh this page</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>reload</translation>
    </message>
    <message>
        <source>update</source>
        <translation>update</translation>
    </message>
    <message>
        <source>Filter this page</source>
        <translation>Filter this page</translation>
    </message>
    <message>
        <source>find</source>
        <translation>find</translation>
    </message>
    <message>
        <source>search</source>
        <translation>search</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Command palette…</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>Manage connection profiles…</source>
        <translation>Manage connection profiles…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>edit</translation>
    </message>
    <message>
        <source>server</source>
        <translation>server</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>Import profiles…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>load</source>
        <translation>load</translation>
    </message>
    <message>
        <source>Export profiles…</source>
        <translation>Export profiles…</translation>
    </message>
    <message>
        <source>save</source>
        <translation>save</translation>
    </message>
    <message>
        <source>share</source>
        <translation>share</translation>
    </message>
    <message>
        <source>Unlock production changes…</source>
        <translation>Unlock production changes…</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>lock</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>read-only</translation>
    </message>
    <message>
        <source>write</source>
        <translation>write</translation>
    </message>
    <message>
        <source>Lock production changes again</source>
        <translation>Lock production changes again</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>exit</translation>
    </message>
    <message>
        <source>close</source>
        <translation>close</translation>
    </message>
    <message>
        <source>About RecOps Console</source>
        <translation>About RecOps Console</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <source>Switch to profile %1 (%2)</source>
        <translation>Switch to profile %1 (%2)</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>connect</translation>
    </message>
    <message>
        <source>The connected profile is not a production one: nothing is locked.</source>
        <translation>The connected profile is not a production one: nothing is locked.</translation>
    </message>
    <message>
        <source>Production changes are unlocked already.</source>
        <translation>Production changes are unlocked already.</translation>
    </message>
    <message>
        <source>Production is read-only already.</source>
        <translation>Production is read-only already.</translation>
    </message>
</context>
</TS>
