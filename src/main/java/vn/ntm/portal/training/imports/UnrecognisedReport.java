package vn.ntm.portal.training.imports;

import java.util.List;

/** A file that could not be read or is not one of the known reports; {@link #errors()} says why, in Vietnamese. */
public record UnrecognisedReport(List<String> warnings, List<ImportError> errors) implements ImportResult {

    public UnrecognisedReport {
        warnings = List.copyOf(warnings);
        errors = List.copyOf(errors);
    }

    static UnrecognisedReport of(String message) {
        return new UnrecognisedReport(List.of(), List.of(ImportError.ofFile(message)));
    }

    @Override
    public ReportKind kind() {
        return ReportKind.UNKNOWN;
    }
}
