-- Site search (module search): the change log every node's Lucene index follows.
--
-- A row says "item <item_id> of kind <kind> may have changed"; it carries no content. Each node polls for
-- rows above its own checkpoint (kept in its index), reloads each item through the owning module's
-- SearchSource and indexes it (published) or removes it (missing, unpublished). Rows older than a day are
-- purged; a node whose checkpoint is older than that rebuilds its index.
CREATE TABLE search_change (
    id         bigserial PRIMARY KEY,
    kind       text NOT NULL,
    item_id    bigint NOT NULL,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_change_changed_at_idx ON search_change (changed_at);

-- The reusable trigger function: the kind (the SearchSource's kind() code) is the trigger's argument, the
-- item is the row's id. A module adds its table with one line (see README "Site search"):
--   CREATE TRIGGER x_search AFTER INSERT OR DELETE OR UPDATE OF <searched columns> ON x
--       FOR EACH ROW EXECUTE FUNCTION search_log_change('my-kind');
CREATE FUNCTION search_log_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_change (kind, item_id)
    VALUES (TG_ARGV[0], CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    RETURN NULL;
END
$$;

-- Only the columns that the index or the visibility depends on: view counters, ratings and edit locks
-- change often and must not flood the log.
CREATE TRIGGER article_search AFTER INSERT OR DELETE
    OR UPDATE OF slug, title, lead, body_html, main_category_id, status, published_at ON article
    FOR EACH ROW EXECUTE FUNCTION search_log_change('bai-viet');

CREATE TRIGGER legal_document_search AFTER INSERT OR DELETE
    OR UPDATE OF slug, number_symbol, type_id, title, abstract, full_text, issuing_body, issued_on, published ON legal_document
    FOR EACH ROW EXECUTE FUNCTION search_log_change('van-ban');

CREATE TRIGGER document_draft_search AFTER INSERT OR DELETE
    OR UPDATE OF slug, number_symbol, type_id, title, abstract, full_text, drafting_body, state, comment_opens_at ON document_draft
    FOR EACH ROW EXECUTE FUNCTION search_log_change('du-thao');

CREATE TRIGGER qa_question_search AFTER INSERT OR DELETE
    OR UPDATE OF slug, title, content, answer, topic_id, published, answered_at ON qa_question
    FOR EACH ROW EXECUTE FUNCTION search_log_change('hoi-dap');
