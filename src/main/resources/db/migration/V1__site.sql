-- Site-wide settings (office name, editorial board, footer, list sizes) and sidebar block layout.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE site_setting (
    key        text PRIMARY KEY,
    value      text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Which sidebar blocks show, and in what order; blocks themselves are contributed by feature modules.
CREATE TABLE sidebar_block (
    code     text PRIMARY KEY,
    position integer NOT NULL,
    enabled  boolean NOT NULL DEFAULT true
);

INSERT INTO site_setting (key, value) VALUES
  ('site.name', 'Văn phòng Điều phối Chương trình MTQG xây dựng nông thôn mới tỉnh Hà Tĩnh'),
  ('site.shortName', 'Nông thôn mới Hà Tĩnh'),
  ('site.tagline', 'Cổng thông tin điện tử Nông thôn mới'),
  ('site.logoAlt', 'Biểu trưng Văn phòng Điều phối nông thôn mới tỉnh'),
  ('footer.office', 'VĂN PHÒNG ĐIỀU PHỐI CHƯƠNG TRÌNH MTQG XÂY DỰNG NÔNG THÔN MỚI'),
  ('footer.editorInChief', 'Nguyễn Văn Việt - Chánh Văn phòng'),
  ('footer.deputyEditor', 'Ngô Đình Long - Phó Chánh Văn phòng'),
  ('footer.address', '148 - Đường Trần Phú - Thành phố Hà Tĩnh'),
  ('footer.phone', '02393.892.689'),
  ('footer.email', 'nongthonmoi@hatinh.gov.vn'),
  ('article.newerCount', '5'),
  ('article.olderCount', '8'),
  ('home.latestPerCategory', '4'),
  ('category.pageSize', '15');

INSERT INTO sidebar_block (code, position, enabled) VALUES
  ('documents.latest', 10, true),
  ('media.songs', 20, true),
  ('media.links', 30, true),
  ('stats.counter', 40, true);
