package vn.ntm.portal.uploads.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import vn.ntm.portal.web.UserInputException;

/** Reads an upload into memory, but never more than the limit plus one byte: an oversize file is refused unread. */
final class BoundedInput {

    private BoundedInput() {
    }

    static byte[] read(InputStream in, long max, String tooLarge) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new UserInputException(413, tooLarge);
            }
            if (bytes.length == 0) {
                throw new UserInputException(400, "Tệp tải lên rỗng (0 byte). Vui lòng chọn lại tệp.");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the uploaded file", e);
        }
    }
}
