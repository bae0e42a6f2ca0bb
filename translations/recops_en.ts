<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiError</name>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no problem details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a problem object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Operations console for recopsd: server health, alerts, models, backups, escalation contacts, runbooks and incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd address (default %1). With --profile, creates or updates that profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved connection profile NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment tag of the profile: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of extra certificate authorities to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a self-signed server certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API token from standard input and store it in the keyring for the profile (for the session only without --profile or without a keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, for example en or de.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render PAGE to the PNG FILE once its data has loaded, then exit. Repeatable. Pages: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE=FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--environment: &quot;%1&quot; is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language code such as en or de_DE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; is not PAGE=FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; is not a page; pages are %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentTags</name>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>The health report is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report has no &quot;status&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report has no &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;uptime_seconds&quot; is not a non-negative number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;model&quot; is neither an object nor null.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;store&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthText</name>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — retrying in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s health as recopsd reports it: status, version, uptime, serving model and store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The alert queue: pending, firing, acknowledged and silenced alerts computed from the SLO windows, with acknowledge and silence actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd&apos;s SLO windows, alert rules and alert states API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model registry: every version with its evaluation metrics, and its stage (None, Staging, Production, Archived), with promotion and rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd&apos;s model registry API (versions, metrics and stage changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups against the 24 h recovery point and 2 h recovery time objectives, with backup, verify and restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd&apos;s backup API (list, create, verify, restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation policies and the contacts they page, level by level, until someone acknowledges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd&apos;s escalation policies and contacts API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guided runbooks: step-by-step incident procedures that call recopsd, check what comes back, branch, and record a timeline, journaled locally so they work while the server is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console&apos;s runbook engine and recopsd&apos;s incident timeline API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open and past incidents with their timelines, shared by the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd&apos;s incidents and timelines API</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave credentials out of the address: the token field keeps them in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a query (?) or a fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has spaces or line breaks around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a recopsd token: tokens look like rcp_&lt;16 hex digits&gt;_&lt;64 hex digits&gt;, as printed by &quot;recopsd token create&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenIdentity</name>
    <message>
        <source>The identity is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity has no &quot;role&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try recops-console --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ApiClient</name>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// server address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ApiReply</name>
    <message>
        <source>The call was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ConnectionTester</name>
    <message>
        <source>Not reachable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd %1 answered in %2 ms (status %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The token is accepted: %2, role %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 No token is set, so only the health check works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The token is rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The token could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ConsoleStartup</name>
    <message>
        <source>There is no profile named &quot;%1&quot;, and no profile is saved yet. Add --server URL to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::DashboardPage</name>
    <message>
        <source>Server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last health check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health-check round trip, measured by the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (last known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is loaded: recopsd serves no recommendations until a model version reaches Production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not show its health report to this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known until the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered in %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd at %1 does not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token: %1. Set a valid token in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is set for this connection: only the open health check works. Add a token in the profile to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd reports itself %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd reports itself %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::EnvironmentBanner</name>
    <message>
        <source>Connected environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsaved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::HealthStatusWidget</name>
    <message>
        <source>Server status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency of the last call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round trip of the last call the console made to recopsd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreachable, retrying in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recopsd %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::JsonPropertiesModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::LatencyChartView</name>
    <message>
        <source>Health-check round trip chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::LatencyHistoryModel</name>
    <message>
        <source>%1: %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: waits for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check health now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About RecOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RecOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecOps Console %1&lt;/h3&gt;&lt;p&gt;The operations console for recopsd, the RecOps recommendation server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RecOps Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RecOps Console — %1 [PRODUCTION]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RecOps Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::PendingPage</name>
    <message>
        <source>%1 icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this page waits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to recopsd %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;This page waits for %2, which recopsd does not provide yet. Until then it shows nothing rather than made-up data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileDialog</name>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its token is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the token up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking for a system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens are kept in the system keyring, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileForm</name>
    <message>
        <source>Accept a self-signed server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: what you do through this profile affects live traffic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificate authorities only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; paste a new token to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the token from &quot;recopsd token create&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileProvisioner</name>
    <message>
        <source>The profile store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; give --server URL to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated the profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is available for the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The token was not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its token is in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileStore</name>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a profile database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer recops-console (schema %2; this version reads up to %3). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot bring %1 to schema %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::ScreenshotRunner</name>
    <message>
        <source>%1 did not finish loading within %2 s; captured as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recops::console::SecretStore</name>
    <message>
        <source>No system keyring is reachable (%1). Tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not give the token out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring refused to store the token (%1); it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring did not delete the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
