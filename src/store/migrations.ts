import type { Migration } from './database.js';

/**
 * The schema, as versioned steps applied in order at start-up (never edited once released: a change is a new
 * step). Times are epoch milliseconds (BIGINT); JSON is TEXT so both engines read it the same way.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'ilk şema: geri bildirim, olay tekilleştirme, konuşmalar, yanıtlar, hız sınırı, denetim, işler, kiralar',
    sql: `
CREATE TABLE feedback (
  id {{ID}},
  at BIGINT NOT NULL,
  vote TEXT NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT,
  message_ts TEXT,
  answer_id TEXT NOT NULL,
  question TEXT,
  answer TEXT,
  kind TEXT,
  citations TEXT NOT NULL
);
CREATE INDEX feedback_at ON feedback (at);
CREATE UNIQUE INDEX feedback_one_vote ON feedback (answer_id, user_id);

CREATE TABLE claims (
  key TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
CREATE INDEX claims_expires ON claims (expires_at);

CREATE TABLE threads (
  key TEXT PRIMARY KEY,
  created_at BIGINT NOT NULL
);
CREATE TABLE thread_turns (
  id {{ID}},
  thread_key TEXT NOT NULL,
  question TEXT NOT NULL,
  answer TEXT,
  at BIGINT NOT NULL
);
CREATE INDEX thread_turns_key ON thread_turns (thread_key, id);
CREATE TABLE thread_personal (
  thread_key TEXT NOT NULL,
  user_id TEXT NOT NULL,
  PRIMARY KEY (thread_key, user_id)
);

CREATE TABLE answers (
  id TEXT PRIMARY KEY,
  question TEXT NOT NULL,
  answer TEXT NOT NULL,
  user_id TEXT NOT NULL,
  channel_id TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX answers_created ON answers (created_at);

CREATE TABLE rate_limits (
  key TEXT PRIMARY KEY,
  window_start BIGINT NOT NULL,
  hits INTEGER NOT NULL
);

CREATE TABLE audit_log (
  id {{ID}},
  at BIGINT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  target TEXT,
  detail TEXT
);

CREATE TABLE jobs (
  id {{ID}},
  kind TEXT NOT NULL,
  payload TEXT NOT NULL,
  full_rebuild INTEGER NOT NULL DEFAULT 0,
  state TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  started_at BIGINT,
  finished_at BIGINT,
  worker TEXT,
  progress TEXT,
  result TEXT,
  error TEXT,
  merged_into BIGINT
);
CREATE INDEX jobs_state ON jobs (state, id);

CREATE TABLE leases (
  name TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);

CREATE TABLE placeholders (
  channel TEXT NOT NULL,
  question_ts TEXT NOT NULL,
  thread_ts TEXT,
  placeholder_ts TEXT,
  instance_id TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (channel, question_ts)
);

CREATE TABLE instances (
  id TEXT PRIMARY KEY,
  host TEXT NOT NULL,
  pid INTEGER NOT NULL,
  role TEXT NOT NULL,
  started_at BIGINT NOT NULL,
  heartbeat_at BIGINT NOT NULL,
  index_version TEXT
);
`,
  },
  {
    version: 2,
    name: 'geri bildirimde kip ve 👎 gerekçesi; kanal kapsamları',
    sql: `
ALTER TABLE feedback ADD COLUMN mode TEXT;
ALTER TABLE feedback ADD COLUMN reason TEXT;
ALTER TABLE feedback ADD COLUMN comment TEXT;

CREATE TABLE channel_scopes (
  channel_id TEXT PRIMARY KEY,
  document_ids TEXT NOT NULL,
  kinds TEXT NOT NULL,
  set_by TEXT NOT NULL,
  set_at BIGINT NOT NULL
);
`,
  },
];
