package vn.ntm.portal.training.internal;

import java.time.ZoneId;
import org.springframework.stereotype.Component;

/** The demo's report files go through the organisers' own import, so the demo figures are imported data. */
@Component
class ImportDemoReportSink implements DemoReportSink {

    private final ImportService imports;

    ImportDemoReportSink(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public void importReport(long sessionId, String fileName, byte[] content, ZoneId zone, String actor) {
        ImportOutcome outcome = imports.importReport(sessionId, fileName, content, zone, actor);
        if (outcome.status() == ImportOutcome.Status.REFUSED) {
            throw new IllegalStateException("demo report " + fileName + " refused: " + outcome.errors() + " " + outcome.warnings());
        }
    }
}
