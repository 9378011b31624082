package io.triad.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Mail settings (the SMTP server itself is Quarkus Mailer's: QUARKUS_MAILER_HOST, _PORT, _TLS, _START_TLS,
 * _USERNAME, _PASSWORD). Without TRIAD_MAIL_SEND=true nothing is sent: mails are kept in the outbox and shown to
 * operators at /operator/mail.
 */
@ConfigMapping(prefix = "triad.mail")
interface MailConfig {
    /** TRIAD_MAIL_SEND: deliver the outbox over SMTP. */
    @WithDefault("false")
    boolean send();

    /** TRIAD_MAIL_FROM: the sender address of every mail. */
    @WithDefault("Triad <no-reply@triad.invalid>")
    String from();

    /** TRIAD_MAIL_BASE_URL: the public address of Triad, for the links in mails and calendar feeds. */
    @WithDefault("http://localhost:8080")
    String baseUrl();

    /** TRIAD_MAIL_DOMAIN: the right-hand side of every Message-ID. */
    @WithDefault("triad.invalid")
    String domain();

    /** TRIAD_MAIL_BATCH: how many mails one sender run delivers at most. */
    @WithDefault("100")
    int batch();

    /** TRIAD_MAIL_RETRY: how long a mail whose sending failed waits before the next try. */
    @WithDefault("PT5M")
    Duration retry();

    /** TRIAD_MAIL_DIGEST_CRON: when the daily digest is queued, in TRIAD_ZONE ({@code off} turns it off). */
    @WithDefault("0 0 7 * * ?")
    String digestCron();

    /** TRIAD_MAIL_POLL: how often each instance looks for mail to send. */
    @WithDefault("10s")
    String poll();
}
