package io.triad.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.triad.it.TestDatabase;
import io.triad.it.TriadProcess;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The outbox across two packaged Triad processes sending to one SMTP server (GreenMail in this JVM): racing over 500
 * pending mails, each arrives once; both killed (SIGKILL) in the middle of 2,000 mails, then one restarted, every mail
 * arrives, and only a mail being sent at a kill arrives again, with its own Message-ID: one extra copy per kill at most.
 * The kills follow each other, so the mail the first killed sender had in flight may be claimed and be in flight again
 * at the second kill: it then arrives three times, still two extra copies for two kills. Prints its figures.
 */
class OutboxKillIT {
    private static GreenMail smtp;
    private static TestDatabase database;
    private static TriadProcess a;
    private static TriadProcess b;

    @BeforeAll
    static void twoSendingInstances() {
        smtp = new GreenMail(ServerSetup.SMTP.dynamicPort());
        smtp.start();
        database = TestDatabase.start("outbox-kill");
        Map<String, String> mail = Map.of("TRIAD_MAIL_SEND", "true", "TRIAD_MAIL_POLL", "1s",
                "QUARKUS_MAILER_MOCK", "false", "QUARKUS_MAILER_HOST", "127.0.0.1",
                "QUARKUS_MAILER_PORT", Integer.toString(smtp.getSmtp().getPort()), "QUARKUS_MAILER_START_TLS", "DISABLED");
        a = TriadProcess.start("outbox-a", database, mail);
        b = TriadProcess.start("outbox-b", database, mail);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable c : new AutoCloseable[] {a, b, database}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // best effort: the next IT starts from fresh directories
            }
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    /** {@code count} pending mails to {@code i@<domain>}, committed at once. */
    static void queue(int count, String domain) throws SQLException {
        try (Connection c = database.connect()) {
            long account;
            try (PreparedStatement ps = c.prepareStatement("insert into account (email, password_hash, role) values "
                    + "(?, 'x', 'STUDENT') returning id")) {
                ps.setString(1, "owner@" + domain);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    account = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into mail_outbox (account_id, recipient, message_id, subject, text_body, html_body, kinds,
                      unsubscribe_token)
                    select ?, g || '@' || ?, '<' || gen_random_uuid() || '@triad.invalid>', 'IT ' || g, 'text',
                      '<p>html</p>', '{INVITATION_RECEIVED}', md5(random()::text) || g
                    from generate_series(1, ?) g""")) {
                ps.setLong(1, account);
                ps.setString(2, domain);
                ps.setInt(3, count);
                ps.executeUpdate();
            }
        }
    }

    static long pending(String domain) {
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(
                "select count(*) from mail_outbox where recipient like ? and sent_at is null")) {
            ps.setString(1, "%@" + domain);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Message-ID to how many times it arrived, for the mails to {@code domain}. */
    static Map<String, Long> arrived(String domain) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.recipients(m).stream()
                .anyMatch(r -> r.endsWith("@" + domain))).collect(Collectors.groupingBy(OutboxKillIT::id,
                Collectors.counting()));
    }

    static String id(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static long total(Map<String, Long> ids) {
        return ids.values().stream().mapToLong(Long::longValue).sum();
    }

    // A killed sender resets its SMTP connection, and GreenMail's handler thread for it ends in an uncaught exception:
    // that is the kill this test makes, so no wait here (nor TriadProcess's waits on kill and restart) fails on other
    // threads' exceptions.
    @Test
    void twoInstancesRaceThenBothAreKilledMidBatchAndNoMailIsLostOrSentTwiceButTheOneInFlight() throws Exception {
        queue(500, "race.example");
        Awaitility.await("500 mails delivered").dontCatchUncaughtExceptions().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> pending("race.example") == 0);
        Map<String, Long> race = arrived("race.example");
        System.out.printf("OutboxKillIT race: %d arrived, %d distinct Message-IDs, most copies of one %d%n",
                total(race), race.size(), race.values().stream().mapToLong(Long::longValue).max().orElse(0));
        assertThat(race).hasSize(500);
        assertThat(race.values()).containsOnly(1L);

        queue(2000, "kill.example");
        Awaitility.await("some of the 2,000 mails arrive").dontCatchUncaughtExceptions().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(20)).until(() -> smtp.getReceivedMessages().length >= 500 + 100);
        a.kill();
        b.kill();
        long left = pending("kill.example");
        long before = total(arrived("kill.example"));
        a = a.restart();
        Awaitility.await("every mail delivered after the restart").dontCatchUncaughtExceptions()
                .atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(200)).until(() -> pending("kill.example") == 0);
        Map<String, Long> killed = arrived("kill.example");
        long again = killed.values().stream().filter(n -> n > 1).count();
        System.out.printf("OutboxKillIT kill: both instances killed after %d of 2000 arrived (%d still pending); after "
                + "one restart %d arrived, %d distinct Message-IDs, %d arrived more than once%n", before, left,
                total(killed), killed.size(), again);
        assertThat(left).isPositive();
        assertThat(killed).hasSize(2000);
        assertThat(total(killed) - killed.size()).as("extra copies, one per kill at most").isLessThanOrEqualTo(2);
    }
}
