-- A store of schema version 6 as lexgap saved it before schema version 7
-- (the CHECK constraints "x IN (three values or more)" written as OR
-- chains, issue 13): tests/store/v5.sql migrated by lexgap of schema version
-- 6, then three runs saved by it: testland.lua and otherland.lua as of
-- 2028-01-01 (a batch, staged) and otherland.lua as of 2026-06-01,
-- prospective (one profile, written straight), with the rules of
-- "minirules" (tests/store/v4-pack's untoc beside rules/schema.lua and
-- rules/schema/); written by `sqlite3 FILE .dump`.
-- tests/e2e/suites/store-checks.sh opens it with this lexgap (which
-- migrates it) and compares every output with tests/store/v6-expected/,
-- what lexgap of schema version 6 printed, and every row with the rows
-- before.
PRAGMA application_id = 1280853840;
PRAGMA user_version = 6;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE ruleset (
  id       INTEGER PRIMARY KEY,
  hash     TEXT NOT NULL CHECK (length(hash) = 64),
  dir      TEXT NOT NULL,
  nrules   INTEGER NOT NULL,
  UNIQUE (hash, dir)
) STRICT;
INSERT INTO ruleset VALUES(1,'7e4747c2440b0467c9c0ece2e8b07006b5e750a19b49126a7d67913d4d45a1fc','minirules',4);
INSERT INTO ruleset VALUES(2,'3b618956c3f562283723a55e95f8d73aa43c5289c780101e11c67a914f858ccc','minirules-dup',6);
CREATE TABLE instrument (
  ruleset_id INTEGER NOT NULL REFERENCES ruleset(id),
  seq      INTEGER NOT NULL,
  id       TEXT NOT NULL,
  kind     TEXT,
  title_en TEXT, title_fr TEXT, title_es TEXT,
  short_en TEXT, short_fr TEXT, short_es TEXT,
  file     TEXT,
  descriptor BLOB,
  PRIMARY KEY (ruleset_id, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO instrument VALUES(1,0,'untoc','treaty','United Nations Convention against Transnational Organized Crime','Convention des Nations Unies contre la criminalité transnationale organisée',NULL,'UNTOC','CTO',NULL,'minirules/untoc/instrument.lua',X'2d2d204120736d616c6c20554e544f43207061636b202861727469636c65203135206f6e6c792920776974682077686963682074657374732f73746f72652f76342e73716c207761730a2d2d207361766564206279206c6578676170206f6620736368656d612076657273696f6e20343b207365652074657374732f6532652f7375697465732f73746f72652d696e746567726974792e73682e0a72657475726e207b0a20206964203d2022756e746f63222c0a20207469746c65203d207b20656e203d2022556e69746564204e6174696f6e7320436f6e76656e74696f6e20616761696e7374205472616e736e6174696f6e616c204f7267616e697a6564204372696d65222c206672203d2022436f6e76656e74696f6e20646573204e6174696f6e7320556e69657320636f6e747265206c61206372696d696e616c6974c3a9207472616e736e6174696f6e616c65206f7267616e6973c3a96522207d2c0a202073686f7274203d207b20656e203d2022554e544f43222c206672203d202243544f22207d2c0a20206b696e64203d2022747265617479222c0a2020696e5f666f726365203d2022323030332d30392d3239222c0a2020646179735f61667465725f6465706f736974203d2033302c0a202064656e756e63696174696f6e5f7965617273203d20312c0a2020636c757374657273203d207b207b20656e203d20224372696d696e616c697a6174696f6e20616e64206a7572697364696374696f6e222c206672203d2022496e6372696d696e6174696f6e20657420636f6d70c3a974656e636522207d207d2c0a7d0a');
INSERT INTO instrument VALUES(2,0,'untoc','treaty','United Nations Convention against Transnational Organized Crime','Convention des Nations Unies contre la criminalité transnationale organisée',NULL,'UNTOC','CTO',NULL,'minirules-dup/untoc/instrument.lua',X'2d2d204120736d616c6c20554e544f43207061636b202861727469636c65203135206f6e6c792920776974682077686963682074657374732f73746f72652f76342e73716c207761730a2d2d207361766564206279206c6578676170206f6620736368656d612076657273696f6e20343b207365652074657374732f6532652f7375697465732f73746f72652d696e746567726974792e73682e0a72657475726e207b0a20206964203d2022756e746f63222c0a20207469746c65203d207b20656e203d2022556e69746564204e6174696f6e7320436f6e76656e74696f6e20616761696e7374205472616e736e6174696f6e616c204f7267616e697a6564204372696d65222c206672203d2022436f6e76656e74696f6e20646573204e6174696f6e7320556e69657320636f6e747265206c61206372696d696e616c6974c3a9207472616e736e6174696f6e616c65206f7267616e6973c3a96522207d2c0a202073686f7274203d207b20656e203d2022554e544f43222c206672203d202243544f22207d2c0a20206b696e64203d2022747265617479222c0a2020696e5f666f726365203d2022323030332d30392d3239222c0a2020646179735f61667465725f6465706f736974203d2033302c0a202064656e756e63696174696f6e5f7965617273203d20312c0a2020636c757374657273203d207b207b20656e203d20224372696d696e616c697a6174696f6e20616e64206a7572697364696374696f6e222c206672203d2022496e6372696d696e6174696f6e20657420636f6d70c3a974656e636522207d207d2c0a7d0a');
CREATE TABLE rule (
  ruleset_id INTEGER NOT NULL REFERENCES ruleset(id),
  seq      INTEGER NOT NULL,
  id       TEXT NOT NULL,
  ref      TEXT,
  clause   TEXT,
  instrument TEXT,
  article  TEXT,
  level    TEXT NOT NULL CHECK (level IN ('mandatory', 'consider', 'endeavour', 'optional')),
  title_en TEXT, title_fr TEXT, title_es TEXT,
  category TEXT,
  cluster  INTEGER NOT NULL,
  text_en  TEXT, text_fr TEXT, text_es TEXT,
  file     TEXT,
  line     INTEGER NOT NULL,
  invalid  TEXT,
  PRIMARY KEY (ruleset_id, seq)
) STRICT;
INSERT INTO rule VALUES(1,0,'untoc:15.1.a','untoc:15.1.a',NULL,'untoc','15','mandatory','Territorial jurisdiction','Compétence territoriale',NULL,'jurisdiction',1,'(a) The offence is committed in the territory of that State Party;',NULL,NULL,'minirules/untoc/art15.lua',3,NULL);
INSERT INTO rule VALUES(1,1,'untoc:15.1.b','untoc:15.1.b',NULL,'untoc','15','mandatory','Flag jurisdiction','Compétence du pavillon',NULL,'jurisdiction',1,'(b) The offence is committed on board a vessel that is flying the flag of that State Party.',NULL,NULL,'minirules/untoc/art15.lua',13,NULL);
INSERT INTO rule VALUES(1,2,'untoc:15.2.a','untoc:15.2.a',NULL,'untoc','15','optional','Passive personality','Personnalité passive',NULL,'jurisdiction',1,'(a) The offence is committed against a national of that State Party;',NULL,NULL,'minirules/untoc/art15.lua',23,NULL);
INSERT INTO rule VALUES(1,3,'untoc:15.3','untoc:15.3',NULL,'untoc','15','mandatory','Nationals not extradited','Nationaux non extradés',NULL,'jurisdiction',1,'3. For the purposes of article 16, paragraph 10, each State Party shall adopt such measures.',NULL,NULL,'minirules/untoc/art15.lua',33,NULL);
INSERT INTO rule VALUES(2,0,'untoc:15.1.a','untoc:15.1.a',NULL,'untoc','15','mandatory','Territorial jurisdiction','Compétence territoriale',NULL,'jurisdiction',1,'(a) The offence is committed in the territory of that State Party;',NULL,NULL,'minirules-dup/untoc/art15.lua',3,NULL);
INSERT INTO rule VALUES(2,1,'untoc:15.1.b','untoc:15.1.b',NULL,'untoc','15','mandatory','Flag jurisdiction','Compétence du pavillon',NULL,'jurisdiction',1,'(b) The offence is committed on board a vessel that is flying the flag of that State Party.',NULL,NULL,'minirules-dup/untoc/art15.lua',13,NULL);
INSERT INTO rule VALUES(2,2,'untoc:15.1.b','untoc:15.1.b',NULL,'untoc','15','optional','Flag jurisdiction, again','Pavillon, encore',NULL,'jurisdiction',1,'(b) again',NULL,NULL,'minirules-dup/untoc/art15.lua',45,'minirules-dup/untoc/art15.lua:45: obligation untoc:15.1.b: duplicate obligation id (first declared at minirules-dup/untoc/art15.lua:13)');
INSERT INTO rule VALUES(2,3,'untoc:15.2.a','untoc:15.2.a',NULL,'untoc','15','optional','Passive personality','Personnalité passive',NULL,'jurisdiction',1,'(a) The offence is committed against a national of that State Party;',NULL,NULL,'minirules-dup/untoc/art15.lua',23,NULL);
INSERT INTO rule VALUES(2,4,'untoc:15.3','untoc:15.3',NULL,'untoc','15','mandatory','Nationals not extradited','Nationaux non extradés',NULL,'jurisdiction',1,'3. For the purposes of article 16, paragraph 10, each State Party shall adopt such measures.',NULL,NULL,'minirules-dup/untoc/art15.lua',33,NULL);
INSERT INTO rule VALUES(2,5,'untoc:15.3','untoc:15.3',NULL,'untoc','15','mandatory','Nationals, again','Nationaux, encore',NULL,'jurisdiction',1,'3. again',NULL,NULL,'minirules-dup/untoc/art15.lua',52,'minirules-dup/untoc/art15.lua:52: obligation untoc:15.3: duplicate obligation id (first declared at minirules-dup/untoc/art15.lua:33)');
CREATE TABLE rule_link (
  ruleset_id INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('depends', 'covers')),
  pos      INTEGER NOT NULL,
  target   TEXT NOT NULL,
  PRIMARY KEY (ruleset_id, seq, kind, pos),
  FOREIGN KEY (ruleset_id, seq) REFERENCES rule(ruleset_id, seq)
) STRICT, WITHOUT ROWID;
CREATE TABLE profile (
  id       INTEGER PRIMARY KEY,
  hash     TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
  content  BLOB NOT NULL
) STRICT;
INSERT INTO profile VALUES(1,'0c05965d26410e64563dcbd12d59dbddc40f9e31582d13ccb52c3f634b2764e0',X'2d2d20546573746c616e643a20666c6167206a7572697364696374696f6e206e6f742065737461626c697368656420286120676170206f6e20756e746f633a31352e312e62292e0a72657475726e207b0a202070726f66696c655f666f726d6174203d20312c0a20207374617465203d207b20636f6465203d2022545354222c206e616d65203d2022546573746c616e64222c206e616d655f6672203d2022546573746c616e646522207d2c0a20206465736372696265735f6c61775f61735f6f66203d2022323032342d31322d3331222c0a202070617274696573203d207b20756e746f63203d207b207369676e6564203d2022323030302d31322d3132222c206465706f7369746564203d2022323030342d30362d303122207d207d2c0a20206a7572697364696374696f6e203d207b0a202020207465727269746f7279203d207b2061646f70746564203d20747275652c20736f75726365203d202250656e616c20436f64652c206172742e2031222c2075726c203d202268747470733a2f2f6578616d706c652e6f72672f7063222c206e6f7465203d20226e22207d2c0a20202020666c61675f76657373656c73203d207b2061646f70746564203d2066616c73652c20736f75726365203d20224d61726974696d6520436f64652c206172742e203222207d2c0a20202020706173736976655f706572736f6e616c697479203d207b2061646f70746564203d2066616c7365207d2c0a20207d2c0a7d0a');
INSERT INTO profile VALUES(2,'d7d1f9398820390d34f212f6e85f75f0c46144c08906d9f6975db1bba1a4c9f2',X'2d2d204f746865726c616e643a206576657279206a7572697364696374696f6e206f662061727469636c652031352065737461626c69736865642e0a72657475726e207b0a202070726f66696c655f666f726d6174203d20312c0a20207374617465203d207b20636f6465203d20224f5448222c206e616d65203d20224f746865726c616e64222c206e616d655f6672203d20224175747265746572726522207d2c0a20206465736372696265735f6c61775f61735f6f66203d2022323032342d31322d3331222c0a202070617274696573203d207b20756e746f63203d207b207369676e6564203d2022323030302d31322d3132222c206465706f7369746564203d2022323030332d30312d313522207d207d2c0a20206a7572697364696374696f6e203d207b0a202020207465727269746f7279203d207b2061646f70746564203d20747275652c20736f75726365203d20224372696d696e616c20436f64652c20732e203322207d2c0a20202020666c61675f76657373656c73203d207b2061646f70746564203d20747275652c20736f75726365203d20224372696d696e616c20436f64652c20732e203422207d2c0a20202020706173736976655f706572736f6e616c697479203d207b2061646f70746564203d20747275652c20736f75726365203d20224372696d696e616c20436f64652c20732e203522207d2c0a202020206e6f6e5f657874726164697465645f6e6174696f6e616c73203d207b2061646f70746564203d20747275652c20736f75726365203d20224372696d696e616c20436f64652c20732e203622207d2c0a20207d2c0a7d0a');
CREATE TABLE run (
  id       INTEGER PRIMARY KEY,
  created  TEXT NOT NULL,
  as_of    TEXT NOT NULL,
  engine   TEXT NOT NULL,
  ruleset_id INTEGER NOT NULL REFERENCES ruleset(id),
  profile_id INTEGER NOT NULL REFERENCES profile(id),
  profile_file TEXT NOT NULL,
  state_code TEXT NOT NULL,
  state_name TEXT NOT NULL,
  state_name_fr TEXT,
  describes TEXT,
  prospective INTEGER NOT NULL CHECK (prospective IN (0, 1))
) STRICT;
INSERT INTO run VALUES(1,'2026-12-06T22:39:21Z','2026-01-01','0.1.0',1,1,'testland.lua','TST','Testland','Testlande','2024-12-31',0);
INSERT INTO run VALUES(2,'2026-12-06T22:39:21Z','2026-01-01','0.1.0',1,2,'otherland.lua','OTH','Otherland','Autreterre','2024-12-31',0);
INSERT INTO run VALUES(3,'2026-12-06T22:39:21Z','2003-01-01','0.1.0',1,1,'testland.lua','TST','Testland','Testlande','2024-12-31',0);
INSERT INTO run VALUES(4,'2026-12-06T22:39:21Z','2026-01-01','0.1.0',1,2,'otherland.lua','OTH','Otherland','Autreterre','2024-12-31',1);
INSERT INTO run VALUES(5,'2026-12-06T22:39:21Z','2027-01-01','0.1.0',2,2,'otherland.lua','OTH','Otherland','Autreterre','2024-12-31',0);
INSERT INTO run VALUES(6,'2026-12-06T22:39:21Z','2026-01-01','0.1.0',2,1,'testland.lua','TST','Testland','Testlande','2024-12-31',0);
INSERT INTO run VALUES(7,'2026-12-07T21:14:16Z','2028-01-01','0.1.0',1,1,'testland.lua','TST','Testland','Testlande','2024-12-31',0);
INSERT INTO run VALUES(8,'2026-12-07T21:14:16Z','2028-01-01','0.1.0',1,2,'otherland.lua','OTH','Otherland','Autreterre','2024-12-31',0);
INSERT INTO run VALUES(9,'2026-12-07T21:14:16Z','2026-06-01','0.1.0',1,2,'otherland.lua','OTH','Otherland','Autreterre','2024-12-31',1);
CREATE TABLE binding (
  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  instrument TEXT NOT NULL,
  kind     TEXT NOT NULL CHECK (kind IN ('bound', 'not_bound', 'prospective', 'good_practice')),
  since    TEXT,
  reason_en TEXT NOT NULL,
  reason_fr TEXT NOT NULL,
  PRIMARY KEY (run_id, seq)
) STRICT, WITHOUT ROWID;
INSERT INTO binding VALUES(1,0,'untoc','bound','2004-07-01','The State is bound by UNTOC since 2004-07-01.','L''État est lié par la CTO depuis le 1er juillet 2004.');
INSERT INTO binding VALUES(2,0,'untoc','bound','2003-09-29','The State is bound by UNTOC since 2003-09-29.','L''État est lié par la CTO depuis le 29 septembre 2003.');
INSERT INTO binding VALUES(3,0,'untoc','not_bound',NULL,'UNTOC entered into force only on 2003-09-29, after the assessment date.','La CTO n''est entrée en vigueur que le 29 septembre 2003, après la date d''évaluation.');
INSERT INTO binding VALUES(4,0,'untoc','bound','2003-09-29','The State is bound by UNTOC since 2003-09-29.','L''État est lié par la CTO depuis le 29 septembre 2003.');
INSERT INTO binding VALUES(5,0,'untoc','bound','2003-09-29','The State is bound by UNTOC since 2003-09-29.','L''État est lié par la CTO depuis le 29 septembre 2003.');
INSERT INTO binding VALUES(6,0,'untoc','bound','2004-07-01','The State is bound by UNTOC since 2004-07-01.','L''État est lié par la CTO depuis le 1er juillet 2004.');
INSERT INTO binding VALUES(7,0,'untoc','bound','2004-07-01','The State is bound by UNTOC since 2004-07-01.','L''État est lié par la CTO depuis le 1er juillet 2004.');
INSERT INTO binding VALUES(8,0,'untoc','bound','2003-09-29','The State is bound by UNTOC since 2003-09-29.','L''État est lié par la CTO depuis le 29 septembre 2003.');
INSERT INTO binding VALUES(9,0,'untoc','bound','2003-09-29','The State is bound by UNTOC since 2003-09-29.','L''État est lié par la CTO depuis le 29 septembre 2003.');
CREATE TABLE finding (
  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  seq      INTEGER NOT NULL,
  rule_seq INTEGER NOT NULL,
  rule_id  TEXT NOT NULL,
  ref      TEXT,
  instrument TEXT,
  article  TEXT,
  level    TEXT NOT NULL CHECK (level IN ('mandatory', 'consider', 'endeavour', 'optional')),
  status   TEXT NOT NULL CHECK (status IN ('met', 'partly_met', 'not_met', 'unknown', 'not_applicable', 'error')),
  gap      INTEGER NOT NULL CHECK (gap IN (0, 1)),
  why_en   TEXT, why_fr TEXT, why_es TEXT,
  option_id TEXT, option_en TEXT, option_fr TEXT, option_es TEXT,
  error_file TEXT,
  error_line INTEGER,
  error_message TEXT,
  PRIMARY KEY (run_id, seq)
) STRICT;
INSERT INTO finding VALUES(1,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Penal Code, art. 1).','Le droit national prévoit Compétence territoriale (Penal Code, art. 1).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(1,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','not_met',1,'National law does not provide for Flag jurisdiction (Maritime Code, art. 2).','Le droit national ne prévoit pas Compétence du pavillon (Maritime Code, art. 2).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(1,2,2,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','not_met',0,'National law does not provide for Passive personality. Level: optional; reported for information, never a gap.','Le droit national ne prévoit pas Personnalité passive. Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(1,3,3,'untoc:15.3','untoc:15.3','untoc','15','mandatory','unknown',0,'The profile does not say whether national law provides for Nationals not extradited.','Le profil n''indique pas si le droit national prévoit Nationaux non extradés.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(2,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Criminal Code, s. 3).','Le droit national prévoit Compétence territoriale (Criminal Code, s. 3).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(2,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','met',0,'National law provides for Flag jurisdiction (Criminal Code, s. 4).','Le droit national prévoit Compétence du pavillon (Criminal Code, s. 4).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(2,2,2,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','met',0,'National law provides for Passive personality (Criminal Code, s. 5). Level: optional; reported for information, never a gap.','Le droit national prévoit Personnalité passive (Criminal Code, s. 5). Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(2,3,3,'untoc:15.3','untoc:15.3','untoc','15','mandatory','met',0,'National law provides for Nationals not extradited (Criminal Code, s. 6).','Le droit national prévoit Nationaux non extradés (Criminal Code, s. 6).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(3,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','not_applicable',0,'UNTOC entered into force only on 2003-09-29, after the assessment date.','La CTO n''est entrée en vigueur que le 29 septembre 2003, après la date d''évaluation.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(3,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','not_applicable',0,'UNTOC entered into force only on 2003-09-29, after the assessment date.','La CTO n''est entrée en vigueur que le 29 septembre 2003, après la date d''évaluation.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(3,2,2,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','not_applicable',0,'UNTOC entered into force only on 2003-09-29, after the assessment date.','La CTO n''est entrée en vigueur que le 29 septembre 2003, après la date d''évaluation.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(3,3,3,'untoc:15.3','untoc:15.3','untoc','15','mandatory','not_applicable',0,'UNTOC entered into force only on 2003-09-29, after the assessment date.','La CTO n''est entrée en vigueur que le 29 septembre 2003, après la date d''évaluation.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(4,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Criminal Code, s. 3).','Le droit national prévoit Compétence territoriale (Criminal Code, s. 3).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(4,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','met',0,'National law provides for Flag jurisdiction (Criminal Code, s. 4).','Le droit national prévoit Compétence du pavillon (Criminal Code, s. 4).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(4,2,2,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','met',0,'National law provides for Passive personality (Criminal Code, s. 5). Level: optional; reported for information, never a gap.','Le droit national prévoit Personnalité passive (Criminal Code, s. 5). Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(4,3,3,'untoc:15.3','untoc:15.3','untoc','15','mandatory','met',0,'National law provides for Nationals not extradited (Criminal Code, s. 6).','Le droit national prévoit Nationaux non extradés (Criminal Code, s. 6).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(5,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Criminal Code, s. 3).','Le droit national prévoit Compétence territoriale (Criminal Code, s. 3).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(5,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','met',0,'National law provides for Flag jurisdiction (Criminal Code, s. 4).','Le droit national prévoit Compétence du pavillon (Criminal Code, s. 4).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(5,2,2,'untoc:15.1.b','untoc:15.1.b','untoc','15','optional','error',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'minirules-dup/untoc/art15.lua',45,'minirules-dup/untoc/art15.lua:45: obligation untoc:15.1.b: duplicate obligation id (first declared at minirules-dup/untoc/art15.lua:13)');
INSERT INTO finding VALUES(5,3,3,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','met',0,'National law provides for Passive personality (Criminal Code, s. 5). Level: optional; reported for information, never a gap.','Le droit national prévoit Personnalité passive (Criminal Code, s. 5). Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(5,4,4,'untoc:15.3','untoc:15.3','untoc','15','mandatory','met',0,'National law provides for Nationals not extradited (Criminal Code, s. 6).','Le droit national prévoit Nationaux non extradés (Criminal Code, s. 6).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(5,5,5,'untoc:15.3','untoc:15.3','untoc','15','mandatory','error',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'minirules-dup/untoc/art15.lua',52,'minirules-dup/untoc/art15.lua:52: obligation untoc:15.3: duplicate obligation id (first declared at minirules-dup/untoc/art15.lua:33)');
INSERT INTO finding VALUES(6,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Penal Code, art. 1).','Le droit national prévoit Compétence territoriale (Penal Code, art. 1).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(6,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','not_met',1,'National law does not provide for Flag jurisdiction (Maritime Code, art. 2).','Le droit national ne prévoit pas Compétence du pavillon (Maritime Code, art. 2).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(6,2,2,'untoc:15.1.b','untoc:15.1.b','untoc','15','optional','error',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'minirules-dup/untoc/art15.lua',45,'minirules-dup/untoc/art15.lua:45: obligation untoc:15.1.b: duplicate obligation id (first declared at minirules-dup/untoc/art15.lua:13)');
INSERT INTO finding VALUES(6,3,3,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','not_met',0,'National law does not provide for Passive personality. Level: optional; reported for information, never a gap.','Le droit national ne prévoit pas Personnalité passive. Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(6,4,4,'untoc:15.3','untoc:15.3','untoc','15','mandatory','unknown',0,'The profile does not say whether national law provides for Nationals not extradited.','Le profil n''indique pas si le droit national prévoit Nationaux non extradés.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(6,5,5,'untoc:15.3','untoc:15.3','untoc','15','mandatory','error',0,NULL,NULL,NULL,NULL,NULL,NULL,NULL,'minirules-dup/untoc/art15.lua',52,'minirules-dup/untoc/art15.lua:52: obligation untoc:15.3: duplicate obligation id (first declared at minirules-dup/untoc/art15.lua:33)');
INSERT INTO finding VALUES(7,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Penal Code, art. 1).','Le droit national prévoit Compétence territoriale (Penal Code, art. 1).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(7,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','not_met',1,'National law does not provide for Flag jurisdiction (Maritime Code, art. 2).','Le droit national ne prévoit pas Compétence du pavillon (Maritime Code, art. 2).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(7,2,2,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','not_met',0,'National law does not provide for Passive personality. Level: optional; reported for information, never a gap.','Le droit national ne prévoit pas Personnalité passive. Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(7,3,3,'untoc:15.3','untoc:15.3','untoc','15','mandatory','unknown',0,'The profile does not say whether national law provides for Nationals not extradited.','Le profil n''indique pas si le droit national prévoit Nationaux non extradés.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(8,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Criminal Code, s. 3).','Le droit national prévoit Compétence territoriale (Criminal Code, s. 3).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(8,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','met',0,'National law provides for Flag jurisdiction (Criminal Code, s. 4).','Le droit national prévoit Compétence du pavillon (Criminal Code, s. 4).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(8,2,2,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','met',0,'National law provides for Passive personality (Criminal Code, s. 5). Level: optional; reported for information, never a gap.','Le droit national prévoit Personnalité passive (Criminal Code, s. 5). Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(8,3,3,'untoc:15.3','untoc:15.3','untoc','15','mandatory','met',0,'National law provides for Nationals not extradited (Criminal Code, s. 6).','Le droit national prévoit Nationaux non extradés (Criminal Code, s. 6).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(9,0,0,'untoc:15.1.a','untoc:15.1.a','untoc','15','mandatory','met',0,'National law provides for Territorial jurisdiction (Criminal Code, s. 3).','Le droit national prévoit Compétence territoriale (Criminal Code, s. 3).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(9,1,1,'untoc:15.1.b','untoc:15.1.b','untoc','15','mandatory','met',0,'National law provides for Flag jurisdiction (Criminal Code, s. 4).','Le droit national prévoit Compétence du pavillon (Criminal Code, s. 4).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(9,2,2,'untoc:15.2.a','untoc:15.2.a','untoc','15','optional','met',0,'National law provides for Passive personality (Criminal Code, s. 5). Level: optional; reported for information, never a gap.','Le droit national prévoit Personnalité passive (Criminal Code, s. 5). Niveau : facultatif ; indiqué pour information, jamais une lacune.',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding VALUES(9,3,3,'untoc:15.3','untoc:15.3','untoc','15','mandatory','met',0,'National law provides for Nationals not extradited (Criminal Code, s. 6).','Le droit national prévoit Nationaux non extradés (Criminal Code, s. 6).',NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL);
CREATE TABLE finding_missing (
  run_id   INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  pos      INTEGER NOT NULL,
  en TEXT, fr TEXT, es TEXT,
  PRIMARY KEY (run_id, seq, pos),
  FOREIGN KEY (run_id, seq) REFERENCES finding(run_id, seq) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
INSERT INTO finding_missing VALUES(1,1,0,'Flag jurisdiction','Compétence du pavillon',NULL);
INSERT INTO finding_missing VALUES(1,2,0,'Passive personality','Personnalité passive',NULL);
INSERT INTO finding_missing VALUES(6,1,0,'Flag jurisdiction','Compétence du pavillon',NULL);
INSERT INTO finding_missing VALUES(6,3,0,'Passive personality','Personnalité passive',NULL);
INSERT INTO finding_missing VALUES(7,1,0,'Flag jurisdiction','Compétence du pavillon',NULL);
INSERT INTO finding_missing VALUES(7,2,0,'Passive personality','Personnalité passive',NULL);
CREATE TABLE finding_question (
  run_id   INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  pos      INTEGER NOT NULL,
  fact     TEXT,
  en TEXT, fr TEXT, es TEXT,
  PRIMARY KEY (run_id, seq, pos),
  FOREIGN KEY (run_id, seq) REFERENCES finding(run_id, seq) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
INSERT INTO finding_question VALUES(1,3,0,'jurisdiction.non_extradited_nationals','Do national courts have jurisdiction when the alleged offender is present and is not extradited because he or she is a national?','Les juridictions nationales sont-elles compétentes lorsque l''auteur présumé se trouve sur le territoire et n''est pas extradé parce qu''il est ressortissant ?',NULL);
INSERT INTO finding_question VALUES(6,4,0,'jurisdiction.non_extradited_nationals','Do national courts have jurisdiction when the alleged offender is present and is not extradited because he or she is a national?','Les juridictions nationales sont-elles compétentes lorsque l''auteur présumé se trouve sur le territoire et n''est pas extradé parce qu''il est ressortissant ?',NULL);
INSERT INTO finding_question VALUES(7,3,0,'jurisdiction.non_extradited_nationals','Do national courts have jurisdiction when the alleged offender is present and is not extradited because he or she is a national?','Les juridictions nationales sont-elles compétentes lorsque l''auteur présumé se trouve sur le territoire et n''est pas extradé parce qu''il est ressortissant ?',NULL);
CREATE TABLE finding_evidence (
  run_id   INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  pos      INTEGER NOT NULL,
  fact     TEXT,
  label    TEXT,
  source   TEXT,
  url      TEXT,
  note     TEXT,
  from_date TEXT,
  repealed TEXT,
  PRIMARY KEY (run_id, seq, pos),
  FOREIGN KEY (run_id, seq) REFERENCES finding(run_id, seq) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
INSERT INTO finding_evidence VALUES(1,0,0,'jurisdiction.territory',NULL,'Penal Code, art. 1','https://example.org/pc','n',NULL,NULL);
INSERT INTO finding_evidence VALUES(1,1,0,'jurisdiction.flag_vessels',NULL,'Maritime Code, art. 2',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(1,2,0,'jurisdiction.passive_personality',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(2,0,0,'jurisdiction.territory',NULL,'Criminal Code, s. 3',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(2,1,0,'jurisdiction.flag_vessels',NULL,'Criminal Code, s. 4',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(2,2,0,'jurisdiction.passive_personality',NULL,'Criminal Code, s. 5',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(2,3,0,'jurisdiction.non_extradited_nationals',NULL,'Criminal Code, s. 6',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(4,0,0,'jurisdiction.territory',NULL,'Criminal Code, s. 3',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(4,1,0,'jurisdiction.flag_vessels',NULL,'Criminal Code, s. 4',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(4,2,0,'jurisdiction.passive_personality',NULL,'Criminal Code, s. 5',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(4,3,0,'jurisdiction.non_extradited_nationals',NULL,'Criminal Code, s. 6',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(5,0,0,'jurisdiction.territory',NULL,'Criminal Code, s. 3',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(5,1,0,'jurisdiction.flag_vessels',NULL,'Criminal Code, s. 4',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(5,3,0,'jurisdiction.passive_personality',NULL,'Criminal Code, s. 5',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(5,4,0,'jurisdiction.non_extradited_nationals',NULL,'Criminal Code, s. 6',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(6,0,0,'jurisdiction.territory',NULL,'Penal Code, art. 1','https://example.org/pc','n',NULL,NULL);
INSERT INTO finding_evidence VALUES(6,1,0,'jurisdiction.flag_vessels',NULL,'Maritime Code, art. 2',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(6,3,0,'jurisdiction.passive_personality',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(7,0,0,'jurisdiction.territory',NULL,'Penal Code, art. 1','https://example.org/pc','n',NULL,NULL);
INSERT INTO finding_evidence VALUES(7,1,0,'jurisdiction.flag_vessels',NULL,'Maritime Code, art. 2',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(7,2,0,'jurisdiction.passive_personality',NULL,NULL,NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(8,0,0,'jurisdiction.territory',NULL,'Criminal Code, s. 3',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(8,1,0,'jurisdiction.flag_vessels',NULL,'Criminal Code, s. 4',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(8,2,0,'jurisdiction.passive_personality',NULL,'Criminal Code, s. 5',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(8,3,0,'jurisdiction.non_extradited_nationals',NULL,'Criminal Code, s. 6',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(9,0,0,'jurisdiction.territory',NULL,'Criminal Code, s. 3',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(9,1,0,'jurisdiction.flag_vessels',NULL,'Criminal Code, s. 4',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(9,2,0,'jurisdiction.passive_personality',NULL,'Criminal Code, s. 5',NULL,NULL,NULL,NULL);
INSERT INTO finding_evidence VALUES(9,3,0,'jurisdiction.non_extradited_nationals',NULL,'Criminal Code, s. 6',NULL,NULL,NULL,NULL);
CREATE TABLE rating (
  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  pos      INTEGER NOT NULL,
  scope    TEXT NOT NULL CHECK (scope IN ('instrument', 'cluster', 'article')),
  instrument TEXT NOT NULL,
  key      TEXT NOT NULL,
  grade    TEXT NOT NULL CHECK (grade IN ('C', 'LC', 'PC', 'NC', 'N/A', '--')),
  major    INTEGER NOT NULL,
  moderate INTEGER NOT NULL,
  minor    INTEGER NOT NULL,
  unknown  INTEGER NOT NULL,
  errors   INTEGER NOT NULL, obligations INTEGER, settled INTEGER, articles INTEGER, articles_rated INTEGER, withheld INTEGER CHECK (withheld IN (0, 1)),
  PRIMARY KEY (run_id, pos)
) STRICT, WITHOUT ROWID;
INSERT INTO rating VALUES(1,0,'instrument','untoc','','NC',1,0,0,1,0,3,2,1,1,0);
INSERT INTO rating VALUES(1,1,'cluster','untoc','1','NC',1,0,0,1,0,3,2,1,1,0);
INSERT INTO rating VALUES(1,2,'article','untoc','15','NC',1,0,0,1,0,3,2,NULL,NULL,0);
INSERT INTO rating VALUES(2,0,'instrument','untoc','','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(2,1,'cluster','untoc','1','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(2,2,'article','untoc','15','C',0,0,0,0,0,3,3,NULL,NULL,0);
INSERT INTO rating VALUES(3,0,'instrument','untoc','','N/A',0,0,0,0,0,0,0,0,0,0);
INSERT INTO rating VALUES(3,1,'cluster','untoc','1','N/A',0,0,0,0,0,0,0,0,0,0);
INSERT INTO rating VALUES(3,2,'article','untoc','15','N/A',0,0,0,0,0,0,0,NULL,NULL,0);
INSERT INTO rating VALUES(4,0,'instrument','untoc','','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(4,1,'cluster','untoc','1','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(4,2,'article','untoc','15','C',0,0,0,0,0,3,3,NULL,NULL,0);
INSERT INTO rating VALUES(5,0,'instrument','untoc','','--',0,0,0,0,2,3,3,1,0,0);
INSERT INTO rating VALUES(5,1,'cluster','untoc','1','--',0,0,0,0,2,3,3,1,0,0);
INSERT INTO rating VALUES(5,2,'article','untoc','15','--',0,0,0,0,2,3,3,NULL,NULL,0);
INSERT INTO rating VALUES(6,0,'instrument','untoc','','--',1,0,0,1,2,3,2,1,0,0);
INSERT INTO rating VALUES(6,1,'cluster','untoc','1','--',1,0,0,1,2,3,2,1,0,0);
INSERT INTO rating VALUES(6,2,'article','untoc','15','--',1,0,0,1,2,3,2,NULL,NULL,0);
INSERT INTO rating VALUES(7,0,'instrument','untoc','','NC',1,0,0,1,0,3,2,1,1,0);
INSERT INTO rating VALUES(7,1,'cluster','untoc','1','NC',1,0,0,1,0,3,2,1,1,0);
INSERT INTO rating VALUES(7,2,'article','untoc','15','NC',1,0,0,1,0,3,2,NULL,NULL,0);
INSERT INTO rating VALUES(8,0,'instrument','untoc','','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(8,1,'cluster','untoc','1','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(8,2,'article','untoc','15','C',0,0,0,0,0,3,3,NULL,NULL,0);
INSERT INTO rating VALUES(9,0,'instrument','untoc','','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(9,1,'cluster','untoc','1','C',0,0,0,0,0,3,3,1,1,0);
INSERT INTO rating VALUES(9,2,'article','untoc','15','C',0,0,0,0,0,3,3,NULL,NULL,0);
CREATE TABLE rule_serves (
  ruleset_id INTEGER NOT NULL,
  seq      INTEGER NOT NULL,
  pos      INTEGER NOT NULL,
  target   TEXT NOT NULL,
  PRIMARY KEY (ruleset_id, seq, pos),
  FOREIGN KEY (ruleset_id, seq) REFERENCES rule(ruleset_id, seq)
) STRICT, WITHOUT ROWID;
CREATE TABLE run_tally (
  run_id   INTEGER PRIMARY KEY REFERENCES run(id) ON DELETE CASCADE,
  findings INTEGER NOT NULL,
  gaps     INTEGER NOT NULL,
  met INTEGER NOT NULL, partly_met INTEGER NOT NULL, not_met INTEGER NOT NULL,
  unknown INTEGER NOT NULL, not_applicable INTEGER NOT NULL, error INTEGER NOT NULL,
  ratings  TEXT
) STRICT;
INSERT INTO run_tally VALUES(1,4,1,1,0,2,1,0,0,'untoc NC (provisional: 1/1 articles rated, 2/3 obligations settled)');
INSERT INTO run_tally VALUES(2,4,0,4,0,0,0,0,0,'untoc C (1/1 articles rated, 3/3 obligations settled)');
INSERT INTO run_tally VALUES(3,4,0,0,0,0,0,4,0,'untoc N/A');
INSERT INTO run_tally VALUES(4,4,0,4,0,0,0,0,0,'untoc C (1/1 articles rated, 3/3 obligations settled)');
INSERT INTO run_tally VALUES(5,6,0,4,0,0,0,0,2,'untoc -- (provisional: 0/1 articles rated, 3/3 obligations settled)');
INSERT INTO run_tally VALUES(6,6,1,1,0,2,1,0,2,'untoc -- (provisional: 0/1 articles rated, 2/3 obligations settled)');
INSERT INTO run_tally VALUES(7,4,1,1,0,2,1,0,0,'untoc NC (provisional: 1/1 articles rated, 2/3 obligations settled)');
INSERT INTO run_tally VALUES(8,4,0,4,0,0,0,0,0,'untoc C (1/1 articles rated, 3/3 obligations settled)');
INSERT INTO run_tally VALUES(9,4,0,4,0,0,0,0,0,'untoc C (1/1 articles rated, 3/3 obligations settled)');
CREATE TABLE article_tally (
  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  instrument TEXT NOT NULL,
  article  TEXT NOT NULL,
  severity INTEGER NOT NULL,
  findings INTEGER NOT NULL,
  gaps     INTEGER NOT NULL,
  grade    TEXT,
  PRIMARY KEY (run_id, instrument, article)
) STRICT, WITHOUT ROWID;
INSERT INTO article_tally VALUES(1,'untoc','15',14,4,1,'NC');
INSERT INTO article_tally VALUES(2,'untoc','15',11,4,0,'C');
INSERT INTO article_tally VALUES(3,'untoc','15',10,4,0,'N/A');
INSERT INTO article_tally VALUES(4,'untoc','15',11,4,0,'C');
INSERT INTO article_tally VALUES(5,'untoc','15',15,6,0,'--');
INSERT INTO article_tally VALUES(6,'untoc','15',15,6,1,'--');
INSERT INTO article_tally VALUES(7,'untoc','15',14,4,1,'NC');
INSERT INTO article_tally VALUES(8,'untoc','15',11,4,0,'C');
INSERT INTO article_tally VALUES(9,'untoc','15',11,4,0,'C');
CREATE TABLE obligation_list (
  id       INTEGER PRIMARY KEY,
  hash     TEXT NOT NULL UNIQUE CHECK (length(hash) = 64),
  entries  BLOB NOT NULL
) STRICT;
INSERT INTO obligation_list VALUES(1,'c27c1f3a3db1acd05dd85367595c14c0e63541ce2b1e7b4e2d9b323303a105c1',X'0105756e746f630c756e746f633a31352e312e610105756e746f630c756e746f633a31352e312e620105756e746f630c756e746f633a31352e322e610105756e746f630a756e746f633a31352e33');
CREATE TABLE obligation_tally (
  run_id   INTEGER PRIMARY KEY REFERENCES run(id) ON DELETE CASCADE,
  list_id  INTEGER NOT NULL REFERENCES obligation_list(id),
  cells    BLOB NOT NULL
) STRICT;
INSERT INTO obligation_tally VALUES(1,1,X'000a0203');
INSERT INTO obligation_tally VALUES(2,1,X'00000000');
INSERT INTO obligation_tally VALUES(3,1,X'04040404');
INSERT INTO obligation_tally VALUES(4,1,X'00000000');
INSERT INTO obligation_tally VALUES(5,1,X'00050000');
INSERT INTO obligation_tally VALUES(6,1,X'00050203');
INSERT INTO obligation_tally VALUES(7,1,X'000a0203');
INSERT INTO obligation_tally VALUES(8,1,X'00000000');
INSERT INTO obligation_tally VALUES(9,1,X'00000000');
CREATE INDEX rule_by_id ON rule(ruleset_id, id);
CREATE INDEX run_by_state ON run(state_code COLLATE NOCASE, id);
CREATE INDEX finding_by_rule ON finding(run_id, rule_id);
CREATE INDEX finding_summary ON finding(run_id, instrument, article, level, status, gap, rule_id, seq);
CREATE INDEX run_latest ON run(state_code COLLATE NOCASE, as_of DESC, id DESC);
COMMIT;
