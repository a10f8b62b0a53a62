package io.skillgate.notification;

/** Where a notice is in its delivery. */
public enum NoticeStatus {
  /** Recorded, but no SMTP server is configured: it waits until one is. */
  HELD,
  /** Waiting for (another) delivery attempt. */
  PENDING,
  /** An attempt is talking to the SMTP server right now (or was interrupted while doing so). */
  SENDING,
  SENT,
  /** Every attempt failed, or an attempt was interrupted mid-send; an admin may re-send it. */
  FAILED
}
