package io.skillgate.admin;

/** An admin's decision: instances waiting at {@code from} (old version) continue at {@code to} (new version). */
public record StepMapping(String from, String to) {}
