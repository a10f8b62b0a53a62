/**
 * Skill assessments: a training milestone whose evidence is an assessed test, with its own
 * process ({@code SkillAssessmentProcess}), attempts table and API.
 *
 * <p>Part of the training feature, not a feature of its own. An assessment reads and updates a
 * training milestone and records training events, and training's KPI facts count its attempts:
 * as a separate feature it would need training's milestones, events and its own attempts
 * published as ports in both directions (the cycle it had). As a subpackage of training, the two
 * share their internals legitimately and no port was invented for one caller.
 */
package io.skillgate.training.assessment;
