package vn.ntm.portal.documents.web;

import vn.ntm.portal.documents.domain.LegalDocument;

/** A document with its validity on today's date. */
public record DocumentView(LegalDocument doc, String validity) {
}
