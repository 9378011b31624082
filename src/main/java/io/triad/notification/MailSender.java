package io.triad.notification;

import io.triad.db.Sql;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Delivers the outbox. Each mail is claimed in a transaction of its own ({@code FOR UPDATE SKIP LOCKED}: another
 * sender, in this instance or another, skips it), sent, and marked sent before that transaction commits. So no two
 * senders send one mail, a crash before the commit leaves it pending (sent again later, with the same Message-ID:
 * one extra copy of that one mail per crash), and a crash before sending loses nothing.
 */
@ApplicationScoped
class MailSender {
    /** A mail as it leaves: what the transport needs. */
    record Outgoing(UUID id, String to, String messageId, String subject, String text, String html, String unsubscribe) {
    }

    /** Where mails go: SMTP through Quarkus Mailer; tests put a crash in between. */
    @FunctionalInterface
    interface Transport {
        void send(Outgoing mail);
    }

    private final Sql db;
    private final MailConfig config;
    private final Mailer mailer;
    private final AgroalDataSource dataSource;

    MailSender(Sql db, MailConfig config, Mailer mailer, AgroalDataSource dataSource) {
        this.db = db;
        this.config = config;
        this.mailer = mailer;
        this.dataSource = dataSource;
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("triad.mail.outbox.pending", this, MailSender::pending)
                .description("Mails in the outbox that have not been sent yet").register(registry);
    }

    @Scheduled(every = "${triad.mail.poll:10s}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.send()) {
            int sent = deliver(config.batch(), this::smtp);
            if (sent > 0) {
                Log.debugf("Sent %d mails", sent);
            }
        }
    }

    /** Sends up to {@code max} pending mails, one transaction each; answers how many were sent. */
    int deliver(int max, Transport transport) {
        int sent = 0;
        for (int i = 0; i < max; i++) {
            Optional<Boolean> outcome = QuarkusTransaction.requiringNew().call(() -> deliverOne(transport));
            if (outcome.isEmpty()) {
                break;
            }
            sent += outcome.get() ? 1 : 0;
        }
        return sent;
    }

    /** Claims one due mail and sends it: empty when none is due; false when sending failed (tried again later). */
    private Optional<Boolean> deliverOne(Transport transport) {
        Optional<Outgoing> claimed = db.one("""
                select id, recipient, message_id, subject, text_body, html_body, unsubscribe_token from mail_outbox
                where sent_at is null and next_attempt_at <= clock_timestamp()
                order by next_attempt_at, created_at, id limit 1 for update skip locked""",
                rs -> new Outgoing(Sql.uuid(rs, "id"), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), config.baseUrl() + "/unsubscribe/" + rs.getString(7)));
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        Outgoing mail = claimed.get();
        try {
            transport.send(mail);
        } catch (RuntimeException failed) {
            // the address and the content stay out of the log; the id finds the row
            Log.warnf("Mail %s could not be sent (%s); it is tried again later", mail.id(), failed.getClass().getSimpleName());
            db.update("update mail_outbox set attempts = attempts + 1, next_attempt_at = ? where id = ?",
                    Instant.now().plus(config.retry()), mail.id());
            return Optional.of(false);
        }
        db.update("update mail_outbox set sent_at = clock_timestamp(), attempts = attempts + 1 where id = ?", mail.id());
        return Optional.of(true);
    }

    /** SMTP, with RFC 8058 one-click unsubscribe headers and the mail's own Message-ID. */
    void smtp(Outgoing mail) {
        Mail out = Mail.withText(mail.to(), mail.subject(), mail.text()).setHtml(mail.html()).setFrom(config.from())
                .addHeader("Message-ID", mail.messageId())
                .addHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">")
                .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")
                .addHeader("Auto-Submitted", "auto-generated");
        mailer.send(out);
    }

    /** The gauge reads the database itself: it is scraped outside any request or transaction. */
    private double pending() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from mail_outbox where sent_at is null")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return Double.NaN;
        }
    }
}
