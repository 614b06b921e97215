package vn.ntm.portal.uploads.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import vn.ntm.portal.web.UserInputException;

/**
 * Decodes an uploaded JPEG, PNG or GIF with the reader of the type its magic bytes name. The pixel size is
 * read from the header and checked before any pixel is decoded (a small file may declare a huge picture);
 * a reader warning (such as a truncated JPEG) counts as a failure. Only the first frame of a GIF is kept.
 */
final class ImageDecoder {

    static final String BROKEN = "Tệp ảnh bị hỏng hoặc không đầy đủ nên không đọc được. Vui lòng kiểm tra lại tệp.";
    static final String TOO_MANY_PIXELS = "Ảnh có kích thước quá lớn: tối đa 12.000 × 12.000 điểm ảnh "
            + "và 40 triệu điểm ảnh. Vui lòng thu nhỏ ảnh rồi tải lên lại.";

    private ImageDecoder() {
    }

    static BufferedImage decode(byte[] bytes, Sniffed type) {
        String format = switch (type) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            default -> throw new IllegalArgumentException("not a supported image type: " + type);
        };
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw new IllegalStateException("no ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw new UserInputException(400, BROKEN);
            }
            if (width > UploadsProperties.MAX_SIDE || height > UploadsProperties.MAX_SIDE
                    || width * height > UploadsProperties.MAX_PIXELS) {
                throw new UserInputException(413, TOO_MANY_PIXELS);
            }
            reader.addIIOReadWarningListener(FAIL_ON_WARNING);
            BufferedImage image = reader.read(0);
            if (image.getWidth() != width || image.getHeight() != height) {
                throw new UserInputException(400, BROKEN);
            }
            return image;
        } catch (UserInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // IIOException, EOFException, a warning, and the runtime exceptions readers throw on malformed data
            throw new UserInputException(400, BROKEN);
        } finally {
            reader.dispose();
        }
    }

    private static final IIOReadWarningListener FAIL_ON_WARNING = (source, warning) -> {
        throw new TruncatedImage(warning);
    };

    /** Thrown from the warning listener; readers let it through, so the image is refused. */
    private static final class TruncatedImage extends RuntimeException {
        TruncatedImage(String warning) {
            super(warning);
        }
    }
}
