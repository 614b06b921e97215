package vn.ntm.portal.training.internal;

import java.time.Instant;
import java.util.List;
import vn.ntm.portal.training.imports.ImportError;
import vn.ntm.portal.training.imports.ReportKind;

/**
 * What {@link ImportService#importReport} did with a file.
 *
 * @param importId the stored import (for {@link Status#DUPLICATE}: the earlier import of the same file), else null
 * @param previousAt for a duplicate, when the same file was first imported
 * @param supersededId the older import of the same kind this one replaced, or null
 * @param rows rows the file gave (join/leave rows, participants, questions, videos or posts)
 * @param people Zoom people stored; {@code matched} of them matched to a registration, {@code review} waiting in the queue
 * @param questions Q&amp;A questions added to the questions per topic
 */
public record ImportOutcome(Status status, Long importId, ReportKind kind, Instant previousAt, Long supersededId, int rows,
                            int people, int matched, int review, int questions, List<String> warnings, List<ImportError> errors) {

    public enum Status { STORED, DUPLICATE, REFUSED }

    public ImportOutcome {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    static ImportOutcome refused(ReportKind kind, List<String> warnings, List<ImportError> errors) {
        return new ImportOutcome(Status.REFUSED, null, kind, null, null, 0, 0, 0, 0, 0, warnings, errors);
    }

    static ImportOutcome refused(String message) {
        return refused(ReportKind.UNKNOWN, List.of(), List.of(ImportError.ofFile(message)));
    }
}
