package vn.ntm.portal.search.internal;

import java.text.Normalizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import vn.ntm.portal.search.SearchDocument;

/** The index's fields and how a {@link SearchDocument} becomes a Lucene document. */
final class IndexFields {

    /** "kind:id", the key updates and deletes go by. */
    static final String UID = "uid";
    static final String KIND = "kind";
    static final String ID = "id";
    /** Folded analysis, stored (the highlighter reads it), offsets in the postings. */
    static final String TITLE = "title";
    static final String TITLE_EXACT = "title_x";
    static final String BODY = "body";
    static final String BODY_EXACT = "body_x";
    static final String URL = "url";
    /** Epoch milliseconds: point (date filter), doc value (newest first) and stored. */
    static final String PUBLISHED = "published";
    static final String CATEGORY = "category";
    static final String CATEGORY_NAME = "category_name";
    static final String TYPE_LABEL = "type_label";

    /** Searched, stored, with offsets so snippets need no re-analysis. */
    private static final FieldType STORED_TEXT = new FieldType();
    /** Searched only. */
    private static final FieldType TEXT = new FieldType();

    static {
        STORED_TEXT.setTokenized(true);
        STORED_TEXT.setStored(true);
        STORED_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        STORED_TEXT.freeze();
        TEXT.setTokenized(true);
        TEXT.setStored(false);
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        TEXT.freeze();
    }

    private IndexFields() {
    }

    static String uid(String kind, long id) {
        return kind + ":" + id;
    }

    static Document toDocument(SearchDocument d) {
        String title = nfc(d.title());
        String body = nfc(d.text());
        Document doc = new Document();
        doc.add(new StringField(UID, uid(d.kind(), d.id()), Field.Store.NO));
        doc.add(new StringField(KIND, d.kind(), Field.Store.YES));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new Field(TITLE, title, STORED_TEXT));
        doc.add(new Field(TITLE_EXACT, title, TEXT));
        doc.add(new Field(BODY, body, STORED_TEXT));
        doc.add(new Field(BODY_EXACT, body, TEXT));
        doc.add(new StoredField(URL, d.url()));
        long published = d.published().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StoredField(PUBLISHED, published));
        if (d.categoryId() != null) {
            doc.add(new StringField(CATEGORY, Long.toString(d.categoryId()), Field.Store.NO));
            if (d.categoryName() != null) {
                doc.add(new StoredField(CATEGORY_NAME, d.categoryName()));
            }
        }
        if (d.typeLabel() != null) {
            doc.add(new StoredField(TYPE_LABEL, d.typeLabel()));
        }
        return doc;
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
