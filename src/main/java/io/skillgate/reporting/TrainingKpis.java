package io.skillgate.reporting;

import java.math.BigDecimal;
import java.util.List;

/**
 * The training KPIs of one scope (contract, phase, role or member) over one window.
 *
 * @param completion completed (approved) milestones of those counting in the window, waived ones
 *     left out ({@link TrainingFigures}, {@link MilestoneOutcome})
 * @param onTime milestones approved on time, of all completed
 * @param assessmentPass member/module pairs passed, of those attempted in the window
 * @param firstAttemptPass pairs passed at the first attempt, of those first attempted in the window
 * @param averageScore mean score of all attempts in the window; null without attempts
 * @param certificationCoverage required certifications of active members held and valid
 * @param retention members still active, of those who had joined by the window's end
 * @param openMilestones milestones not yet approved, missed or waived and not yet due
 * @param overdueMilestones milestones neither approved nor missed nor waived whose due date passed
 * @param missedMilestones milestones missed, counting in the window
 * @param waivedMilestones milestones waived, counting in the window (in no rate)
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
    int waivedMilestones,
    List<SkillGap> skillGaps) {}
