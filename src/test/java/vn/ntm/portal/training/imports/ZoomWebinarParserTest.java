package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.portal.training.imports.Fixtures.vn;

import java.util.List;
import org.junit.jupiter.api.Test;

class ZoomWebinarParserTest {

    private static ZoomWebinarReport webinar(String fixture) {
        ImportResult result = Fixtures.parse(fixture);
        assertThat(result).isInstanceOf(ZoomWebinarReport.class);
        return (ZoomWebinarReport) result;
    }

    @Test
    void readsEverySectionOfTheCurrentReport() {
        ZoomWebinarReport r = webinar("zoom-webinar-attendee-report.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.reportGenerated()).isEqualTo(vn(2021, 10, 18, 18, 26));
        WebinarSummary s = r.summary();
        assertThat(s.topic()).isEqualTo("Tập huấn OCOP - Buổi 8: Bế mạc");
        assertThat(s.webinarId()).isEqualTo("845 1234 5678");
        assertThat(s.actualStart()).isEqualTo(vn(2021, 10, 18, 7, 58, 12));
        assertThat(s.actualDurationMinutes()).isEqualTo(212);
        assertThat(s.registered()).isEqualTo(5);
        assertThat(s.cancelled()).isEqualTo(1);
        assertThat(s.uniqueViewers()).isEqualTo(4);
        assertThat(s.totalUsers()).isEqualTo(6);
        assertThat(s.maxConcurrentViews()).isEqualTo(3);

        assertThat(r.hosts()).singleElement().satisfies(h -> {
            assertThat(h.role()).isEqualTo(WebinarRole.HOST);
            assertThat(h.name()).isEqualTo("Văn phòng NTM");
            assertThat(h.originalName()).isEqualTo("NTM Office");
        });
        assertThat(r.panelists()).singleElement().satisfies(p -> assertThat(p.originalName()).isEqualTo("Le Minh Tuan"));

        assertThat(r.attendees()).hasSize(5);
        WebinarParticipant an = r.attendees().get(0);
        assertThat(an.row()).isEqualTo(13);
        assertThat(an.attended()).isTrue();
        assertThat(an.firstName()).isEqualTo("An");
        assertThat(an.lastName()).isEqualTo("Nguyễn Văn");
        assertThat(an.phone()).as("=\"…\" recovered").isEqualTo("+84912345678");
        assertThat(an.registrationTime()).isEqualTo(vn(2021, 10, 10, 9, 15));
        assertThat(an.approvalStatus()).isEqualTo("approved");
        assertThat(an.join()).isEqualTo(vn(2021, 10, 18, 8, 1));
        assertThat(an.minutes()).isEqualTo(99);
        assertThat(an.guest()).isFalse();
        assertThat(an.sourceName()).isEqualTo("Facebook");
        assertThat(an.country()).isEqualTo("Vietnam");
        assertThat(an.answers()).containsEntry("Tỉnh/Thành phố", "Nghệ An").containsEntry("Đơn vị công tác", "HTX Nông nghiệp Quỳnh Lưu");
        assertThat(r.questionColumns()).containsExactly("Tỉnh/Thành phố", "Đơn vị công tác");

        WebinarParticipant binh = r.attendees().get(2);
        assertThat(binh.phone()).as("leading apostrophe recovered").isEqualTo("+84987654321");
        assertThat(binh.answers()).containsEntry("Đơn vị công tác", "Sở Nông nghiệp và Môi trường\nHà Tĩnh");
        assertThat(binh.sourceName()).isNull();
        WebinarParticipant cuong = r.attendees().get(3);
        assertThat(cuong.row()).as("the quoted line break is one spreadsheet row").isEqualTo(16);
        assertThat(cuong.phone()).isEqualTo("+84912000111");
        assertThat(r.warnings()).containsExactly(
                "Dòng 16: số điện thoại \"912000111\" bị mất số 0 ở đầu (do Excel), đã hiểu là 0912000111.");

        assertThat(r.noShows()).singleElement().satisfies(d -> {
            assertThat(d.name()).isEqualTo("Phạm Thị Dung");
            assertThat(d.attended()).isFalse();
            assertThat(d.join()).isNull();
            assertThat(d.leave()).isNull();
            assertThat(d.minutes()).isNull();
            assertThat(d.guest()).isNull();
            assertThat(d.phone()).isEqualTo("+84904111222");
        });

        assertThat(r.others()).extracting(OtherAttendee::name).containsExactly("Khách xem 1", "Khách xem 2");
        assertThat(r.others().get(1).country()).isEqualTo("France");
        assertThat(r.others().get(0).row()).isEqualTo(20);
    }

    @Test
    void readsTheOlderVariant() {
        ZoomWebinarReport r = webinar("zoom-webinar-older-variant.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.reportGenerated()).isEqualTo(vn(2021, 9, 28, 12, 0));
        assertThat(r.summary().registered()).as("# Registrants").isEqualTo(2);
        assertThat(r.summary().webinarId()).isEqualTo("84500011122");
        assertThat(r.summary().cancelled()).isNull();
        assertThat(r.hosts()).hasSize(1);
        assertThat(r.panelists()).isEmpty();
        assertThat(r.others()).isEmpty();
        assertThat(r.attendees()).extracting(WebinarParticipant::name).containsExactly("Ho Van Giang", "Mac Thi Hoa");
        WebinarParticipant giang = r.attendees().get(0);
        assertThat(giang.originalName()).isEqualTo("Ho Van Giang");
        assertThat(giang.phone()).isNull();
        assertThat(giang.guest()).isNull();
        assertThat(giang.join()).isEqualTo(vn(2021, 9, 28, 8, 0));
        assertThat(r.noShows()).hasSize(1);
        assertThat(r.questionColumns()).isEmpty();
    }

    @Test
    void excelMangledIdsAreRowErrors() {
        ZoomWebinarReport r = webinar("zoom-webinar-excel-mangled.csv");
        assertThat(r.acceptable()).isFalse();
        assertThat(r.errors()).extracting(ImportError::row).containsExactly(3, 6);
        assertThat(r.errors().get(0).message()).startsWith("Dòng 3: mã webinar \"8.45123E+10\" đã bị Excel đổi thành số dạng lũy thừa");
        assertThat(r.errors().get(1).message()).startsWith("Dòng 6: số điện thoại \"8.49123E+10\" đã bị Excel");
    }

    @Test
    void aSectionWithoutItsRequiredColumnIsNamed() {
        ZoomWebinarReport r = webinar("zoom-webinar-missing-join-time.csv");
        assertThat(r.errors()).extracting(ImportError::message).containsExactly("Dòng 2: thiếu cột bắt buộc \"Join Time\".");
    }

    @Test
    void attendedRowsNeedTheirTimesAndSectionsNeedAHeader() {
        String csv = """
                Attendee Details,
                Attended,User Name (Original Name),Email,Join Time,Leave Time
                Yes,Nguyen Van A,a@x.vn,--,--
                Other Attended,
                Khách,10/18/2021 08:00:00 AM,10/18/2021 09:00:00 AM
                """;
        ImportResult r = ReportImports.parse("w.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), ImportOptions.defaults());
        assertThat(r.errors()).extracting(ImportError::message).containsExactly(
                "Dòng 3: thiếu thời gian vào phòng.",
                "Dòng 3: thiếu thời gian rời phòng.",
                "Dòng 5: cần dòng tiêu đề cột ngay sau tên phần \"Other Attended\".");
    }

    @Test
    void peopleForMatchingComeFromAttendeesAndPanelistsWithTheProvinceAnswer() {
        ZoomWebinarReport r = webinar("zoom-webinar-attendee-report.csv");
        List<ZoomPerson> people = ZoomPeople.group(r, "Tỉnh/Thành phố");
        assertThat(people).extracting(ZoomPerson::key).containsExactly("email:tuan.lm@example.edu.vn", "email:an.nguyen@example.vn",
                "email:binh.tt@example.vn", "email:cuong.lv@example.vn");
        ZoomPerson an = people.get(1);
        assertThat(an.intervals()).hasSize(2);
        assertThat(an.rows()).containsExactly(13, 14);
        assertThat(an.phone()).isEqualTo("+84912345678");
        assertThat(an.provinceCode()).isEqualTo("Nghệ An");
        assertThat(people.get(0).provinceCode()).isNull();
    }
}
