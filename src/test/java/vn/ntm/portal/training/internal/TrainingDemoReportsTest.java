package vn.ntm.portal.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.training.domain.Programme;
import vn.ntm.portal.training.internal.DashboardReport.Row;
import vn.ntm.portal.training.internal.DashboardReport.Table;

/**
 * The demo series with its generated platform reports (on in this context only): imported at start-up through the
 * sink, the dashboard shows the article's figures from those imports: about 100,000 learner-visits over three
 * platforms, about 30 questions per topic, about 200 positive responses, and identified Zoom attendance.
 */
@SpringBootTest(properties = "ntm.demo.training-reports=true")
class TrainingDemoReportsTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TrainingStore store;
    @Autowired
    DashboardQueries queries;
    @Autowired
    TrainingDemoReportSeeder seeder;

    @Test
    void theDashboardOfTheDemoSeriesShowsItsFiguresFromTheImportedReports() {
        Programme p = store.programmeBySlug(TrainingDemoSeeder.SLUG_2021).orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM training_import WHERE programme_id = ? AND superseded_by IS NULL").param(p.id())
                .query(Long.class).single()).isEqualTo(32);
        DashboardReport report = queries.report(p);
        assertThat(report.figure("registrants").value()).isEqualTo(3000);
        assertThat(report.figure("sessions").value()).isEqualTo(8);
        assertThat(report.figure("topics").value()).isEqualTo(11);
        assertThat(report.figure("visits").value()).isBetween(98_000L, 102_000L);
        assertThat(report.figure("positive").value()).isEqualTo(202);
        assertThat(report.figure("attended").value()).as("identified Zoom attendance").isGreaterThan(8 * 250L);
        Table topics = report.table("chuyen-de");
        assertThat(topics.rows()).hasSize(11);
        for (Row r : topics.rows()) {
            assertThat((Long) r.cells().get(1)).as(r.label()).isBetween(25L, 35L);
            assertThat((Long) r.cells().get(2)).as(r.label() + " answered").isPositive();
        }
        Table platforms = report.table("nen-tang");
        for (Row r : platforms.rows()) {
            assertThat((Long) r.cells().get(0)).as(r.label()).isPositive();
        }
        Table attendance = report.table("diem-danh");
        for (Row r : attendance.rows()) {
            assertThat((Long) r.cells().get(0)).as(r.label() + " present").isPositive();
            assertThat((Long) r.cells().get(4)).as(r.label() + " people waiting for review").isPositive();
        }
        // a second start imports nothing again
        seeder.run(null);
        assertThat(jdbc.sql("SELECT count(*) FROM training_import WHERE programme_id = ?").param(p.id()).query(Long.class).single()).isEqualTo(32);
        assertThat(queries.report(p).figure("visits").value()).isEqualTo(report.figure("visits").value());
    }
}
