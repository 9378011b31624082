package io.triad.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.junit.jupiter.api.Test;

/** ASVS V6.2: passwords of 10 to 1,024 bytes, every byte counted, none of the most common ones. */
class PasswordsTest {

    @Test
    void everyByteOfALongPasswordCounts() {
        String long1 = "a".repeat(100) + "1";
        String long2 = "a".repeat(100) + "2";
        String hash = Passwords.hash(long1, 4);

        assertThat(Passwords.matches(long1, hash)).isTrue();
        // plain bcrypt reads 72 bytes and would take the second for the first
        assertThat(Passwords.matches(long2, hash)).isFalse();
        assertThat(BcryptUtil.matches(long2, BcryptUtil.bcryptHash(long1, 4))).isTrue();
    }

    @Test
    void hashesMadeBeforeTheDigestStillVerify() {
        String legacy = BcryptUtil.bcryptHash("triad-demo-2026", 4);

        assertThat(Passwords.matches("triad-demo-2026", legacy)).isTrue();
        assertThat(Passwords.matches("triad-demo-2027", legacy)).isFalse();
    }

    @Test
    void lengthIsCountedInBytesFromTenToOneThousandTwentyFour() {
        assertThat(Passwords.longEnough("x".repeat(9))).isFalse();
        assertThat(Passwords.longEnough("x".repeat(10))).isTrue();
        assertThat(Passwords.longEnough("x".repeat(1024))).isTrue();
        assertThat(Passwords.longEnough("x".repeat(1025))).isFalse();
        assertThat(Passwords.longEnough("é".repeat(5))).as("5 characters, 10 bytes").isTrue();
        assertThat(Passwords.longEnough(null)).isFalse();
    }

    @Test
    void theMostCommonPasswordsAreKnownWhateverTheirCase() {
        assertThat(Passwords.common("qwertyuiop")).isTrue();
        assertThat(Passwords.common("QwertyUIOP")).isTrue();
        assertThat(Passwords.common("password123")).isTrue();
        assertThat(Passwords.common("correct-horse-1")).isFalse();
    }
}
