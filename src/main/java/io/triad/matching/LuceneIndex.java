package io.triad.matching;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * One in-memory Lucene index: one IndexWriter, one SearcherManager, and a background thread that
 * reopens the searcher at most 100 ms after a change. It is derived data: PostgreSQL is the truth and
 * the index is rebuilt from it at start-up.
 */
public final class LuceneIndex implements Closeable {
    static final String ID = "id";

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final ControlledRealTimeReopenThread<IndexSearcher> reopener;

    public LuceneIndex(String name, Analyzer analyzer) {
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer);
            config.setRAMBufferSizeMB(256);
            writer = new IndexWriter(new ByteBuffersDirectory(), config);
            searchers = new SearcherManager(writer, null);
            reopener = new ControlledRealTimeReopenThread<>(writer, searchers, 0.1, 0.01);
            reopener.setName("lucene-reopen-" + name);
            reopener.setDaemon(true);
            reopener.start();
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

    public void clear() {
        try {
            writer.deleteAll();
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

    public long ramBytesUsed() {
        return writer.ramBytesUsed();
    }

    @Override
    public void close() {
        try {
            reopener.close();
            searchers.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
