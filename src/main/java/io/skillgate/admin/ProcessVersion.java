package io.skillgate.admin;

/** One deployed version of a process and how many of its instances are running. */
public record ProcessVersion(int version, String processDefinitionId, String deploymentId, boolean latest,
    long runningInstances) {}
