package io.triad.program.admin;

import io.triad.domain.ProgramStatus;
import io.triad.program.ProgramMessages;
import java.util.regex.Pattern;

/** The one-line confirmation the programs list shows after a change (POST-redirect-GET carries it in the query). */
final class AdminNotices {
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    private AdminNotices() {
    }

    static String after(ProgramStatus status, String key) {
        return link(switch (status) {
            case PUBLISHED -> "published";
            case CLOSED -> "closed";
            case DRAFT -> "draft";
        }, key);
    }

    static String link(String notice, String key) {
        return "/admin/programs?notice=" + notice + "&program=" + key;
    }

    /** The notice's words, or null for anything unknown. */
    static String text(String notice, String key, ProgramMessages m) {
        if (notice == null || key == null || !KEY.matcher(key).matches()) {
            return null;
        }
        return switch (notice) {
            case "draft" -> m.notice_draft(key);
            case "published" -> m.notice_published(key);
            case "closed" -> m.notice_closed(key);
            case "deleted" -> m.notice_deleted(key);
            default -> null;
        };
    }
}
