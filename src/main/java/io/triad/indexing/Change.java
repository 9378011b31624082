package io.triad.indexing;

/** One entity that changed, as the outbox records it and the follower applies it: its current state wins. */
public record Change(Entity entity, String key) {
    /** The searchable entities; their names are the values of {@code change_log.entity}. */
    public enum Entity { PROGRAM, STARTUP, STUDENT }

    public static Change program(String key) {
        return new Change(Entity.PROGRAM, key);
    }

    public static Change startup(String key) {
        return new Change(Entity.STARTUP, key);
    }

    public static Change student(String key) {
        return new Change(Entity.STUDENT, key);
    }
}
