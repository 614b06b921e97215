package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.portal.training.imports.Fixtures.vn;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZoomMeetingParserTest {

    private static ZoomMeetingReport meeting(String fixture) {
        ImportResult result = Fixtures.parse(fixture);
        assertThat(result).isInstanceOf(ZoomMeetingReport.class);
        return (ZoomMeetingReport) result;
    }

    @Test
    void classicHeaderWithBomRenamesReconnectsAndGuests() {
        ZoomMeetingReport r = meeting("zoom-meeting-classic.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.acceptable()).isTrue();
        assertThat(r.summary()).isNull();
        assertThat(r.intervals()).hasSize(8);
        ZoomInterval an = r.intervals().get(1);
        assertThat(an.row()).isEqualTo(3);
        assertThat(an.name()).isEqualTo("Nguyễn Văn An - Nghệ An");
        assertThat(an.originalName()).isEqualTo("Nguyen Van An");
        assertThat(an.email()).isEqualTo("an.nguyen@example.vn");
        assertThat(an.join()).isEqualTo(vn(2021, 9, 28, 7, 58, 30));
        assertThat(an.leave()).isEqualTo(vn(2021, 9, 28, 9, 10));
        assertThat(an.durationMinutes()).isEqualTo(72);
        assertThat(an.guest()).isFalse();
        assertThat(an.inWaitingRoom()).isFalse();
        ZoomInterval quoted = r.intervals().get(6);
        assertThat(quoted.name()).isEqualTo("Phạm Thu, HTX Hòa Bình");
        assertThat(quoted.email()).isNull();
        assertThat(quoted.guest()).isTrue();
        assertThat(ZoomPeople.group(r.intervals())).extracting(ZoomPerson::key).containsExactly(
                "email:vanphong.ntm@example.vn", "email:an.nguyen@example.vn", "email:binh.tt@example.vn",
                "name:le hoang cuong", "name:pham thu, htx hoa binh", "name:0912345678");
    }

    @Test
    void sentenceCaseHeaderWithTheNewerMeetingDataAndTheWaitingRoom() {
        ZoomMeetingReport r = meeting("zoom-meeting-sentence-case-with-meeting-data.csv");
        assertThat(r.errors()).isEmpty();
        MeetingSummary s = r.summary();
        assertThat(s.topic()).isEqualTo("Tập huấn OCOP - Buổi 2: Phát triển sản phẩm từ lợi thế địa phương");
        assertThat(s.meetingId()).isEqualTo("812 3456 7890");
        assertThat(s.start()).isEqualTo(vn(2021, 10, 5, 7, 50));
        assertThat(s.end()).isEqualTo(vn(2021, 10, 5, 11, 25));
        assertThat(s.durationMinutes()).isEqualTo(215);
        assertThat(s.participants()).isEqualTo(3);
        assertThat(r.intervals()).hasSize(4);
        assertThat(r.intervals().get(0).row()).isEqualTo(5);
        assertThat(r.intervals().get(0).inWaitingRoom()).isTrue();
        assertThat(r.intervals().get(0).recordingConsent()).isEqualTo("OK");
        assertThat(r.attendanceIntervals()).hasSize(3).noneMatch(ZoomInterval::inWaitingRoom);
        assertThat(ZoomPeople.group(r.intervals()).get(0).intervals()).hasSize(1);
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void oldPreambleSeparatedByARowOfCommasDayFirstDatesCrLfAndTrailingEmptyColumns() {
        ZoomMeetingReport r = meeting("zoom-meeting-preamble-comma-row-day-first.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.summary().meetingId()).isEqualTo("81234567890");
        assertThat(r.summary().hostEmail()).isEqualTo("host.ntm@example.vn");
        assertThat(r.summary().start()).isEqualTo(vn(2021, 10, 13, 7, 55));
        assertThat(r.intervals()).extracting(ZoomInterval::row).containsExactly(5, 6, 7);
        assertThat(r.intervals().get(0).join()).isEqualTo(vn(2021, 10, 13, 8, 0));
        assertThat(r.intervals().get(2).recordingConsent()).isEqualTo("Yes");
    }

    @Test
    void tabDelimitedNamedMonthDatesAndAnotherColumnOrder() {
        ZoomMeetingReport r = meeting("zoom-meeting-tab-named-dates.tsv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.intervals()).hasSize(2);
        assertThat(r.intervals().get(0).name()).isEqualTo("Đỗ Thành Quang");
        assertThat(r.intervals().get(0).email()).isEqualTo("quang.dt@example.vn");
        assertThat(r.intervals().get(0).join()).isEqualTo(vn(2021, 9, 28, 8, 7, 27));
        assertThat(r.intervals().get(1).guest()).as("no Guest column").isNull();
    }

    @Test
    void semicolonsAndAmbiguousDatesWithoutSecondsAreMonthFirst() {
        ZoomMeetingReport r = meeting("zoom-meeting-semicolon-no-seconds.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.intervals().get(0).join()).isEqualTo(vn(2021, 10, 3, 8, 5));
        assertThat(r.intervals().get(0).leave()).isEqualTo(vn(2021, 10, 3, 12, 10));
        assertThat(r.intervals().get(1).join()).isEqualTo(vn(2021, 10, 3, 13, 30));
    }

    @Test
    void theUsersHintDecidesAnAmbiguousFileWithoutClockMarkers() {
        String csv = "Name (Original Name),User Email,Join Time,Leave Time\nA,a@x.vn,03/04/2025 08:00:00,03/04/2025 09:00:00\n";
        ImportOptions dayFirst = ImportOptions.defaults().withDayMonthHint(DayMonthOrder.DAY_FIRST);
        ZoomMeetingReport d = (ZoomMeetingReport) ReportImports.parse("x.csv", utf8(csv), dayFirst);
        ZoomMeetingReport m = (ZoomMeetingReport) ReportImports.parse("x.csv", utf8(csv), ImportOptions.defaults());
        assertThat(d.intervals().get(0).join()).isEqualTo(vn(2025, 4, 3, 8, 0));
        assertThat(m.intervals().get(0).join()).isEqualTo(vn(2025, 3, 4, 8, 0));
        ZoomMeetingReport utc = (ZoomMeetingReport) ReportImports.parse("x.csv", utf8(csv),
                ImportOptions.defaults().withZone(ZoneId.of("UTC")));
        assertThat(utc.intervals().get(0).join()).isEqualTo(vn(2025, 3, 4, 15, 0));
    }

    @Test
    void badRowsAreEachReportedWithTheirSpreadsheetRow() {
        ZoomMeetingReport r = meeting("zoom-meeting-bad-rows.csv");
        assertThat(r.acceptable()).isFalse();
        assertThat(r.errors()).extracting(ImportError::message).containsExactly(
                "Dòng 3: thời gian vào phòng \"09/31/2021 08:00:00 AM\" không đúng định dạng ngày giờ.",
                "Dòng 4: thời gian vào phòng \"hôm qua\" không đúng định dạng ngày giờ.",
                "Dòng 5: thời gian rời phòng \"09/28/2021 09:00:00 AM\" sớm hơn thời gian vào phòng \"09/28/2021 10:00:00 AM\".",
                "Dòng 6: thiếu tên người tham gia.",
                "Dòng 7: số phút \"sáu mươi\" không phải là số nguyên không âm.",
                "Dòng 7: cột \"Guest\" ghi \"Maybe\", cần \"Yes\" hoặc \"No\".");
        assertThat(r.errors()).extracting(ImportError::row).containsExactly(3, 4, 5, 6, 7, 7);
        assertThat(r.intervals()).extracting(ZoomInterval::row).containsExactly(2);
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        ImportResult r = Fixtures.parse("zoom-meeting-missing-leave-time.csv");
        assertThat(r.errors()).extracting(ImportError::message).containsExactly("Dòng 1: thiếu cột bắt buộc \"Leave Time\".");
    }

    @Test
    void anUnclosedQuoteRefusesTheFile() {
        ImportResult r = Fixtures.parse("zoom-meeting-unclosed-quote.csv");
        assertThat(r.kind()).isEqualTo(ReportKind.UNKNOWN);
        assertThat(r.errors()).extracting(ImportError::message)
                .containsExactly("Tệp CSV bị lỗi: dấu ngoặc kép mở ở dòng 2 không được đóng lại.");
    }

    @Test
    void utf16FilesAreReadWithOrWithoutByteOrderMark() {
        for (String fixture : List.of("zoom-meeting-utf16le-bom.txt", "zoom-meeting-utf16be-nobom.csv")) {
            ZoomMeetingReport r = meeting(fixture);
            assertThat(r.errors()).as(fixture).isEmpty();
            assertThat(r.intervals()).extracting(ZoomInterval::name).containsExactly("Nguyễn Thị Hương", "Đinh Văn Tùng");
            assertThat(r.intervals().get(1).guest()).isTrue();
        }
    }

    @Test
    void windows1258IsRefusedWithTheAdvice() {
        ImportResult r = Fixtures.parse("zoom-meeting-windows-1258.csv");
        assertThat(r.acceptable()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isZero();
            assertThat(e.message()).isEqualTo(TextDecoding.WINDOWS_1258);
        });
    }

    @Test
    void aHeaderOnlyReportIsRefused() {
        ImportResult r = ReportImports.parse("x.csv", utf8("Name (Original Name),User Email,Join Time,Leave Time\n"),
                ImportOptions.defaults());
        assertThat(r.errors()).extracting(ImportError::message).containsExactly("Báo cáo không có dòng người tham gia nào.");
    }

    @Test
    void namesSplitIntoDisplayAndOriginal() {
        assertThat(ZoomNames.split("Nguyễn Văn A (Sở NN) (Nguyen Van A)")).containsExactly("Nguyễn Văn A (Sở NN)", "Nguyen Van A");
        assertThat(ZoomNames.split("A (B (C))")).containsExactly("A", "B (C)");
        assertThat(ZoomNames.split("Tran B")).containsExactly("Tran B", "Tran B");
        assertThat(ZoomNames.split("(Only Original)")).containsExactly("Only Original", "Only Original");
        assertThat(ZoomNames.split("Name ()")).containsExactly("Name", "Name");
    }

    static byte[] utf8(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
