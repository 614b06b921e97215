package vn.ntm.portal.uploads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.ntm.portal.uploads.Samples.ascii;
import static vn.ntm.portal.uploads.Samples.concat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ntm.portal.web.UserInputException;

/** Attachments through {@link UploadsApi}: recognised by structure, stored byte for byte, refused otherwise. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StoreDocumentTest {

    @Autowired
    UploadsApi uploads;

    @Autowired
    JdbcClient jdbc;

    @Value("${ntm.upload-dir}")
    Path uploadDir;

    @Test
    void pdfWordAndExcelAreStoredUnchangedUnderTheirContentHash() throws Exception {
        accepted(Samples.pdf(), "Báo cáo.pdf", "pdf", "application/pdf");
        accepted(Samples.docx(), "ke-hoach.docx", "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        accepted(Samples.xlsx(), "so-lieu.xlsx", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        accepted(Samples.ole2("WordDocument"), "cu.doc", "doc", "application/msword");
        accepted(Samples.ole2("Workbook"), "cu.xls", "xls", "application/vnd.ms-excel");
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws Exception {
        StoredFile file = accepted(Samples.pdf(), "quyet-dinh.docx", "pdf", "application/pdf");
        assertThat(file.originalName()).isEqualTo("quyet-dinh.docx");
    }

    @Test
    void theSameDocumentTwiceIsStoredOnce() {
        byte[] pdf = Samples.pdf();
        StoredFile first = uploads.storeDocument("a.pdf", new ByteArrayInputStream(pdf), "editor");
        Set<String> files = UploadDirectory.files(uploadDir);
        StoredFile second = uploads.storeDocument("b.pdf", new ByteArrayInputStream(pdf), "editor");
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(UploadDirectory.files(uploadDir)).isEqualTo(files);
    }

    @Test
    void otherFilesAreRefusedAndNothingIsWritten() {
        byte[] pdf = Samples.pdf();
        refused(Samples.zip(Map.of("readme.txt", "không phải Office")), "bang-tinh.xlsx", 415, "PDF, Word");
        refused(Samples.zip(Map.of("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<p/>")), "slides.docx", 415, "PDF, Word");
        refused(Samples.zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml", "<d/>", "word/vbaProject.bin", "x")), "macro.docx", 415, "macro");
        refused(concat(ascii("MZ"), new byte[4096]), "setup.pdf", 415, "PDF, Word");
        refused(concat(new byte[]{0x7F, 'E', 'L', 'F'}, new byte[4096]), "a.doc", 415, "PDF, Word");
        refused(ascii("<html><script>alert(1)</script></html>"), "trang.pdf", 415, "PDF, Word");
        refused(ascii("AddType application/x-httpd-php .pdf"), ".htaccess", 415, "PDF, Word");
        refused(Samples.ole2("PowerPoint Document"), "slides.doc", 415, "PDF, Word");
        refused(Samples.ole2("_VBA_PROJECT"), "macro.xls", 415, "macro");
        refused(Arrays.copyOf(pdf, pdf.length / 2), "cut.pdf", 400, "bị hỏng");
        byte[] docx = Samples.docx();
        refused(Arrays.copyOf(docx, docx.length - 30), "cut.docx", 400, "bị hỏng");
        refused(new byte[0], "empty.pdf", 400, "rỗng");
        refused(concat(pdf, new byte[20 * 1024 * 1024]), "big.pdf", 413, "tối đa là 20 MB");
    }

    private StoredFile accepted(byte[] bytes, String name, String extension, String mediaType) throws Exception {
        StoredFile file = uploads.storeDocument(name, new ByteArrayInputStream(bytes), "editor");
        assertThat(file.url()).as(name).matches("/uploads/documents/([0-9a-f]{2})/([0-9a-f]{2})/\\1\\2[0-9a-f]{60}\\." + extension);
        assertThat(file.url()).contains(StoreImageTest.sha256(bytes));
        assertThat(file.extension()).isEqualTo(extension);
        assertThat(file.mediaType()).isEqualTo(mediaType);
        assertThat(file.byteSize()).isEqualTo(bytes.length);
        assertThat(Files.readAllBytes(uploadDir.resolve(file.url().substring("/uploads/".length())))).isEqualTo(bytes);
        assertThat(uploads.findDocument(file.id())).contains(file);
        assertThat(uploads.findImage(file.id())).isEmpty();
        return file;
    }

    private void refused(byte[] bytes, String name, int status, String message) {
        Set<String> files = UploadDirectory.files(uploadDir);
        long rows = jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single();
        assertThatThrownBy(() -> uploads.storeDocument(name, new ByteArrayInputStream(bytes), "editor"))
                .as(name).isInstanceOfSatisfying(UserInputException.class, e -> {
                    assertThat(e.status()).as(name).isEqualTo(status);
                    assertThat(e.getMessage()).as(name).contains(message);
                });
        assertThat(UploadDirectory.files(uploadDir)).as(name).isEqualTo(files);
        assertThat(jdbc.sql("SELECT count(*) FROM uploaded_file").query(Long.class).single()).as(name).isEqualTo(rows);
    }
}
