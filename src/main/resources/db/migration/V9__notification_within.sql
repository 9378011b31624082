-- A notification about one invitation or one application names it in item ("invitation:<id>", "application:<id>"),
-- and the opening or program it belongs to in within ("opening:<key>", "program:<key>"): muting either silences it,
-- so a reader can mute one invitation or one application as well as a whole opening or program.
alter table notification add column within text;
