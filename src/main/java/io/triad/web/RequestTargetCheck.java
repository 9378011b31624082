package io.triad.web;

import io.triad.domain.validation.Characters;
import io.triad.domain.validation.InvalidInput;
import io.triad.domain.validation.Violation;
import io.triad.domain.validation.ViolationCode;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Every path segment and query parameter, before any resource sees it (OWASP ASVS 5.0 V1.1.1, V2.2.1, V2.2.2):
 * percent-decoded once, as strict UTF-8, then held to the rules of one-line text ({@link Characters}) and a length no
 * key, date, number or search text needs. A key with a NUL would otherwise reach PostgreSQL, which refuses it (a 500),
 * and a forbidden code point in a search or a filter has no meaning anyway. Bodies are checked by their own validators.
 */
class RequestTargetCheck {
    static final int MAX_LENGTH = 1000;

    @ServerRequestFilter(preMatching = true)
    void check(ContainerRequestContext request) {
        URI uri = request.getUriInfo().getRequestUri();
        List<Violation> violations = new ArrayList<>();
        String rawPath = uri.getRawPath();
        if (rawPath != null) {
            for (String segment : rawPath.split("/")) {
                check("(path)", segment, false, violations);
            }
        }
        String rawQuery = uri.getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decodeOrNull(equals < 0 ? pair : pair.substring(0, equals), true);
                String field = name == null ? "(query)" : Characters.printable(name, 64);
                check(field, equals < 0 ? pair : pair.substring(0, equals), true, violations);
                if (equals >= 0) {
                    check(field, pair.substring(equals + 1), true, violations);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    private static void check(String field, String raw, boolean query, List<Violation> out) {
        String value = decodeOrNull(raw, query);
        if (value == null) {
            out.add(Violation.of(field, ViolationCode.ENCODING));
        } else if (value.length() > MAX_LENGTH) {
            out.add(Violation.of(field, ViolationCode.TOO_LONG, MAX_LENGTH));
        } else {
            int bad = Characters.firstForbidden(value, false);
            if (bad >= 0) {
                out.add(Violation.of(field, ViolationCode.TEXT_CHARACTERS, Characters.name(value, bad), bad + 1));
            }
        }
    }

    /** Percent-decoded as strict UTF-8 ({@code +} is a space in a query), or null when it is not that. */
    static String decodeOrNull(String raw, boolean query) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+' && query) {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
