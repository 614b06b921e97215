package vn.ntm.portal.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFilesTest {

    @Test
    void everyThemePaintsAJpegOfTheRightSize() throws Exception {
        for (int i = 0; i < ImageCatalog.THEMES.size(); i++) {
            BufferedImage painted = LandscapePainter.paint(ImageCatalog.images().get(i));
            BufferedImage read = ImageIO.read(new ByteArrayInputStream(DemoFiles.jpeg(painted)));
            assertThat(read.getWidth()).isEqualTo(1200);
            assertThat(read.getHeight()).isEqualTo(675);
            assertThat(read.getRGB(600, 20)).as("sky is not the ground").isNotEqualTo(read.getRGB(600, 660));
        }
        assertThat(ImageCatalog.images()).hasSize(40).extracting(ImageCatalog.Image::fileName).doesNotHaveDuplicates();
    }

    @Test
    void songsAreShortPlayableWaves() throws Exception {
        byte[] wav = ToneWriter.melody(1);
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(wav))) {
            AudioFormat f = in.getFormat();
            assertThat(f.getSampleRate()).isEqualTo(22_050f);
            assertThat(f.getChannels()).isEqualTo(1);
            assertThat(f.getSampleSizeInBits()).isEqualTo(16);
            double seconds = in.getFrameLength() / f.getFrameRate();
            assertThat(seconds).isBetween(3.0, 9.0);
        }
    }

    @Test
    void pdfHasAValidCrossReferenceTable() {
        byte[] pdf = PdfWriter.page(List.of("Kế hoạch (tài liệu mẫu)", "dòng hai"));
        String text = new String(pdf, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("%PDF-1.4").endsWith("%%EOF\n").contains("(Ke hoach \\(tai lieu mau\\)) Tj");
        int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10, text.lastIndexOf("\n%%EOF")).strip());
        assertThat(text.substring(startxref)).startsWith("xref");
        for (int obj = 1; obj <= 5; obj++) { // every offset in the table points at its object
            String entry = text.substring(startxref).split("\n")[2 + obj];
            int offset = Integer.parseInt(entry.substring(0, 10));
            assertThat(text.substring(offset)).startsWith(obj + " 0 obj");
        }
    }

    @Test
    void bannersAndFilesAreWrittenOnceUnderDemo(@TempDir Path uploads) throws Exception {
        DemoFiles files = new DemoFiles(uploads);
        files.writeBanners();
        files.writeSongs();
        List<DemoFile> pdfs = files.writeAttachments();
        for (MediaPlan.Link link : MediaPlan.LINKS) {
            BufferedImage banner = ImageIO.read(uploads.resolve("demo").resolve(link.fileName()).toFile());
            assertThat(banner.getWidth()).isEqualTo(300);
            assertThat(banner.getHeight()).isEqualTo(80);
        }
        assertThat(pdfs).allSatisfy(p -> {
            assertThat(p.path()).startsWith("/uploads/demo/").endsWith(".pdf");
            assertThat(Files.size(uploads.resolve("demo").resolve(p.fileName()))).isEqualTo(p.sizeBytes());
        });
        Path song = uploads.resolve("demo").resolve(MediaPlan.SONGS.get(0).fileName());
        Files.writeString(song, "kept");
        files.writeSongs();
        assertThat(Files.readString(song)).as("existing files are not rewritten").isEqualTo("kept");
        try (var listing = Files.list(uploads.resolve("demo"))) {
            assertThat(listing.map(Path::toString)).noneMatch(name -> name.endsWith(".tmp"));
        }
    }
}
