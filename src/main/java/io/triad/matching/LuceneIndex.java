package io.triad.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.MMapDirectory;

/**
 * One Lucene index in its own directory of the process's {@link IndexHome}, memory-mapped (cheaper to read than a
 * heap directory, and off the heap), deleted on close: one IndexWriter, one SearcherManager, and a
 * {@link ControlledRealTimeReopenThread} that reopens the searcher at most 100 ms after a change, or at once for a
 * caller waiting for its change ({@link #awaitSearchable}). It is derived data: PostgreSQL is the truth and the index is rebuilt from it at
 * start-up, in bulk: no reopening (each reopen would flush a small segment that merges then rewrite) and no
 * per-document delete of an older version.
 */
public final class LuceneIndex implements Closeable {
    static final String ID = "id";
    private static final double MAX_STALE_SECONDS = 0.1;
    /** A waiting caller's reopen: short enough to be unnoticed, long enough to serve a burst of waiters at once. */
    private static final double MIN_STALE_SECONDS = 0.005;
    /**
     * The segments a bulk load is merged into, in the background: a query sets up its term lookups and scorers in
     * every segment, and the benchmark's 1M students were loaded into 6.
     */
    static final int BULK_SEGMENTS = 2;
    /** Documents buffered before a segment is written during a bulk load; tests lower it to make many segments. */
    static volatile int maxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH;

    private final String name;
    private final Path directory;
    private final IndexWriter writer;
    /** The policy outside bulk loads. */
    private final MergePolicy mergePolicy;
    private final SearcherManager searchers;
    /** Null during a bulk load and after close. */
    private volatile ControlledRealTimeReopenThread<IndexSearcher> reopener;
    private volatile boolean closed;

    /** Work done on a newly opened reader before searches see it (on the reopen thread, not a query's). */
    @FunctionalInterface
    public interface Warmer {
        void warm(IndexReader reader) throws IOException;
    }

    LuceneIndex(IndexHome home, String name, Analyzer analyzer) {
        this(home, name, analyzer, reader -> { });
    }

    LuceneIndex(IndexHome home, String name, Analyzer analyzer, Warmer warmer) {
        this.name = name;
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setRAMBufferSizeMB(256);
            config.setMaxBufferedDocs(maxBufferedDocs);
            directory = home.newIndexDirectory(name);
            writer = new IndexWriter(new MMapDirectory(directory), config);
            mergePolicy = config.getMergePolicy();
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    warmer.warm(reader);
                    return new IndexSearcher(reader);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        startReopening();
    }

    private synchronized void startReopening() {
        if (closed) {
            return;
        }
        ControlledRealTimeReopenThread<IndexSearcher> thread = new ControlledRealTimeReopenThread<>(writer, searchers,
                MAX_STALE_SECONDS, MIN_STALE_SECONDS);
        thread.setName("lucene-reopen-" + name);
        thread.setDaemon(true);
        thread.setUncaughtExceptionHandler(this::restartAfter);
        reopener = thread;
        thread.start();
    }

    /** A reopen that fails ends its thread: it is logged and a new thread takes over (unless reopening stopped). */
    private void restartAfter(Thread dead, Throwable failure) {
        System.getLogger(LuceneIndex.class.getName())
                .log(System.Logger.Level.ERROR, "Reopening the searcher failed", failure);
        synchronized (this) {
            if (reopener == dead) {
                startReopening();
            }
        }
    }

    /** Closes the thread outside the lock: a dying thread's handler takes the lock. */
    private void stopReopening() {
        ControlledRealTimeReopenThread<IndexSearcher> thread;
        synchronized (this) {
            thread = reopener;
            reopener = null;
        }
        if (thread != null) {
            thread.close();
        }
    }

    /**
     * Empties the index and stops reopening until {@link #endBulk}; {@link #add} documents meanwhile. Until then nothing
     * is merged and segments are not packed into compound files: {@link #endBulk}'s merge writes everything once more
     * anyway (at 10M students, ten of the load's segments used to be merged into one while the load went on).
     */
    public void startBulk() {
        stopReopening();
        writer.getConfig().setMergePolicy(NoMergePolicy.INSTANCE).setUseCompoundFile(false);
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the bulk-loaded documents searchable and resumes reopening. The in-memory segments are written on every
     * core first (a refresh alone would write them one after the other). More than {@link #BULK_SEGMENTS} are then
     * merged in the background: readiness does not wait, and queries get faster once the merge is searchable.
     */
    public void endBulk() {
        IntStream.range(0, Runtime.getRuntime().availableProcessors()).parallel().forEach(i -> {
            try {
                while (writer.flushNextBuffer()) {
                    // each call writes the largest pending segment
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        refreshNow();
        startReopening();
        writer.getConfig().setMergePolicy(mergePolicy).setUseCompoundFile(true);
        try {
            if (search(searcher -> searcher.getIndexReader().leaves().size()) > BULK_SEGMENTS) {
                writer.forceMerge(BULK_SEGMENTS, false); // merge threads; searchers see the result once it is done
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a document in bulk: no older version is deleted, so ids must be distinct. */
    public void add(Document doc) {
        try {
            writer.addDocument(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces the document whose {@link #ID} field is {@code id}. */
    public void update(String id, Document doc) {
        try {
            writer.updateDocument(new Term(ID, id), doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes every change so far visible to searches started after this returns. */
    public void refreshNow() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generation of every change completed so far, for {@link #awaitSearchable}. */
    public long generation() {
        return writer.getMaxCompletedSequenceNumber();
    }

    /**
     * Waits at most {@code maxMillis} until searches see every change up to {@code generation}; false when they do
     * not yet (timed out, interrupted, or in a bulk load).
     */
    public boolean awaitSearchable(long generation, long maxMillis) {
        ControlledRealTimeReopenThread<IndexSearcher> thread = reopener;
        if (thread == null || maxMillis <= 0) {
            return thread != null && thread.getSearchingGen() >= generation;
        }
        try {
            return thread.waitForGeneration(generation, (int) Math.min(Integer.MAX_VALUE, maxMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @FunctionalInterface
    public interface Search<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /** Runs {@code search} on a current searcher, always releasing it. */
    public <T> T search(Search<T> search) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        stopReopening();
        try {
            searchers.close();
            writer.rollback(); // the directory is deleted next: no commit, and a merge under way stops at once
            writer.getDirectory().close();
            IndexHome.deleteTree(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
