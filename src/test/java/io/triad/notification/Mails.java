package io.triad.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/** Reading what reached GreenMail: the messages to some recipients, their headers and parts. */
final class Mails {
    private Mails() {
    }

    /** Every message received so far whose recipient ends with {@code suffix} (this test's own). */
    static List<MimeMessage> to(GreenMail greenMail, String suffix) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> recipients(m).stream()
                .anyMatch(r -> r.endsWith(suffix))).toList();
    }

    static List<String> recipients(MimeMessage message) {
        try {
            Address[] all = message.getAllRecipients();
            return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, ",");
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded text of every leaf part, with its content type first: "text/plain; ...\n<text>". */
    static List<String> parts(MimeMessage message) {
        try {
            List<String> out = new java.util.ArrayList<>();
            collect(message.getContent(), message.getContentType(), out);
            return out;
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void collect(Object content, String type, List<String> out) throws MessagingException,
            java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multi) {
            for (int i = 0; i < multi.getCount(); i++) {
                collect(multi.getBodyPart(i).getContent(), multi.getBodyPart(i).getContentType(), out);
            }
        } else {
            out.add(type.toLowerCase(java.util.Locale.ROOT) + "\n" + content);
        }
    }

    /** The whole raw message (headers and every part, decoded as sent). */
    static String raw(MimeMessage message) {
        return GreenMailUtil.getWholeMessage(message);
    }
}
