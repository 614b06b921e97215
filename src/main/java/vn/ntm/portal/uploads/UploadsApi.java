package vn.ntm.portal.uploads;

import java.io.InputStream;
import java.util.Optional;
import vn.ntm.portal.shared.Paging;

/**
 * Stores uploaded images and documents. Every refusal is a {@link vn.ntm.portal.web.UserInputException}
 * (400, 413 or 415) with a Vietnamese message, and leaves nothing behind: no file, no row.
 */
public interface UploadsApi {

    /**
     * Validates an image by its content (JPEG, PNG or GIF), re-encodes it (JPEG, or PNG when it has
     * transparency; at most {@value StoredImage#MAX_WIDTH} px wide), writes the 16:9 thumbnails and records
     * it. The same picture uploaded again returns the record stored the first time.
     *
     * @param originalFileName kept only as metadata; it never decides the type or the stored name
     * @param altText          required: the text alternative shown to screen-reader users
     * @param uploadedBy       the account name of the uploader
     */
    StoredImage storeImage(String originalFileName, InputStream content, String altText, String uploadedBy);

    /**
     * Validates an attachment by its content (PDF, Word or Excel: .doc/.xls, .docx/.xlsx) and stores its
     * bytes unchanged. The same file uploaded again returns the record stored the first time.
     */
    StoredFile storeDocument(String originalFileName, InputStream content, String uploadedBy);

    /**
     * Validates a file by its content and keeps it in the private area ({@code <ntm.upload-dir>/private/…}),
     * which is never served under {@code /uploads/}: for personal data such as a citizen's attachment. A
     * document (PDF, Word, Excel, checked as {@link #storeDocument}) is kept byte for byte; an image (JPEG,
     * PNG or GIF, checked as {@link #storeImage}) is re-encoded at its own size, so its metadata (EXIF, GPS
     * position) is dropped, and gets no thumbnails. A refusal stores nothing.
     */
    PrivateFile storePrivate(String originalFileName, InputStream content, String uploadedBy);

    Optional<PrivateFile> findPrivate(long id);

    /** The bytes of a private file, or empty when there is no such file; the caller closes the stream. */
    Optional<InputStream> openPrivate(long id);

    Optional<StoredImage> findImage(long id);

    Optional<StoredFile> findDocument(long id);

    /** Images for the media picker, newest first; {@code query} (may be blank) matches alt text and file name. */
    Paging<StoredImage> images(String query, int page, int size);
}
