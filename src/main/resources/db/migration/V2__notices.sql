-- Email notices about user tasks: the outbox. A row is written in the same transaction as the
-- task event that caused it and delivered afterwards by a job of the engine's job executor.
CREATE TABLE notice (
  id                  VARCHAR(36)     NOT NULL PRIMARY KEY,
  -- The task event (creation, an assignment, a reminder or escalation deadline) that caused it.
  event_id            VARCHAR(120)    NOT NULL,
  kind                VARCHAR(20)     NOT NULL,
  recipient           VARCHAR(254)    NOT NULL,
  -- The vendor group on whose behalf the recipient got it (null: client side); vendors see only theirs.
  vendor_group        VARCHAR(64),
  contract_id         VARCHAR(64),
  task_id             VARCHAR(64),
  task_name           VARCHAR(255),
  process_instance_id VARCHAR(64),
  subject             VARCHAR(1000)   NOT NULL,
  body_text           VARCHAR(100000) NOT NULL,
  body_html           VARCHAR(100000) NOT NULL,
  status              VARCHAR(20)     NOT NULL,
  attempts            INTEGER         NOT NULL,
  last_error          VARCHAR(2000),
  created_at          TIMESTAMP       NOT NULL,
  updated_at          TIMESTAMP       NOT NULL,
  sent_at             TIMESTAMP,
  CONSTRAINT uq_notice_event_recipient_kind UNIQUE (event_id, recipient, kind)
);
CREATE INDEX ix_notice_contract ON notice (contract_id);
CREATE INDEX ix_notice_status ON notice (status);
CREATE INDEX ix_notice_task ON notice (task_id);
