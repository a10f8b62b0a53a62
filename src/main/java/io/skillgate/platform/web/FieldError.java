package io.skillgate.platform.web;

/** One broken input rule: the JSON path of the offending field and what is wrong with it. */
public record FieldError(String field, String message) {}
