package io.triad.notification;

import io.triad.db.Sql;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Queues mails in the transaction of their cause: rendered at once (the account's language, plain text and HTML,
 * an unsubscribe link), with a Message-ID fixed now so that any resend carries the same one. {@link MailSender}
 * delivers them.
 */
@ApplicationScoped
class Outbox {
    /** One line of a mail: a notification's subject and where it leads (absolute). */
    record Line(String subject, String link) {
    }

    @CheckedTemplate(basePath = "Mails")
    static class Templates {
        static native TemplateInstance text(List<Line> lines, boolean digest, String settings, String unsubscribe);

        static native TemplateInstance html(List<Line> lines, boolean digest, String settings, String unsubscribe,
                String lang);
    }

    private record Recipient(String email, String language) {
    }

    private record Told(Kind kind, Map<String, String> args, String link) {
    }

    private static final TypeReference<Map<String, String>> ARGS = new TypeReference<>() {
    };
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Sql db;
    private final MailConfig config;
    private final ObjectMapper json;

    Outbox(Sql db, MailConfig config, ObjectMapper json) {
        this.db = db;
        this.config = config;
        this.json = json;
    }

    /** One mail for one notification (the kind's mode is IMMEDIATE). */
    void queueOne(long account, UUID notification) {
        queue(account, List.of(notification), false);
    }

    /**
     * One mail for all these notifications of the account (the daily digest); nothing for none. The id of the mail.
     */
    Optional<UUID> queue(long account, List<UUID> told, boolean digest) {
        Optional<Recipient> to = db.one("select email, language from account where id = ?",
                rs -> new Recipient(rs.getString(1), rs.getString(2)), account);
        List<Told> items = db.list("select kind, args::text, link from notification where id = any(?) order by at, id",
                rs -> new Told(Kind.valueOf(rs.getString(1)), read(rs.getString(2)), rs.getString(3)),
                (Object) told.toArray(UUID[]::new));
        if (to.isEmpty() || items.isEmpty()) {
            return Optional.empty();
        }
        String language = to.get().language();
        List<Line> lines = items.stream().map(t -> new Line(Wording.subject(t.kind(), t.args(), language),
                config.baseUrl() + t.link())).toList();
        String token = token();
        String unsubscribe = config.baseUrl() + "/unsubscribe/" + token;
        String settings = config.baseUrl() + "/notifications/settings";
        Locale locale = Locale.forLanguageTag(language);
        String subject = digest ? Wording.messages(language).digest_subject(lines.size()) : lines.get(0).subject();
        String text = Templates.text(lines, digest, settings, unsubscribe).setLocale(locale).render();
        String html = Templates.html(lines, digest, settings, unsubscribe, language).setLocale(locale).render();
        String[] kinds = items.stream().map(t -> t.kind().name()).distinct().toArray(String[]::new);
        return db.one("""
                insert into mail_outbox (account_id, recipient, message_id, subject, text_body, html_body, kinds,
                  unsubscribe_token) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""", rs -> Sql.uuid(rs, "id"),
                account, to.get().email(), "<" + UUID.randomUUID() + "@" + config.domain() + ">", oneLine(subject), text,
                html, kinds, token);
    }

    /** A header value holds no line break (a reason typed by an administrator could carry one). */
    private static String oneLine(String text) {
        String flat = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private Map<String, String> read(String args) {
        try {
            return json.readValue(args, ARGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored notification could not be read", e);
        }
    }
}
