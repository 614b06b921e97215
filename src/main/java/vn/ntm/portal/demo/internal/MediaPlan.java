package vn.ntm.portal.demo.internal;

import java.util.List;

/** The songs, videos and link banners of the demo site. */
public final class MediaPlan {

    /** A song: its title, file name under demo/ and a short description. */
    public record Song(String title, String fileName, String description) {
    }

    public record Video(String title, String youtubeId, String description) {

        public String embedUrl() {
            return "https://www.youtube-nocookie.com/embed/" + youtubeId;
        }
    }

    /** A link banner; {@code rgb} is its background colour. */
    public record Link(String title, String url, String fileName, int rgb) {
    }

    private static final String SONG_NOTE = "Giai điệu mẫu ngắn, dùng để trình diễn chuyên mục Hát về nông thôn mới.";

    public static final List<Song> SONGS = List.of(
            new Song("Bài ca nông thôn mới Hà Tĩnh", "bai-ca-nong-thon-moi.wav", SONG_NOTE),
            new Song("Quê em đổi mới", "que-em-doi-moi.wav", SONG_NOTE),
            new Song("Mùa vàng trên quê hương", "mua-vang-tren-que-huong.wav", SONG_NOTE),
            new Song("Đường làng hoa nở", "duong-lang-hoa-no.wav", SONG_NOTE),
            new Song("Hà Tĩnh quê mình đẹp lắm", "ha-tinh-que-minh.wav", SONG_NOTE),
            new Song("Khúc hát người trồng bưởi", "khuc-hat-nguoi-trong-buoi.wav", SONG_NOTE));

    public static final List<Video> VIDEOS = List.of(
            new Video("Phóng sự: Nông thôn mới Hà Tĩnh – những mùa xuân đổi mới", "k3Tq9XbL2aE",
                    "Phóng sự về những đổi thay ở các xã nông thôn mới trong tỉnh."),
            new Video("Chung sức xây dựng nông thôn mới", "Rz7uPq1Ww0c",
                    "Người dân hiến đất, góp công làm đường giao thông nông thôn."),
            new Video("Sản phẩm OCOP Hà Tĩnh vươn xa", "Hn4e_8sVt2M",
                    "Câu chuyện của những chủ thể OCOP đưa nông sản quê hương ra thị trường."));

    public static final List<Link> LINKS = List.of(
            new Link("Bộ Nông nghiệp và Môi trường", "https://mae.gov.vn/", "lien-ket-bo-nong-nghiep.png", 0x1E7B3C),
            new Link("Cổng thông tin Đảng bộ tỉnh", "https://hatinh.dcs.vn/", "lien-ket-dang-bo-tinh.png", 0xA93226),
            new Link("Công báo tỉnh", "https://congbao.hatinh.gov.vn/", "lien-ket-cong-bao.png", 0x1F4E79),
            new Link("Hệ thống điều hành tỉnh", "https://qlvb.hatinh.gov.vn/", "lien-ket-dieu-hanh.png", 0x2E4053),
            new Link("Dự thảo văn bản", "https://hatinh.gov.vn/du-thao-van-ban", "lien-ket-du-thao.png", 0x7D3C98),
            new Link("Nhật ký truyền thanh", "https://truyenthanh.hatinh.gov.vn/", "lien-ket-truyen-thanh.png", 0xB9770E),
            new Link("Mã QR Zalo Văn phòng Điều phối", "https://zalo.me/", "lien-ket-zalo.png", 0x0068FF),
            new Link("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/", "lien-ket-dich-vu-cong.png", 0xC0392B));

    /** Attachments shared by the articles that have one: file name, name shown to readers, first line of text. */
    public record Attachment(String fileName, String displayName, String heading) {
    }

    public static final List<Attachment> ATTACHMENTS = List.of(
            new Attachment("ke-hoach-trien-khai.pdf", "Kế hoạch triển khai.pdf", "Kế hoạch triển khai (tài liệu mẫu)"),
            new Attachment("bo-tieu-chi-xa-nong-thon-moi.pdf", "Bộ tiêu chí xã nông thôn mới.pdf", "Bộ tiêu chí xã nông thôn mới (tài liệu mẫu)"),
            new Attachment("danh-sach-san-pham-ocop.pdf", "Danh sách sản phẩm OCOP.pdf", "Danh sách sản phẩm OCOP (tài liệu mẫu)"),
            new Attachment("huong-dan-ho-so.pdf", "Hướng dẫn hồ sơ đề nghị công nhận.pdf", "Hướng dẫn hồ sơ (tài liệu mẫu)"),
            new Attachment("bieu-mau-bao-cao.pdf", "Biểu mẫu báo cáo.pdf", "Biểu mẫu báo cáo (tài liệu mẫu)"),
            new Attachment("lich-tap-huan.pdf", "Lịch tập huấn.pdf", "Lịch tập huấn (tài liệu mẫu)"));

    private MediaPlan() {
    }
}
