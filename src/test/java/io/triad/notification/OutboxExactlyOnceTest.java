package io.triad.notification;

import io.triad.db.Sql;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.triad.TestApi;
import io.triad.account.Account;
import io.triad.domain.Role;
import io.triad.notification.GreenMailResource.InjectGreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The outbox delivers each mail once: two senders racing over the same pending mails never send one twice, and a
 * sender killed between sending a mail and marking it sent loses nothing and resends only that mail, with the same
 * Message-ID. Counted at the SMTP server (GreenMail), per recipient domain of the test's own.
 */
@QuarkusTest
@QuarkusTestResource(GreenMailResource.class)
class OutboxExactlyOnceTest {
    /** Thrown by a transport to stand for the process dying right after the SMTP server took the mail. */
    static final class Killed extends Error {
        Killed() {
            super("sender killed after sending, before marking", null, false, false);
        }
    }

    @InjectGreenMail
    GreenMail greenMail;

    /** {@code count} pending mails to addresses {@code i@<domain>}, queued in one transaction. */
    static void queue(int count, String domain) {
        long account = Account.byEmail(TestApi.account(Role.STUDENT)).orElseThrow().id;
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(Sql.class).get().update("""
                insert into mail_outbox (account_id, recipient, message_id, subject, text_body, html_body, kinds,
                  unsubscribe_token)
                select ?, g || '@' || ?, '<' || gen_random_uuid() || '@triad.invalid>', 'Race ' || g, 'text', '<p>html</p>',
                  '{INVITATION_RECEIVED}', md5(random()::text) || g
                from generate_series(1, ?) g""", account, domain, count));
    }

    static long pendingTo(String domain) {
        return QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(Sql.class).get()
                .count("select count(*) from mail_outbox where recipient like ? and sent_at is null", "%@" + domain));
    }

    static Map<String, Long> messageIds(List<MimeMessage> mails) {
        return mails.stream().collect(Collectors.groupingBy(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }, Collectors.counting()));
    }

    @Test
    void twoSendersRacingOverFiveHundredPendingMailsDeliverEachExactlyOnce() throws Exception {
        String domain = "race-" + TestApi.unique() + ".example";
        queue(500, domain);
        MailSender sender = Arc.container().instance(MailSender.class).get();
        CountDownLatch start = new CountDownLatch(1);
        Function<String, CompletableFuture<Integer>> run = name -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            return sender.deliver(10_000, sender::smtp);
        });
        CompletableFuture<Integer> a = run.apply("a");
        CompletableFuture<Integer> b = run.apply("b");
        start.countDown();
        int sentByA = a.get(120, TimeUnit.SECONDS);
        int sentByB = b.get(120, TimeUnit.SECONDS);
        // a mail the SMTP server did not take (a timeout on a loaded machine, seen once) waits for its retry, as in
        // production: make it due now and let one sender deliver it, so that the count below is the outbox's, not luck
        int retried = QuarkusTransaction.requiringNew().call(() -> Arc.container().instance(Sql.class).get().update(
                "update mail_outbox set next_attempt_at = clock_timestamp() where recipient like ? and sent_at is null",
                "%@" + domain));
        if (retried > 0) {
            sender.deliver(10_000, sender::smtp);
        }

        List<MimeMessage> arrived = Mails.to(greenMail, "@" + domain);
        Map<String, Long> ids = messageIds(arrived);
        System.out.printf("exactly-once race: sender A sent %d, sender B sent %d (%d retried after a failed send); %d "
                + "arrived, %d distinct Message-IDs, %d pending%n", sentByA, sentByB, retried, arrived.size(), ids.size(),
                pendingTo(domain));
        assertThat(arrived).hasSize(500);
        assertThat(ids).hasSize(500);
        assertThat(ids.values()).containsOnly(1L);
        assertThat(pendingTo(domain)).isZero();
    }

    @Test
    void aSenderKilledBetweenSendingAndMarkingLosesNoneAndResendsOnlyThatMailWithItsMessageId() throws Exception {
        String domain = "killed-" + TestApi.unique() + ".example";
        queue(40, domain);
        MailSender sender = Arc.container().instance(MailSender.class).get();
        AtomicInteger sent = new AtomicInteger();
        String[] killedOn = new String[1];
        MailSender.Transport dying = mail -> {
            sender.smtp(mail);
            // other tests' mails may be due too: die on the 15th of this test's own
            if (mail.to().endsWith("@" + domain) && sent.incrementAndGet() == 15) {
                killedOn[0] = mail.messageId();
                throw new Killed();
            }
        };
        try {
            sender.deliver(10_000, dying);
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException expected) {
            // the sender is gone; its transaction (the claim of the 15th mail) rolled back
            assertThat(expected).hasCauseInstanceOf(Killed.class);
        }
        assertThat(killedOn[0]).isNotNull();
        assertThat(pendingTo(domain)).isEqualTo(26);

        sender.deliver(10_000, sender::smtp);
        List<MimeMessage> arrived = Mails.to(greenMail, "@" + domain);
        Map<String, Long> ids = messageIds(arrived);
        System.out.printf("killed sender: %d arrived, %d distinct Message-IDs, resent: %s, %d pending%n",
                arrived.size(), ids.size(), ids.entrySet().stream().filter(e -> e.getValue() > 1).count(),
                pendingTo(domain));
        assertThat(pendingTo(domain)).isZero();
        assertThat(ids).hasSize(40);
        assertThat(arrived).hasSize(41);
        assertThat(ids).containsEntry(killedOn[0], 2L);
        assertThat(ids.entrySet().stream().filter(e -> !e.getKey().equals(killedOn[0])).map(Map.Entry::getValue))
                .containsOnly(1L);
    }
}
