package io.triad.web;

import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The anti-forgery token of page forms (ASVS 5.0 V3.5.1). It is never a value of its own that a cookie carries
 * (the old double-submit cookie: whoever can plant a cookie could plant the matching token). It is
 * HMAC-SHA256(key = a secret the browser holds in an HttpOnly cookie, message = "triad-csrf-v1"):
 * <ul>
 * <li>signed in: the secret is the session token itself, so the token is bound to that session, changes at every
 * log-in and dies with the session; no other page, script or account can compute it, and a token of another session
 * never matches;</li>
 * <li>anonymous (log-in and sign-up forms): the secret is a random pre-session value ({@link #PRE}, issued by
 * {@link PageFilter}, HttpOnly, {@code __Host-} over HTTPS so no other host can plant one); a request that carries it
 * must carry its token.</li>
 * </ul>
 * The database keeps only SHA-256 of the session token, which is not the HMAC above: a copy of the sessions table
 * yields no form token. Cross-site requests are refused before this check by their Origin or Sec-Fetch-Site
 * ({@link OriginGuard}), which also covers a cookie-less log-in forged in a browser.
 */
final class Csrf {
    /** The pre-session cookie's base name. */
    static final String PRE = "triad_pre";
    /** Where PageFilter leaves a pre-session value it has just issued (the request itself does not carry it yet). */
    static final String ISSUED = "triad.pre.issued";
    private static final byte[] LABEL = "triad-csrf-v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();
    /** One HMAC engine per thread: looking one up among the security providers cost more than the HMAC itself. */
    private static final ThreadLocal<Mac> HMAC = ThreadLocal.withInitial(() -> {
        try {
            return Mac.getInstance("HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    });

    private Csrf() {
    }

    /** The secret this request's forms are bound to: the session cookie, else the pre-session cookie. */
    static Optional<String> secret(RoutingContext rc) {
        Optional<String> session = Cookies.value(rc, Cookies.SESSION);
        if (session.isPresent()) {
            return session;
        }
        Optional<String> pre = Cookies.value(rc, PRE);
        return pre.isPresent() ? pre : Optional.ofNullable(rc.get(ISSUED));
    }

    /** A new pre-session secret, sent as an HttpOnly cookie that lasts as long as the browser session. */
    static String issue(RoutingContext rc) {
        String secret = newSecret();
        rc.response().addCookie(Cookies.cookie(rc, PRE, secret, true, null));
        rc.put(ISSUED, secret);
        return secret;
    }

    /** True when the form's token is the one bound to the secret the request carries (constant time). */
    static boolean matches(RoutingContext rc, String formToken) {
        Optional<String> expected = Cookies.value(rc, Cookies.SESSION).or(() -> Cookies.value(rc, PRE))
                .map(Csrf::tokenOf);
        return expected.isPresent() && formToken != null && !formToken.isEmpty() && MessageDigest.isEqual(
                expected.get().getBytes(StandardCharsets.US_ASCII), formToken.getBytes(StandardCharsets.UTF_8));
    }

    /** True when the request carries neither the session nor the pre-session cookie. */
    static boolean noSecret(RoutingContext rc) {
        return Cookies.value(rc, Cookies.SESSION).isEmpty() && Cookies.value(rc, PRE).isEmpty();
    }

    static String tokenOf(String secret) {
        try {
            Mac mac = HMAC.get();
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(LABEL));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
