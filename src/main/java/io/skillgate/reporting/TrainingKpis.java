package io.skillgate.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The training KPIs of one scope (contract, phase, role or member) over one window.
 *
 * @param completion approved milestones of those due in the window (waived ones do not count)
 * @param onTime approved milestones that were approved by their due date, of all approved
 * @param assessmentPass member/module pairs passed, of those attempted in the window
 * @param firstAttemptPass pairs passed at the first attempt, of those first attempted in the window
 * @param averageScore mean score of all attempts in the window; null without attempts
 * @param certificationCoverage required certifications of active members held and valid
 * @param retention members still active, of those who had joined by the window's end
 * @param openMilestones milestones not yet approved, missed or waived and not yet due
 * @param overdueMilestones milestones neither approved nor missed nor waived whose due date passed
 * @param missedMilestones milestones recorded as missed, due in the window
 */
public record TrainingKpis(
    Rate completion,
    Rate onTime,
    Rate assessmentPass,
    Rate firstAttemptPass,
    BigDecimal averageScore,
    Rate certificationCoverage,
    Rate retention,
    int openMilestones,
    int overdueMilestones,
    int missedMilestones,
    List<SkillGap> skillGaps) {}
