package io.triad.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One hostile request: the endpoint group it counts for, the role it is sent as, what it carries ({@code what}, for
 * the report) and how its answer is judged ({@link Expect}).
 */
record Probe(String group, String role, String method, String target, List<Map.Entry<String, String>> headers,
        byte[] body, Expect expect, String what) {

    /** How a rejection must look. */
    enum Expect {
        /** A 4xx {@code application/problem+json} whose {@code status} is the response's. */
        API,
        /** A 4xx page (the form again or the error page), or for an anonymous caller the way to the log-in page. */
        PAGE,
        /** A log-in that succeeds: the {@code next} it carried is replaced by a safe local address. */
        NEXT,
        /** The log-in page: whatever {@code next} it was given, the form carries only a safe one. */
        LOGIN_FORM
    }

    static Builder to(String group, String role, String method, String target) {
        return new Builder(group, role, method, target);
    }

    /** Collects a probe's headers and body. */
    static final class Builder {
        private final String group;
        private final String role;
        private final String method;
        private final String target;
        private final List<Map.Entry<String, String>> headers = new ArrayList<>();
        private byte[] body;

        private Builder(String group, String role, String method, String target) {
            this.group = group;
            this.role = role;
            this.method = method;
            this.target = target;
        }

        Builder header(String name, String value) {
            headers.add(Map.entry(name, value));
            return this;
        }

        Builder headers(List<Map.Entry<String, String>> more) {
            headers.addAll(more);
            return this;
        }

        Builder body(String contentType, byte[] bytes) {
            header("Content-Type", contentType);
            this.body = bytes;
            return this;
        }

        Probe expect(Expect expect, String what) {
            return new Probe(group, role, method, target, List.copyOf(headers), body, expect, what);
        }
    }
}
