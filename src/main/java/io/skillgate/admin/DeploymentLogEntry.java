package io.skillgate.admin;

import java.util.Date;
import java.util.List;

/**
 * One deployment in the changelog. Deployments are "changed only", so {@code resources} are
 * exactly the files that changed; {@code definitions} the versions they created.
 *
 * @param deployedBy the engine user who deployed (Modeler, REST, {@code npm run deploy}), or
 *     null for the application's own start-up deployment of the processes folder
 */
public record DeploymentLogEntry(String id, String name, String source, Date deployedAt, String deployedBy,
    List<String> resources, List<String> definitions) {}
