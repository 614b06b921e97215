package vn.ntm.portal.search.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.ntm.portal.search.SearchSource;
import vn.ntm.portal.search.internal.IndexFeeder;
import vn.ntm.portal.shared.VietnameseFormat;

/** The status screen's texts. */
public record IndexStatusView(IndexFeeder.Status status, Map<String, SearchSource> sources) {

    public record Row(String label, String count) {
    }

    public List<Row> rows() {
        return sources.values().stream()
                .map(s -> new Row(s.label(), VietnameseFormat.number(status.counts().getOrDefault(s.kind(), 0L)))).toList();
    }

    public String total() {
        return VietnameseFormat.number(status.counts().values().stream().mapToLong(Long::longValue).sum());
    }

    public String state() {
        return switch (status.state()) {
            case STARTING -> "Đang khởi động";
            case BUILDING -> "Đang xây dựng lại (" + VietnameseFormat.number(status.rebuildProgress()) + " mục đã đọc)";
            case READY -> status.rebuildPending() ? "Sẵn sàng; đang chờ xây dựng lại" : "Sẵn sàng";
        };
    }

    public boolean ready() {
        return status.state() == IndexFeeder.State.READY && !status.rebuildPending();
    }

    public String checkpoint() {
        return VietnameseFormat.number(status.checkpoint());
    }

    public String latest() {
        return VietnameseFormat.number(status.latestChange());
    }

    public String pending() {
        return VietnameseFormat.number(Math.max(0, status.latestChange() - status.checkpoint()));
    }

    /** How long the oldest unapplied change has waited, or "không có". */
    public String lag() {
        if (status.oldestPending() == null) {
            return "Không có thay đổi nào đang chờ";
        }
        Duration d = Duration.between(status.oldestPending(), Instant.now());
        return d.isNegative() ? "dưới 1 giây" : VietnameseFormat.oneDecimal(d.toMillis() / 1000.0) + " giây";
    }

    public String lastApplied() {
        return status.lastAppliedAt() == null ? "Chưa có" : VietnameseFormat.dateTime(status.lastAppliedAt());
    }

    public String lastRebuild() {
        if (status.lastRebuildAt() == null) {
            return "Chưa xây dựng lại kể từ khi máy chủ này khởi động";
        }
        return VietnameseFormat.dateTime(status.lastRebuildAt()) + " (" + VietnameseFormat.oneDecimal(status.lastRebuildMillis() / 1000.0) + " giây)";
    }
}
