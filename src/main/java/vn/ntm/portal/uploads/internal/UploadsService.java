package vn.ntm.portal.uploads.internal;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;
import vn.ntm.portal.shared.Paging;
import vn.ntm.portal.uploads.PrivateFile;
import vn.ntm.portal.uploads.StoredFile;
import vn.ntm.portal.uploads.StoredImage;
import vn.ntm.portal.uploads.Thumbnail;
import vn.ntm.portal.uploads.UploadsApi;
import vn.ntm.portal.web.UserInputException;

/**
 * Validates, stores and records uploads. Order matters: everything is checked and encoded in memory
 * first, then the files are written, then the row; a failing insert removes the files this call created.
 */
@Service
class UploadsService implements UploadsApi {

    private static final Logger log = LoggerFactory.getLogger(UploadsService.class);
    static final String IMAGE = "IMAGE";
    static final String DOCUMENT = "DOCUMENT";
    /** Files in the private area, never served under /uploads/ (see {@link FileStore#PRIVATE_AREA}). */
    static final String PRIVATE = "PRIVATE";
    /** The 16:9 boxes of the layout: summary lists, medium, home feature. */
    static final int[][] THUMBNAILS = {{160, 90}, {320, 180}, {640, 360}};
    static final int MAX_ALT = 300;

    static final String ALT_REQUIRED = "Vui lòng nhập mô tả ảnh (văn bản thay thế): người dùng trình đọc màn hình "
            + "cần mô tả này để hiểu nội dung ảnh.";
    static final String NOT_AN_IMAGE = "Tệp này không phải là ảnh JPEG, PNG hoặc GIF (định dạng được xác định theo "
            + "nội dung tệp, không theo tên tệp).";
    static final String MARKUP = "Tệp này không phải là ảnh. Chỉ nhận ảnh JPEG, PNG hoặc GIF; ảnh SVG, trang HTML, "
            + "mã lệnh (PHP, JSP…) và tệp cấu hình như .htaccess không được phép tải lên.";
    static final String NOT_ACCEPTED_PRIVATE = "Tệp đính kèm phải là PDF, Word (.doc, .docx), Excel (.xls, .xlsx) hoặc ảnh "
            + "JPEG, PNG, GIF. Tệp này không đúng định dạng đó (định dạng được xác định theo nội dung tệp, không theo tên tệp).";
    static final String WEBP = "Ảnh WebP chưa được hỗ trợ. Vui lòng lưu ảnh dưới dạng JPEG hoặc PNG rồi tải lên lại.";

    private final UploadRepository rows;
    private final FileStore files;
    private final UploadsProperties limits;
    /** A 40-megapixel picture takes some 300 MB while decoded and normalised: two at a time per node. */
    private final Semaphore decoding = new Semaphore(2);

    UploadsService(UploadRepository rows, UploadsProperties limits, @Value("${ntm.upload-dir:data/uploads}") Path uploadDir) {
        this.rows = rows;
        this.limits = limits;
        this.files = new FileStore(uploadDir);
    }

    @Override
    public StoredImage storeImage(String originalFileName, InputStream content, String altText, String uploadedBy) {
        String alt = altText == null ? "" : altText.strip();
        if (alt.isEmpty()) {
            throw new UserInputException(400, ALT_REQUIRED);
        }
        if (alt.length() > MAX_ALT) {
            throw new UserInputException(400, "Mô tả ảnh dài tối đa " + MAX_ALT + " ký tự.");
        }
        requireUploader(uploadedBy);
        byte[] bytes = BoundedInput.read(content, limits.maxImageBytes().toBytes(),
                "Ảnh quá lớn: dung lượng tối đa là " + megabytes(limits.maxImageBytes()) + ".");
        Sniffed type = Sniffed.of(bytes);
        switch (type) {
            case JPEG, PNG, GIF -> { }
            case WEBP -> throw new UserInputException(415, WEBP);
            case MARKUP_OR_SCRIPT -> throw new UserInputException(415, MARKUP);
            default -> throw new UserInputException(415, NOT_AN_IMAGE);
        }
        Encoded image = encode(bytes, type);
        Optional<UploadRow> existing = rows.bySha(IMAGE, image.sha());
        if (existing.isPresent() && allPresent(existing.get())) {
            return image(existing.get());
        }
        UploadRow row = new UploadRow(0, IMAGE, image.sha(), image.path(), image.mediaType(), image.files().get(image.path()).length,
                bytes.length, image.width(), image.height(), alt, OriginalName.of(originalFileName), uploadedBy, null);
        return image(record(row, image.files()));
    }

    /** The re-encoded picture and its thumbnails, by relative path; the original's path first. */
    private record Encoded(String sha, String path, String mediaType, int width, int height, Map<String, byte[]> files) {
    }

    private Encoded encode(byte[] bytes, Sniffed type) {
        decoding.acquireUninterruptibly();
        try {
            BufferedImage picture = ImageEncoder.fitWidth(ImageEncoder.normalise(ImageDecoder.decode(bytes, type)), StoredImage.MAX_WIDTH);
            byte[] encoded = ImageEncoder.encode(picture);
            boolean png = ImageEncoder.hasAlpha(picture);
            String extension = png ? "png" : "jpg";
            String sha = FileStore.sha256(encoded);
            String path = FileStore.relativePath("images", sha, "", extension);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(path, encoded);
            for (int[] size : THUMBNAILS) {
                files.put(FileStore.relativePath("images", sha, suffix(size), extension),
                        ImageEncoder.encode(ImageEncoder.cover(picture, size[0], size[1])));
            }
            return new Encoded(sha, path, png ? "image/png" : "image/jpeg", picture.getWidth(), picture.getHeight(), files);
        } finally {
            decoding.release();
        }
    }

    @Override
    public StoredFile storeDocument(String originalFileName, InputStream content, String uploadedBy) {
        requireUploader(uploadedBy);
        byte[] bytes = BoundedInput.read(content, limits.maxDocumentBytes().toBytes(),
                "Tệp đính kèm quá lớn: dung lượng tối đa là " + megabytes(limits.maxDocumentBytes()) + ".");
        DocumentType type = DocumentType.of(bytes);
        String sha = FileStore.sha256(bytes);
        String path = FileStore.relativePath("documents", sha, "", type.extension);
        UploadRow row = new UploadRow(0, DOCUMENT, sha, path, type.mediaType, bytes.length, bytes.length, null, null,
                "", OriginalName.of(originalFileName), uploadedBy, null);
        return document(record(row, Map.of(path, bytes)));
    }

    @Override
    public PrivateFile storePrivate(String originalFileName, InputStream content, String uploadedBy) {
        requireUploader(uploadedBy);
        byte[] bytes = BoundedInput.read(content, limits.maxDocumentBytes().toBytes(),
                "Tệp đính kèm quá lớn: dung lượng tối đa là " + megabytes(limits.maxDocumentBytes()) + ".");
        Sniffed sniffed = Sniffed.of(bytes);
        UploadRow row;
        byte[] stored;
        switch (sniffed) {
            case JPEG, PNG, GIF -> {
                if (bytes.length > limits.maxImageBytes().toBytes()) {
                    throw new UserInputException(413, "Ảnh quá lớn: dung lượng tối đa là " + megabytes(limits.maxImageBytes()) + ".");
                }
                BufferedImage picture;
                decoding.acquireUninterruptibly();
                try {
                    picture = ImageEncoder.normalise(ImageDecoder.decode(bytes, sniffed));
                    stored = ImageEncoder.encode(picture);
                } finally {
                    decoding.release();
                }
                boolean png = ImageEncoder.hasAlpha(picture);
                String sha = FileStore.sha256(stored);
                String path = FileStore.relativePath(FileStore.PRIVATE_AREA, sha, "", png ? "png" : "jpg");
                row = new UploadRow(0, PRIVATE, sha, path, png ? "image/png" : "image/jpeg", stored.length, bytes.length,
                        picture.getWidth(), picture.getHeight(), "", OriginalName.of(originalFileName), uploadedBy, null);
            }
            case WEBP -> throw new UserInputException(415, WEBP);
            case MARKUP_OR_SCRIPT, EXECUTABLE, UNKNOWN -> throw new UserInputException(415, NOT_ACCEPTED_PRIVATE);
            default -> {
                DocumentType type = DocumentType.of(bytes);
                stored = bytes;
                String sha = FileStore.sha256(bytes);
                String path = FileStore.relativePath(FileStore.PRIVATE_AREA, sha, "", type.extension);
                row = new UploadRow(0, PRIVATE, sha, path, type.mediaType, bytes.length, bytes.length, null, null, "",
                        OriginalName.of(originalFileName), uploadedBy, null);
            }
        }
        return privateFile(record(row, Map.of(row.path(), stored)));
    }

    @Override
    public Optional<PrivateFile> findPrivate(long id) {
        return rows.byId(PRIVATE, id).map(UploadsService::privateFile);
    }

    @Override
    public Optional<InputStream> openPrivate(long id) {
        Optional<UploadRow> row = rows.byId(PRIVATE, id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.newInputStream(files.resolve(row.get().path())));
        } catch (java.nio.file.NoSuchFileException e) {
            log.warn("Private file {} is indexed but missing: {}", id, row.get().path());
            return Optional.empty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot read private file " + id, e);
        }
    }

    /** Writes the files that are missing, then the row; undoes the files this call created if the row fails. */
    private UploadRow record(UploadRow row, Map<String, byte[]> toWrite) {
        List<String> created = new ArrayList<>();
        try {
            toWrite.forEach((relative, bytes) -> {
                if (files.write(relative, bytes)) {
                    created.add(relative);
                }
            });
            Optional<Long> id = rows.insert(row);
            if (id.isPresent()) {
                return rows.byId(row.kind(), id.get()).orElseThrow();
            }
            return rows.bySha(row.kind(), row.sha256()).orElseThrow();
        } catch (RuntimeException e) {
            for (String relative : created) {
                try {
                    files.delete(relative);
                } catch (RuntimeException cleanup) {
                    log.warn("Could not remove {} after a failed upload", relative, cleanup);
                }
            }
            throw e;
        }
    }

    private boolean allPresent(UploadRow row) {
        if (!Files.exists(files.resolve(row.path()))) {
            return false;
        }
        for (int[] size : THUMBNAILS) {
            if (!Files.exists(files.resolve(thumbnailPath(row.path(), size)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Optional<StoredImage> findImage(long id) {
        return rows.byId(IMAGE, id).map(UploadsService::image);
    }

    @Override
    public Optional<StoredFile> findDocument(long id) {
        return rows.byId(DOCUMENT, id).map(UploadsService::document);
    }

    @Override
    public Paging<StoredImage> images(String query, int page, int size) {
        if (page < 1 || size < 1 || size > 200) {
            throw new IllegalArgumentException("page " + page + ", size " + size);
        }
        String q = query == null ? "" : query.strip();
        List<StoredImage> items = rows.page(IMAGE, q, Paging.offset(page, size), size).stream().map(UploadsService::image).toList();
        return new Paging<>(items, page, size, rows.count(IMAGE, q));
    }

    private static StoredImage image(UploadRow r) {
        List<Thumbnail> thumbnails = new ArrayList<>();
        for (int[] size : THUMBNAILS) {
            thumbnails.add(new Thumbnail(size[0], size[1], "/uploads/" + thumbnailPath(r.path(), size)));
        }
        return new StoredImage(r.id(), "/uploads/" + r.path(), thumbnails, r.width(), r.height(), r.alt(), r.mediaType(),
                r.byteSize(), r.originalName(), r.uploadedBy(), r.createdAt());
    }

    private static PrivateFile privateFile(UploadRow r) {
        String extension = r.path().substring(r.path().lastIndexOf('.') + 1);
        return new PrivateFile(r.id(), r.mediaType(), extension, r.byteSize(), r.width(), r.height(), r.originalName(),
                r.uploadedBy(), r.createdAt());
    }

    private static StoredFile document(UploadRow r) {
        String extension = r.path().substring(r.path().lastIndexOf('.') + 1);
        return new StoredFile(r.id(), "/uploads/" + r.path(), r.mediaType(), extension, r.byteSize(), r.originalName(),
                r.uploadedBy(), r.createdAt());
    }

    static String thumbnailPath(String path, int[] size) {
        int dot = path.lastIndexOf('.');
        return path.substring(0, dot) + suffix(size) + path.substring(dot);
    }

    private static String suffix(int[] size) {
        return "-" + size[0] + "x" + size[1];
    }

    private static void requireUploader(String uploadedBy) {
        if (uploadedBy == null || uploadedBy.isBlank()) {
            throw new IllegalArgumentException("uploadedBy is required");
        }
    }

    private static String megabytes(DataSize size) {
        long bytes = size.toBytes();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }
}
