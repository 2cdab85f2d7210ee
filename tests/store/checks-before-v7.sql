-- Give a closed store of this lexgap the CHECK constraints schema versions 1
-- to 6 wrote, "x IN (...)" where migration 6 -> 7 (engine/store.c) writes
-- "x = ... OR ...": its edit the other way round, so that a store saved now
-- can be made one of an older version (with PRAGMA user_version and the
-- tables and indexes of the later steps dropped).  No other connection is
-- open meanwhile: every later one reads the schema anew.  Run by
-- `sqlite3 FILE < checks-before-v7.sql` (tests/e2e/suites/store-*.sh).
BEGIN IMMEDIATE;
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(replace(replace(replace(replace(sql,
  'level = ''mandatory'' OR level = ''consider'' OR level = ''endeavour'' OR level = ''optional''',
  'level IN (''mandatory'', ''consider'', ''endeavour'', ''optional'')'),
  'status = ''met'' OR status = ''partly_met'' OR status = ''not_met'' OR status = ''unknown'' OR status = ''not_applicable'' OR status = ''error''',
  'status IN (''met'', ''partly_met'', ''not_met'', ''unknown'', ''not_applicable'', ''error'')'),
  'kind = ''bound'' OR kind = ''not_bound'' OR kind = ''prospective'' OR kind = ''good_practice''',
  'kind IN (''bound'', ''not_bound'', ''prospective'', ''good_practice'')'),
  'scope = ''instrument'' OR scope = ''cluster'' OR scope = ''article''',
  'scope IN (''instrument'', ''cluster'', ''article'')'),
  'grade = ''C'' OR grade = ''LC'' OR grade = ''PC'' OR grade = ''NC'' OR grade = ''N/A'' OR grade = ''--''',
  'grade IN (''C'', ''LC'', ''PC'', ''NC'', ''N/A'', ''--'')')
  WHERE type = 'table' AND name IN ('rule', 'binding', 'finding', 'rating');
PRAGMA writable_schema = RESET;
COMMIT;
