package io.triad.matching;

/** User search text that the query parser rejects: a client error. */
public class QuerySyntaxException extends RuntimeException {
    public QuerySyntaxException(String message) {
        super(message, null, false, false);
    }
}
