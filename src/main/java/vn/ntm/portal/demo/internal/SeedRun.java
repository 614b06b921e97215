package vn.ntm.portal.demo.internal;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One seeding of an empty database. The reference data goes in first, in one transaction that holds an
 * advisory lock and checks again that the category table is empty, so two nodes starting together
 * cannot both seed. Articles follow in chunks of {@value #CHUNK}, one transaction each, then the visit
 * history.
 */
public final class SeedRun {

    static final int CHUNK = 5_000;
    static final int DEFAULT_DOCUMENTS = 60;
    /** Distinct document PDFs written; more documents share them (20,000 files would only fill the disk). */
    static final int PDF_POOL = 60;
    private static final long LOCK_KEY = 0x4E544D_44454D4FL; // "NTM" "DEMO"
    private static final Logger log = LoggerFactory.getLogger(SeedRun.class);

    /** What one run inserted; {@code articles} is -1 when the database was not empty. */
    public record Result(int categories, int articles, int documents, int mediaItems, int links, int statsRows,
                         long millis) {
    }

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final DemoFiles files;
    private final Clock clock;

    public SeedRun(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactions, Path uploadDir, Clock clock) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.tx = new TransactionTemplate(transactions);
        this.files = new DemoFiles(uploadDir);
        this.clock = clock;
    }

    public boolean databaseIsEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM category)").query(Boolean.class).single();
    }

    /** Seeds if the database is still empty; returns null when another run got there first. */
    public Result run(int articleCount, long seed) {
        return run(articleCount, DEFAULT_DOCUMENTS, seed);
    }

    /** As {@link #run(int, long)} with a number of registry documents (60 by default; 20,000 for the search benchmark). */
    public Result run(int articleCount, int documentCount, long seed) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        LocalDate today = now.atZone(PublishTimes.ZONE).toLocalDate();
        int painted = files.writeImages();
        files.writeBanners();
        files.writeSongs();
        List<DemoFile> attachments = files.writeAttachments();
        log.info("Dữ liệu mẫu: {} ảnh mới trong {}", painted, files.dir().toAbsolutePath());

        WordBank words = WordBank.load();
        TemplateBook book = TemplateBook.load(CategoryPlan.topicKeys());
        Reference ref = tx.execute(status -> reference(words, today, seed, documentCount));
        if (ref == null) {
            log.info("Dữ liệu mẫu: cơ sở dữ liệu đã có chuyên mục, bỏ qua.");
            return null;
        }
        ArticleWriter writer = new ArticleWriter(jdbcTemplate);
        ArticleGenerator generator = new ArticleGenerator(words, book, ref.categories(), attachments, seed, now, articleCount);
        int written = 0;
        while (generator.hasNext()) {
            List<DemoArticle> chunk = new ArrayList<>(Math.min(CHUNK, articleCount - written));
            while (generator.hasNext() && chunk.size() < CHUNK) {
                chunk.add(generator.next());
            }
            tx.executeWithoutResult(status -> writer.write(chunk, ref.tagIds()));
            written += chunk.size();
            if (articleCount > CHUNK) {
                log.info("Dữ liệu mẫu: đã ghi {}/{} bài viết", written, articleCount);
            }
        }
        Integer statsRows = tx.execute(status -> new StatsWriter(jdbcTemplate).write());
        return new Result(ref.categories().size(), written, ref.documents(), ref.media(), ref.links(),
                statsRows == null ? 0 : statsRows, (System.nanoTime() - started) / 1_000_000);
    }

    private record Reference(List<CategoryRef> categories, Map<String, Long> tagIds, int documents, int media, int links) {
    }

    private Reference reference(WordBank words, LocalDate today, long seed, int documentCount) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)").param(LOCK_KEY).query(Integer.class).single();
        if (!databaseIsEmpty()) {
            return null;
        }
        CatalogWriter catalog = new CatalogWriter(jdbc);
        ExtrasWriter extras = new ExtrasWriter(jdbc);
        List<CategoryRef> categories = catalog.insertCategories(CategoryPlan.specs());
        Map<String, Long> tags = catalog.insertTags(words.list("tags"));
        extras.insertSources(words.list("sources"));
        extras.insertAuthors(words.list("authors"));
        Map<String, String> typeNames = extras.documentTypeNames();
        var documents = new DocumentGenerator(words, typeNames, seed).generate(documentCount, today);
        var pool = files.writeDocumentPdfs(documents.subList(0, Math.min(PDF_POOL, documents.size())), typeNames);
        List<DemoFiles.DocumentPdf> pdfs = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            pdfs.add(pool.get(i % pool.size()));
        }
        if (documentCount > PDF_POOL) {
            log.info("Dữ liệu mẫu: {} văn bản dùng chung {} tệp PDF", documentCount, pool.size());
        }
        return new Reference(categories, tags, extras.insertDocuments(documents, pdfs), extras.insertMedia(today),
                extras.insertLinks());
    }
}
