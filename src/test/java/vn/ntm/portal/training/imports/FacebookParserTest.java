package vn.ntm.portal.training.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ntm.portal.training.imports.Fixtures.vn;

import org.junit.jupiter.api.Test;

class FacebookParserTest {

    @Test
    void readsThePostsExport() {
        FacebookReport r = (FacebookReport) Fixtures.parse("facebook-posts.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.kind()).isEqualTo(ReportKind.FACEBOOK_POSTS);
        assertThat(r.rows()).hasSize(2);
        FacebookRow p = r.rows().get(0);
        assertThat(p.id()).as("=\"…\" recovered").isEqualTo("123456789012345_987654321098765");
        assertThat(p.pageId()).isEqualTo("123456789012345");
        assertThat(p.pageName()).isEqualTo("Văn phòng Điều phối NTM");
        assertThat(p.description()).isEqualTo("Trực tiếp buổi 1, chuyên đề \"Những điều cần biết về OCOP\"");
        assertThat(p.durationSeconds()).isEqualTo(12_600L);
        assertThat(p.published()).isEqualTo(vn(2021, 9, 28, 7, 55));
        assertThat(p.postType()).isEqualTo("Live");
        assertThat(p.views()).isEqualTo(20_000L);
        assertThat(p.reach()).isEqualTo(15_000L);
        assertThat(p.reactions()).isEqualTo(850L);
        assertThat(p.comments()).isEqualTo(120L);
        assertThat(p.shares()).isEqualTo(64L);
        assertThat(p.secondsViewed()).isEqualTo(3_600_000L);
        assertThat(p.averageSecondsViewed()).isEqualByComparingTo("180");
        assertThat(p.threeSecondViews()).isNull();
    }

    @Test
    void readsTheVideosExport() {
        FacebookReport r = (FacebookReport) Fixtures.parse("facebook-videos.csv");
        assertThat(r.errors()).isEmpty();
        assertThat(r.kind()).isEqualTo(ReportKind.FACEBOOK_VIDEOS);
        assertThat(r.rows()).extracting(FacebookRow::threeSecondViews).containsExactly(18_000L, 9_500L);
        assertThat(r.rows()).extracting(FacebookRow::oneMinuteViews).containsExactly(9_000L, 4_000L);
        assertThat(r.rows().get(0).id()).isEqualTo("987654321098765");
        assertThat(r.rows().get(0).views()).isNull();
    }

    @Test
    void excelMangledIdsAreRowErrors() {
        FacebookReport r = (FacebookReport) Fixtures.parse("facebook-posts-excel-mangled.csv");
        assertThat(r.errors()).extracting(ImportError::message).containsExactly(
                "Dòng 2: mã bài viết \"1.23457E+29\" đã bị Excel đổi thành số dạng lũy thừa nên mất chữ số. "
                        + "Hãy dùng tệp gốc tải từ nền tảng, không mở và lưu lại bằng Excel.",
                "Dòng 2: mã trang \"1.23457E+14\" đã bị Excel đổi thành số dạng lũy thừa nên mất chữ số. "
                        + "Hãy dùng tệp gốc tải từ nền tảng, không mở và lưu lại bằng Excel.");
    }

    @Test
    void skipsTheOldDescriptionRow() {
        String csv = "Post ID,Views\nLifetime: the post id,Lifetime: views\n111_222,5\n";
        FacebookReport r = (FacebookReport) ReportImports.parse("f.csv", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ImportOptions.defaults());
        assertThat(r.errors()).isEmpty();
        assertThat(r.rows()).singleElement().satisfies(row -> assertThat(row.views()).isEqualTo(5L));
        assertThat(r.warnings()).containsExactly("Dòng 2: dòng mô tả cột (\"Lifetime: the post id\"), đã bỏ qua.");
    }
}
