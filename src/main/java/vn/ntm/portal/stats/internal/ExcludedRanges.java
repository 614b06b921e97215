package vn.ntm.portal.stats.internal;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.ntm.portal.stats.ExcludedRange;
import vn.ntm.portal.stats.StatsExclusions;
import vn.ntm.portal.web.UserInputException;

/**
 * Excluded address ranges ({@code stats_excluded_range}), held pre-parsed in memory on each node and
 * re-read every few seconds so another node's change applies soon; this node's own changes apply as
 * soon as the caller calls {@link #refresh()}. With no range (the usual case) a check costs one read
 * of a volatile field.
 */
@Component
class ExcludedRanges implements StatsExclusions {

    private static final Logger log = LoggerFactory.getLogger(ExcludedRanges.class);
    static final int NOTE_MAX = 200;

    private final JdbcClient jdbc;
    private volatile List<IpRange> ranges;

    ExcludedRanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean excluded(String ip) {
        List<IpRange> r = ranges;
        if (r == null) {
            r = reload();
        }
        if (r.isEmpty() || ip == null) {
            return false;
        }
        byte[] address = IpRange.address(ip);
        if (address == null) {
            return false;
        }
        for (IpRange range : r) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    @Scheduled(fixedDelayString = "${ntm.stats.exclusions-refresh:5s}", initialDelayString = "${ntm.stats.exclusions-refresh:5s}")
    @Override
    public void refresh() {
        reload();
    }

    @Override
    public List<ExcludedRange> list() {
        return jdbc.sql("""
                        SELECT id, host(cidr) || '/' || masklen(cidr), note, created_by, created_at
                        FROM stats_excluded_range ORDER BY cidr""")
                .query((rs, i) -> new ExcludedRange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
    }

    @Override
    public ExcludedRange add(String cidr, String note, String createdBy) {
        IpRange range;
        try {
            range = IpRange.parse(cidr);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(400, e.getMessage());
        }
        String n = note == null ? "" : note.strip();
        if (n.codePointCount(0, n.length()) > NOTE_MAX) {
            throw new UserInputException(400, "Ghi chú dài tối đa " + NOTE_MAX + " ký tự.");
        }
        try {
            String note1 = n;
            return jdbc.sql("""
                            INSERT INTO stats_excluded_range (cidr, note, created_by) VALUES (?::cidr, ?, ?)
                            RETURNING id, host(cidr) || '/' || masklen(cidr), note, created_by, created_at""")
                    .params(range.text(), note1, createdBy)
                    .query((rs, i) -> new ExcludedRange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant()))
                    .single();
        } catch (DuplicateKeyException e) {
            throw new UserInputException(409, "Dải địa chỉ " + range.text() + " đã có trong danh sách loại trừ.");
        }
    }

    @Override
    public Optional<ExcludedRange> remove(long id) {
        return jdbc.sql("""
                        DELETE FROM stats_excluded_range WHERE id = ?
                        RETURNING id, host(cidr) || '/' || masklen(cidr), note, created_by, created_at""")
                .param(id)
                .query((rs, i) -> new ExcludedRange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .optional();
    }

    private List<IpRange> reload() {
        try {
            ranges = jdbc.sql("SELECT host(cidr) || '/' || masklen(cidr) FROM stats_excluded_range")
                    .query(String.class).list().stream().map(IpRange::parse).toList();
        } catch (RuntimeException e) {
            log.warn("Could not read the excluded address ranges; keeping the previous ones", e);
            if (ranges == null) {
                return List.of();
            }
        }
        return ranges;
    }
}
