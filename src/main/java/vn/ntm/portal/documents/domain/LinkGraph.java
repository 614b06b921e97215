package vn.ntm.portal.documents.domain;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** The rules for a new link between two documents, over the links already stored. */
public final class LinkGraph {

    /** A stored link: {@code from} acts on {@code to}. */
    public record Edge(long from, long to, LinkKind kind) {
    }

    private LinkGraph() {
    }

    /**
     * Why the link {@code from → to} may not be added (a Vietnamese message), or empty when it may:
     * no link of a document to itself, one link per pair of documents (either direction), and no cycle
     * of "thay thế" (A replaces B replaces … replaces A).
     */
    public static Optional<String> refusal(long from, long to, LinkKind kind, Collection<Edge> existing) {
        if (from == to) {
            return Optional.of("Không thể liên kết một văn bản với chính nó.");
        }
        for (Edge e : existing) {
            if ((e.from() == from && e.to() == to) || (e.from() == to && e.to() == from)) {
                return Optional.of("Hai văn bản này đã có liên kết với nhau.");
            }
        }
        if (kind == LinkKind.REPLACES && reaches(to, from, existing)) {
            return Optional.of("Không thể thêm: liên kết \"Thay thế\" này tạo thành vòng (văn bản được chọn đã thay thế, trực tiếp"
                    + " hoặc gián tiếp, văn bản đang sửa).");
        }
        return Optional.empty();
    }

    /** True when {@code target} can be reached from {@code start} following "replaces" links. */
    static boolean reaches(long start, long target, Collection<Edge> edges) {
        Deque<Long> todo = new ArrayDeque<>();
        Set<Long> seen = new HashSet<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            long at = todo.pop();
            if (at == target) {
                return true;
            }
            if (seen.add(at)) {
                for (Edge e : edges) {
                    if (e.kind() == LinkKind.REPLACES && e.from() == at) {
                        todo.push(e.to());
                    }
                }
            }
        }
        return false;
    }
}
