package io.triad.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * API.md's passwords: 10 to 1,024 bytes and none of the most common ones (ASVS V6.2). bcrypt reads only 72 bytes, so a
 * password is first digested (SHA-256, Base64: 44 bytes) and the hash marked as such; hashes written before the
 * digest (no mark) still verify as they were made.
 */
final class Passwords {
    static final int MIN_BYTES = 10;
    static final int MAX_BYTES = 1024;
    private static final String DIGESTED = "sha256:";

    private Passwords() {
    }

    static boolean longEnough(String password) {
        int bytes = password == null ? 0 : password.getBytes(StandardCharsets.UTF_8).length;
        return bytes >= MIN_BYTES && bytes <= MAX_BYTES;
    }

    /** One of the most common passwords, whatever its case. */
    static boolean common(String password) {
        return password != null && Common.SET.contains(password.toLowerCase(Locale.ROOT));
    }

    static String hash(String password, int cost) {
        return DIGESTED + BcryptUtil.bcryptHash(digest(password), cost);
    }

    static boolean matches(String password, String hash) {
        return hash.startsWith(DIGESTED) ? BcryptUtil.matches(digest(password), hash.substring(DIGESTED.length()))
                : BcryptUtil.matches(password, hash);
    }

    private static String digest(String password) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The passwords of 10 bytes or more among the million most common of SecLists' "10 million passwords" list
     * (github.com/danielmiessler/SecLists, MIT), lower-cased; loaded on first use.
     */
    private static final class Common {
        static final Set<String> SET = load();

        private static Set<String> load() {
            Set<String> set = new HashSet<>(160_000);
            try (InputStream in = Passwords.class.getResourceAsStream("/passwords/common.txt");
                    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.lines().forEach(set::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return set;
        }
    }
}
