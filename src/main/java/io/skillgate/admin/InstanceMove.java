package io.skillgate.admin;

/** An admin's move of a stuck instance to a step of its own version, and why. */
public record InstanceMove(String activityId, String reason) {}
