package io.triad.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.MMapDirectory;

/**
 * One Lucene index in a temporary directory, memory-mapped (cheaper to read than a heap directory, and off the
 * heap), deleted on close: one IndexWriter, one SearcherManager, and a background thread that
 * reopens the searcher at most 100 ms after a change. It is derived data: PostgreSQL is the truth and
 * the index is rebuilt from it at start-up, in bulk: no reopening (each reopen would flush a small segment
 * that merges then rewrite) and no per-document delete of an older version.
 */
public final class LuceneIndex implements Closeable {
    static final String ID = "id";

    private final Path directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ScheduledExecutorService reopener;
    private volatile boolean bulk;

    /** Work done on a newly opened reader before searches see it (on the reopen thread, not a query's). */
    @FunctionalInterface
    public interface Warmer {
        void warm(IndexReader reader) throws IOException;
    }

    public LuceneIndex(String name, Analyzer analyzer) {
        this(name, analyzer, reader -> { });
    }

    public LuceneIndex(String name, Analyzer analyzer, Warmer warmer) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setRAMBufferSizeMB(256);
            directory = Files.createTempDirectory("triad-index-" + name + "-");
            writer = new IndexWriter(new MMapDirectory(directory), config);
            searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                    warmer.warm(reader);
                    return new IndexSearcher(reader);
                }
            });
            reopener = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "lucene-reopen-" + name);
                t.setDaemon(true);
                return t;
            });
            reopener.scheduleWithFixedDelay(this::reopen, 100, 100, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Never throws: a failed reopen is logged and retried 100 ms later. */
    private void reopen() {
        if (bulk) {
            return;
        }
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            System.getLogger(LuceneIndex.class.getName())
                    .log(System.Logger.Level.ERROR, "Reopening the searcher failed", e);
        }
    }

    /** Empties the index and stops reopening until {@link #endBulk}; {@link #add} documents meanwhile. */
    public void startBulk() {
        bulk = true;
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes the bulk-loaded documents searchable and resumes reopening. The in-memory segments are written on every
     * core first (a refresh alone would write them one after the other).
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
        bulk = false;
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
        try {
            reopener.shutdown();
            reopener.awaitTermination(10, TimeUnit.SECONDS);
            searchers.close();
            writer.close();
            writer.getDirectory().close();
            try (var files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
