<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Alert</name>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>Timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>Unexpected response</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>The server sent no problem details.</source>
        <translation>Der Server hat keine Fehlerdetails gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a problem object.</source>
        <translation>Die Antwort des Servers ist kein Problem-Objekt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (Anfrage %2)</translation>
    </message>
</context>
<context>
    <name>ChangeConfirmation</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ChangeSummary</name>
    <message>
        <source>unsaved connection</source>
        <translation>nicht gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>On %1: this changes what live traffic is served.</source>
        <translation>Auf %1: Dies ändert, was der Live-Verkehr ausgeliefert bekommt.</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Auf %1.</translation>
    </message>
    <message>
        <source>%1, “%2”</source>
        <translation>%1, „%2“</translation>
    </message>
    <message>
        <source>Set the alias %1 of %2 to version %3.</source>
        <translation>Den Alias %1 von %2 auf Version %3 setzen.</translation>
    </message>
    <message>
        <source>Move the alias %1 of %2 from version %3 to version %4.</source>
        <translation>Den Alias %1 von %2 von Version %3 auf Version %4 verschieben.</translation>
    </message>
    <message>
        <source>Remove the alias %1 of %2 (on version %3).</source>
        <translation>Den Alias %1 von %2 entfernen (auf Version %3).</translation>
    </message>
    <message>
        <source>Cancel training job %1 (%2, %3).</source>
        <translation>Trainingsauftrag %1 abbrechen (%2, %3).</translation>
    </message>
    <message>
        <source>Move version %1 of %2 (%3) from %4 to %5.</source>
        <translation>Version %1 von %2 (%3) von %4 nach %5 verschieben.</translation>
    </message>
    <message>
        <source>Version %1 leaves Production and is archived; recopsd serves version %2 from then on.</source>
        <translation>Version %1 verlässt Produktion und wird archiviert; recopsd liefert ab dann Version %2 aus.</translation>
    </message>
    <message>
        <source>recopsd serves version %1 from then on.</source>
        <translation>recopsd liefert ab dann Version %1 aus.</translation>
    </message>
    <message>
        <source>The model has no Production version afterwards: recopsd serves no model of its own until one is promoted.</source>
        <translation>Das Modell hat danach keine Produktionsversion: recopsd liefert kein eigenes Modell aus, bis eine befördert wird.</translation>
    </message>
    <message>
        <source>FORCED past failing gates (%1).</source>
        <translation>ERZWUNGEN trotz fehlgeschlagener Prüfungen (%1).</translation>
    </message>
    <message>
        <source>Forced (recorded as such).</source>
        <translation>Erzwungen (als solches aufgezeichnet).</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Kommentar: %1</translation>
    </message>
    <message>
        <source>Roll %1 back from version %2 to version %3, which served in Production before. No gates are checked.</source>
        <translation>%1 von Version %2 auf Version %3 zurücksetzen, die zuvor in Produktion lief. Es werden keine Prüfungen durchgeführt.</translation>
    </message>
    <message>
        <source>Send %1 of %2&apos;s traffic to version %3.</source>
        <translation>%1 des Verkehrs von %2 an Version %3 senden.</translation>
    </message>
    <message>
        <source>Send %1 of %2&apos;s traffic to version %3; Production version %4 keeps %5.</source>
        <translation>%1 des Verkehrs von %2 an Version %3 senden; Produktionsversion %4 behält %5.</translation>
    </message>
    <message>
        <source>Promote the canary, version %1 of %2, to Production through the gates, and end the rollout.</source>
        <translation>Den Canary, Version %1 von %2, über die Prüfungen in Produktion befördern und den Rollout beenden.</translation>
    </message>
    <message>
        <source>Stop the canary of %1: version %2 takes no more traffic.</source>
        <translation>Den Canary von %1 beenden: Version %2 erhält keinen Verkehr mehr.</translation>
    </message>
    <message>
        <source>Stop the canary of %1: version %2 takes no more traffic, Production version %3 takes all of it.</source>
        <translation>Den Canary von %1 beenden: Version %2 erhält keinen Verkehr mehr, Produktionsversion %3 erhält den gesamten.</translation>
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
        <translation>7 Tage</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Operations console for recopsd: server health, alerts, models, backups, escalation contacts, runbooks and incidents.</source>
        <translation>Betriebskonsole für recopsd: Serverzustand, Alarme, Modelle, Sicherungen, Eskalationskontakte, Runbooks und Vorfälle.</translation>
    </message>
    <message>
        <source>recopsd address (default %1). With --profile, creates or updates that profile.</source>
        <translation>Adresse von recopsd (Standard %1). Mit --profile wird dieses Profil angelegt oder aktualisiert.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Open the saved connection profile NAME.</source>
        <translation>Das gespeicherte Verbindungsprofil NAME öffnen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Environment tag of the profile: %1.</source>
        <translation>Umgebung des Profils: %1.</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>UMGEBUNG</translation>
    </message>
    <message>
        <source>PEM file of extra certificate authorities to trust.</source>
        <translation>PEM-Datei mit zusätzlichen vertrauenswürdigen Zertifizierungsstellen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Accept a self-signed server certificate.</source>
        <translation>Ein selbstsigniertes Serverzertifikat akzeptieren.</translation>
    </message>
    <message>
        <source>Read the API token from standard input and store it in the keyring for the profile (for the session only without --profile or without a keyring).</source>
        <translation>Das API-Token von der Standardeingabe lesen und für das Profil im Schlüsselbund speichern (ohne --profile oder ohne Schlüsselbund nur für diese Sitzung).</translation>
    </message>
    <message>
        <source>User interface language, for example en or de.</source>
        <translation>Sprache der Oberfläche, zum Beispiel en oder de.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Render PAGE to the PNG FILE once its data has loaded, then exit. Repeatable. Pages: %1.</source>
        <translation>SEITE als PNG in DATEI speichern, sobald ihre Daten geladen sind, dann beenden. Wiederholbar. Seiten: %1.</translation>
    </message>
    <message>
        <source>PAGE=FILE</source>
        <translation>SEITE=DATEI</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>--server: %1</source>
        <translation>--server: %1</translation>
    </message>
    <message>
        <source>--profile needs a name.</source>
        <translation>--profile braucht einen Namen.</translation>
    </message>
    <message>
        <source>--environment: &quot;%1&quot; is not one of %2.</source>
        <translation>--environment: „%1“ ist nicht eines von %2.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language code such as en or de_DE.</source>
        <translation>--lang: „%1“ ist kein Sprachcode wie en oder de_DE.</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; is not PAGE=FILE.</source>
        <translation>--screenshot: „%1“ hat nicht die Form SEITE=DATEI.</translation>
    </message>
    <message>
        <source>--screenshot: &quot;%1&quot; is not a page; pages are %2.</source>
        <translation>--screenshot: „%1“ ist keine Seite; Seiten sind %2.</translation>
    </message>
</context>
<context>
    <name>Contact</name>
    <message>
        <source>The id must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Die ID besteht aus 1 bis 64 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>Der Name fehlt.</translation>
    </message>
    <message>
        <source>Name, role and email take at most 200 characters.</source>
        <translation>Name, Rolle und E-Mail haben höchstens 200 Zeichen.</translation>
    </message>
    <message>
        <source>The phone number may hold digits, spaces, &apos;+&apos;, &apos;(&apos;, &apos;)&apos; and &apos;-&apos; only.</source>
        <translation>Die Telefonnummer darf nur Ziffern, Leerzeichen, &apos;+&apos;, &apos;(&apos;, &apos;)&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <source>The webhook URL must start with http:// or https://.</source>
        <translation>Die Webhook-URL muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>DriftReport</name>
    <message>
        <source>insufficient data</source>
        <translation>zu wenige Daten</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>deutlich</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
</context>
<context>
    <name>EnvironmentTags</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
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
        <translation>jeder Alarm</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a matcher: write label=value, label!=value, label=~regex or label!~regex.</source>
        <translation>„%1“ ist kein Matcher: Schreiben Sie label=wert, label!=wert, label=~regex oder label!~regex.</translation>
    </message>
    <message>
        <source>The id must be 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Die ID besteht aus 1 bis 64 Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; und beginnt mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>A policy has 1 to %1 levels.</source>
        <translation>Eine Richtlinie hat 1 bis %1 Stufen.</translation>
    </message>
    <message>
        <source>Repeat is 0 to %1.</source>
        <translation>Wiederholen ist 0 bis %1.</translation>
    </message>
    <message>
        <source>Level %1 pages nobody: name at least one contact.</source>
        <translation>Stufe %1 benachrichtigt niemanden: Nennen Sie mindestens einen Kontakt.</translation>
    </message>
    <message>
        <source>The delay of level %1 is 0 to 86400 seconds.</source>
        <translation>Die Wartezeit von Stufe %1 beträgt 0 bis 86400 Sekunden.</translation>
    </message>
    <message>
        <source>Level %1 names %2, which is not a contact.</source>
        <translation>Stufe %1 nennt %2, das ist kein Kontakt.</translation>
    </message>
</context>
<context>
    <name>FilterQuery</name>
    <message>
        <source>&quot;%1&quot; has no label before the =; read as text.</source>
        <translation>„%1“ hat keinen Namen vor dem =; als Text gelesen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label name; read as text.</source>
        <translation>„%1“ ist kein Labelname; als Text gelesen.</translation>
    </message>
</context>
<context>
    <name>GateResults</name>
    <message>
        <source>No gates apply</source>
        <translation>Keine Prüfungen anwendbar</translation>
    </message>
    <message>
        <source>All gates passed (%1 of %1)</source>
        <translation>Alle Prüfungen bestanden (%1 von %1)</translation>
    </message>
    <message>
        <source>Gates failed: %1 of %2</source>
        <translation>Prüfungen fehlgeschlagen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>HealthReport</name>
    <message>
        <source>The health report is not a JSON object.</source>
        <translation>Der Zustandsbericht ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The health report has no &quot;status&quot;.</source>
        <translation>Dem Zustandsbericht fehlt „status“.</translation>
    </message>
    <message>
        <source>The health report has no &quot;version&quot;.</source>
        <translation>Dem Zustandsbericht fehlt „version“.</translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;uptime_seconds&quot; is not a non-negative number.</source>
        <translation>„uptime_seconds“ im Zustandsbericht ist keine nichtnegative Zahl.</translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;model&quot; is neither an object nor null.</source>
        <translation>„model“ im Zustandsbericht ist weder ein Objekt noch null.</translation>
    </message>
    <message>
        <source>The health report&apos;s &quot;store&quot; is not an object.</source>
        <translation>„store“ im Zustandsbericht ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>%1 — retrying in %2</source>
        <translation>%1 — neuer Versuch in %2</translation>
    </message>
    <message>
        <source>no token</source>
        <translation>kein Token</translation>
    </message>
    <message>
        <source>checking token…</source>
        <translation>Token wird geprüft…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>token not checked</source>
        <translation>Token nicht geprüft</translation>
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
        <translation>Die Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>%1 is not a string</source>
        <translation>%1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 is not an integer</source>
        <translation>%1 ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is not an ISO 8601 time: &quot;%2&quot;</source>
        <translation>%1 ist keine Zeit nach ISO 8601: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not an array</source>
        <translation>%1 ist kein Array</translation>
    </message>
    <message>
        <source>%1[%2] is not a string</source>
        <translation>%1[%2] ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <source>%1 is not a stage: &quot;%2&quot;</source>
        <translation>%1 ist keine Stufe: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is not a kind of change: &quot;%2&quot;</source>
        <translation>%1 ist keine Art von Änderung: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.%2 is not a string</source>
        <translation>%1.%2 ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>%1 is not a boolean</source>
        <translation>%1 ist kein Wahrheitswert</translation>
    </message>
</context>
<context>
    <name>ModelStages</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
</context>
<context>
    <name>PageCatalog</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>The alert queue: pending, firing, acknowledged and silenced alerts computed from the SLO windows, with acknowledge and silence actions.</source>
        <translation>Die Alarmwarteschlange: ausstehende, ausgelöste, bestätigte und stummgeschaltete Alarme aus den SLO-Fenstern, mit Bestätigen und Stummschalten.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>The model registry: every version with its evaluation metrics, and its stage (None, Staging, Production, Archived), with promotion and rollback.</source>
        <translation>Die Modellregistrierung: jede Version mit ihren Auswertungsmetriken und ihrer Stufe (None, Staging, Production, Archived), mit Beförderung und Rücknahme.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Backups against the 24 h recovery point and 2 h recovery time objectives, with backup, verify and restore.</source>
        <translation>Sicherungen gemessen am Wiederherstellungspunkt von 24 h und der Wiederherstellungszeit von 2 h, mit Sichern, Prüfen und Wiederherstellen.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Guided runbooks: step-by-step incident procedures that call recopsd, check what comes back, branch, and record a timeline, journaled locally so they work while the server is down.</source>
        <translation>Geführte Runbooks: schrittweise Abläufe für Vorfälle, die recopsd aufrufen, die Antworten prüfen, verzweigen und eine Zeitleiste führen; lokal protokolliert, damit sie auch bei ausgefallenem Server funktionieren.</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Open and past incidents with their timelines, shared by the whole team.</source>
        <translation>Offene und vergangene Vorfälle mit ihren Zeitleisten, für das ganze Team.</translation>
    </message>
    <message>
        <source>Service levels and the server&apos;s health: SLO cards with error budgets and burn rates, charts from 15 minutes to 30 days, status, version, uptime, serving model and store.</source>
        <translation>Service-Level und der Zustand des Servers: SLO-Karten mit Fehlerbudgets und Verbrauchsraten, Diagramme von 15 Minuten bis 30 Tage, Status, Version, Laufzeit, ausgeliefertes Modell und Speicher.</translation>
    </message>
    <message>
        <source>Escalation policies and the contacts they page, level by level, until someone acknowledges, with a dry run of who is paged when.</source>
        <translation>Eskalationsrichtlinien und die Kontakte, die sie Stufe um Stufe benachrichtigen, bis jemand bestätigt, mit einem Probelauf, wer wann benachrichtigt wird.</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>%1: not valid JSON: %2</source>
        <translation>%1: kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The file must hold a JSON object, with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Die Datei muss ein JSON-Objekt mit &quot;format&quot;: &quot;%1&quot; enthalten.</translation>
    </message>
    <message>
        <source>format: must be &quot;%1&quot;; this is not a profile file of recops-console.</source>
        <translation>format: muss &quot;%1&quot; sein; dies ist keine Profildatei von recops-console.</translation>
    </message>
    <message>
        <source>version: must be the number %1.</source>
        <translation>version: muss die Zahl %1 sein.</translation>
    </message>
    <message>
        <source>version: %1 is not a version this console reads (it reads %2); the file was written by another version of recops-console.</source>
        <translation>version: %1 kann diese Konsole nicht lesen (sie liest %2); die Datei wurde von einer anderen Version von recops-console geschrieben.</translation>
    </message>
    <message>
        <source>%1: unknown field.</source>
        <translation>%1: unbekanntes Feld.</translation>
    </message>
    <message>
        <source>profiles: must be a list of profiles.</source>
        <translation>profiles: muss eine Liste von Profilen sein.</translation>
    </message>
    <message>
        <source>%1: must be an object with name, url and environment.</source>
        <translation>%1: muss ein Objekt mit name, url und environment sein.</translation>
    </message>
    <message>
        <source>%1.%2: missing.</source>
        <translation>%1.%2: fehlt.</translation>
    </message>
    <message>
        <source>%1.%2: must be a string.</source>
        <translation>%1.%2: muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.%2: profile files never carry secrets; remove it and set the token in Connection ▸ Manage connection profiles… instead.</source>
        <translation>%1.%2: Profildateien enthalten nie Geheimnisse; entfernen Sie es und setzen Sie das Token stattdessen unter Verbindung ▸ Verbindungsprofile verwalten….</translation>
    </message>
    <message>
        <source>%1.%2: unknown field.</source>
        <translation>%1.%2: unbekanntes Feld.</translation>
    </message>
    <message>
        <source>%1.environment: &quot;%2&quot; is not one of production, staging, development, demo.</source>
        <translation>%1.environment: „%2“ ist keiner von production, staging, development, demo.</translation>
    </message>
    <message>
        <source>%1.url: %2</source>
        <translation>%1.url: %2</translation>
    </message>
    <message>
        <source>%1.tls: must be an object.</source>
        <translation>%1.tls: muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1.tls.%2: must be a string.</source>
        <translation>%1.tls.%2: muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.tls.%2: must be true or false.</source>
        <translation>%1.tls.%2: muss true oder false sein.</translation>
    </message>
    <message>
        <source>%1.tls.%2: unknown field.</source>
        <translation>%1.tls.%2: unbekanntes Feld.</translation>
    </message>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>Nichts wurde importiert:</translation>
    </message>
    <message>
        <source>No new profile was imported.</source>
        <translation>Kein neues Profil wurde importiert.</translation>
    </message>
    <message>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <source>Already saved with the same settings: %1.</source>
        <translation>Bereits mit denselben Einstellungen gespeichert: %1.</translation>
    </message>
    <message>
        <source>Not imported: &quot;%1&quot; is already saved for %2 (%3); the file has %4 (%5). Rename one of them to keep both.</source>
        <translation>Nicht importiert: „%1“ ist bereits für %2 (%3) gespeichert; die Datei enthält %4 (%5). Benennen Sie eines um, um beide zu behalten.</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Der Name ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The name contains a control character.</source>
        <translation>Der Name enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits „%1“.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Enter the server address, for example %1.</source>
        <translation>Geben Sie die Serveradresse ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>Leave credentials out of the address: the token field keeps them in the keyring.</source>
        <translation>Zugangsdaten gehören nicht in die Adresse: Das Token-Feld legt sie im Schlüsselbund ab.</translation>
    </message>
    <message>
        <source>The address must not contain a query (?) or a fragment (#).</source>
        <translation>Die Adresse darf keine Abfrage (?) und kein Fragment (#) enthalten.</translation>
    </message>
    <message>
        <source>The token is empty.</source>
        <translation>Das Token ist leer.</translation>
    </message>
    <message>
        <source>The token has spaces or line breaks around it.</source>
        <translation>Das Token ist von Leerzeichen oder Zeilenumbrüchen umgeben.</translation>
    </message>
    <message>
        <source>This is not a recopsd token: tokens look like rcp_&lt;16 hex digits&gt;_&lt;64 hex digits&gt;, as printed by &quot;recopsd token create&quot;.</source>
        <translation>Dies ist kein recopsd-Token: Tokens haben die Form rcp_&lt;16 Hex-Ziffern&gt;_&lt;64 Hex-Ziffern&gt;, wie „recopsd token create“ sie ausgibt.</translation>
    </message>
</context>
<context>
    <name>RecoveryPointStatus</name>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>within the RPO</source>
        <translation>innerhalb des RPO</translation>
    </message>
    <message>
        <source>near the RPO</source>
        <translation>nahe am RPO</translation>
    </message>
    <message>
        <source>past the RPO</source>
        <translation>über dem RPO</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
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
        <translation>Die Sicherungen sind noch nicht geladen.</translation>
    </message>
    <message>
        <source>Last successful backup %1 ago, within the %2 RPO.</source>
        <translation>Letzte erfolgreiche Sicherung vor %1, innerhalb des RPO von %2.</translation>
    </message>
    <message>
        <source>Last successful backup %1 ago: %2 % of the %3 RPO. Take or check a backup soon.</source>
        <translation>Letzte erfolgreiche Sicherung vor %1: %2 % des RPO von %3. Bald eine Sicherung erstellen oder prüfen.</translation>
    </message>
    <message>
        <source>No successful backup: the %1 RPO is not met.</source>
        <translation>Keine erfolgreiche Sicherung: Das RPO von %1 ist nicht erfüllt.</translation>
    </message>
    <message>
        <source>Last successful backup %1 ago: past the %2 RPO.</source>
        <translation>Letzte erfolgreiche Sicherung vor %1: über dem RPO von %2.</translation>
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
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
</context>
<context>
    <name>RegistryHistory</name>
    <message>
        <source>registered</source>
        <translation>registriert</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>alias set</source>
        <translation>Alias gesetzt</translation>
    </message>
    <message>
        <source>alias removed</source>
        <translation>Alias entfernt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>RunbookLaunch</name>
    <message>
        <source>A viewer token can read this runbook and its runs but cannot start it: its action steps change state on the server (%1). Use an operator token.</source>
        <translation>Ein Viewer-Token kann dieses Runbook und seine Läufe lesen, es aber nicht starten: Seine Aktionsschritte ändern den Zustand auf dem Server (%1). Verwenden Sie ein Operator-Token.</translation>
    </message>
    <message>
        <source>Required: this input has no default.</source>
        <translation>Erforderlich: Diese Eingabe hat keinen Standardwert.</translation>
    </message>
    <message>
        <source>Enter a whole number, for example 10000.</source>
        <translation>Geben Sie eine ganze Zahl ein, zum Beispiel 10000.</translation>
    </message>
    <message>
        <source>Enter a number, for example 0.5.</source>
        <translation>Geben Sie eine Zahl ein, zum Beispiel 0.5.</translation>
    </message>
    <message>
        <source>Enter true or false.</source>
        <translation>Geben Sie true oder false ein.</translation>
    </message>
    <message>
        <source>Enter a duration: a number and a unit (ms, s, m, h, d), for example %1.</source>
        <translation>Geben Sie eine Dauer ein: eine Zahl und eine Einheit (ms, s, m, h, d), zum Beispiel %1.</translation>
    </message>
</context>
<context>
    <name>RunbookStateText</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Waiting for a person</source>
        <translation>Wartet auf eine Person</translation>
    </message>
    <message>
        <source>Halted</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Aborted</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Waiting for confirmation</source>
        <translation>Wartet auf Bestätigung</translation>
    </message>
    <message>
        <source>Waiting for the operator</source>
        <translation>Wartet auf den Operator</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Wait until</source>
        <translation>Warten bis</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>local only</source>
        <translation>nur lokal</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>in der Warteschlange</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>SilenceRequest</name>
    <message>
        <source>Choose at least one label to match.</source>
        <translation>Wählen Sie mindestens ein Label, das passen muss.</translation>
    </message>
    <message>
        <source>At least one label must match a value that is not empty, or the silence would match every alert.</source>
        <translation>Mindestens ein Label muss auf einen nicht leeren Wert passen, sonst träfe die Stummschaltung jeden Alarm.</translation>
    </message>
    <message>
        <source>The duration must be between 1 second and 366 days.</source>
        <translation>Die Dauer muss zwischen 1 Sekunde und 366 Tagen liegen.</translation>
    </message>
    <message>
        <source>Say why the alerts are silenced.</source>
        <translation>Geben Sie an, warum die Alarme stummgeschaltet werden.</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>Der Kommentar ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Staleness</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 h</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>vor %1 d</translation>
    </message>
    <message>
        <source>stale — never updated</source>
        <translation>veraltet — nie aktualisiert</translation>
    </message>
    <message>
        <source>stale — last update %1, %2</source>
        <translation>veraltet — letzte Aktualisierung %1, %2</translation>
    </message>
</context>
<context>
    <name>TokenIdentity</name>
    <message>
        <source>The identity is not a JSON object.</source>
        <translation>Die Identität ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The identity has no &quot;role&quot;.</source>
        <translation>Der Identität fehlt „role“.</translation>
    </message>
</context>
<context>
    <name>TokenRole</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>Modelle zu ändern erfordert die Rolle operator; die Rolle des Tokens ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Changing models needs the operator role; this token is a %1.</source>
        <translation>Modelle zu ändern erfordert die Rolle operator; dieses Token hat die Rolle %1.</translation>
    </message>
</context>
<context>
    <name>TrainingRequest</name>
    <message>
        <source>&quot;%1&quot; is not name=value, as in factors=64</source>
        <translation>„%1“ ist nicht name=wert, wie in factors=64</translation>
    </message>
    <message>
        <source>%1 is given twice</source>
        <translation>%1 ist doppelt angegeben</translation>
    </message>
    <message>
        <source>Parameters: %1.</source>
        <translation>Parameter: %1.</translation>
    </message>
    <message>
        <source>Parameters need an algorithm: recopsd&apos;s own choice takes no parameters.</source>
        <translation>Parameter erfordern einen Algorithmus: Die eigene Wahl von recopsd nimmt keine Parameter.</translation>
    </message>
    <message>
        <source>Window: the number of days must be positive.</source>
        <translation>Zeitraum: Die Anzahl der Tage muss positiv sein.</translation>
    </message>
    <message>
        <source>Window: give both the start and the end.</source>
        <translation>Zeitraum: Geben Sie Anfang und Ende an.</translation>
    </message>
    <message>
        <source>Window: the start must be before the end.</source>
        <translation>Zeitraum: Der Anfang muss vor dem Ende liegen.</translation>
    </message>
    <message>
        <source>Label: at most 500 bytes.</source>
        <translation>Bezeichnung: höchstens 500 Bytes.</translation>
    </message>
    <message>
        <source>Target stage: Staging or Production, or none to register the version only.</source>
        <translation>Zielstufe: Staging oder Produktion, oder keine, um die Version nur zu registrieren.</translation>
    </message>
    <message>
        <source>A dry run registers nothing, so it cannot promote to a stage.</source>
        <translation>Ein Probelauf registriert nichts und kann daher in keine Stufe befördern.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Try recops-console --help.</source>
        <translation>Siehe recops-console --help.</translation>
    </message>
</context>
<context>
    <name>recops::console::AcknowledgeDialog</name>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Acknowledge %1</source>
        <translation>%1 bestätigen</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Wo die Änderung geschieht</translation>
    </message>
    <message>
        <source>%1 (%2, %3 since %4): %5</source>
        <translation>%1 (%2, %3 seit %4): %5</translation>
    </message>
    <message>
        <source>The alert</source>
        <translation>Der Alarm</translation>
    </message>
    <message>
        <source>&amp;Comment (what you are doing about it):</source>
        <translation>&amp;Kommentar (was Sie dagegen tun):</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>loading the last good model</source>
        <translation>lade das letzte gute Modell</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The comment is longer than %1 characters.</source>
        <translation>Der Kommentar ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertActions</name>
    <message>
        <source>Acknowledged %1.</source>
        <translation>%1 bestätigt.</translation>
    </message>
    <message>
        <source>Silenced alerts matching %1.</source>
        <translation>Alarme mit %1 stummgeschaltet.</translation>
    </message>
    <message>
        <source>Expire silence</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <source>Expire the silence of %1 now?</source>
        <translation>Die Stummschaltung von %1 jetzt beenden?</translation>
    </message>
    <message>
        <source>Created by %1: %2. The alerts it matched page again.</source>
        <translation>Angelegt von %1: %2. Die Alarme, auf die sie passte, benachrichtigen wieder.</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Silence %1 expired.</source>
        <translation>Stummschaltung %1 beendet.</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertEventModel</name>
    <message>
        <source>pending</source>
        <translation>anstehend</translation>
    </message>
    <message>
        <source>fired</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>cleared before firing</source>
        <translation>vor dem Auslösen erledigt</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertHistoryStore</name>
    <message>
        <source>Cannot keep the alert %1: %2</source>
        <translation>Der Alarm %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete old alerts: %1</source>
        <translation>Alte Alarme können nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Cannot delete alert history: %1</source>
        <translation>Der Alarmverlauf kann nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertQueuePanel</name>
    <message>
        <source>History of the selected alert</source>
        <translation>Verlauf des gewählten Alarms</translation>
    </message>
    <message>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Bestätigen…</translation>
    </message>
    <message>
        <source>&amp;Silence…</source>
        <translation>&amp;Stummschalten…</translation>
    </message>
    <message>
        <source>Run &amp;runbook</source>
        <translation>&amp;Runbook ausführen</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Alarmliste</translation>
    </message>
    <message>
        <source>History note</source>
        <translation>Hinweis zum Verlauf</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert</source>
        <translation>Den gewählten Alarm bestätigen</translation>
    </message>
    <message>
        <source>Record that you are on it, with a comment: escalation stops.</source>
        <translation>Festhalten, dass Sie sich darum kümmern, mit einem Kommentar: die Eskalation endet.</translation>
    </message>
    <message>
        <source>Silence alerts like the selected one</source>
        <translation>Alarme wie den gewählten stummschalten</translation>
    </message>
    <message>
        <source>Mute the alerts with the selected alert&apos;s labels for a while.</source>
        <translation>Die Alarme mit den Labels des gewählten Alarms eine Zeit lang stummschalten.</translation>
    </message>
    <message>
        <source>Run the runbook of the selected alert</source>
        <translation>Das Runbook des gewählten Alarms ausführen</translation>
    </message>
    <message>
        <source>Select an alert to see what happened to it.</source>
        <translation>Wählen Sie einen Alarm, um zu sehen, was mit ihm geschah.</translation>
    </message>
    <message>
        <source>Nothing recorded for this alert yet.</source>
        <translation>Zu diesem Alarm ist noch nichts aufgezeichnet.</translation>
    </message>
    <message>
        <source>Prepare the runbook that answers this alert on the Runbooks page, its inputs filled from the alert&apos;s labels.</source>
        <translation>Das Runbook zu diesem Alarm auf der Seite Runbooks vorbereiten, die Eingaben aus den Labels des Alarms gefüllt.</translation>
    </message>
    <message>
        <source>Loading the history of %1…</source>
        <translation>Lade den Verlauf von %1…</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertTableModel</name>
    <message>
        <source>silenced</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <source>Matched by silence %1</source>
        <translation>Von Stummschaltung %1 erfasst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <source>Silenced</source>
        <translation>Stumm</translation>
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
        <translation>Kritischer Alarm: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::AlertsPage</name>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Alarmliste</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>Critical alerts</source>
        <translation>Kritische Alarme</translation>
    </message>
    <message>
        <source>Active (pending and firing)</source>
        <translation>Aktiv (anstehend und ausgelöst)</translation>
    </message>
    <message>
        <source>Firing</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Alert state</source>
        <translation>Alarmzustand</translation>
    </message>
    <message>
        <source>Every severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning and critical</source>
        <translation>Warnung und kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Alert severity</source>
        <translation>Schweregrad der Alarme</translation>
    </message>
    <message>
        <source>Not silenced</source>
        <translation>Nicht stumm</translation>
    </message>
    <message>
        <source>Silenced too</source>
        <translation>Auch stumme</translation>
    </message>
    <message>
        <source>Silenced only</source>
        <translation>Nur stumme</translation>
    </message>
    <message>
        <source>Silenced alerts</source>
        <translation>Stummgeschaltete Alarme</translation>
    </message>
    <message>
        <source>Filter: text, or severity=critical rule=High* team=ml (Ctrl+F)</source>
        <translation>Filter: Text, oder severity=critical rule=High* team=ml (Strg+F)</translation>
    </message>
    <message>
        <source>Filter alerts</source>
        <translation>Alarme filtern</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>Was dieses Token darf</translation>
    </message>
    <message>
        <source>Outcome of the last change</source>
        <translation>Ergebnis der letzten Änderung</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>&amp;Zustand:</translation>
    </message>
    <message>
        <source>Si&amp;lenced:</source>
        <translation>S&amp;tumm:</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>Sile&amp;nces</source>
        <translation>Stummschaltu&amp;ngen</translation>
    </message>
    <message>
        <source>Alert views</source>
        <translation>Alarmansichten</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No runbook answers %1: a runbook names the alerts it answers in its triggers.</source>
        <translation>Kein Runbook antwortet auf %1: ein Runbook nennt die Alarme, auf die es antwortet, in seinen Auslösern.</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Rolle noch nicht bekannt: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token-Rolle %1: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: acknowledges and silences</source>
        <translation>Token-Rolle %1: bestätigt und schaltet stumm</translation>
    </message>
    <message>
        <source>Run the runbook of the selected alert</source>
        <translation>Das Runbook des gewählten Alarms ausführen</translation>
    </message>
    <message>
        <source>runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>Acknowledge the selected alert…</source>
        <translation>Den gewählten Alarm bestätigen…</translation>
    </message>
    <message>
        <source>ack</source>
        <translation>quittieren</translation>
    </message>
    <message>
        <source>on it</source>
        <translation>kümmere mich</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Silence alerts like the selected one…</source>
        <translation>Alarme wie den gewählten stummschalten…</translation>
    </message>
    <message>
        <source>mute</source>
        <translation>stumm</translation>
    </message>
    <message>
        <source>snooze</source>
        <translation>schlummern</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Select an alert on the Alerts page first.</source>
        <translation>Wählen Sie zuerst einen Alarm auf der Seite Alarme.</translation>
    </message>
    <message>
        <source>Already acknowledged by %1.</source>
        <translation>Bereits bestätigt von %1.</translation>
    </message>
    <message>
        <source>A resolved alert is not acknowledged.</source>
        <translation>Ein behobener Alarm wird nicht bestätigt.</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>Schwere&amp;grad:</translation>
    </message>
</context>
<context>
    <name>recops::console::AliasDialog</name>
    <message>
        <source>&amp;Remove alias…</source>
        <translation>Alias &amp;entfernen…</translation>
    </message>
    <message>
        <source>Aliases of %1</source>
        <translation>Aliasse von %1</translation>
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
        <translation>Wo der Alias jetzt steht</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Remove alias</source>
        <translation>Alias entfernen</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>Now on:</source>
        <translation>Jetzt auf:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>&amp;Move alias…</source>
        <translation>Alias &amp;verschieben…</translation>
    </message>
    <message>
        <source>&amp;Set alias…</source>
        <translation>Alias &amp;setzen…</translation>
    </message>
    <message>
        <source>An alias is 1 to 64 characters: a-z, 0-9, - and _ (such as champion).</source>
        <translation>Ein Alias hat 1 bis 64 Zeichen: a-z, 0-9, - und _ (etwa champion).</translation>
    </message>
    <message>
        <source>Confirm the alias</source>
        <translation>Alias bestätigen</translation>
    </message>
    <message>
        <source>An alias names a version in the registry; what recopsd serves does not change. The stage history records who moved it.</source>
        <translation>Ein Alias benennt eine Version in der Modellregistrierung; was recopsd ausliefert, ändert sich nicht. Die Stufenhistorie zeichnet auf, wer ihn verschoben hat.</translation>
    </message>
    <message>
        <source>Move alias</source>
        <translation>Alias verschieben</translation>
    </message>
    <message>
        <source>Set alias</source>
        <translation>Alias setzen</translation>
    </message>
    <message>
        <source>Confirm the removal</source>
        <translation>Entfernen bestätigen</translation>
    </message>
    <message>
        <source>What recopsd serves does not change. The stage history records the removal.</source>
        <translation>Was recopsd ausliefert, ändert sich nicht. Die Stufenhistorie zeichnet das Entfernen auf.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>recopsd refused: %1</source>
        <translation>recopsd hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ApiClient</name>
    <message>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The CA file %1 does not exist.</source>
        <translation>Die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// server address.</source>
        <translation>%1 ist keine Serveradresse mit http:// oder https://.</translation>
    </message>
</context>
<context>
    <name>recops::console::ApiReply</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>Der Aufruf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>Der Inhalt ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
</context>
<context>
    <name>recops::console::BackupActions</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Take a backup of the database and the models directory now?</source>
        <translation>Jetzt eine Sicherung der Datenbank und des Modellverzeichnisses erstellen?</translation>
    </message>
    <message>
        <source>recopsd takes it on its backup thread; serving goes on meanwhile.</source>
        <translation>recopsd erstellt sie in seinem Sicherungs-Thread; der Betrieb läuft währenddessen weiter.</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>Backup queued.</source>
        <translation>Sicherung eingereiht.</translation>
    </message>
    <message>
        <source>Verify backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Verify backup %1 (taken %2)?</source>
        <translation>Sicherung %1 (erstellt %2) prüfen?</translation>
    </message>
    <message>
        <source>recopsd restores it into scratch space and checks it against its manifest; the live data is not touched.</source>
        <translation>recopsd stellt sie in einem Arbeitsbereich wieder her und prüft sie gegen ihr Manifest; die laufenden Daten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Verification of %1 queued.</source>
        <translation>Prüfung von %1 eingereiht.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>recopsd&apos;s answer was not understood: %1</source>
        <translation>Die Antwort von recopsd wurde nicht verstanden: %1</translation>
    </message>
    <message>
        <source>Restore of %1 queued.</source>
        <translation>Wiederherstellung von %1 eingereiht.</translation>
    </message>
</context>
<context>
    <name>recops::console::BackupTableModel</name>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>passed %1</source>
        <translation>bestanden %1</translation>
    </message>
    <message numerus="yes">
        <source>failed: %n problem(s)</source>
        <translation>
            <numerusform>fehlgeschlagen: %n Problem</numerusform>
            <numerusform>fehlgeschlagen: %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>verification queued</source>
        <translation>Prüfung eingereiht</translation>
    </message>
    <message>
        <source>verifying</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Backup id</source>
        <translation>Sicherungs-ID</translation>
    </message>
</context>
<context>
    <name>recops::console::BackupsPage</name>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Recovery point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Backup schedule</source>
        <translation>Sicherungsplan</translation>
    </message>
    <message>
        <source>Filter: text, or status=failed trigger=schedule (Ctrl+F)</source>
        <translation>Filter: Text, oder status=failed trigger=schedule (Strg+F)</translation>
    </message>
    <message>
        <source>Filter backups</source>
        <translation>Sicherungen filtern</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>Was dieses Token darf</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Take a backup of the database and the models directory now.</source>
        <translation>Jetzt eine Sicherung der Datenbank und des Modellverzeichnisses erstellen.</translation>
    </message>
    <message>
        <source>Verify the selected backup</source>
        <translation>Die ausgewählte Sicherung prüfen</translation>
    </message>
    <message>
        <source>Restore the selected backup into scratch space and check it against its manifest.</source>
        <translation>Die ausgewählte Sicherung in einen Arbeitsbereich wiederherstellen und gegen ihr Manifest prüfen.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the live database and models by the selected backup.</source>
        <translation>Die laufende Datenbank und die Modelle durch die ausgewählte Sicherung ersetzen.</translation>
    </message>
    <message>
        <source>No backup schedule: backups are taken only when asked for.</source>
        <translation>Kein Sicherungsplan: Sicherungen werden nur auf Anforderung erstellt.</translation>
    </message>
    <message>
        <source>Scheduled every %1, next at %2.</source>
        <translation>Geplant alle %1, nächste um %2.</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Rolle noch nicht bekannt: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: backs up, verifies and restores</source>
        <translation>Token-Rolle %1: sichert, prüft und stellt wieder her</translation>
    </message>
    <message>
        <source>Token role %1: backs up and verifies</source>
        <translation>Token-Rolle %1: sichert und prüft</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token-Rolle %1: nur lesen</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Jetzt sichern…</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Schnappschuss</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Verify the selected backup…</source>
        <translation>Die ausgewählte Sicherung prüfen…</translation>
    </message>
    <message>
        <source>check</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Die ausgewählte Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>recover</source>
        <translation>wiederherstellen</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>Select a backup on the Backups page first.</source>
        <translation>Wählen Sie zuerst eine Sicherung auf der Seite Sicherungen aus.</translation>
    </message>
    <message>
        <source>Only a successful backup with nothing in flight can be verified or restored.</source>
        <translation>Nur eine erfolgreiche Sicherung, an der gerade nichts läuft, kann geprüft oder wiederhergestellt werden.</translation>
    </message>
</context>
<context>
    <name>recops::console::CanaryPanel</name>
    <message>
        <source>&amp;Promote canary…</source>
        <translation>Canary &amp;befördern…</translation>
    </message>
    <message>
        <source>A&amp;bort canary…</source>
        <translation>Canary a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Canary status</source>
        <translation>Canary-Status</translation>
    </message>
    <message>
        <source>Candidate version</source>
        <translation>Kandidatenversion</translation>
    </message>
    <message>
        <source>Candidate&apos;s share of traffic</source>
        <translation>Verkehrsanteil des Kandidaten</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Candidate&apos;s share in percent</source>
        <translation>Anteil des Kandidaten in Prozent</translation>
    </message>
    <message>
        <source>Promote canary</source>
        <translation>Canary befördern</translation>
    </message>
    <message>
        <source>Promote the candidate to Production through the gates.</source>
        <translation>Den Kandidaten über die Prüfungen in Produktion befördern.</translation>
    </message>
    <message>
        <source>Abort canary</source>
        <translation>Canary abbrechen</translation>
    </message>
    <message>
        <source>Send all traffic back to Production.</source>
        <translation>Den gesamten Verkehr an Produktion zurückgeben.</translation>
    </message>
    <message>
        <source>Ca&amp;ndidate:</source>
        <translation>Ka&amp;ndidat:</translation>
    </message>
    <message>
        <source>S&amp;hare:</source>
        <translation>&amp;Anteil:</translation>
    </message>
    <message>
        <source>Canary arms</source>
        <translation>Canary-Zweige</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No canary runs: Production takes all of the serving model&apos;s traffic.</source>
        <translation>Kein Canary läuft: Produktion erhält den gesamten Verkehr des ausgelieferten Modells.</translation>
    </message>
    <message>
        <source>Version %1 takes %2 of %3&apos;s traffic since %4 (started by %5).</source>
        <translation>Version %1 erhält %2 des Verkehrs von %3 seit %4 (gestartet von %5).</translation>
    </message>
    <message>
        <source>The candidate serves; figures since %1.</source>
        <translation>Der Kandidat wird ausgeliefert; Kennzahlen seit %1.</translation>
    </message>
    <message>
        <source>The candidate is not serving yet: it is loading, or failed to load (see the Dashboard).</source>
        <translation>Der Kandidat wird noch nicht ausgeliefert: Er lädt noch oder konnte nicht geladen werden (siehe Übersicht).</translation>
    </message>
    <message>
        <source>&amp;Change share…</source>
        <translation>Anteil ä&amp;ndern…</translation>
    </message>
    <message>
        <source>&amp;Start canary…</source>
        <translation>Canary &amp;starten…</translation>
    </message>
    <message>
        <source>Change share</source>
        <translation>Anteil ändern</translation>
    </message>
    <message>
        <source>Start canary</source>
        <translation>Canary starten</translation>
    </message>
</context>
<context>
    <name>recops::console::ChartHistoryStore</name>
    <message>
        <source>Cannot keep a sample of %1: %2</source>
        <translation>Ein Messwert von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot delete old chart samples: %1</source>
        <translation>Alte Diagrammwerte können nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Cannot delete chart samples: %1</source>
        <translation>Diagrammwerte können nicht gelöscht werden: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::CohortMetricsModel</name>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
</context>
<context>
    <name>recops::console::CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command: go to, refresh, switch, unlock…</source>
        <translation>Befehl eingeben: gehe zu, aktualisieren, wechseln, entsperren…</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Type to search the commands; Up and Down choose, Enter runs, Escape closes.</source>
        <translation>Tippen, um Befehle zu suchen; Auf und Ab wählen, Eingabe führt aus, Escape schließt.</translation>
    </message>
    <message>
        <source>Matching commands</source>
        <translation>Passende Befehle</translation>
    </message>
    <message>
        <source>Selected command</source>
        <translation>Gewählter Befehl</translation>
    </message>
    <message>
        <source>No command matches.</source>
        <translation>Kein Befehl passt.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
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
        <translation>Es gibt keinen Befehl %1.</translation>
    </message>
    <message>
        <source>%1, shortcut %2</source>
        <translation>%1, Tastenkürzel %2</translation>
    </message>
</context>
<context>
    <name>recops::console::ConnectionTester</name>
    <message>
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>recopsd %1 answered in %2 ms (status %3).</source>
        <translation>recopsd %1 hat in %2 ms geantwortet (Status %3).</translation>
    </message>
    <message>
        <source>%1 The token is accepted: %2, role %3.</source>
        <translation>%1 Das Token wird akzeptiert: %2, Rolle %3.</translation>
    </message>
    <message>
        <source>%1 No token is set, so only the health check works.</source>
        <translation>%1 Es ist kein Token gesetzt, daher funktioniert nur die Zustandsprüfung.</translation>
    </message>
    <message>
        <source>%1 The token is rejected: %2</source>
        <translation>%1 Das Token wird abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 The token could not be checked: %2</source>
        <translation>%1 Das Token konnte nicht geprüft werden: %2</translation>
    </message>
</context>
<context>
    <name>recops::console::ConsoleStartup</name>
    <message>
        <source>There is no profile named &quot;%1&quot;, and no profile is saved yet. Add --server URL to create it.</source>
        <translation>Es gibt kein Profil namens „%1“, und noch ist kein Profil gespeichert. Geben Sie --server URL an, um es anzulegen.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;. Saved profiles: %2.</source>
        <translation>Es gibt kein Profil namens „%1“. Gespeicherte Profile: %2.</translation>
    </message>
    <message>
        <source>wrote %1 (%2×%3)</source>
        <translation>%1 geschrieben (%2×%3)</translation>
    </message>
</context>
<context>
    <name>recops::console::ContactDialog</name>
    <message>
        <source>Contact id</source>
        <translation>Kontakt-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>PagerDuty routing key</source>
        <translation>PagerDuty-Routing-Schlüssel</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
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
        <translation>Webhook-Format</translation>
    </message>
    <message>
        <source>No webhook</source>
        <translation>Kein Webhook</translation>
    </message>
    <message>
        <source>set on the server; leave empty to keep it</source>
        <translation>auf dem Server gesetzt; leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
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
        <translation>Routing-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>There is a contact %1 already.</source>
        <translation>Es gibt schon einen Kontakt %1.</translation>
    </message>
</context>
<context>
    <name>recops::console::ContactTableModel</name>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (routing key set)</source>
        <translation> (Routing-Schlüssel gesetzt)</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
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
        <translation>Kontakt &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove contact…</source>
        <translation>Kontakt &amp;entfernen…</translation>
    </message>
    <message>
        <source>Add &amp;policy…</source>
        <translation>&amp;Richtlinie hinzufügen…</translation>
    </message>
    <message>
        <source>Ed&amp;it policy…</source>
        <translation>Richtlinie bearbe&amp;iten…</translation>
    </message>
    <message>
        <source>Remo&amp;ve policy…</source>
        <translation>Richtlinie entfer&amp;nen…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Escalation policies</source>
        <translation>Eskalationsrichtlinien</translation>
    </message>
    <message>
        <source>Alert queue</source>
        <translation>Alarmwarteschlange</translation>
    </message>
    <message>
        <source>Filter contacts and policies (Ctrl+F)</source>
        <translation>Kontakte und Richtlinien filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter contacts and policies</source>
        <translation>Kontakte und Richtlinien filtern</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>Was dieses Token darf</translation>
    </message>
    <message>
        <source>Outcome of the last change</source>
        <translation>Ergebnis der letzten Änderung</translation>
    </message>
    <message>
        <source>Contacts and escalation sections</source>
        <translation>Bereiche von Kontakte und Eskalation</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Escalation p&amp;olicies</source>
        <translation>Eskalations&amp;richtlinien</translation>
    </message>
    <message>
        <source>Dry &amp;run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Contact %1 added.</source>
        <translation>Kontakt %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Contact %1 is gone meanwhile: nothing saved.</source>
        <translation>Kontakt %1 gibt es inzwischen nicht mehr: nichts gespeichert.</translation>
    </message>
    <message>
        <source>Contact %1 saved.</source>
        <translation>Kontakt %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>Kontakt entfernen</translation>
    </message>
    <message>
        <source>Remove the contact %1 (%2)?</source>
        <translation>Den Kontakt %1 (%2) entfernen?</translation>
    </message>
    <message>
        <source>Escalation stops paging them. A contact a policy still pages cannot be removed: change the policy first.</source>
        <translation>Die Eskalation benachrichtigt sie nicht mehr. Ein Kontakt, den eine Richtlinie noch benachrichtigt, lässt sich nicht entfernen: Ändern Sie zuerst die Richtlinie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Contact %1 removed.</source>
        <translation>Kontakt %1 entfernt.</translation>
    </message>
    <message>
        <source>Escalation policy %1 added.</source>
        <translation>Eskalationsrichtlinie %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Escalation policy %1 is gone meanwhile: nothing saved.</source>
        <translation>Eskalationsrichtlinie %1 gibt es inzwischen nicht mehr: nichts gespeichert.</translation>
    </message>
    <message>
        <source>Escalation policy %1 saved.</source>
        <translation>Eskalationsrichtlinie %1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove escalation policy</source>
        <translation>Eskalationsrichtlinie entfernen</translation>
    </message>
    <message>
        <source>Remove the escalation policy %1?</source>
        <translation>Die Eskalationsrichtlinie %1 entfernen?</translation>
    </message>
    <message>
        <source>Alerts it escalates go to the next policy that matches them, or page nobody.</source>
        <translation>Alarme, die sie eskaliert, gehen an die nächste passende Richtlinie oder benachrichtigen niemanden.</translation>
    </message>
    <message>
        <source>Escalation policy %1 removed.</source>
        <translation>Eskalationsrichtlinie %1 entfernt.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Rolle noch nicht bekannt: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token-Rolle %1: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: edits contacts and policies</source>
        <translation>Token-Rolle %1: bearbeitet Kontakte und Richtlinien</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>Kontakt hinzufügen…</translation>
    </message>
    <message>
        <source>Add an escalation policy…</source>
        <translation>Eskalationsrichtlinie hinzufügen…</translation>
    </message>
    <message>
        <source>on-call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>A change is being saved.</source>
        <translation>Eine Änderung wird gespeichert.</translation>
    </message>
    <message>
        <source>The Contacts page has not loaded yet.</source>
        <translation>Die Seite Kontakte ist noch nicht geladen.</translation>
    </message>
    <message>
        <source>Dry-run an escalation policy for an alert</source>
        <translation>Probelauf einer Eskalationsrichtlinie für einen Alarm</translation>
    </message>
    <message>
        <source>who is paged</source>
        <translation>wer benachrichtigt wird</translation>
    </message>
</context>
<context>
    <name>recops::console::DashboardPage</name>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Edit profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uptime</source>
        <translation>Laufzeit</translation>
    </message>
    <message>
        <source>Last health check</source>
        <translation>Letzte Zustandsprüfung</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Serving model</source>
        <translation>Ausgeliefertes Modell</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Health indicator</source>
        <translation>Zustandsanzeige</translation>
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
        <translation>Laufzeit:</translation>
    </message>
    <message>
        <source>Last health check:</source>
        <translation>Letzte Zustandsprüfung:</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Health-check round trip, measured by the console</source>
        <translation>Antwortzeit der Zustandsprüfung, von der Konsole gemessen</translation>
    </message>
    <message>
        <source> (last known)</source>
        <translation> (zuletzt bekannt)</translation>
    </message>
    <message>
        <source>No model is loaded: recopsd serves no recommendations until a model version reaches Production.</source>
        <translation>Kein Modell geladen: recopsd liefert keine Empfehlungen, bis eine Modellversion die Stufe Production erreicht.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The server did not show its health report to this token.</source>
        <translation>Der Server hat diesem Token seinen Zustandsbericht nicht gezeigt.</translation>
    </message>
    <message>
        <source>Not known until the server answers.</source>
        <translation>Unbekannt, bis der Server antwortet.</translation>
    </message>
    <message>
        <source>answered in %1 at %2</source>
        <translation>um %2 in %1 beantwortet</translation>
    </message>
    <message>
        <source>failed at %1</source>
        <translation>um %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>recopsd at %1 does not answer: %2</source>
        <translation>recopsd unter %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>The server refused the token: %1. Set a valid token in the profile.</source>
        <translation>Der Server hat das Token abgelehnt: %1. Hinterlegen Sie im Profil ein gültiges Token.</translation>
    </message>
    <message>
        <source>The token could not be checked: %1</source>
        <translation>Das Token konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>No token is set for this connection: only the open health check works. Add a token in the profile to see more.</source>
        <translation>Für diese Verbindung ist kein Token gesetzt: Nur die offene Zustandsprüfung funktioniert. Hinterlegen Sie im Profil ein Token, um mehr zu sehen.</translation>
    </message>
    <message>
        <source>recopsd reports itself %1.</source>
        <translation>recopsd meldet sich als %1.</translation>
    </message>
    <message>
        <source>recopsd reports itself %1: %2</source>
        <translation>recopsd meldet sich als %1: %2</translation>
    </message>
    <message>
        <source>Filter the model and store properties: text, or property=index.* value!=0 (Ctrl+F)</source>
        <translation>Modell- und Speichereigenschaften filtern: Text, oder property=index.* value!=0 (Strg+F)</translation>
    </message>
    <message>
        <source>Filter properties</source>
        <translation>Eigenschaften filtern</translation>
    </message>
    <message>
        <source>Dashboard sections</source>
        <translation>Bereiche der Übersicht</translation>
    </message>
    <message>
        <source>&amp;Service levels</source>
        <translation>&amp;Service-Level</translation>
    </message>
    <message>
        <source>Se&amp;rver</source>
        <translation>Se&amp;rver</translation>
    </message>
    <message>
        <source>Pause or resume the dashboard&apos;s chart refresh</source>
        <translation>Aktualisierung der Diagramme der Übersicht anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>auto-refresh</source>
        <translation>automatische Aktualisierung</translation>
    </message>
    <message>
        <source>freeze</source>
        <translation>einfrieren</translation>
    </message>
    <message>
        <source>Show the last %1 on the dashboard&apos;s charts</source>
        <translation>Die letzten %1 in den Diagrammen der Übersicht zeigen</translation>
    </message>
    <message>
        <source>time range</source>
        <translation>Zeitraum</translation>
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
        <translation>Merkmal</translation>
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
        <translation>Stichproben</translation>
    </message>
</context>
<context>
    <name>recops::console::DriftPanel</name>
    <message>
        <source>Drift summary</source>
        <translation>Drift-Zusammenfassung</translation>
    </message>
    <message>
        <source>PSI bands</source>
        <translation>PSI-Bänder</translation>
    </message>
    <message>
        <source>PSI bands: %1 %2 %3 %4</source>
        <translation>PSI-Bänder: %1 %2 %3 %4</translation>
    </message>
    <message>
        <source>stable &lt; 0.2</source>
        <translation>stabil &lt; 0,2</translation>
    </message>
    <message>
        <source>moderate ≥ 0.2</source>
        <translation>mäßig ≥ 0,2</translation>
    </message>
    <message>
        <source>significant ≥ 0.3</source>
        <translation>deutlich ≥ 0,3</translation>
    </message>
    <message>
        <source>severe ≥ 0.5</source>
        <translation>schwer ≥ 0,5</translation>
    </message>
    <message>
        <source>Drift per feature</source>
        <translation>Drift je Merkmal</translation>
    </message>
    <message>
        <source>share of observations</source>
        <translation>Anteil der Beobachtungen</translation>
    </message>
    <message>
        <source>Baseline and live distribution</source>
        <translation>Basis- und Live-Verteilung</translation>
    </message>
    <message>
        <source>No drift figures: no Production version with a training baseline is served.</source>
        <translation>Keine Drift-Werte: Es wird keine Produktionsversion mit Trainingsbasis ausgeliefert.</translation>
    </message>
    <message>
        <source>No drift figures yet for %1: recopsd computes them once live traffic fills its window.</source>
        <translation>Noch keine Drift-Werte für %1: recopsd berechnet sie, sobald Live-Verkehr sein Fenster füllt.</translation>
    </message>
    <message>
        <source>Live traffic of the last %1 against the training window of %2, computed at %3.</source>
        <translation>Live-Verkehr der letzten %1 gegen das Trainingsfenster von %2, berechnet um %3.</translation>
    </message>
    <message>
        <source>Select a feature to see its distributions.</source>
        <translation>Wählen Sie ein Merkmal, um seine Verteilungen zu sehen.</translation>
    </message>
    <message>
        <source>training window</source>
        <translation>Trainingsfenster</translation>
    </message>
    <message>
        <source>live traffic</source>
        <translation>Live-Verkehr</translation>
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
        <translation>benachrichtigt</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>bevorstehend</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>no webhook</source>
        <translation>kein Webhook</translation>
    </message>
    <message>
        <source>when it fires</source>
        <translation>beim Auslösen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Durchlauf</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>After firing</source>
        <translation>Nach Auslösen</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Um</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Paged</source>
        <translation>Benachrichtigt</translation>
    </message>
</context>
<context>
    <name>recops::console::EnvironmentBanner</name>
    <message>
        <source>Connected environment</source>
        <translation>Verbundene Umgebung</translation>
    </message>
    <message>
        <source>unsaved connection</source>
        <translation>nicht gespeicherte Verbindung</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — %2 — read-only</source>
        <translation>PRODUKTION — %1 — %2 — schreibgeschützt</translation>
    </message>
    <message>
        <source>PRODUCTION — %1 — %2 — changes unlocked</source>
        <translation>PRODUKTION — %1 — %2 — Änderungen entsperrt</translation>
    </message>
</context>
<context>
    <name>recops::console::EscalationDryRunPanel</name>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Escalation dry run</source>
        <translation>Probelauf der Eskalation</translation>
    </message>
    <message>
        <source>Escalation policy</source>
        <translation>Eskalationsrichtlinie</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>an alert id</source>
        <translation>eine Alarm-ID</translation>
    </message>
    <message>
        <source>Dry-run the policy for the alert</source>
        <translation>Probelauf der Richtlinie für den Alarm</translation>
    </message>
    <message>
        <source>Dry run result</source>
        <translation>Ergebnis des Probelaufs</translation>
    </message>
    <message>
        <source>Who is paged when</source>
        <translation>Wer wann benachrichtigt wird</translation>
    </message>
    <message>
        <source>&amp;Policy:</source>
        <translation>&amp;Richtlinie:</translation>
    </message>
    <message>
        <source>A&amp;lert:</source>
        <translation>A&amp;larm:</translation>
    </message>
    <message>
        <source>Choose a policy and an alert: the dry run shows whom the policy pages at each step, and when.</source>
        <translation>Wählen Sie eine Richtlinie und einen Alarm: Der Probelauf zeigt, wen die Richtlinie bei jedem Schritt benachrichtigt, und wann.</translation>
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
        <translation>Wählen Sie zuerst eine Richtlinie und einen Alarm.</translation>
    </message>
    <message>
        <source>Asking recopsd…</source>
        <translation>recopsd wird gefragt…</translation>
    </message>
    <message>
        <source>No dry run: %1</source>
        <translation>Kein Probelauf: %1</translation>
    </message>
    <message>
        <source>Policy %1 matches alert %2 (%3).</source>
        <translation>Richtlinie %1 passt auf Alarm %2 (%3).</translation>
    </message>
    <message>
        <source>Policy %1 does not match alert %2 (%3): these steps are what it would do.</source>
        <translation>Richtlinie %1 passt nicht auf Alarm %2 (%3): Diese Schritte würde sie ausführen.</translation>
    </message>
    <message>
        <source>No policy escalates this alert.</source>
        <translation>Keine Richtlinie eskaliert diesen Alarm.</translation>
    </message>
    <message>
        <source>It is escalated by %1 in fact.</source>
        <translation>Tatsächlich eskaliert ihn %1.</translation>
    </message>
    <message>
        <source>Stops when: %1.</source>
        <translation>Endet, wenn: %1.</translation>
    </message>
</context>
<context>
    <name>recops::console::EscalationLevelModel</name>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Contacts (ids, comma-separated)</source>
        <translation>Kontakte (IDs, durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Wait before the next level (s)</source>
        <translation>Wartezeit vor der nächsten Stufe (s)</translation>
    </message>
</context>
<context>
    <name>recops::console::EscalationPolicyDialog</name>
    <message>
        <source>&amp;Add level</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move level</source>
        <translation>Stufe ent&amp;fernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Add an escalation policy</source>
        <translation>Eskalationsrichtlinie hinzufügen</translation>
    </message>
    <message>
        <source>Edit escalation policy %1</source>
        <translation>Eskalationsrichtlinie %1 bearbeiten</translation>
    </message>
    <message>
        <source>Policy id</source>
        <translation>Richtlinien-ID</translation>
    </message>
    <message>
        <source>Policy name</source>
        <translation>Name der Richtlinie</translation>
    </message>
    <message>
        <source>Alerts it escalates</source>
        <translation>Alarme, die sie eskaliert</translation>
    </message>
    <message>
        <source>every alert; or severity=critical, alertname=~High.*</source>
        <translation>jeder Alarm; oder severity=critical, alertname=~High.*</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source> more times</source>
        <translation> weitere Male</translation>
    </message>
    <message>
        <source>Escalation levels</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <source>Known contacts: %1</source>
        <translation>Bekannte Kontakte: %1</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;lerts:</source>
        <translation>A&amp;larme:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Levels, paged in order until someone acknowledges:</source>
        <translation>Stufen, der Reihe nach benachrichtigt, bis jemand bestätigt:</translation>
    </message>
    <message>
        <source>There is a policy %1 already.</source>
        <translation>Es gibt schon eine Richtlinie %1.</translation>
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
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>recops::console::GateResultModel</name>
    <message>
        <source>✓ passed</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ failed</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Ist-Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
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
        <translation>Serverzustand</translation>
    </message>
</context>
<context>
    <name>recops::console::HealthStatusWidget</name>
    <message>
        <source>Server status</source>
        <translation>Serverstatus</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>Latency of the last call</source>
        <translation>Latenz des letzten Aufrufs</translation>
    </message>
    <message>
        <source>Token role</source>
        <translation>Rolle des Tokens</translation>
    </message>
    <message>
        <source>Server health</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>Health indicator</source>
        <translation>Zustandsanzeige</translation>
    </message>
    <message>
        <source>Round trip of the last call the console made to recopsd</source>
        <translation>Antwortzeit des letzten Aufrufs der Konsole an recopsd</translation>
    </message>
    <message>
        <source>Unreachable, retrying in %1</source>
        <translation>Nicht erreichbar, neuer Versuch in %1</translation>
    </message>
    <message>
        <source>recopsd %1</source>
        <translation>recopsd %1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentActions</name>
    <message>
        <source>Note added to incident %1.</source>
        <translation>Notiz zu Vorfall %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Incident %1 escalated.</source>
        <translation>Vorfall %1 eskaliert.</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>Vorfall beheben</translation>
    </message>
    <message>
        <source>Mark incident mitigated</source>
        <translation>Vorfall als entschärft markieren</translation>
    </message>
    <message>
        <source>Resolve incident %1, %2?</source>
        <translation>Vorfall %1, %2, als behoben markieren?</translation>
    </message>
    <message>
        <source>Mark incident %1, %2, mitigated?</source>
        <translation>Vorfall %1, %2, als entschärft markieren?</translation>
    </message>
    <message>
        <source>The status moves only forward: this cannot be undone.</source>
        <translation>Der Status geht nur vorwärts: Dies lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Incident %1 resolved.</source>
        <translation>Vorfall %1 behoben.</translation>
    </message>
    <message>
        <source>Incident %1 marked mitigated.</source>
        <translation>Vorfall %1 als entschärft markiert.</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTableModel</name>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>mitigated</source>
        <translation>entschärft</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTextDialog</name>
    <message>
        <source>&amp;Add note</source>
        <translation>Notiz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <source>Note on incident %1</source>
        <translation>Notiz zu Vorfall %1</translation>
    </message>
    <message>
        <source>Escalate incident %1</source>
        <translation>Vorfall %1 eskalieren</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Wo die Änderung geschieht</translation>
    </message>
    <message>
        <source>%1 %2 (%3, %4)</source>
        <translation>%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>Der Vorfall</translation>
    </message>
    <message>
        <source>&amp;Note for the timeline:</source>
        <translation>&amp;Notiz für die Zeitleiste:</translation>
    </message>
    <message>
        <source>&amp;Reason (why the incident needs the next level; its contacts are paged):</source>
        <translation>&amp;Begründung (warum der Vorfall die nächste Stufe braucht; deren Kontakte werden benachrichtigt):</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reason for the escalation</source>
        <translation>Begründung der Eskalation</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Write the note.</source>
        <translation>Schreiben Sie die Notiz.</translation>
    </message>
    <message>
        <source>Say why the incident needs the next level.</source>
        <translation>Begründen Sie, warum der Vorfall die nächste Stufe braucht.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTimelinePanel</name>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Mitigated…</source>
        <translation>&amp;Entschärft…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>The selected incident</source>
        <translation>Der ausgewählte Vorfall</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>Add a note to the selected incident</source>
        <translation>Dem ausgewählten Vorfall eine Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Mark the selected incident mitigated</source>
        <translation>Den ausgewählten Vorfall als entschärft markieren</translation>
    </message>
    <message>
        <source>Resolve the selected incident</source>
        <translation>Den ausgewählten Vorfall beheben</translation>
    </message>
    <message>
        <source>Escalate the selected incident</source>
        <translation>Den ausgewählten Vorfall eskalieren</translation>
    </message>
    <message>
        <source>Raise the incident to the next level of its escalation policy and page that level&apos;s contacts.</source>
        <translation>Den Vorfall auf die nächste Stufe seiner Eskalationsrichtlinie heben und deren Kontakte benachrichtigen.</translation>
    </message>
    <message>
        <source>%1 %2: %3, %4, opened %5 by %6.</source>
        <translation>%1 %2: %3, %4, eröffnet %5 von %6.</translation>
    </message>
    <message>
        <source>Commander: %1.</source>
        <translation>Leitung: %1.</translation>
    </message>
    <message>
        <source>Alerts: %1.</source>
        <translation>Alarme: %1.</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentTimelineTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>recops::console::IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Zeitleiste des Vorfalls</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Entschärft</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Incident status</source>
        <translation>Status des Vorfalls</translation>
    </message>
    <message>
        <source>Filter: text, or severity=critical commander=alice (Ctrl+F)</source>
        <translation>Filter: Text, oder severity=critical commander=alice (Strg+F)</translation>
    </message>
    <message>
        <source>Filter incidents</source>
        <translation>Vorfälle filtern</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>Was dieses Token darf</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Select an incident to see its timeline.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <source>The timeline could not be loaded: %1</source>
        <translation>Die Zeitleiste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Rolle noch nicht bekannt: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token-Rolle %1: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: adds notes, resolves and escalates</source>
        <translation>Token-Rolle %1: fügt Notizen hinzu, behebt und eskaliert</translation>
    </message>
    <message>
        <source>Select an incident on the Incidents page first.</source>
        <translation>Wählen Sie zuerst einen Vorfall auf der Seite Vorfälle aus.</translation>
    </message>
    <message>
        <source>The incident is resolved.</source>
        <translation>Der Vorfall ist behoben.</translation>
    </message>
    <message>
        <source>Add a note to the selected incident…</source>
        <translation>Dem ausgewählten Vorfall eine Notiz hinzufügen…</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Mark the selected incident mitigated…</source>
        <translation>Den ausgewählten Vorfall als entschärft markieren…</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>workaround</source>
        <translation>Umgehung</translation>
    </message>
    <message>
        <source>The incident is past open.</source>
        <translation>Der Vorfall ist nicht mehr offen.</translation>
    </message>
    <message>
        <source>Resolve the selected incident…</source>
        <translation>Den ausgewählten Vorfall beheben…</translation>
    </message>
    <message>
        <source>close</source>
        <translation>schließen</translation>
    </message>
    <message>
        <source>Escalate the selected incident…</source>
        <translation>Den ausgewählten Vorfall eskalieren…</translation>
    </message>
    <message>
        <source>page</source>
        <translation>benachrichtigen</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
</context>
<context>
    <name>recops::console::JsonPropertiesModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>recops::console::LatencyChartView</name>
    <message>
        <source>Health-check round trip chart</source>
        <translation>Diagramm der Antwortzeiten der Zustandsprüfung</translation>
    </message>
    <message>
        <source>Answered (ms)</source>
        <translation>Beantwortet (ms)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
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
        <translation>%1: keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwortet</translation>
    </message>
</context>
<context>
    <name>recops::console::LocalDatabase</name>
    <message>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <source>Cannot create the directory %1.</source>
        <translation>Das Verzeichnis %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer recops-console (%2 at version %3; this version reads up to %4). It was left untouched.</source>
        <translation>%1 wurde von einer neueren recops-console geschrieben (%2 in Version %3; diese Version liest bis %4). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>%1 is not a console database: %2</source>
        <translation>%1 ist keine Datenbank der Konsole: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer recops-console (file format %2; this version reads up to %3). It was left untouched.</source>
        <translation>%1 wurde von einer neueren recops-console geschrieben (Dateiformat %2; diese Version liest bis %3). Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>Cannot bring %1 to file format %2: %3</source>
        <translation>%1 kann nicht auf Dateiformat %2 gebracht werden: %3</translation>
    </message>
    <message>
        <source>Cannot bring %1 in %2 to version %3: %4</source>
        <translation>%1 in %2 kann nicht auf Version %3 gebracht werden: %4</translation>
    </message>
</context>
<context>
    <name>recops::console::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Current page</source>
        <translation>Aktuelle Seite</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Wechseln zu</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About RecOps Console</source>
        <translation>Über RecOps Console</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RecOps Console %1&lt;/h3&gt;&lt;p&gt;The operations console for recopsd, the RecOps recommendation server.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RecOps Console %1&lt;/h3&gt;&lt;p&gt;Die Betriebskonsole für recopsd, den Empfehlungsserver von RecOps.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No saved profiles</source>
        <translation>Keine gespeicherten Profile</translation>
    </message>
    <message>
        <source>RecOps Console</source>
        <translation>RecOps Console</translation>
    </message>
    <message>
        <source>RecOps Console — %1 [PRODUCTION]</source>
        <translation>RecOps Console — %1 [PRODUKTION]</translation>
    </message>
    <message>
        <source>RecOps Console — %1</source>
        <translation>RecOps Console — %1</translation>
    </message>
    <message>
        <source>%1 has nothing to filter.</source>
        <translation>%1 hat nichts zu filtern.</translation>
    </message>
    <message>
        <source>The connected profile is not a production one: nothing is locked.</source>
        <translation>Das verbundene Profil ist kein Produktionsprofil: Nichts ist gesperrt.</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Import profiles…</source>
        <translation>Profile &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export profiles…</source>
        <translation>Profile e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Unlock production changes…</source>
        <translation>Änderungen an Produktion ent&amp;sperren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh this page</source>
        <translation>Diese Seite &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Filter this page</source>
        <translation>Diese Seite &amp;filtern</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Befehlspalette…</translation>
    </message>
    <message>
        <source>&amp;About RecOps Console</source>
        <translation>&amp;Über RecOps Console</translation>
    </message>
    <message>
        <source>&amp;Lock production changes again</source>
        <translation>&amp;Änderungen an Produktion wieder sperren</translation>
    </message>
</context>
<context>
    <name>recops::console::ManifestFileModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
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
        <translation>gesamt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelActions</name>
    <message>
        <source>Select a version on the Models page first.</source>
        <translation>Wählen Sie zuerst auf der Seite Modelle eine Version.</translation>
    </message>
    <message>
        <source>Version %1 is already in Production.</source>
        <translation>Version %1 ist bereits in Produktion.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>Confirm the rollback</source>
        <translation>Zurücksetzen bestätigen</translation>
    </message>
    <message>
        <source>Version %1 leaves Production for Archived; recopsd serves version %2 from then on.</source>
        <translation>Version %1 wechselt von Produktion nach Archiviert; recopsd liefert ab dann Version %2 aus.</translation>
    </message>
    <message>
        <source>Roll back to version %1</source>
        <translation>Auf Version %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <source>Confirm the cancellation</source>
        <translation>Abbruch bestätigen</translation>
    </message>
    <message>
        <source>A running job stops at its next checkpoint and registers nothing.</source>
        <translation>Ein laufender Auftrag hält an seinem nächsten Prüfpunkt an und registriert nichts.</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Confirm the new share</source>
        <translation>Neuen Anteil bestätigen</translation>
    </message>
    <message>
        <source>Confirm the canary</source>
        <translation>Canary bestätigen</translation>
    </message>
    <message>
        <source>Requests are split by user, so a user keeps seeing one arm; the figures of both arms show on the Canary tab.</source>
        <translation>Anfragen werden nach Benutzer aufgeteilt, sodass ein Benutzer bei einem Zweig bleibt; die Kennzahlen beider Zweige stehen auf dem Reiter Canary.</translation>
    </message>
    <message>
        <source>Change the share</source>
        <translation>Anteil ändern</translation>
    </message>
    <message>
        <source>Start the canary</source>
        <translation>Canary starten</translation>
    </message>
    <message>
        <source>recopsd will refuse the promotion while gates fail.</source>
        <translation>recopsd lehnt die Beförderung ab, solange Prüfungen fehlschlagen.</translation>
    </message>
    <message>
        <source>The gates could not be checked: %1</source>
        <translation>Die Prüfungen konnten nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>Confirm the promotion</source>
        <translation>Beförderung bestätigen</translation>
    </message>
    <message>
        <source>Promote to Production</source>
        <translation>In Produktion befördern</translation>
    </message>
    <message>
        <source>Confirm the abort</source>
        <translation>Abbruch bestätigen</translation>
    </message>
    <message>
        <source>The candidate keeps its stage; only its share of traffic ends.</source>
        <translation>Der Kandidat behält seine Stufe; nur sein Verkehrsanteil endet.</translation>
    </message>
    <message>
        <source>Abort the canary</source>
        <translation>Canary abbrechen</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelVersionDetailsView</name>
    <message>
        <source>Version details</source>
        <translation>Versionsdetails</translation>
    </message>
    <message>
        <source>Training data</source>
        <translation>Trainingsdaten</translation>
    </message>
    <message>
        <source>Metrics per cohort</source>
        <translation>Metriken je Kohorte</translation>
    </message>
    <message>
        <source>Evaluation details</source>
        <translation>Details der Auswertung</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Select a version to see its metrics and manifest.</source>
        <translation>Wählen Sie eine Version, um ihre Metriken und ihr Manifest zu sehen.</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3 · created %4 by %5</source>
        <translation>Version %1 · %2 · %3 · erstellt %4 von %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>manifest.json SHA-256: %1</source>
        <translation>SHA-256 von manifest.json: %1</translation>
    </message>
    <message>
        <source>the first event</source>
        <translation>dem ersten Ereignis</translation>
    </message>
    <message>
        <source>the last event</source>
        <translation>dem letzten Ereignis</translation>
    </message>
    <message>
        <source>Trained on %1 events (%2 users, %3 items) from %4 to %5; the events read span %6 to %7.</source>
        <translation>Trainiert auf %1 Ereignissen (%2 Benutzer, %3 Artikel) von %4 bis %5; die gelesenen Ereignisse reichen von %6 bis %7.</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelVersionTableModel</name>
    <message>
        <source>serving</source>
        <translation>ausgeliefert</translation>
    </message>
    <message>
        <source>canary %1</source>
        <translation>Canary %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1, served now</source>
        <translation>%1, wird jetzt ausgeliefert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelVersionsPanel</name>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Ver&amp;gleichen…</translation>
    </message>
    <message>
        <source>Change &amp;stage…</source>
        <translation>&amp;Stufe ändern…</translation>
    </message>
    <message>
        <source>&amp;Promote to Production…</source>
        <translation>In &amp;Produktion befördern…</translation>
    </message>
    <message>
        <source>&amp;Roll back…</source>
        <translation>&amp;Zurücksetzen…</translation>
    </message>
    <message>
        <source>&amp;Aliases…</source>
        <translation>&amp;Aliasse…</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Modellversionen</translation>
    </message>
    <message>
        <source>Compare versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected versions, or the selected one with Production, metric by metric and cohort by cohort.</source>
        <translation>Die zwei gewählten Versionen vergleichen, oder die gewählte mit Produktion, Metrik für Metrik und Kohorte für Kohorte.</translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>Stufe ändern</translation>
    </message>
    <message>
        <source>Promote to Production</source>
        <translation>In Produktion befördern</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Aliases</source>
        <translation>Aliasse</translation>
    </message>
    <message>
        <source>Move the selected version to another stage, with the gates checked first.</source>
        <translation>Die gewählte Version in eine andere Stufe verschieben, nachdem die Prüfungen ausgewertet sind.</translation>
    </message>
    <message>
        <source>Promote the selected version to Production, with the gates checked first.</source>
        <translation>Die gewählte Version in Produktion befördern, nachdem die Prüfungen ausgewertet sind.</translation>
    </message>
    <message>
        <source>Return Production to the version that served before it.</source>
        <translation>Produktion auf die Version zurücksetzen, die davor ausgeliefert wurde.</translation>
    </message>
    <message>
        <source>Set, move or remove the aliases of the model&apos;s versions.</source>
        <translation>Die Aliasse der Versionen des Modells setzen, verschieben oder entfernen.</translation>
    </message>
    <message>
        <source>Versions hint</source>
        <translation>Hinweis zu Versionen</translation>
    </message>
    <message>
        <source>Ctrl+click a second version to compare the two.</source>
        <translation>Strg+Klick auf eine zweite Version vergleicht die beiden.</translation>
    </message>
</context>
<context>
    <name>recops::console::ModelsPage</name>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Model registry</source>
        <translation>Modellregistrierung</translation>
    </message>
    <message>
        <source>Model versions</source>
        <translation>Modellversionen</translation>
    </message>
    <message>
        <source>Version details</source>
        <translation>Versionsdetails</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Stufenhistorie</translation>
    </message>
    <message>
        <source>Trainer status</source>
        <translation>Trainerstatus</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Trainingsaufträge</translation>
    </message>
    <message>
        <source>Canary rollout</source>
        <translation>Canary-Rollout</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Daten-Drift</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Filter every table: text, or stage=production algorithm=als* aliases=champion (Ctrl+F)</source>
        <translation>Jede Tabelle filtern: Text, oder stage=production algorithm=als* aliases=champion (Strg+F)</translation>
    </message>
    <message>
        <source>Filter models</source>
        <translation>Modelle filtern</translation>
    </message>
    <message>
        <source>What this token may do</source>
        <translation>Was dieses Token darf</translation>
    </message>
    <message>
        <source>Outcome of the last change</source>
        <translation>Ergebnis der letzten Änderung</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Versions</source>
        <translation>&amp;Versionen</translation>
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
        <translation>&amp;Historie</translation>
    </message>
    <message>
        <source>&amp;Drift</source>
        <translation>&amp;Drift</translation>
    </message>
    <message>
        <source>Model views</source>
        <translation>Modellansichten</translation>
    </message>
    <message>
        <source>%1 (serving)</source>
        <translation>%1 (ausgeliefert)</translation>
    </message>
    <message>
        <source>no model registered</source>
        <translation>kein Modell registriert</translation>
    </message>
    <message>
        <source>No model is registered yet: train one on the Training tab.</source>
        <translation>Noch ist kein Modell registriert: Trainieren Sie eines auf dem Reiter Training.</translation>
    </message>
    <message>
        <source>Select a version to see its metrics and manifest.</source>
        <translation>Wählen Sie eine Version, um ihre Metriken und ihr Manifest zu sehen.</translation>
    </message>
    <message>
        <source>Version %1 could not be loaded: %2</source>
        <translation>Version %1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Loading version %1…</source>
        <translation>Version %1 wird geladen…</translation>
    </message>
    <message>
        <source>Role not known yet: read-only</source>
        <translation>Rolle noch nicht bekannt: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: read-only</source>
        <translation>Token-Rolle %1: nur lesen</translation>
    </message>
    <message>
        <source>Token role %1: changes through the gates</source>
        <translation>Token-Rolle %1: Änderungen über die Prüfungen</translation>
    </message>
    <message>
        <source>Token role %1: changes, and forced ones</source>
        <translation>Token-Rolle %1: Änderungen, auch erzwungene</translation>
    </message>
    <message>
        <source>Compare the selected model version with Production…</source>
        <translation>Die gewählte Modellversion mit Produktion vergleichen…</translation>
    </message>
    <message>
        <source>diff</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>cohorts</source>
        <translation>Kohorten</translation>
    </message>
    <message>
        <source>Promote the selected model version to Production…</source>
        <translation>Die gewählte Modellversion in Produktion befördern…</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>deploy</source>
        <translation>bereitstellen</translation>
    </message>
    <message>
        <source>release</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>Roll back the Production model…</source>
        <translation>Das Produktionsmodell zurücksetzen…</translation>
    </message>
    <message>
        <source>revert</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>previous version</source>
        <translation>vorherige Version</translation>
    </message>
    <message>
        <source>Start a training job…</source>
        <translation>Einen Trainingsauftrag starten…</translation>
    </message>
    <message>
        <source>train</source>
        <translation>trainieren</translation>
    </message>
    <message>
        <source>retrain</source>
        <translation>neu trainieren</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Abort the canary rollout…</source>
        <translation>Den Canary-Rollout abbrechen…</translation>
    </message>
    <message>
        <source>canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>anhalten</translation>
    </message>
    <message>
        <source>cancel</source>
        <translation>abbrechen</translation>
    </message>
    <message>
        <source>The Models page has not loaded the versions yet.</source>
        <translation>Die Seite Modelle hat die Versionen noch nicht geladen.</translation>
    </message>
    <message>
        <source>No version served in Production before the current one (or the Models page has not loaded yet).</source>
        <translation>Vor der aktuellen wurde keine Version in Produktion ausgeliefert (oder die Seite Modelle ist noch nicht geladen).</translation>
    </message>
    <message>
        <source>No canary runs.</source>
        <translation>Kein Canary läuft.</translation>
    </message>
    <message>
        <source>Select a version other than Production, or two versions, on the Models page.</source>
        <translation>Wählen Sie auf der Seite Modelle eine andere Version als Produktion, oder zwei Versionen.</translation>
    </message>
</context>
<context>
    <name>recops::console::NoticeLabel</name>
    <message>
        <source>Outcome of the last change</source>
        <translation>Ergebnis der letzten Änderung</translation>
    </message>
</context>
<context>
    <name>recops::console::ProductionLock</name>
    <message>
        <source>Read-only: %1 is a production profile. Unlock production changes (Ctrl+Shift+L) to change server state.</source>
        <translation>Schreibgeschützt: %1 ist ein Produktionsprofil. Entsperren Sie Änderungen an Produktion (Strg+Umschalt+L), um den Serverzustand zu ändern.</translation>
    </message>
</context>
<context>
    <name>recops::console::ProductionLockControl</name>
    <message>
        <source>Unlock changes…</source>
        <translation>Änderungen entsperren…</translation>
    </message>
    <message>
        <source>Unlock production changes</source>
        <translation>Änderungen an Produktion entsperren</translation>
    </message>
    <message>
        <source>Production is read-only. Unlock it for this session to change server state (Ctrl+Shift+L).</source>
        <translation>Produktion ist schreibgeschützt. Entsperren Sie sie für diese Sitzung, um den Serverzustand zu ändern (Strg+Umschalt+L).</translation>
    </message>
    <message>
        <source>Lock again</source>
        <translation>Wieder sperren</translation>
    </message>
    <message>
        <source>Lock production changes again</source>
        <translation>Änderungen an Produktion wieder sperren</translation>
    </message>
    <message>
        <source>Make production read-only again (Ctrl+Shift+L).</source>
        <translation>Produktion wieder schreibschützen (Strg+Umschalt+L).</translation>
    </message>
    <message>
        <source>Unlock changes on PRODUCTION: %1 (%2)?</source>
        <translation>Änderungen an PRODUKTION entsperren: %1 (%2)?</translation>
    </message>
    <message>
        <source>Until the console exits or you switch profiles, the controls that change server state are enabled, and what you do through them affects live traffic.</source>
        <translation>Bis die Konsole beendet wird oder Sie das Profil wechseln, sind die Bedienelemente aktiv, die den Serverzustand ändern, und was Sie damit tun, wirkt auf den Live-Betrieb.</translation>
    </message>
    <message>
        <source>Unlock production</source>
        <translation>Produktion entsperren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileDialog</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Where tokens are kept</source>
        <translation>Wo Tokens aufbewahrt werden</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saving the token…</source>
        <translation>Token wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;; its token is in the system keyring.</source>
        <translation>„%1“ gespeichert; das Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot;. %2</source>
        <translation>„%1“ gespeichert. %2</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its stored token?</source>
        <translation>Das Profil „%1“ und sein gespeichertes Token löschen?</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Looking the token up…</source>
        <translation>Token wird gesucht…</translation>
    </message>
    <message>
        <source>A token is stored in the system keyring.</source>
        <translation>Ein Token liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>A token is kept for this session only.</source>
        <translation>Ein Token wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>No token is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>Checking for a system keyring…</source>
        <translation>Suche nach einem Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>Tokens are kept in the system keyring, never in a file.</source>
        <translation>Tokens liegen im Schlüsselbund des Systems, nie in einer Datei.</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileForm</name>
    <message>
        <source>Accept a self-signed server certificate</source>
        <translation>Selbstsigniertes Serverzertifikat akzeptieren</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Production: what you do through this profile affects live traffic.</source>
        <translation>Produktion: Was Sie über dieses Profil tun, wirkt sich auf den Live-Verkehr aus.</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <source>System certificate authorities only</source>
        <translation>Nur die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>&amp;CA-Zertifikate:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Stored; paste a new token to replace it</source>
        <translation>Gespeichert; fügen Sie ein neues Token ein, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Paste the token from &quot;recopsd token create&quot;</source>
        <translation>Fügen Sie das Token aus „recopsd token create“ ein</translation>
    </message>
    <message>
        <source>CA certificates (PEM)</source>
        <translation>CA-Zertifikate (PEM)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
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
        <translation>%1, Profil %2</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileProvisioner</name>
    <message>
        <source>The profile store is not open.</source>
        <translation>Der Profilspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;; give --server URL to create it.</source>
        <translation>Es gibt kein Profil namens „%1“; geben Sie --server URL an, um es anzulegen.</translation>
    </message>
    <message>
        <source>Created the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ angelegt.</translation>
    </message>
    <message>
        <source>Updated the profile &quot;%1&quot;.</source>
        <translation>Profil „%1“ aktualisiert.</translation>
    </message>
    <message>
        <source>No secret store is available for the token.</source>
        <translation>Für das Token ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>%1 The token was not stored: %2</source>
        <translation>%1 Das Token wurde nicht gespeichert: %2</translation>
    </message>
    <message>
        <source>%1 Its token is in the system keyring.</source>
        <translation>%1 Sein Token liegt im Schlüsselbund des Systems.</translation>
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
        <translation>Der Profilspeicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot save the profile &quot;%1&quot;: %2</source>
        <translation>Das Profil „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the profile: %1</source>
        <translation>Das Profil kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>There is no profile with id %1.</source>
        <translation>Es gibt kein Profil mit der Kennung %1.</translation>
    </message>
</context>
<context>
    <name>recops::console::ProfileTransfer</name>
    <message>
        <source>Import connection profiles</source>
        <translation>Verbindungsprofile importieren</translation>
    </message>
    <message>
        <source>Profile files (*.json);;All files (*)</source>
        <translation>Profildateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export connection profiles</source>
        <translation>Verbindungsprofile exportieren</translation>
    </message>
    <message>
        <source>Profile files (*.json)</source>
        <translation>Profildateien (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 profile(s) to %2, without tokens: each recipient sets their own.</source>
        <translation>%1 Profil(e) nach %2 exportiert, ohne Tokens: Jeder Empfänger setzt sein eigenes.</translation>
    </message>
</context>
<context>
    <name>recops::console::RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore backup %1</source>
        <translation>Sicherung %1 wiederherstellen</translation>
    </message>
    <message>
        <source>%1 The live database and models directory of this server are replaced by the backup; what changed since it was taken is lost.</source>
        <translation>%1 Die laufende Datenbank und das Modellverzeichnis dieses Servers werden durch die Sicherung ersetzt; was sich seit ihrer Erstellung geändert hat, geht verloren.</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Wo die Änderung geschieht</translation>
    </message>
    <message>
        <source>Backup %1, taken %2 (%3). recopsd: %4</source>
        <translation>Sicherung %1, erstellt %2 (%3). recopsd: %4</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>What the restore does</source>
        <translation>Was die Wiederherstellung tut</translation>
    </message>
    <message>
        <source>This confirmation expires at %1.</source>
        <translation>Diese Bestätigung läuft um %1 ab.</translation>
    </message>
    <message>
        <source>When the confirmation expires</source>
        <translation>Wann die Bestätigung abläuft</translation>
    </message>
    <message>
        <source>&amp;Type the backup id %1 to confirm:</source>
        <translation>Zur Bestätigung die Sicherungs-ID %1 &amp;eingeben:</translation>
    </message>
    <message>
        <source>Backup id to confirm the restore</source>
        <translation>Sicherungs-ID zur Bestätigung der Wiederherstellung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Type the backup id exactly to confirm the restore.</source>
        <translation>Geben Sie die Sicherungs-ID genau ein, um die Wiederherstellung zu bestätigen.</translation>
    </message>
</context>
<context>
    <name>recops::console::RolloutArmModel</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenz p50</translation>
    </message>
    <message>
        <source>Latency p95</source>
        <translation>Latenz p95</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenz p99</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Interaktionen</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>%1 against Production: %2</source>
        <translation>%1 gegen Produktion: %2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Production (%1)</source>
        <translation>Produktion (%1)</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>Candidate (%1)</source>
        <translation>Kandidat (%1)</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookAlertDialog</name>
    <message>
        <source>Run runbook for alert</source>
        <translation>Runbook für einen Alarm ausführen</translation>
    </message>
    <message>
        <source>Alert name</source>
        <translation>Name des Alarms</translation>
    </message>
    <message>
        <source>Alert labels</source>
        <translation>Labels des Alarms</translation>
    </message>
    <message>
        <source>unit=recopsd host=&quot;db 1&quot;</source>
        <translation>unit=recopsd host=&quot;db 1&quot;</translation>
    </message>
    <message>
        <source>Problem with the labels</source>
        <translation>Problem mit den Labels</translation>
    </message>
    <message>
        <source>Prepare run</source>
        <translation>Lauf vorbereiten</translation>
    </message>
    <message>
        <source>The runbook whose triggers name the alert is chosen, and its inputs are filled from the labels of the same name.</source>
        <translation>Gewählt wird das Runbook, dessen Auslöser den Alarm nennen; seine Eingaben werden aus den gleichnamigen Labels gefüllt.</translation>
    </message>
    <message>
        <source>Alert:</source>
        <translation>Alarm:</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name=value; left out.</source>
        <translation>„%1“ hat nicht die Form name=wert; ausgelassen.</translation>
    </message>
    <message>
        <source>&quot;%1!=…&quot; says what a label is not; left out.</source>
        <translation>„%1!=…“ sagt, was ein Label nicht ist; ausgelassen.</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookDetailsView</name>
    <message>
        <source>Start run</source>
        <translation>Lauf starten</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>About this runbook</source>
        <translation>Über dieses Runbook</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Steps of the runbook</source>
        <translation>Schritte des Runbooks</translation>
    </message>
    <message>
        <source>Why the run cannot start</source>
        <translation>Warum der Lauf nicht starten kann</translation>
    </message>
    <message>
        <source>Answers no alert</source>
        <translation>Beantwortet keinen Alarm</translation>
    </message>
    <message>
        <source>Answers %1</source>
        <translation>Beantwortet %1</translation>
    </message>
    <message>
        <source>severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <source>opens an incident on the server</source>
        <translation>eröffnet einen Vorfall auf dem Server</translation>
    </message>
    <message>
        <source>opens no incident</source>
        <translation>eröffnet keinen Vorfall</translation>
    </message>
    <message>
        <source>changes server state</source>
        <translation>ändert den Serverzustand</translation>
    </message>
    <message>
        <source>only reads</source>
        <translation>liest nur</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>aus %1</translation>
    </message>
    <message>
        <source>Give every input a valid value to start.</source>
        <translation>Geben Sie jeder Eingabe einen gültigen Wert, um zu starten.</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookInputForm</name>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>ganze Zahl</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>yes or no</source>
        <translation>ja oder nein</translation>
    </message>
    <message>
        <source>duration, for example 30s or 5m</source>
        <translation>Dauer, zum Beispiel 30s oder 5m</translation>
    </message>
    <message>
        <source>This runbook takes no inputs.</source>
        <translation>Dieses Runbook hat keine Eingaben.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Problem mit %1</translation>
    </message>
    <message>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <source>%1 (default %2)</source>
        <translation>%1 (Standard %2)</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookLibraryModel</name>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
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
        <translation>Zustand</translation>
    </message>
    <message>
        <source>At step</source>
        <translation>Bei Schritt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
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
        <translation>Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Retry step</source>
        <translation>Schritt wiederholen</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <source>Abort run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Runbook of the run</source>
        <translation>Runbook des Laufs</translation>
    </message>
    <message>
        <source>Run state</source>
        <translation>Zustand des Laufs</translation>
    </message>
    <message>
        <source>About this run</source>
        <translation>Über diesen Lauf</translation>
    </message>
    <message>
        <source>Run notice</source>
        <translation>Hinweis zum Lauf</translation>
    </message>
    <message>
        <source>Timeline on the server</source>
        <translation>Zeitleiste auf dem Server</translation>
    </message>
    <message>
        <source>Reason to skip or abort</source>
        <translation>Grund zum Überspringen oder Abbrechen</translation>
    </message>
    <message>
        <source>Reason to skip the step or abort the run</source>
        <translation>Grund, den Schritt zu überspringen oder den Lauf abzubrechen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 at step &apos;%2&apos;</source>
        <translation>%1 bei Schritt „%2“</translation>
    </message>
    <message>
        <source>opens no incident</source>
        <translation>eröffnet keinen Vorfall</translation>
    </message>
    <message>
        <source>incident not on the server yet</source>
        <translation>Vorfall noch nicht auf dem Server</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>Vorfall %1</translation>
    </message>
    <message>
        <source>Run %1 against %2, started %3 by %4 · %5</source>
        <translation>Lauf %1 gegen %2, gestartet %3 von %4 · %5</translation>
    </message>
    <message>
        <source>This run has not finished, and no console is running it now (it stopped at step &apos;%1&apos;). Resume it to go on from there.</source>
        <translation>Dieser Lauf ist nicht beendet, und keine Konsole führt ihn gerade aus (er hielt bei Schritt „%1“ an). Setzen Sie ihn fort, um dort weiterzumachen.</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookSession</name>
    <message>
        <source>The local store is not open, so the run could not be journaled.</source>
        <translation>Der lokale Speicher ist nicht geöffnet, daher konnte der Lauf nicht protokolliert werden.</translation>
    </message>
    <message>
        <source>The run of &apos;%1&apos; is still in progress: finish or abort it before starting another.</source>
        <translation>Der Lauf von „%1“ ist noch im Gange: Beenden oder brechen Sie ihn ab, bevor Sie einen weiteren starten.</translation>
    </message>
    <message>
        <source>The run has finished.</source>
        <translation>Der Lauf ist beendet.</translation>
    </message>
    <message>
        <source>The local store is not open.</source>
        <translation>Der lokale Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The run is in progress in this window.</source>
        <translation>Der Lauf ist in diesem Fenster im Gange.</translation>
    </message>
    <message>
        <source>The run of &apos;%1&apos; is in progress: finish or abort it first.</source>
        <translation>Der Lauf von „%1“ ist im Gange: Beenden oder brechen Sie ihn zuerst ab.</translation>
    </message>
    <message>
        <source>This run was made against %1; connect to that server to resume it.</source>
        <translation>Dieser Lauf wurde gegen %1 ausgeführt; verbinden Sie sich mit diesem Server, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>The runbook journaled with the run does not load: %1</source>
        <translation>Das mit dem Lauf protokollierte Runbook lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Some input has no valid value.</source>
        <translation>Eine Eingabe hat keinen gültigen Wert.</translation>
    </message>
    <message>
        <source>The journal has no run %1.</source>
        <translation>Das Protokoll enthält keinen Lauf %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookStepModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookStepPanel</name>
    <message>
        <source>request id %1</source>
        <translation>Anfrage-ID %1</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Gewählter Schritt</translation>
    </message>
    <message>
        <source>Step description</source>
        <translation>Beschreibung des Schritts</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Confirmation needed</source>
        <translation>Bestätigung nötig</translation>
    </message>
    <message>
        <source>What the confirmation is for</source>
        <translation>Wofür die Bestätigung gilt</translation>
    </message>
    <message>
        <source>Confirm and send…</source>
        <translation>Bestätigen und senden…</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Manueller Schritt</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Befehl kopieren</translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Freigabe nötig</translation>
    </message>
    <message>
        <source>What is to be approved</source>
        <translation>Was freigegeben werden soll</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Freigegeben von:</translation>
    </message>
    <message>
        <source>Comment or reason:</source>
        <translation>Kommentar oder Grund:</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Comment or reason</source>
        <translation>Kommentar oder Grund</translation>
    </message>
    <message>
        <source>optional to approve, required to reject</source>
        <translation>zum Freigeben optional, zum Ablehnen erforderlich</translation>
    </message>
    <message>
        <source>Choose a step to see its details.</source>
        <translation>Wählen Sie einen Schritt, um seine Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>This step changes state on %1 with:
%2</source>
        <translation>Dieser Schritt ändert den Zustand auf %1 mit:
%2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 (shown once, kept nowhere):</source>
        <translation>%1 (einmal angezeigt, nirgends aufbewahrt):</translation>
    </message>
    <message>
        <source>Secret %1</source>
        <translation>Geheimnis %1</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Confirm a change</source>
        <translation>Eine Änderung bestätigen</translation>
    </message>
    <message>
        <source>Send this request to %1?

%2

It changes state on the server and cannot be taken back by the console.</source>
        <translation>Diese Anfrage an %1 senden?

%2

Sie ändert den Zustand auf dem Server und kann von der Konsole nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Send request</source>
        <translation>Anfrage senden</translation>
    </message>
</context>
<context>
    <name>recops::console::RunbookTimelineModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
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
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Unfinished runs</source>
        <translation>Unbeendete Läufe</translation>
    </message>
    <message>
        <source>Resume the unfinished run</source>
        <translation>Den unbeendeten Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Runbooks message</source>
        <translation>Meldung der Runbooks</translation>
    </message>
    <message>
        <source>Search runbooks</source>
        <translation>Runbooks durchsuchen</translation>
    </message>
    <message>
        <source>Search runbooks: text, or id=token-* source=built-in (Ctrl+F)</source>
        <translation>Runbooks durchsuchen: Text, oder id=token-* source=built-in (Strg+F)</translation>
    </message>
    <message>
        <source>Alert the runbook answers</source>
        <translation>Alarm, den das Runbook beantwortet</translation>
    </message>
    <message>
        <source>Runbook library</source>
        <translation>Runbook-Bibliothek</translation>
    </message>
    <message>
        <source>Problems in the user runbooks</source>
        <translation>Probleme in den Runbooks des Benutzers</translation>
    </message>
    <message>
        <source>Runs in the journal</source>
        <translation>Läufe im Protokoll</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Any alert</source>
        <translation>Jeder Alarm</translation>
    </message>
    <message>
        <source>Not loaded, with errors (runbook content, as the loader says it):
%1</source>
        <translation>Nicht geladen, mit Fehlern (Inhalt der Runbooks, wie der Lader ihn meldet):
%1</translation>
    </message>
    <message>
        <source>Runs left unfinished when a console stopped: %1. The latest: &apos;%2&apos;, %3 at step &apos;%4&apos;, started %5 by %6.</source>
        <translation>Läufe, die beim Beenden einer Konsole unbeendet blieben: %1. Der neueste: „%2“, %3 bei Schritt „%4“, gestartet %5 von %6.</translation>
    </message>
    <message>
        <source>The runbook journaled with run %1 does not load: %2</source>
        <translation>Das mit Lauf %1 protokollierte Runbook lässt sich nicht laden: %2</translation>
    </message>
    <message>
        <source>This runbook opens no incident: its timeline stays in the local journal.</source>
        <translation>Dieses Runbook eröffnet keinen Vorfall: Seine Zeitleiste bleibt im lokalen Protokoll.</translation>
    </message>
    <message>
        <source>Every entry is on the server, in incident %1.</source>
        <translation>Jeder Eintrag ist auf dem Server, in Vorfall %1.</translation>
    </message>
    <message>
        <source>On the server: %1 of %2 entries; queued: %3; rejected: %4.</source>
        <translation>Auf dem Server: %1 von %2 Einträgen; in der Warteschlange: %3; abgelehnt: %4.</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>The local store is not open, so a run could not be journaled.</source>
        <translation>Der lokale Speicher ist nicht geöffnet, daher ließe sich kein Lauf protokollieren.</translation>
    </message>
    <message>
        <source>No runbook answers the alert %1: a runbook names the alerts it answers in its triggers.</source>
        <translation>Kein Runbook beantwortet den Alarm %1: Ein Runbook nennt die Alarme, die es beantwortet, in seinen Auslösern.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; answers the alert %2. Check its inputs and start it.</source>
        <translation>„%1“ beantwortet den Alarm %2. Prüfen Sie seine Eingaben und starten Sie es.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; answers the alert %2; %3 filled in from its labels. Check the inputs and start it.</source>
        <translation>„%1“ beantwortet den Alarm %2; %3 aus seinen Labels ausgefüllt. Prüfen Sie die Eingaben und starten Sie es.</translation>
    </message>
    <message>
        <source>Export the post-incident report</source>
        <translation>Den Bericht nach dem Vorfall exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The local store is not open, so there is no report.</source>
        <translation>Der lokale Speicher ist nicht geöffnet, daher gibt es keinen Bericht.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Der Bericht wurde nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Run runbook for alert…</source>
        <translation>Runbook für einen Alarm ausführen…</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>start</source>
        <translation>starten</translation>
    </message>
    <message>
        <source>Resume the unfinished runbook run</source>
        <translation>Den unbeendeten Runbook-Lauf fortsetzen</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>weiter</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>Neustart</translation>
    </message>
    <message>
        <source>Export the run&apos;s report…</source>
        <translation>Den Bericht des Laufs exportieren…</translation>
    </message>
    <message>
        <source>post-incident</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <source>markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>No unfinished run in the journal.</source>
        <translation>Kein unbeendeter Lauf im Protokoll.</translation>
    </message>
    <message>
        <source>Open a run on the Runbooks page first.</source>
        <translation>Öffnen Sie zuerst einen Lauf auf der Seite Runbooks.</translation>
    </message>
</context>
<context>
    <name>recops::console::ScreenshotRunner</name>
    <message>
        <source>%1 did not finish loading within %2 s; captured as it is.</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig geladen; so aufgenommen, wie es ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>nothing was drawn</source>
        <translation>es wurde nichts gezeichnet</translation>
    </message>
</context>
<context>
    <name>recops::console::SecretStore</name>
    <message>
        <source>No system keyring is reachable (%1). Tokens are kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Kein Schlüsselbund des Systems erreichbar (%1). Tokens werden nur für diese Sitzung im Speicher gehalten und müssen nach einem Neustart erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>The keyring did not give the token out: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht herausgegeben: %1</translation>
    </message>
    <message>
        <source>The keyring refused to store the token (%1); it is kept for this session only.</source>
        <translation>Der Schlüsselbund hat das Speichern des Tokens verweigert (%1); es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keyring did not delete the token: %1</source>
        <translation>Der Schlüsselbund hat das Token nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ServerActions</name>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ServiceLevelHistory</name>
    <message>
        <source>Service level objectives</source>
        <translation>Service-Level-Ziele</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Daten-Drift</translation>
    </message>
    <message>
        <source>Metric history: %1</source>
        <translation>Metrikverlauf: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::ServiceLevelPanel</name>
    <message>
        <source>&amp;Pause refresh</source>
        <translation>Aktualisierung &amp;anhalten</translation>
    </message>
    <message>
        <source>Service levels</source>
        <translation>Service-Level</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Chart time range</source>
        <translation>Zeitraum der Diagramme</translation>
    </message>
    <message>
        <source>Pause automatic refresh</source>
        <translation>Automatische Aktualisierung anhalten</translation>
    </message>
    <message>
        <source>Chart refresh</source>
        <translation>Aktualisierung der Diagramme</translation>
    </message>
    <message>
        <source>Request rate</source>
        <translation>Anfragerate</translation>
    </message>
    <message>
        <source>req/s</source>
        <translation>Anfr./s</translation>
    </message>
    <message>
        <source>requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
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
        <translation>5xx-Fehlerquote</translation>
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
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Error budget left (availability)</source>
        <translation>Verbleibendes Fehlerbudget (Verfügbarkeit)</translation>
    </message>
    <message>
        <source>budget left</source>
        <translation>Budget übrig</translation>
    </message>
    <message>
        <source>Cache hit rate</source>
        <translation>Cache-Trefferquote</translation>
    </message>
    <message>
        <source>hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Data drift (largest PSI)</source>
        <translation>Daten-Drift (größter PSI)</translation>
    </message>
    <message>
        <source>PSI</source>
        <translation>PSI</translation>
    </message>
    <message>
        <source>objective 85 %</source>
        <translation>Ziel 85 %</translation>
    </message>
    <message>
        <source>budget spent</source>
        <translation>Budget aufgebraucht</translation>
    </message>
    <message>
        <source>&amp;Resume refresh</source>
        <translation>Aktualisierung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Resume automatic refresh</source>
        <translation>Automatische Aktualisierung fortsetzen</translation>
    </message>
    <message>
        <source>Paused: the charts keep what they show.</source>
        <translation>Angehalten: Die Diagramme behalten, was sie zeigen.</translation>
    </message>
    <message>
        <source>Refreshes every %1 s</source>
        <translation>Aktualisiert alle %1 s</translation>
    </message>
    <message>
        <source>P95 objective %1 ms</source>
        <translation>P95-Ziel %1 ms</translation>
    </message>
    <message>
        <source>objective ≤ %1 %</source>
        <translation>Ziel ≤ %1 %</translation>
    </message>
    <message>
        <source>objective %1 %</source>
        <translation>Ziel %1 %</translation>
    </message>
    <message>
        <source>PSI 0.2 (drift)</source>
        <translation>PSI 0,2 (Drift)</translation>
    </message>
    <message>
        <source>No SLO report yet.</source>
        <translation>Noch kein SLO-Bericht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;now %3 · objective %4&lt;br&gt;budget left &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;burn %6 (1h/5m) · %7 (6h/30m) · %8 (3d/6h)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;jetzt %3 · Ziel %4&lt;br&gt;Budget übrig &lt;b&gt;%5&lt;/b&gt;&lt;br&gt;Verbrauch %6 (1h/5m) · %7 (6h/30m) · %8 (3d/6h)</translation>
    </message>
    <message>
        <source>%1: %2, now %3, budget left %4, burn rates %5, %6, %7</source>
        <translation>%1: %2, jetzt %3, verbleibendes Budget %4, Verbrauchsraten %5, %6, %7</translation>
    </message>
</context>
<context>
    <name>recops::console::SilenceDialog</name>
    <message>
        <source>&amp;Create silence</source>
        <translation>Stummschaltung &amp;anlegen</translation>
    </message>
    <message>
        <source>Silence alerts like %1</source>
        <translation>Alarme wie %1 stummschalten</translation>
    </message>
    <message>
        <source>Where the change happens</source>
        <translation>Wo die Änderung geschieht</translation>
    </message>
    <message>
        <source>Match alerts with these labels</source>
        <translation>Alarme mit diesen Labels erfassen</translation>
    </message>
    <message>
        <source>Match %1</source>
        <translation>%1 erfassen</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Duration unit</source>
        <translation>Einheit der Dauer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>deploying the new ranker</source>
        <translation>neuer Ranker wird ausgerollt</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Warum:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create silence</source>
        <translation>Stummschaltung anlegen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>recops::console::SilenceTableModel</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>noch nicht begonnen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>beendet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Matchers</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Angelegt von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>recops::console::SilencesPanel</name>
    <message>
        <source>&amp;Expire silence…</source>
        <translation>Stummschaltung &amp;beenden…</translation>
    </message>
    <message>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <source>Expire the selected silence</source>
        <translation>Die gewählte Stummschaltung beenden</translation>
    </message>
    <message>
        <source>End the silence now: the alerts it matched page again.</source>
        <translation>Die Stummschaltung jetzt beenden: die Alarme, auf die sie passte, benachrichtigen wieder.</translation>
    </message>
</context>
<context>
    <name>recops::console::SloChartView</name>
    <message>
        <source>%1 chart</source>
        <translation>Diagramm %1</translation>
    </message>
    <message>
        <source>Objective broken</source>
        <translation>Ziel verfehlt</translation>
    </message>
</context>
<context>
    <name>recops::console::SloTableModel</name>
    <message>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <source>Latency P95</source>
        <translation>Latenz P95</translation>
    </message>
    <message>
        <source>Latency P99</source>
        <translation>Latenz P99</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <source>no traffic</source>
        <translation>kein Verkehr</translation>
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
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>breached</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>SLO</source>
        <translation>SLO</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Budget left</source>
        <translation>Budget übrig</translation>
    </message>
    <message>
        <source>Burn 1h/5m</source>
        <translation>Verbrauch 1h/5m</translation>
    </message>
    <message>
        <source>Burn 6h/30m</source>
        <translation>Verbrauch 6h/30m</translation>
    </message>
    <message>
        <source>Burn 3d/6h</source>
        <translation>Verbrauch 3d/6h</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
</context>
<context>
    <name>recops::console::StageHistoryModel</name>
    <message>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <source>forced</source>
        <translation>erzwungen</translation>
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
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Forced</source>
        <translation>Erzwungen</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Prüfungen</translation>
    </message>
</context>
<context>
    <name>recops::console::StageHistoryPanel</name>
    <message>
        <source>Stage history</source>
        <translation>Stufenhistorie</translation>
    </message>
    <message>
        <source>Gates of the selected change</source>
        <translation>Prüfungen der gewählten Änderung</translation>
    </message>
</context>
<context>
    <name>recops::console::StalenessBadge</name>
    <message>
        <source>Data freshness</source>
        <translation>Aktualität der Daten</translation>
    </message>
    <message>
        <source>%1 could not be updated: %2</source>
        <translation>%1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be updated.</source>
        <translation>%1 konnte nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>recops::console::TrainingDialog</name>
    <message>
        <source>&amp;Dry run: train and evaluate, register nothing</source>
        <translation>&amp;Probelauf: trainieren und auswerten, nichts registrieren</translation>
    </message>
    <message>
        <source>&amp;Start training…</source>
        <translation>Training &amp;starten…</translation>
    </message>
    <message>
        <source>Train a new version of %1</source>
        <translation>Eine neue Version von %1 trainieren</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice for the data</source>
        <translation>Die Wahl von recopsd für die Daten</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>factors=64, iterations=15</source>
        <translation>factors=64, iterations=15</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Every stored event</source>
        <translation>Jedes gespeicherte Ereignis</translation>
    </message>
    <message>
        <source>The last days</source>
        <translation>Die letzten Tage</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>Window of events</source>
        <translation>Zeitraum der Ereignisse</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>weekly retrain</source>
        <translation>wöchentliches Neutraining</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>None: register the version only</source>
        <translation>Keine: die Version nur registrieren</translation>
    </message>
    <message>
        <source>Staging, through the gates</source>
        <translation>Staging, über die Prüfungen</translation>
    </message>
    <message>
        <source>Production, through the gates</source>
        <translation>Produktion, über die Prüfungen</translation>
    </message>
    <message>
        <source>Target stage</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;Parameters:</source>
        <translation>&amp;Parameter:</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&amp;Then:</source>
        <translation>&amp;Danach:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice</source>
        <translation>Wahl von recopsd</translation>
    </message>
    <message>
        <source>Train %1 on %2 as a dry run: nothing is registered.</source>
        <translation>%1 auf %2 als Probelauf trainieren: Es wird nichts registriert.</translation>
    </message>
    <message>
        <source>Train a new version of %1 with %2.</source>
        <translation>Eine neue Version von %1 mit %2 trainieren.</translation>
    </message>
    <message>
        <source>Then promote it to %1 if the gates pass.</source>
        <translation>Danach in %1 befördern, wenn die Prüfungen bestehen.</translation>
    </message>
    <message>
        <source>Confirm the training job</source>
        <translation>Trainingsauftrag bestätigen</translation>
    </message>
    <message>
        <source>Training reads the stored events on recopsd&apos;s trainer thread; serving goes on.</source>
        <translation>Das Training liest die gespeicherten Ereignisse im Trainer-Thread von recopsd; die Auslieferung läuft weiter.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Training job %1 is queued.</source>
        <translation>Trainingsauftrag %1 ist eingereiht.</translation>
    </message>
    <message>
        <source>recopsd refused the job: %1</source>
        <translation>recopsd hat den Auftrag abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>recops::console::TrainingJobModel</name>
    <message>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice</source>
        <translation>Wahl von recopsd</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>dry run: nothing registered</source>
        <translation>Probelauf: nichts registriert</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Angefordert von</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>recops::console::TrainingPanel</name>
    <message>
        <source>&amp;Start training…</source>
        <translation>Training &amp;starten…</translation>
    </message>
    <message>
        <source>&amp;Cancel job…</source>
        <translation>Auftrag a&amp;bbrechen…</translation>
    </message>
    <message>
        <source>Running job</source>
        <translation>Laufender Auftrag</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Queue and schedule</source>
        <translation>Warteschlange und Zeitplan</translation>
    </message>
    <message>
        <source>Start training</source>
        <translation>Training starten</translation>
    </message>
    <message>
        <source>Train a new version: algorithm, parameters, window, label, stage.</source>
        <translation>Eine neue Version trainieren: Algorithmus, Parameter, Zeitraum, Bezeichnung, Stufe.</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Cancel the selected queued job, or the running one.</source>
        <translation>Den gewählten eingereihten Auftrag abbrechen, oder den laufenden.</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Training jobs</source>
        <translation>Trainingsaufträge</translation>
    </message>
    <message>
        <source>recopsd&apos;s choice</source>
        <translation>Wahl von recopsd</translation>
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
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>wird geschätzt…</translation>
    </message>
    <message>
        <source>No training job runs.</source>
        <translation>Kein Trainingsauftrag läuft.</translation>
    </message>
    <message>
        <source>Nothing queued.</source>
        <translation>Nichts eingereiht.</translation>
    </message>
    <message>
        <source>Queued: %1.</source>
        <translation>Eingereiht: %1.</translation>
    </message>
    <message>
        <source>No retraining schedule.</source>
        <translation>Kein Zeitplan für Neutraining.</translation>
    </message>
    <message>
        <source>Retraining on schedule “%1”, next at %2.</source>
        <translation>Neutraining nach Zeitplan „%1“, nächstes um %2.</translation>
    </message>
</context>
<context>
    <name>recops::console::TransitionDialog</name>
    <message>
        <source>&amp;Force past failing gates (admin; needs a comment)</source>
        <translation>Trotz fehlgeschlagener Prüfungen &amp;erzwingen (admin; erfordert einen Kommentar)</translation>
    </message>
    <message>
        <source>&amp;Check the gates again</source>
        <translation>Prüfungen erneut a&amp;uswerten</translation>
    </message>
    <message>
        <source>Change the stage of %1 version %2</source>
        <translation>Die Stufe von %1 Version %2 ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Target stage</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Why (kept in the stage history)</source>
        <translation>Warum (in der Stufenhistorie aufbewahrt)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Force past failing gates</source>
        <translation>Trotz fehlgeschlagener Prüfungen erzwingen</translation>
    </message>
    <message>
        <source>Gate verdict</source>
        <translation>Urteil der Prüfungen</translation>
    </message>
    <message>
        <source>Gates</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stufe:</translation>
    </message>
    <message>
        <source>C&amp;omment:</source>
        <translation>K&amp;ommentar:</translation>
    </message>
    <message>
        <source>&amp;Move to %1…</source>
        <translation>&amp;Nach %1 verschieben…</translation>
    </message>
    <message>
        <source>Move to %1</source>
        <translation>Nach %1 verschieben</translation>
    </message>
    <message>
        <source>Checking the gates…</source>
        <translation>Die Prüfungen werden ausgewertet…</translation>
    </message>
    <message>
        <source>✓ %1. Nothing has changed yet.</source>
        <translation>✓ %1. Noch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>✗ %1. Forced: the change goes past them and is recorded as forced.</source>
        <translation>✗ %1. Erzwungen: Die Änderung geht an ihnen vorbei und wird als erzwungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>✗ %1. recopsd refuses this change unless an admin forces it with a comment.</source>
        <translation>✗ %1. recopsd lehnt diese Änderung ab, sofern kein Administrator sie mit einem Kommentar erzwingt.</translation>
    </message>
    <message>
        <source>✗ %1. recopsd refuses this change.</source>
        <translation>✗ %1. recopsd lehnt diese Änderung ab.</translation>
    </message>
    <message>
        <source>Changing the stage…</source>
        <translation>Die Stufe wird geändert…</translation>
    </message>
    <message>
        <source>Version %1 is already in %2: nothing to change.</source>
        <translation>Version %1 ist bereits in %2: nichts zu ändern.</translation>
    </message>
    <message>
        <source>✗ recopsd refused the change: %1</source>
        <translation>✗ recopsd hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>✗ recopsd refuses this change: %1</source>
        <translation>✗ recopsd lehnt diese Änderung ab: %1</translation>
    </message>
    <message>
        <source>✗ Production changed meanwhile (now %1): %2. Check the gates again.</source>
        <translation>✗ Produktion hat sich inzwischen geändert (jetzt %1): %2. Werten Sie die Prüfungen erneut aus.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>no version</source>
        <translation>keine Version</translation>
    </message>
    <message>
        <source>The gates could not be checked: %1</source>
        <translation>Die Prüfungen konnten nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>A forced change needs a comment.</source>
        <translation>Eine erzwungene Änderung erfordert einen Kommentar.</translation>
    </message>
    <message>
        <source>Confirm the stage change</source>
        <translation>Stufenwechsel bestätigen</translation>
    </message>
    <message>
        <source>Version %1 of %2 is in %3 now.</source>
        <translation>Version %1 von %2 ist jetzt in %3.</translation>
    </message>
    <message>
        <source>Version %1 left Production for Archived.</source>
        <translation>Version %1 wechselte von Produktion nach Archiviert.</translation>
    </message>
</context>
<context>
    <name>recops::console::VersionComparisonDialog</name>
    <message>
        <source>Compare versions of %1</source>
        <translation>Versionen von %1 vergleichen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Baseline version</source>
        <translation>Basisversion</translation>
    </message>
    <message>
        <source>Candidate version</source>
        <translation>Kandidatenversion</translation>
    </message>
    <message>
        <source>Filter: text, or verdict=worse scope=new_users</source>
        <translation>Filter: Text, oder verdict=worse scope=new_users</translation>
    </message>
    <message>
        <source>Filter the comparison</source>
        <translation>Den Vergleich filtern</translation>
    </message>
    <message>
        <source>Comparison summary</source>
        <translation>Zusammenfassung des Vergleichs</translation>
    </message>
    <message>
        <source>Metric comparison</source>
        <translation>Metrikvergleich</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Basis:</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading both versions&apos; metrics…</source>
        <translation>Die Metriken beider Versionen werden geladen…</translation>
    </message>
    <message>
        <source>The metrics could not be loaded: %1</source>
        <translation>Die Metriken konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Version %1 against version %2: %3 better, %4 worse, %5 the same, %6 not comparable (counts, or missing on one side).</source>
        <translation>Version %1 gegen Version %2: %3 besser, %4 schlechter, %5 gleich, %6 nicht vergleichbar (Zählwerte, oder auf einer Seite fehlend).</translation>
    </message>
</context>
<context>
    <name>recops::console::WindowCommands</name>
    <message>
        <source>Go to %1</source>
        <translation>Gehe zu %1</translation>
    </message>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Refresh this page</source>
        <translation>Diese Seite aktualisieren</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>reload</source>
        <translation>neu laden</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>Filter this page</source>
        <translation>Diese Seite filtern</translation>
    </message>
    <message>
        <source>find</source>
        <translation>finden</translation>
    </message>
    <message>
        <source>search</source>
        <translation>suchen</translation>
    </message>
    <message>
        <source>Command palette…</source>
        <translation>Befehlspalette…</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>Manage connection profiles…</source>
        <translation>Verbindungsprofile verwalten…</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Import profiles…</source>
        <translation>Profile importieren…</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>load</source>
        <translation>laden</translation>
    </message>
    <message>
        <source>Export profiles…</source>
        <translation>Profile exportieren…</translation>
    </message>
    <message>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <source>share</source>
        <translation>teilen</translation>
    </message>
    <message>
        <source>Unlock production changes…</source>
        <translation>Änderungen an Produktion entsperren…</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>sperren</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>write</source>
        <translation>schreiben</translation>
    </message>
    <message>
        <source>Lock production changes again</source>
        <translation>Änderungen an Produktion wieder sperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>exit</source>
        <translation>verlassen</translation>
    </message>
    <message>
        <source>close</source>
        <translation>schließen</translation>
    </message>
    <message>
        <source>About RecOps Console</source>
        <translation>Über RecOps Console</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Switch to profile %1 (%2)</source>
        <translation>Zu Profil %1 wechseln (%2)</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <source>The connected profile is not a production one: nothing is locked.</source>
        <translation>Das verbundene Profil ist kein Produktionsprofil: Nichts ist gesperrt.</translation>
    </message>
    <message>
        <source>Production changes are unlocked already.</source>
        <translation>Änderungen an Produktion sind bereits entsperrt.</translation>
    </message>
    <message>
        <source>Production is read-only already.</source>
        <translation>Produktion ist bereits schreibgeschützt.</translation>
    </message>
</context>
</TS>
