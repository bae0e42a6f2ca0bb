// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 The RecOps Authors
//
// ApiError turns whatever an HTTP error answer holds into the fields the console shows.
#include "core/api_error.h"

#include <QTest>

using recops::console::ApiError;

class ApiErrorTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsEveryFieldOfAProblemObject() {
        const QByteArray body =
            "{\"type\":\"urn:recops:problem:unauthorized\",\"title\":\"Unauthorized\",\"status\":"
            "401,"
            "\"detail\":\"unknown token\",\"request_id\":\"abc-123\"}";
        const ApiError error =
            ApiError::fromHttpResponse(401, "application/problem+json", body, "header-id");
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QVERIFY(error.hasProblemBody());
        QCOMPARE(error.httpStatus(), 401);
        QCOMPARE(error.type(), QStringLiteral("urn:recops:problem:unauthorized"));
        QCOMPARE(error.title(), QStringLiteral("Unauthorized"));
        QCOMPARE(error.detail(), QStringLiteral("unknown token"));
        // The body's id wins: it is the one in the server's log line for this problem.
        QCOMPARE(error.requestId(), QStringLiteral("abc-123"));
        QCOMPARE(error.summary(), QStringLiteral("401 Unauthorized: unknown token"));
        QCOMPARE(error.detailedText(),
                 QStringLiteral("401 Unauthorized: unknown token (request abc-123)"));
    }

    void acceptsAProblemWithParametersInTheContentType() {
        const ApiError error =
            ApiError::fromHttpResponse(503, "application/problem+json; charset=utf-8",
                                       "{\"type\":\"urn:recops:problem:not-ready\",\"title\":\"Not "
                                       "ready\",\"detail\":\"no model loaded\"}",
                                       "id-1");
        QVERIFY(error.hasProblemBody());
        QCOMPARE(error.title(), QStringLiteral("Not ready"));
        QCOMPARE(error.requestId(), QStringLiteral("id-1"));  // from the header
    }

    void fillsMissingOrMistypedMembersFromTheStatus() {
        const ApiError error = ApiError::fromHttpResponse(
            404, "application/problem+json", "{\"title\":42,\"detail\":[\"not\",\"text\"]}", "h");
        QVERIFY(error.hasProblemBody());
        QCOMPARE(error.type(), QStringLiteral("about:blank"));
        QCOMPARE(error.title(), QStringLiteral("Not Found"));
        QCOMPARE(error.detail(), QString());
        QCOMPARE(error.summary(), QStringLiteral("404 Not Found"));
    }

    void describesABodyThatIsNotAProblem() {
        const ApiError html = ApiError::fromHttpResponse(
            502, "text/html", "<html><body>Bad gateway</body></html>", QString());
        QVERIFY(!html.hasProblemBody());
        QCOMPARE(html.title(), QStringLiteral("Bad Gateway"));
        QVERIFY(html.detail().contains(QStringLiteral("not a problem object")));

        const ApiError truncated =
            ApiError::fromHttpResponse(500, "application/problem+json", "{\"title\":\"Int", {});
        QVERIFY(!truncated.hasProblemBody());
        QCOMPARE(truncated.title(), QStringLiteral("Internal Server Error"));

        const ApiError array =
            ApiError::fromHttpResponse(400, "application/problem+json", "[1,2]", {});
        QVERIFY(!array.hasProblemBody());

        const ApiError empty = ApiError::fromHttpResponse(418, QByteArray(), QByteArray(), {});
        QCOMPARE(empty.title(), QStringLiteral("HTTP 418"));
        QVERIFY(empty.detail().contains(QStringLiteral("no problem details")));
    }

    void transportErrorsHaveNoStatus() {
        const ApiError timeout =
            ApiError::transport(ApiError::Kind::Timeout, QStringLiteral("No answer within 5 ms."));
        QCOMPARE(timeout.httpStatus(), 0);
        QVERIFY(timeout.isError());
        QCOMPARE(timeout.summary(), QStringLiteral("Timed out: No answer within 5 ms."));
        QVERIFY(!ApiError().isError());
        QCOMPARE(ApiError().summary(), QString());
    }
};

QTEST_GUILESS_MAIN(ApiErrorTest)
#include "api_error_test.moc"
