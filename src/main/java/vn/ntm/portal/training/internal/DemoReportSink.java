package vn.ntm.portal.training.internal;

import java.time.ZoneId;

/**
 * Where the demo seeder sends the platform report files it generates ({@link DemoReportFiles}): the same call as the
 * organisers' import of one file for one session ({@link ImportDemoReportSink}).
 */
@FunctionalInterface
public interface DemoReportSink {

    /**
     * Imports one report file for a session, as an organiser uploading it would.
     *
     * @param zone the time zone the platform wrote its times in
     * @param actor who imports (for the import's record)
     */
    void importReport(long sessionId, String fileName, byte[] content, ZoneId zone, String actor);
}
