-- Citizens' attachments are personal data (Nghị định 13/2023/NĐ-CP): they move out of the public
-- /uploads/ tree into the private area of the upload directory (<ntm.upload-dir>/private/…, never served
-- as a static file), indexed as kind PRIVATE, and a question refers to its file by id. The Q&A staff
-- download it through /quan-tri/hoi-dap/{id}/tep-dinh-kem (signed in, audited).
ALTER TABLE uploaded_file DROP CONSTRAINT uploaded_file_kind_check;
ALTER TABLE uploaded_file ADD CONSTRAINT uploaded_file_kind_check CHECK (kind IN ('IMAGE', 'DOCUMENT', 'PRIVATE'));

ALTER TABLE qa_question ADD COLUMN attachment_id bigint REFERENCES uploaded_file (id);
-- V16 kept a public /uploads/ address here; the module had not been released, so no attachment is carried
-- over (a file stored that way stays where it was and is no longer linked from any question).
ALTER TABLE qa_question DROP COLUMN attachment_url;
