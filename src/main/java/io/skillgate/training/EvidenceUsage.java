package io.skillgate.training;

/** How many evidence files, and how many bytes, a member or a contract holds. */
record EvidenceUsage(long files, long bytes) {}
