-- Static pages in the site search (kind 'trang', pages.web.PageSearchSource). A child page is public only while
-- its parent is published too, so a change of a page also logs its children: unpublishing "Giới thiệu" takes
-- its sub-pages out of the results as fast as the page itself.
CREATE FUNCTION static_page_log_change() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    page_id bigint := CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END;
BEGIN
    INSERT INTO search_change (kind, item_id)
    SELECT 'trang', id FROM (SELECT page_id AS id UNION ALL SELECT id FROM static_page WHERE parent_id = page_id) AS p;
    RETURN NULL;
END
$$;

CREATE TRIGGER static_page_search AFTER INSERT OR DELETE
    OR UPDATE OF slug, title, summary, body_html, published, parent_id ON static_page
    FOR EACH ROW EXECUTE FUNCTION static_page_log_change();
