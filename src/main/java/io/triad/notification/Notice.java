package io.triad.notification;

import java.util.Map;

/**
 * One notification to write: who receives it, what it tells (kind and the values its subject is rendered from, in
 * the reader's language when read), the item it is about (for muting, may be null: a program, an opening, or one
 * invitation or application), the program or opening that item belongs to ({@code within}, muted as well, may be
 * null), where it leads, and a dedup key for scheduled notices that must reach an account once (null otherwise).
 */
record Notice(long account, Kind kind, String item, String within, String link, Map<String, String> args,
        String dedup) {
    Notice(long account, Kind kind, String item, String link, Map<String, String> args, String dedup) {
        this(account, kind, item, null, link, args, dedup);
    }

    static Notice of(long account, Kind kind, String item, String within, String link, Map<String, String> args) {
        return new Notice(account, kind, item, within, link, args, null);
    }
}
