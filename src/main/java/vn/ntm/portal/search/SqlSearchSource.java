package vn.ntm.portal.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A {@link SearchSource} read with one SQL query: {@code select} returns the public items (it ends with a
 * {@code WHERE} so that conditions can be added with {@code AND}), {@code id} names their id column as the query
 * writes it (e.g. {@code a.id}), and {@link #row} turns a row into a {@link SearchDocument}. The rebuild's batches,
 * a single item and the change feed's batches are then that query with a keyset, an id or an id array.
 */
public abstract class SqlSearchSource implements SearchSource {

    protected final JdbcClient jdbc;
    private final String select;
    private final String id;

    protected SqlSearchSource(JdbcClient jdbc, String select, String id) {
        this.jdbc = jdbc;
        this.select = select;
        this.id = id;
    }

    /** One row of {@code select} as it should be found. */
    protected abstract SearchDocument row(ResultSet rs, int rowNum) throws SQLException;

    @Override
    public List<SearchDocument> batch(long afterId, int limit) {
        return jdbc.sql(select + " AND " + id + " > ? ORDER BY " + id + " LIMIT ?").params(afterId, limit).query(this::row).list();
    }

    @Override
    public Optional<SearchDocument> load(long itemId) {
        return jdbc.sql(select + " AND " + id + " = ?").param(itemId).query(this::row).optional();
    }

    @Override
    public List<SearchDocument> loadAll(Collection<Long> ids) {
        return jdbc.sql(select + " AND " + id + " = ANY(?)").param(ids.toArray(Long[]::new)).query(this::row).list();
    }
}
