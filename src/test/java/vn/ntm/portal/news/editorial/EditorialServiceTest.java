package vn.ntm.portal.news.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Saving, versions, restore, edit locks and workflow permissions against the real database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EditorialServiceTest {

    @Autowired
    EditorialService service;
    @Autowired
    JdbcClient jdbc;

    Desk desk;

    @BeforeEach
    void desk() {
        desk = new Desk(jdbc);
    }

    @Test
    void everySaveIsSanitisedWhateverTheEditorSent() {
        long id = service.create(desk.author, desk.input("Bài <b>thử</b>", "<p>a</p><script>alert(1)</script>"));
        service.save(desk.author, id, desk.input("Bài thử", """
                <p onclick="alert(1)">Nội dung</p><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">l</a>
                <svg onload="alert(4)"></svg><iframe src="https://evil.example"></iframe>"""));
        String stored = jdbc.sql("SELECT body_html FROM article WHERE id = ?").param(id).query(String.class).single();
        assertThat(stored.toLowerCase()).doesNotContain("<script", "alert", "onerror", "onclick", "javascript:", "<svg", "<iframe");
        assertThat(stored).contains("<p>Nội dung</p>");
        // versions keep what was stored, not what was sent
        assertThat(service.versions(id)).allSatisfy(v -> assertThat(v.bodyHtml()).doesNotContain("alert"));
        // a title is plain text: markup is kept as text and escaped by the templates
        assertThat(service.version(id, 1).orElseThrow().title()).isEqualTo("Bài <b>thử</b>");
    }

    @Test
    void everySaveAndStepAddsAVersionAndRestoreAddsOneMore() {
        long id = service.create(desk.author, desk.input("Tiêu đề một", "<p>Bản thứ nhất</p>"));
        service.save(desk.author, id, desk.input("Tiêu đề hai", "<p>Bản thứ hai</p>"));
        service.act(desk.author, id, WorkflowAction.SUBMIT, null, null);
        assertThat(service.versions(id)).extracting(ArticleVersion::number).containsExactly(3, 2, 1);
        assertThat(service.versions(id).get(0).note()).isEqualTo("Gửi duyệt");
        assertThat(service.versions(id).get(0).status()).isEqualTo(ArticleStatus.SUBMITTED);

        service.open(desk.editor, id);
        service.takeOver(desk.editor, id);
        int restored = service.restore(desk.editor, id, 1);
        assertThat(restored).isEqualTo(4);
        EditorialArticle a = service.article(id);
        assertThat(a.title()).isEqualTo("Tiêu đề một");
        assertThat(a.bodyHtml()).isEqualTo("<p>Bản thứ nhất</p>");
        assertThat(service.version(id, 4).orElseThrow().note()).isEqualTo("Khôi phục phiên bản 1");
        String diff = VersionDiff.html(VersionDiff.text(service.version(id, 2).orElseThrow()),
                VersionDiff.text(service.version(id, 4).orElseThrow()));
        assertThat(diff).contains("<del>hai</del>", "<ins>một</ins>", "<del>hai</del><ins>nhất</ins>");
    }

    @Test
    void theEditorLockIsHeldTakenOverAndSavingWithoutItIsRefused() {
        long id = service.create(desk.author, desk.input("Bài có khoá", "<p>x</p>"));
        assertThat(service.open(desk.author, id).mine()).isTrue();

        EditLock seen = service.open(desk.editor, id);
        assertThat(seen.mine()).isFalse();
        assertThat(seen.holderName()).isEqualTo("Nguyễn Văn Phóng");
        assertThat(seen.since()).isNotNull();
        assertThatThrownBy(() -> service.save(desk.editor, id, desk.input("Ghi đè", "<p>y</p>")))
                .isInstanceOf(EditorialRefusal.class).hasMessageContaining("không còn giữ quyền sửa")
                .hasMessageContaining("Nguyễn Văn Phóng");

        service.takeOver(desk.editor, id);
        service.save(desk.editor, id, desk.input("Biên tập sửa", "<p>y</p>"));
        assertThatThrownBy(() -> service.save(desk.author, id, desk.input("Phóng viên sửa", "<p>z</p>")))
                .isInstanceOf(EditorialRefusal.class).hasMessageContaining("Lê Biên Tập");
        assertThat(service.article(id).title()).isEqualTo("Biên tập sửa");
    }

    @Test
    void anExpiredLockIsFreeForTheNextEditor() {
        long id = service.create(desk.author, desk.input("Khoá hết hạn", "<p>x</p>"));
        jdbc.sql("UPDATE article SET locked_at = now() - interval '16 minutes' WHERE id = ?").param(id).update();
        assertThat(service.open(desk.editor, id).mine()).isTrue();
        assertThat(service.article(id).lockedBy()).isEqualTo(desk.editor.id());
    }

    @Test
    void stepsAreRefusedToThoseWithoutTheRightInTheCategory() {
        long id = service.create(desk.author, desk.input("Quyền", "<p>x</p>"));
        assertThatThrownBy(() -> service.act(desk.otherAuthor, id, WorkflowAction.SUBMIT, null, null)).isInstanceOf(EditorialRefusal.class);
        service.act(desk.author, id, WorkflowAction.SUBMIT, null, null);
        assertThatThrownBy(() -> service.act(desk.author, id, WorkflowAction.APPROVE, null, null)).isInstanceOf(EditorialRefusal.class);
        assertThatThrownBy(() -> service.act(desk.editor, id, WorkflowAction.RETURN, "  ", null))
                .isInstanceOf(EditorialRefusal.class).hasMessageContaining("lý do");
        service.act(desk.editor, id, WorkflowAction.RETURN, "Thiếu nguồn tin", null);
        assertThat(service.article(id).returnReason()).isEqualTo("Thiếu nguồn tin");
        assertThat(service.article(id).status()).isEqualTo(ArticleStatus.RETURNED);
        assertThatThrownBy(() -> service.create(desk.author, new ArticleInput("Khác", "", "", desk.otherCategory, "", null, null)))
                .isInstanceOf(EditorialRefusal.class);
        assertThatThrownBy(() -> service.act(desk.editor, id, WorkflowAction.SCHEDULE, null, Instant.now().plus(1, ChronoUnit.HOURS)))
                .isInstanceOf(EditorialRefusal.class);
    }
}
