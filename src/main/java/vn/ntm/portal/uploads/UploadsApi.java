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

    Optional<StoredImage> findImage(long id);

    Optional<StoredFile> findDocument(long id);

    /** Images for the media picker, newest first; {@code query} (may be blank) matches alt text and file name. */
    Paging<StoredImage> images(String query, int page, int size);
}
