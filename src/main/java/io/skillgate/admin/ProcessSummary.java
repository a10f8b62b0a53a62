package io.skillgate.admin;

import java.util.List;

/** A deployed process with its versions and their running instances. */
public record ProcessSummary(String key, String name, List<ProcessVersion> versions) {}
