/**
 * Uploaded images and documents: validated by their content (never their name), images re-encoded with
 * thumbnails, everything stored under a content-hash name in {@code ntm.upload-dir} and indexed in the
 * database. Other modules use {@link vn.ntm.portal.uploads.UploadsApi} and its value types only.
 */
package vn.ntm.portal.uploads;
