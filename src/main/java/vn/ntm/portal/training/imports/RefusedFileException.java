package vn.ntm.portal.training.imports;

/**
 * The whole file cannot be read (wrong encoding, not a CSV, a ZIP too large); the message is Vietnamese and ready to
 * show. Parsers turn it into a file-level {@link ImportError}; it never escapes {@link ReportImports}.
 */
final class RefusedFileException extends Exception {

    RefusedFileException(String message) {
        super(message, null, false, false);
    }
}
