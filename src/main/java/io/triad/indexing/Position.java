package io.triad.indexing;

/**
 * A place in the change_log, in the order the follower applies it: by transaction id, then row id. A transaction's
 * rows are applied once no older transaction is running, so every row at or before the follower's position is in
 * the index.
 */
record Position(long txid, long id) implements Comparable<Position> {
    static final Position START = new Position(0, 0);

    @Override
    public int compareTo(Position other) {
        int byTxid = Long.compareUnsigned(txid, other.txid);
        return byTxid != 0 ? byTxid : Long.compare(id, other.id);
    }

    boolean isAfter(Position other) {
        return compareTo(other) > 0;
    }

    static Position later(Position a, Position b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** For {@code ?::xid8} parameters: xid8 is an unsigned 64-bit number. */
    String txidText() {
        return Long.toUnsignedString(txid);
    }

    static Position of(String txidText, long id) {
        return new Position(Long.parseUnsignedLong(txidText), id);
    }
}
