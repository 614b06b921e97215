package vn.ntm.portal.search.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.ntm.portal.search.SearchDocument;

/**
 * One node's Lucene index: the only {@link IndexWriter} on its directory, and a near-real-time
 * {@link SearcherManager} refreshed after every applied batch. The change-log position is kept in each commit's
 * user data, so the index and its checkpoint are always written together.
 */
public final class SearchIndex implements Closeable {

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final boolean existed;

    public SearchIndex(Path dir) {
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            existed = DirectoryReader.indexExists(directory);
            IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzers.PER_FIELD)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(48);
            writer = new IndexWriter(directory, config);
            if (!existed) {
                writer.setLiveCommitData(Map.of("checkpoint", "0", "gaps", "").entrySet());
                writer.commit();
            }
            searchers = new SearcherManager(writer, true, true, new SearcherFactory());
        } catch (IOException e) {
            throw new UncheckedIOException("Không mở được chỉ mục tìm kiếm " + dir, e);
        }
    }

    /** Whether the directory held an index before this node opened it. */
    boolean existed() {
        return existed;
    }

    /** The user data of the last commit (checkpoint, gaps, build marker). */
    Map<String, String> committedData() {
        try {
            return new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void upsert(SearchDocument doc) throws IOException {
        writer.updateDocument(new Term(IndexFields.UID, IndexFields.uid(doc.kind(), doc.id())), IndexFields.toDocument(doc));
    }

    void add(SearchDocument doc) throws IOException {
        writer.addDocument(IndexFields.toDocument(doc));
    }

    void delete(String kind, long id) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.UID, IndexFields.uid(kind, id)));
    }

    void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Commits with the given user data and makes everything visible to new searches. */
    void commitAndRefresh(Map<String, String> userData) throws IOException {
        writer.setLiveCommitData(new LinkedHashMap<>(userData).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    IndexSearcher acquire() throws IOException {
        return searchers.acquire();
    }

    void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many items of each kind the searchable index holds. */
    Map<String, Long> counts(Collection<String> kinds) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try {
            IndexSearcher s = acquire();
            try {
                for (String kind : kinds) {
                    counts.put(kind, (long) s.count(new TermQuery(new Term(IndexFields.KIND, kind))));
                }
            } finally {
                release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return counts;
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(SearchIndex.class).warn("Tìm kiếm: đóng chỉ mục không trọn vẹn: {}", e.toString());
        }
    }
}
